"""A judgment of an act whose doer the sentence before names is a judgment of the doer,
weakly (``stances.campaign.prior_act``): "Y imposed tariffs. X condemned the tariffs."
The act's target ("the tariffs on Z") is no doer. And one whose "by" phrase names the
doer (``stances.campaign.act_by``): "X condemned the shelling of the port by Y".
Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis

RULE = "stances.campaign.prior_act"


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp)


def _id(analysis: Analysis, name: str) -> str:
    found = [a.id for a in analysis.actors if name.lower() in a.name.lower()]
    assert found, f"no actor named {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def _stances(analysis: Analysis, holder: str, target: str) -> set[int]:
    a, b = _id(analysis, holder), _id(analysis, target)
    return {s.polarity for s in analysis.statements if s.actor == a and s.target == b}


@pytest.mark.parametrize(
    ("text", "holder", "doer", "sign"),
    [
        (
            "Brazil raised import duties on Argentine wheat on Monday. "
            "Uruguay condemned the duties on Tuesday.",
            "Uruguay",
            "Brazil",
            -1,
        ),
        (
            "The mayor Bob Lane signed a decree closing the old harbour. "
            "The senator Ann Walker praised the decree.",
            "Walker",
            "Lane",
            1,
        ),
    ],
)
def test_an_act_told_the_sentence_before_is_judged_with_its_doer(
    analyzer, without_rule, text: str, holder: str, doer: str, sign: int
) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text)
    assert _stances(analysis, holder, doer) == {sign}
    (found,) = [
        s
        for s in analysis.statements
        if s.actor == _id(analysis, holder) and s.target == _id(analysis, doer)
    ]
    assert found.text is not None and text[found.text.start : found.text.end] == found.text.text
    assert 0 < found.confidence < 0.5  # weaker than an owned act
    assert not _stances(without_rule.analyze(text), holder, doer)


@pytest.mark.parametrize(
    "text",
    [
        # a different thing judged: the sentence before names no "decree"
        "The mayor Bob Lane signed a law on the harbour. The senator Ann Walker praised the decree.",
        # no definite noun: "a decree" is not the one Lane signed
        "The mayor Bob Lane signed a decree on the harbour. The senator Ann Walker praised a decree.",
        # Lane's view of the decree, not Lane's act
        "The mayor Bob Lane rejected the decree on the harbour. The senator Ann Walker praised the decree.",
        # an act Lane did not do
        "The mayor Bob Lane did not sign the decree on the harbour. The senator Ann Walker praised the decree.",
        # talks (CONSULT): what Lane weighs or discusses is a topic, not Lane's act
        "The mayor Bob Lane still weighs the decree on the harbour. The senator Ann Walker praised the decree.",
        "The mayor Bob Lane discussed the decree on the harbour. The senator Ann Walker praised the decree.",
        # the same talks told in the headline first: one event, two mentions
        "Leaders weigh in on the harbour decree\n\n"
        "The mayor Bob Lane still weighs the decree on the harbour. "
        "The senator Ann Walker praised the decree.",
    ],
)
def test_no_doer_no_judgment(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _stances(analyzer.analyze(text), "Walker", "Lane")


def test_the_target_of_the_act_is_no_doer(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazil raised import duties on Argentina on Monday. "
        "Uruguay condemned the duties on Argentina on Tuesday."
    )
    analysis = analyzer.analyze(text)
    assert _stances(analysis, "Uruguay", "Brazil") == {-1}
    assert -1 not in _stances(analysis, "Uruguay", "Argentina")


ACT_BY = "stances.campaign.act_by"


@pytest.mark.parametrize(
    ("text", "holder", "doer", "sign"),
    [
        ("Uruguay condemned the shelling of the port by Brazil.", "Uruguay", "Brazil", -1),
        (
            "The senator Ann Walker praised the release of the hostages by the mayor Bob Lane.",
            "Walker",
            "Lane",
            1,
        ),
    ],
)
def test_an_act_whose_by_phrase_names_its_doer(
    analyzer, text: str, holder: str, doer: str, sign: int
) -> None:  # type: ignore[no-untyped-def]
    assert _stances(analyzer.analyze(text), holder, doer) == {sign}
    off = Pipeline(with_rules(disable=[ACT_BY]), nlp=analyzer.nlp)
    assert not _stances(off.analyze(text), holder, doer)


def test_a_by_phrase_naming_no_actor_judges_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze("Uruguay condemned the decision by a wide margin.")
    assert not [s for s in analysis.statements if s.target_kind == "actor"]


BARE_PARTNER = "events.sense.bare_partner_code_needs_partner"
TALK_VERB = "stances.campaign.prior_act_talk_verb"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor Bob Lane discussed the decree on the harbour. The senator Ann Walker praised the decree.",
        "The mayor Bob Lane still weighs the decree on the harbour. The senator Ann Walker praised the decree.",
    ],
)
def test_talks_with_no_counterpart_stay_a_topic(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    """With the talks event dropped for want of a counterpart (session 24 N), the
    dictionary's talk reading of the verb still keeps the decree Lane's topic, not Lane's act
    (``stances.campaign.prior_act_talk_verb``, session 24 N2)."""
    guarded = Pipeline(with_rules(enable=[BARE_PARTNER]), nlp=analyzer.nlp)
    analysis = guarded.analyze(text)
    assert not [e for e in analysis.events if e.type == "CONSULT"]  # the event is gone
    assert not _stances(analysis, "Walker", "Lane")
    bare = Pipeline(with_rules(enable=[BARE_PARTNER], disable=[TALK_VERB]), nlp=analyzer.nlp)
    assert _stances(bare.analyze(text), "Walker", "Lane") == {1}


def test_a_deed_is_still_judged_with_the_talk_guard(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Bob Lane signed a decree closing the old harbour. "
        "The senator Ann Walker praised the decree."
    )
    guarded = Pipeline(with_rules(enable=[BARE_PARTNER]), nlp=analyzer.nlp)
    assert _stances(guarded.analyze(text), "Walker", "Lane") == {1}
