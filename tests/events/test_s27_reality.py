"""Session 27 (engineer RE): features of the learned event reality that generalise
(``events.reality.argument_features``): whether a type done with words or with deeds fits
the trigger's WordNet file and its object (an actor, an abstract thing, another thing), the
object's abstract WordNet file (``data/events/abstract_nouns.txt``). Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from misread_helpers import StageRunner, reality_features

from stancemap.events import lexnames, reality


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_abstract_noun_table():
    table = lexnames.abstract_nouns()
    assert table["enthusiasm"] == "noun.feeling"
    assert table["plan"] == "noun.cognition"
    assert "embassy" not in table and "senator" not in table  # concrete first senses


def test_the_abstract_noun_table_is_what_the_importer_writes():
    if not Path("/usr/share/wordnet/index.noun").exists():
        pytest.skip("WordNet (Debian wordnet-base) is absent")
    assert dict(lexnames.noun_rows()) == lexnames.abstract_nouns()


def test_force_on_an_abstract_thing(runner, monkeypatch):
    feats = reality_features(runner, monkeypatch, "The rebels attacked the new plan.", "attacked")
    literal = reality_features(runner, monkeypatch, "The rebels attacked the embassy.", "attacked")
    assert feats.get("obj_abstract") == 1.0 and "obj_abstract" not in literal
    assert feats.get("obj_lex:noun.cognition") == 1.0
    assert literal.get("obj_lex:concrete") == 1.0


def test_the_kind_of_type_with_the_trigger_file_and_the_object(runner, monkeypatch):
    feats = reality_features(runner, monkeypatch, "Haddad condemned Novak on Monday.", "condemned")
    assert feats.get("sense:words:verb.communication") == 1.0
    assert feats.get("sense_obj:words:actor") == 1.0


def test_the_fitted_file_weighs_the_new_features():
    weights = reality.model("s27")["weights"]
    assert any(name.startswith(("sense:", "sense_obj:")) for name in weights)


SENSE = "events.reality.sense_features"
# the fits of sessions 28 and 29 supersede both when on: off here to see s27 against s26
REFIT = ("events.reality.refit_s29", "events.reality.refit_s28")


def test_the_rule_chooses_the_fit(runner):
    """On: the session-27 weights (reality_s27.json); off: the session-26 ones (reality_s26.json)."""
    assert reality.model("s27")["version"] != reality.model("s26")["version"]
    text = "The rebels attacked the new plan."
    on = runner.on(text, "attacked", ("+events.reality.confidence", *REFIT))
    off = runner.on(text, "attacked", ("+events.reality.confidence", *REFIT, SENSE))
    assert on and off and on[0].reality != off[0].reality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an act with no party to it, or none acted on, often in a hypothetical: no event
        ("It is not clear that the rebels can pull it off.", "pull"),
        ("Citizens get to vote.", "vote"),
        ("The board may not bother taking that step.", "bother"),
        ("The senator would recommend policies that help farmers.", "recommend"),
    ],
)
def test_the_session_27_fit_drops_what_the_old_one_kept(runner, text, word):
    # the session-26 fit keeps it (session 41's feeling_is_no_protest also drops 'may not
    # bother taking that step', a feeling, no protest: off here to see the fits)
    assert runner.on(text, word, (*REFIT, SENSE, "events.sense.feeling_is_no_protest"))
    assert runner.on(text, word, REFIT) == []  # the session-27 fit drops it
