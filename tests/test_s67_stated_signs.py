"""Session 67 (SR, issue 12): a stated request recoded by what its clause says
(``events.sense.stated_request_recoded``, ``events.sense.stated_request_unjudged``:
events/stated_request_signs.py) and a negated vote for a party, said of one's own stance, an
asserted REJECT (``events.sense.negated_vote_reject``: events/negated_votes.py); all shipped
off. The sentences were written for this test; each runs the whole pipeline with the rules
on and off."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.negated_votes import NEGATED_VOTE_REJECT
from stancemap.events.stated_request_signs import (
    STATED_REQUEST_RECODED,
    STATED_REQUEST_UNJUDGED,
    UNASKED_REQUEST_SAYING,
)

RULES = [STATED_REQUEST_RECODED, STATED_REQUEST_UNJUDGED, NEGATED_VOTE_REJECT]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def recoded(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[STATED_REQUEST_RECODED]))


@pytest.fixture(scope="module")
def unjudged(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[STATED_REQUEST_UNJUDGED]))


@pytest.fixture(scope="module")
def vote(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[NEGATED_VOTE_REJECT]))


def _events(pipeline: Any, text: str) -> list[tuple[str, str, str | None, list[str], list[str]]]:
    """(trigger, type, mode, source, target) of each event."""
    result = pipeline.analyze(text, date="2016-05-01")
    return [(e.trigger.text, e.type, e.mode, e.source, e.target) for e in result.events]


@pytest.mark.parametrize("rule", RULES)
def test_off_by_default(rule: str) -> None:
    assert rule in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Hillary Clinton insisted that Donald Trump's plan was a disaster.", "ACCUSE"),
        ("Hillary Clinton insisted that Donald Trump is dishonest.", "ACCUSE"),
        ("Bernie Sanders insisted that Hillary Clinton is a great leader.", "SUPPORT"),
    ],
)
def test_a_judging_clause_recodes_the_request(
    off: Any, recoded: Any, text: str, etype: str
) -> None:
    before = [e for e in _events(off, text) if e[0] == "insisted"]
    assert before and before[0][1] == "REQUEST"
    after = [e for e in _events(recoded, text) if e[0] == "insisted"]
    assert len(after) == 1
    trigger, got, mode, source, target = after[0]
    assert got == etype and source == before[0][3]
    assert target  # the party the clause judges
    assert not [e for e in _events(recoded, text) if e[1] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        # a modal clause judges nothing (a prediction)
        "Bernie Sanders suggested that Russia could default on its debt.",
        # an asked act: no stated request at all
        "Bernie Sanders urged Hillary Clinton to resign.",
    ],
)
def test_no_judgement_keeps_the_request_when_recoding(off: Any, recoded: Any, text: str) -> None:
    assert _events(recoded, text) == _events(off, text)


def test_unjudged_stated_request_dropped(off: Any, unjudged: Any) -> None:
    text = "Someone suggested that Russia could default on its debt."
    assert ("suggested", "REQUEST") in [e[:2] for e in _events(off, text)]
    assert not [e for e in _events(unjudged, text) if e[1] == "REQUEST"]


def test_unjudged_stated_request_with_a_pair_kept(off: Any, unjudged: Any) -> None:
    text = "Bernie Sanders suggested that Russia could default on its debt."
    before = [e for e in _events(off, text) if e[1] == "REQUEST"]
    assert before and before[0][3] and before[0][4]  # a source and a target
    assert _events(unjudged, text) == _events(off, text)


def test_judged_stated_request_not_dropped_as_unjudged(off: Any, unjudged: Any) -> None:
    text = "Hillary Clinton insisted that Donald Trump's plan was a disaster."
    assert _events(unjudged, text) == _events(off, text)


@pytest.mark.parametrize(
    "text",
    [
        '"I cannot vote for Donald Trump," Senator Ted Cruz said.',
        '"I will not vote for Donald Trump," Senator Ted Cruz said.',
        '"We will never vote for Donald Trump," the Labour Party said.',
    ],
)
def test_own_negated_vote_is_an_asserted_reject(off: Any, vote: Any, text: str) -> None:
    before = [e for e in _events(off, text) if e[0] == "vote"]
    assert all(e[2] == "negated" or e[1] == "AGREE" for e in before)  # never an asserted REJECT
    after = [e for e in _events(vote, text) if e[0] == "vote"]
    assert len(after) == 1
    trigger, etype, mode, source, target = after[0]
    assert etype == "REJECT" and mode is None
    assert source and target == ["person:donald-trump"]


@pytest.mark.parametrize(
    "text",
    [
        '"I did not vote for Donald Trump in 2012," Senator Ted Cruz said.',  # a past fact
        "Senator Paul Ryan said Ted Cruz would not vote for Donald Trump.",  # another's view
        '"I will vote for Donald Trump," Senator Ted Cruz said.',  # no negation
        '"I would not vote for Donald Trump if he lied," Senator Ted Cruz said.',  # a condition
        # a voter named only by name: a preference told in a vox pop is no event
        '"I could never vote for Donald Trump," said Cory James, 22, of Flint.',
    ],
)
def test_past_votes_and_others_stances_stay(off: Any, vote: Any, text: str) -> None:
    assert _events(vote, text) == _events(off, text)


# events.sense.unasked_request_saying and the clause's own verb


@pytest.fixture(scope="module")
def saying(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[UNASKED_REQUEST_SAYING]))


def test_saying_off_by_default() -> None:
    assert UNASKED_REQUEST_SAYING in Settings().rules.disable


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan called on Barack Obama, saying Obama had failed the country.",
        "The Labour Party called on the Conservative Party, saying their policies were dangerous.",
    ],
)
def test_a_request_asking_nothing_recoded_by_what_it_says(off: Any, saying: Any, text: str) -> None:
    before = [e for e in _events(off, text) if e[0] == "called"]
    assert before and before[0][1] == "REQUEST"
    after = [e for e in _events(saying, text) if e[0] == "called"]
    assert len(after) == 1 and after[0][1] == "ACCUSE"
    assert after[0][3] == before[0][3] and after[0][4]


@pytest.mark.parametrize(
    "text",
    [
        # an act asked for: a real request
        "Paul Ryan called on Barack Obama to resign, saying Obama had failed the country.",
        # the object is what is asked for
        "The Conservative Party demanded answers, saying the minister was incompetent.",
    ],
)
def test_a_request_asking_something_stays(off: Any, saying: Any, text: str) -> None:
    assert _events(saying, text) == _events(off, text)


def test_a_negative_verb_charged_to_a_party_recodes(off: Any, recoded: Any) -> None:
    text = "Hillary Clinton suggested that Donald Trump had failed the country."
    after = [e for e in _events(recoded, text) if e[0] == "suggested"]
    assert after and after[0][1] == "ACCUSE" and after[0][4] == ["person:donald-trump"]


def test_a_positive_outcome_verb_praises_no_one(off: Any, recoded: Any) -> None:
    text = "Hillary Clinton suggested that Donald Trump won the state."
    assert _events(recoded, text) == _events(off, text)
