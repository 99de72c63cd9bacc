"""Session 67 lead: what the parse says of an event's parties for the relations stage is
marked on the event (``Event.sources_together``, ``Event.joint_appeal``), so that relations
computed again without a parse - as ``store/reresolve.py`` does for stored documents - are
the pipeline's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pairs_of
from stancemap.alignment import relate_document
from stancemap.pipeline import Analyzer, marked_parties
from stancemap.records import Event, Span

TEXT = (
    "US warplanes and Afghan forces had launched extensive attacks on the network of caves "
    "where the militants had been hiding."
)


@pytest.fixture(scope="module")
def analysis():
    return Analyzer().analyze_text(TEXT, doc_id="s67-marks", date="2001-12-10")


def test_the_parse_reading_is_marked_on_the_event(analysis) -> None:
    together = [e for e in analysis.events if e.sources_together]
    assert together, [(e.type, e.source, e.target) for e in analysis.events]
    assert all(len(e.source) >= 2 and not e.target for e in together)


def test_relations_without_the_parse_are_the_pipelines(analysis) -> None:
    # store/reresolve.py recomputes relations from the stored records alone
    again = relate_document(
        analysis.statements,
        analysis.events,
        actors=analysis.actors,
        quotes=analysis.quotes + analysis.embedded_quotes,
    )
    assert pairs_of(analysis.model_copy(update={"relations": again})) == pairs_of(analysis)
    # and the co-sources are no rivals there either
    names = {a.id: a.name for a in analysis.actors}
    rivals = [
        (names[r.a], names[r.b])
        for r in again
        if r.score < 0
        and "Afghan forces" in (names[r.a], names[r.b])
        and "US warplanes" in (names[r.a], names[r.b])
    ]
    assert not rivals, rivals


def _event(eid: str) -> Event:
    return Event(
        id=eid,
        type="ASSAULT",
        trigger=Span(start=0, end=6, text="attack"),
        confidence=0.8,
        source=["a", "b"],
    )


def test_marks_set_only_where_read() -> None:
    events = [_event("e1"), _event("e2"), _event("e3")]
    marked = marked_parties(events, frozenset({"e1"}), frozenset({"e3"}))
    assert [e.sources_together for e in marked] == [True, None, None]
    assert [e.joint_appeal for e in marked] == [None, None, True]
    assert marked_parties(events, frozenset(), frozenset()) is events


def test_windowed_documents_keep_the_marks() -> None:
    # a long document is read window by window; relations over the merged windows read
    # each window's marks (no second reading of the whole parse)
    from stancemap.config import load_settings

    long_text = "\n\n".join([TEXT] * 12)
    windowed = Analyzer().derive(load_settings(None, {"ingest": {"window_chars": 1000}}))
    analysis = windowed.analyze(long_text, doc_id="s67-marks-long", date="2001-12-10")
    # the act told twelve times is one event (merged mentions), marked as read
    assert any(e.sources_together for e in analysis.events), analysis.events
    names = {a.id: a.name for a in analysis.actors}
    pair = {"US warplanes", "Afghan forces"}
    assert not [r for r in analysis.relations if {names[r.a], names[r.b]} == pair and r.score < 0]
