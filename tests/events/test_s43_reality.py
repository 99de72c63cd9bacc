"""Session 43 (engineer EG): the learned event reality refitted on the current tree and every
judged real-news tune census file, s41 tune added, with general features for another sense of
an ordinary verb (rule ``events.reality.refit_s43``, shipped off: the session-28 fit stays).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner
from refit_checks import (
    check_the_refit_changes_the_probability,
    check_the_refit_drops_under_its_own_threshold,
)

from bench_modules import load_bench
from stancemap.events import reality
from stancemap.events.lexnames import noun_lexnames

REFIT43 = "+events.reality.refit_s43"  # shipped off: switched on where a test reads its fit


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _features(runner, text: str, word: str) -> dict[str, float]:
    """The features the fitting script records for the event whose trigger holds ``word``."""
    seen: list[tuple[str, dict[str, float]]] = []

    def record(doc, item, feats):
        seen.append((doc.text[item.trigger[0] : item.trigger[1]], feats))

    reality.RECORDER = record
    try:
        runner.events(text)
    finally:
        reality.RECORDER = None
    found = [f for trigger, f in seen if word in trigger]
    assert found, seen
    return found[0]


def test_the_refit_file_reads_every_tune_census_file_and_no_check_file():
    fitted = reality.model("s43")
    about = fitted["about"]
    for name in ("s24", "s27", "s28", "s29", "s31", "s41"):
        assert f"events_tune_{name}.jsonl" in about
    assert "check" not in about
    assert fitted["census_items"] > reality.model("s41")["census_items"]
    assert fitted["feature_set"] == "s27+poll+sense1"
    assert reality.fit_groups("s43") == {"poll", "sense1"}
    assert any(name.startswith("sense1:") for name in fitted["weights"])
    assert 0.0 < fitted["threshold"] <= fitted["ceiling"] == 0.14


def test_the_rules_choose_the_refit():
    assert reality.fit_of(True, True, True, True, True) == "s43"
    assert reality.fit_of(False, False, False, False, True) == "s43"
    assert reality.fit_of(True, True, True, True) == "s41"
    assert reality.fit_of(True, True) == "s28"  # as shipped


def test_noun_files_come_from_the_first_wordnet_sense():
    files = noun_lexnames()
    assert files["senator"] == "noun.person"
    assert files["embassy"] in ("noun.group", "noun.artifact")
    assert files["plan"] == "noun.cognition"
    assert all(lemma.islower() and lemma.isalpha() for lemma in list(files)[:500])


def test_features_name_both_known_sides_and_their_heads(runner):
    feats = _features(runner, "Russia attacked Ukraine on Monday.", "attacked")
    assert feats["known:both"] == 1.0
    assert feats["subj_file:noun.location"] == 1.0
    assert feats["obj_file:noun.location"] == 1.0
    # attack's first sense is of deeds (verb.competition); it has several senses
    assert [k for k in feats if k.startswith("sense1:")] == ["sense1:deeds:yes|5-9"]


def test_features_read_a_thing_object_and_a_first_sense_of_another_kind(runner):
    feats = _features(runner, "The company took a stake in the mine.", "took")
    assert feats.get("known:both") is None
    assert feats["obj_file:noun.possession"] == 1.0 or feats["obj_file:noun.artifact"] == 1.0
    sense = [k for k in feats if k.startswith("sense1:")]
    assert len(sense) == 1 and sense[0].endswith("|10+")


def test_the_refit_changes_the_probability(runner):
    check_the_refit_changes_the_probability(runner, REFIT43)


def test_the_refit_drops_under_its_own_threshold(runner, monkeypatch):
    check_the_refit_drops_under_its_own_threshold(runner, monkeypatch, "s43", REFIT43)


def test_the_fitting_script_reads_s41_tune_and_no_check_file():
    fit = load_bench("events_reality_fit")
    names = [p.name for p in fit.CENSUS]
    assert "events_tune_s41.jsonl" in names
    assert not any("check" in n for n in names)
    # the session-43 sets: with the new groups, and one without the mode
    assert "mode:" in fit.SETS["s43-mode"] and "mode:" not in fit.SETS["s43"]
    assert not set(fit.ADDED43["sense1"]) & set(fit.SETS["s27+poll+sense1"])
    assert set(fit.ADDED43["heads"]) <= set(fit.SETS["s27+poll+sense1"])


def test_the_noun_file_is_what_the_importer_reads_from_wordnet():
    from stancemap.events import lexnames
    from stancemap.wordnet_files import WORDNET

    if not WORDNET.exists():
        pytest.skip("WordNet (Debian wordnet-base) is absent")
    rows = lexnames.all_noun_rows()
    assert {lemma: "noun." + name for lemma, name in rows} == noun_lexnames()
