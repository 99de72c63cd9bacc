"""Session 36 (engineer MB): a merged event lists each of its mentions with the parties
its own sentence names (``Event.mention_parties``, ``events/merge.py`` keeps each
mention's own reading, ``events/stage.py`` writes it). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.merge import merge_events
from stancemap.events.parts import Coded


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_a_merged_event_keeps_each_mentions_own_parties(runner):
    text = "Novak criticized the new tax plan. Later Novak criticized Haddad over the budget."
    found = [e for e in runner.events(text) if e.type == "ACCUSE"]
    assert len(found) == 1
    event = found[0]
    # the merge lent Haddad to the first mention, whose sentence never names him
    assert event.target == ["p:Haddad"] and "Haddad" not in event.evidence.text
    first, later = event.mention_parties
    assert first.evidence == event.evidence
    assert (first.source, first.target) == (["p:Novak"], [])
    assert (later.source, later.target) == (["p:Novak"], ["p:Haddad"])
    assert "Haddad" in later.evidence.text and "tax plan" not in later.evidence.text
    assert later.trigger == event.mentions[0]
    assert all(0.0 < m.confidence <= 1.0 for m in event.mention_parties)


def test_a_mention_whose_sentence_names_the_party_outside_its_roles_names_it(runner):
    # the first sentence names Haddad, though not as the act's target
    text = (
        "Novak, standing beside Haddad, criticized the new tax plan. Later Novak criticized "
        "Haddad over the budget."
    )
    found = [e for e in runner.events(text) if e.type == "ACCUSE"]
    assert len(found) == 1 and len(found[0].mention_parties) == 2
    assert [m.target for m in found[0].mention_parties] == [["p:Haddad"], ["p:Haddad"]]


def test_an_event_told_once_has_no_mention_parties(runner):
    text = "Novak criticized Haddad over the budget."
    found = [e for e in runner.events(text) if e.type == "ACCUSE"]
    assert [e.mention_parties for e in found] == [[]]


def _coded(start: int, source: list[str], target: list[str]) -> Coded:
    return Coded(
        trigger=(start, start + 5),
        type="ACCUSE",
        cameo="111",
        source=source,
        target=target,
        modality=None,
        subtype=None,
        context=[],
        date=None,
        location=None,
        evidence=(start, start + 50),
        reported_by=None,
        confidence=0.6,
    )


def test_merge_events_keeps_each_reading_before_the_merge():
    merged = merge_events([_coded(0, ["a"], []), _coded(100, ["a"], ["b"]), _coded(200, [], ["b"])])
    assert len(merged) == 1
    home = merged[0]
    assert home.target == ["b"]
    assert [(m.trigger, m.source, m.target) for m in home.own] == [
        ((0, 5), ["a"], []),
        ((100, 105), ["a"], ["b"]),
        ((200, 205), [], ["b"]),
    ]
    # an event told once keeps no readings
    assert merge_events([_coded(0, ["a"], ["b"])])[0].own == []
