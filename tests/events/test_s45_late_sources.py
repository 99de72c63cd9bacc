"""``events.late_sources.fill_late_sources`` (session 45, engineer CS): an actor read
late fills only an empty source of an event decided without it."""

from __future__ import annotations

from stancemap.events.late_sources import fill_late_sources
from stancemap.events.merge import merge_events
from stancemap.events.parts import Coded


def _coded(trigger: tuple[int, int], type_: str, source: list[str], target: list[str]) -> Coded:
    return Coded(
        trigger=trigger,
        type=type_,
        cameo=None,
        source=source,
        target=target,
        modality=None,
        subtype=None,
        context=[],
        date=None,
        location=None,
        evidence=trigger,
        reported_by=None,
        confidence=0.5,
    )


LATE = {"agent:ken:gov"}


def test_an_empty_source_takes_the_late_actor_of_its_twin() -> None:
    kept = [_coded((10, 20), "ACCUSE", [], ["leader:x"])]
    full = [_coded((10, 20), "ACCUSE", ["agent:ken:gov"], ["leader:x"])]
    assert fill_late_sources(kept, full, LATE) == 1
    assert kept[0].source == ["agent:ken:gov"]


def test_a_source_already_there_stays() -> None:
    kept = [_coded((10, 20), "ACCUSE", ["country:KEN"], [])]
    full = [_coded((10, 20), "ACCUSE", ["agent:ken:gov"], [])]
    assert fill_late_sources(kept, full, LATE) == 0
    assert kept[0].source == ["country:KEN"]


def test_only_late_actors_fill_and_never_the_target() -> None:
    """The twin's other parties were there before the late read; the decided event did
    not take them, so neither does the fill."""
    kept = [_coded((10, 20), "ACCUSE", [], ["agent:ken:gov"]), _coded((30, 40), "REJECT", [], [])]
    full = [
        _coded((10, 20), "ACCUSE", ["agent:ken:gov"], ["agent:ken:gov"]),
        _coded((30, 40), "REJECT", ["person:someone"], []),
    ]
    assert fill_late_sources(kept, full, LATE) == 0
    assert [k.source for k in kept] == [[], []]


def test_the_twin_is_the_same_trigger_and_type() -> None:
    kept = [_coded((10, 20), "ACCUSE", [], [])]
    full = [
        _coded((10, 20), "REJECT", ["agent:ken:gov"], []),
        _coded((11, 20), "ACCUSE", ["agent:ken:gov"], []),
    ]
    assert fill_late_sources(kept, full, LATE) == 0
    assert kept[0].source == []


def test_nothing_late_nothing_filled() -> None:
    kept = [_coded((10, 20), "ACCUSE", [], [])]
    full = [_coded((10, 20), "ACCUSE", ["agent:ken:gov"], [])]
    assert fill_late_sources(kept, full, set()) == 0
    assert kept[0].source == []


def test_a_merged_event_gives_each_mention_only_its_own_late_source() -> None:
    """Session 48 LS: the whole layer's coding merges a first mention with no source and a
    later one whose sentence names a late group; the merged event's source is the later
    mention's, so the first mention (and the event it starts) stays empty, while the later
    mention of a kept merged event takes its own sentence's group."""
    first = _coded((10, 20), "SUPPORT", [], ["person:mayor"])
    later = _coded((90, 99), "SUPPORT", ["new:group:environmental-groups"], ["person:mayor"])
    full = merge_events([first, later])
    assert len(full) == 1 and full[0].source == ["new:group:environmental-groups"]
    late = {"new:group:environmental-groups"}
    kept = merge_events(
        [
            _coded((10, 20), "SUPPORT", [], ["person:mayor"]),
            _coded((90, 99), "SUPPORT", [], ["person:mayor"]),
        ]
    )
    assert fill_late_sources(kept, full, late) == 0
    assert kept[0].source == []
    assert [own.source for own in kept[0].own] == [[], ["new:group:environmental-groups"]]


def test_a_merged_event_whose_first_mention_reads_the_late_actor_takes_it() -> None:
    first = _coded((10, 20), "ACCUSE", ["agent:ken:gov"], ["leader:x"])
    later = _coded((90, 99), "ACCUSE", [], ["leader:x"])
    full = merge_events([first, later])
    kept = [_coded((10, 20), "ACCUSE", [], ["leader:x"])]
    assert fill_late_sources(kept, full, LATE) == 1
    assert kept[0].source == ["agent:ken:gov"]
