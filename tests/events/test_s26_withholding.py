"""Session 26 (engineer W, issues 12 and 14): acts withheld, refused and negated.

The verbs of withholding come from WordNet 3.0 (``events.withholding_import`` ->
``data/events/withholding_verbs.tsv``): refrain.v.01, abstain/desist, wait.v.02 (hold off,
hold back), refuse.v.01 (refuse, decline) and their troponyms ("balk at"). A cooperative
act withheld is a refusal (``events.sense.withheld_act``, ``held_off_act``); a hostile act
withheld is negated like "did not criticize X" (``events.sense.withheld_hostile_act``), a negated
hostile act can be dropped (``events.mode.negated_hostile_no_event``, shipped off), and a
negated event is no act between its parties (``alignment.score.negated_no_act``); a stance
cue under a verb of withholding is turned (``stances.polarity.withheld``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.events import withholding_import
from stancemap.events.contest import withholding_verbs
from stancemap.rules import RuleSwitches

WITHHELD_HOSTILE = "events.sense.withheld_hostile_act"
NEGATED_HOSTILE = "events.mode.negated_hostile_no_event"
WITHHELD = "events.sense.withheld_act"
HELD_OFF = "events.sense.held_off_act"


def _at(analysis: Any, word: str) -> list[tuple[str, str | None, list[str]]]:
    """(type, mode, target names) of the events whose trigger is ``word``."""
    text = analysis.text
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.type, e.mode, [names.get(t, t) for t in e.target])
        for e in analysis.events
        if text[e.trigger.start : e.trigger.end] == word
    ]


def _types(analysis: Any) -> list[str]:
    return [e.type for e in analysis.events]


# ---------------------------------------------------------------- the data


@pytest.mark.skipif(not (withholding_import.WORDNET / "data.verb").exists(), reason="no WordNet")
def test_the_importer_reproduces_the_file() -> None:
    rows = withholding_import.withholding_verbs(withholding_import.WORDNET)
    shipped = withholding_verbs()
    assert {verb for verb, _k, _c, _s in rows} == {*shipped["withholding"], *shipped["refusal"]}
    for verb, kind, complements, _sense in rows:
        assert shipped[kind][verb] == frozenset(complements), verb


def test_the_words_come_from_wordnet_senses() -> None:
    verbs = withholding_verbs()
    for word in ("refrain", "abstain", "desist", "forbear", "hold off", "hold back", "balk"):
        assert word in verbs["withholding"], word
    assert verbs["refusal"]["decline"] == {"to"} and verbs["refusal"]["refuse"] == {"to"}
    assert "of" in verbs["withholding"]["stop short"]  # the one hand row
    # a sense "always used with a negative" ("could not help watching": done) and a later
    # sense of a word that is first something else ("regret", "resist") are left out
    every = {*verbs["withholding"], *verbs["refusal"]}
    assert not {"help", "help oneself", "regret", "resist", "spare", "sit out"} & every


# ---------------------------------------------------------------- withheld acts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Moreau balked at endorsing President Novak.", "endorsing"),
        ("Senator Moreau refrained from backing President Novak.", "backing"),
    ],
)
def test_a_cooperative_act_withheld_is_a_refusal(pipeline_off: Any, text: str, word: str) -> None:
    on = _at(pipeline_off(text), word)
    assert on and all(t == "REJECT" for t, _m, _x in on), on
    assert "SUPPORT" in [t for t, _m, _x in _at(pipeline_off(text, (WITHHELD,)), word)]


def test_a_support_stopped_short_of_is_a_refusal(pipeline_off: Any) -> None:
    text = "Senator Moreau stopped short of endorsing President Novak."
    assert [t for t, _m, _x in _at(pipeline_off(text), "endorsing")] == ["REJECT"]
    assert [t for t, _m, _x in _at(pipeline_off(text, (HELD_OFF,)), "endorsing")] == ["SUPPORT"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senator Moreau refrained from criticizing President Novak.", "criticizing"),
        ("Senator Moreau held off on attacking President Novak.", "attacking"),
        ("Senator Moreau stopped short of criticizing President Novak.", "criticizing"),
    ],
)
def test_a_hostile_act_withheld_is_negated(pipeline_off: Any, text: str, word: str) -> None:
    on = pipeline_off(text)
    assert [m for _t, m, _x in _at(on, word)] == ["negated"]
    assert all(r.score >= 0 for r in on.relations)  # no opposed relation
    off = _at(pipeline_off(text, (WITHHELD_HOSTILE,)), word)
    assert off and off[0][0] == "ACCUSE" and off[0][1] != "negated"


# ---------------------------------------------------------------- refused acts


def test_a_cooperative_act_refused_stays_a_rejection(pipeline_off: Any) -> None:
    text = "Senator Moreau declined to meet President Novak."
    assert [(t, x) for t, _m, x in _at(pipeline_off(text), "declined")] == [
        ("REJECT", ["Katalin Novák"])
    ]


# ---------------------------------------------------------------- negated acts


@pytest.fixture(scope="module")
def negated_rule_on(analyzer: Any) -> Any:
    """The shipped switches with the shipped-off ``negated_hostile_no_event`` on."""
    from stancemap.config import RuleSettings, Settings

    off = [r for r in RuleSettings().disable if r != NEGATED_HOSTILE]
    on = analyzer.derive(Settings.model_validate({"rules": {"disable": off}}))
    return lambda text: on.analyze(text, date="2023-03-01")


def test_a_negated_hostile_act_is_no_event(negated_rule_on: Any, pipeline_off: Any) -> None:
    text = "Senator Moreau would not attack President Novak."
    assert _at(negated_rule_on(text), "attack") == []
    off = _at(pipeline_off(text), "attack")  # shipped off: the event stays, negated
    assert off and off[0][1] == "negated"


def test_a_negated_cooperative_act_stays_with_the_rule(negated_rule_on: Any) -> None:
    text = "Russia will not recognize Ukraine."
    assert [t for t, _m, _x in _at(negated_rule_on(text), "recognize")] == ["REJECT"]


# ---------------------------------------------------------------- relations


def test_a_negated_event_is_no_act_between_its_parties() -> None:
    from stancemap.alignment.intensity import default_intensity
    from stancemap.alignment.scoring import EventObs, score_pairs

    acts = [EventObs("ACCUSE", ("EST",), ("LVA",), 0.9, "d1#e1", mode="negated")]
    rule = "alignment.score.negated_no_act"
    assert score_pairs([], acts, default_intensity(), RuleSwitches.shipped(on=[rule])) == {}
    off = score_pairs([], acts, default_intensity(), RuleSwitches.shipped(off=[rule]))
    assert off[("EST", "LVA")].conflict == 1


def test_a_support_held_off_is_no_stance_for_its_target(pipeline_off: Any) -> None:
    """ "held off endorsing Y": the support cue is turned like a shifter's, not support."""
    text = "Senator Moreau held off endorsing President Novak."
    on = pipeline_off(text)
    assert on.statements and all(s.polarity <= 0 for s in on.statements)
    off = pipeline_off(text, ("stances.polarity.withheld",))
    assert any(s.polarity > 0 for s in off.statements)


def test_a_refused_cooperative_act_is_asserted(analyzer: Any, pipeline_off: Any) -> None:
    """ "will not negotiate with X": the code makes it a refusal (REJECT), which happened;
    left 'negated' (the shipped default), the relation scorer skips it and X comes out
    unopposed."""
    from stancemap.config import RuleSettings, Settings

    rule = "events.mode.refusal_is_asserted"
    off = [r for r in RuleSettings().disable if r != rule]
    on = analyzer.derive(Settings.model_validate({"rules": {"disable": off}}))
    text = "Russia said it will not negotiate with Ukraine."
    read = on.analyze(text, date="2023-03-01")
    assert [(t, m) for t, m, _x in _at(read, "negotiate")] == [("REJECT", "future")]
    assert any(r.score < 0 for r in read.relations)
    shipped = pipeline_off(text)
    assert [(t, m) for t, m, _x in _at(shipped, "negotiate")] == [("REJECT", "negated")]
    assert not any(r.score < 0 for r in shipped.relations)
