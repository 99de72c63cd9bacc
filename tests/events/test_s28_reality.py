"""Session 28 (engineer RF): the learned event reality refitted on the merged tree (its
modes included) and on every judged real-news tune census file (s24, s27, s28), with the
features of session 28 that cross-validation by article kept (a sentence about a poll or
numbers) and those it compared (``events.reality.session28_features``: the trigger's
WordNet file x the object's class, the quote holding the trigger, the verb's argument
structure, how rare the type's sense of the trigger is). Rule ``events.reality.refit_s28``
(off: the session-27 fit, ``data/events/reality_s27.json``). Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from misread_helpers import StageRunner, reality_features

from stancemap.events import lexnames, reality

REFIT = "events.reality.refit_s28"
REFIT29 = "events.reality.refit_s29"  # session 29's fit (proposed off) supersedes it when on
TYPE_THRESHOLDS = "events.reality.type_thresholds"
# on since session 69 ("trying to help": hypothetical); off here so the fits are compared alone
ATTEMPT = "events.mode.attempted_act"
CONFIDENCE = "+events.reality.confidence"
WORDNET = Path("/usr/share/wordnet/index.verb")


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_sense_table():
    senses = lexnames.trigger_senses()
    count, files = senses[("attack", "V")]
    assert count == 6 and files[0] == "verb.competition" and "verb.communication" in files
    assert ("attack", "N") in senses
    assert ("elbow", "V") not in senses or senses[("elbow", "V")][0] > 1  # polysemous only


def test_the_tables_are_what_the_importer_writes():
    if not WORDNET.exists():
        pytest.skip("WordNet (Debian wordnet-base) is absent")
    rows = lexnames.sense_rows()
    assert {(r[0], r[1]): int(r[2]) for r in rows} == {
        k: v[0] for k, v in lexnames.trigger_senses().items()
    }
    assert set(lexnames.poll_nouns()) == reality._poll_nouns()
    assert {"poll", "pollster"} <= reality._poll_nouns()


def test_a_sentence_about_a_poll(runner, monkeypatch):
    text = "The rebels attacked the embassy, a poll of 500 voters found 40 percent of them afraid."
    feats = reality_features(runner, monkeypatch, text, "attacked")
    assert feats.get("sent:poll") == feats.get("sent:percent") == feats.get("sent:number") == 1.0
    plain = reality_features(runner, monkeypatch, "The rebels attacked the embassy.", "attacked")
    assert not any(name.startswith("sent:") for name in plain)


def test_the_features_compared(runner, monkeypatch):
    """Collected for the fitting script's comparison (the shipped fit reads none of them)."""
    feats = reality_features(runner, monkeypatch, "Russia attacked Ukraine on Monday.", "attacked")
    assert feats.get("frame:AAT") == 1.0  # "on Monday": a prepositional thing
    assert feats.get("pair:verb.competition|actor") == 1.0
    assert feats.get("senses:5-9") == 1.0  # six senses
    assert feats.get("kind_rank:deeds:1") == 1.0  # its first sense is a deed
    said = reality_features(runner, monkeypatch, 'Haddad said: "We condemned Novak."', "condemned")
    assert said.get("kind_rank:words:1") == 1.0


def test_the_shipped_fit():
    fitted = reality.model("s28")
    assert fitted["version"] != reality.model("s27")["version"]
    assert fitted["census_items"] > 900 and "events_tune_s28.jsonl" in fitted["about"]
    assert fitted["groups"] == ["poll"]
    assert reality.fit_groups("s28") == {"poll"} and reality.fit_groups("s27") == frozenset()
    assert any(name.startswith("sent:") for name in fitted["weights"])
    assert not any(name.startswith(("pair:", "frame:", "quote:")) for name in fitted["weights"])


def test_the_rules_choose_the_fit():
    assert reality.fit_of(True, True) == reality.fit_of(True, False) == "s28"
    assert reality.fit_of(True, True, True) == reality.fit_of(False, False, True) == "s29"
    assert reality.fit_of(False, True) == "s27" and reality.fit_of(False, False) == "s26"


def test_the_rule_changes_the_probability(runner):
    text = "The rebels attacked the embassy, a poll of 500 voters found 40 percent of them afraid."
    on = runner.on(text, "attacked", (CONFIDENCE, REFIT29))
    off = runner.on(text, "attacked", (CONFIDENCE, REFIT29, REFIT))
    assert on and off and on[0].reality != off[0].reality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind of primary, help with papers, attention to worries: no event between
        # parties (read in unjudged PolNeAR tune articles; the drop threshold is 0.14)
        ("(Unlike on the Republican side, none of those primaries were winner-take-all.)", "take"),
        (
            "I have written letters for several of them, trying to help them secure visas and "
            "citizenship -- it is not an easy process.",
            "help",
        ),
        ("Candidates scramble to address voters' worries about security threats.", "address"),
    ],
)
def test_the_session_28_fit_drops_what_the_old_one_kept(runner, text, word):
    # the fits alone, without session 33's per-type thresholds (which drop more)
    assert runner.on(text, word, (REFIT29, REFIT, TYPE_THRESHOLDS, ATTEMPT))  # s27 fit keeps it
    assert runner.on(text, word, (REFIT29, TYPE_THRESHOLDS, ATTEMPT)) == []  # s28 fit drops it
