"""Session 17 (E, issue 14, with H): a request against the one it names - coded with a
CAMEO code of a change in leadership or judicial action (events.frame.hostile_request) -
weighs as a DEMAND, conflict, in a document's relations and in a corpus
(``alignment.score.hostile_request``); a friendly request keeps the neutral REQUEST.
Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.relations import NEUTRAL_NO_SIGN
from stancemap.alignment.scoring import HOSTILE_REQUEST, hostile_request
from stancemap.records import Actor, Analysis, DocumentInfo, Event, Relation, Span
from stancemap.rules import RuleSwitches

TEXT = "Senator Lana Pike called for the resignation of Governor Ed Marlow on Monday."


def _at(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


ACTORS = [
    Actor(id="new:person:pike", name="Lana Pike", type="person", mentions=[_at("Lana Pike")]),
    Actor(id="new:person:marlow", name="Ed Marlow", type="person", mentions=[_at("Ed Marlow")]),
]


def _request(cameo: str) -> Event:
    return Event(id="e1", type="REQUEST", cameo=cameo, trigger=_at("called"),
                 source=["new:person:pike"], target=["new:person:marlow"], confidence=0.8,
                 evidence=_at(TEXT))  # fmt: skip


def _score(cameo: str, *off: str, neutral_no_sign: bool = False) -> float | None:
    # the shipped rules, HOSTILE_REQUEST on unless ``off`` names it; NEUTRAL_NO_SIGN
    # (shipped off) on only where asked
    on, off = [r for r in (HOSTILE_REQUEST,) if r not in off], list(off)
    (on if neutral_no_sign else off).append(NEUTRAL_NO_SIGN)
    rels: list[Relation] = relate_document(
        [], [_request(cameo)], actors=ACTORS, switches=RuleSwitches.shipped(on=on, off=off)
    )
    return rels[0].score if rels else None


def test_a_request_for_the_resignation_of_y_is_a_conflict_with_y() -> None:
    hostile, friendly = _score("0241"), _score("020")
    assert hostile is not None and friendly is not None
    assert hostile < friendly - 0.1  # a DEMAND's intensity, not a request's
    assert _score("0241", HOSTILE_REQUEST) == friendly  # off: read as any request
    # a neutral request may give no sign (neutral_no_sign, shipped off); a hostile one
    # still says which way the requester leans
    assert _score("020", neutral_no_sign=True) is None
    assert _score("0241", neutral_no_sign=True) == hostile


def test_only_requests_with_a_hostile_code_are_read_so() -> None:
    assert hostile_request("REQUEST", "1041") and hostile_request("request", "0213")
    assert not hostile_request("REQUEST", "020")
    assert not hostile_request("REQUEST", None)
    assert not hostile_request("DEMAND", "1041")


def test_a_corpus_reads_the_request_as_the_document_does() -> None:
    record = Analysis(
        document=DocumentInfo(id="d1", sha256="0", date="2016-05-02"),
        text=TEXT,
        actors=ACTORS,
        events=[_request("0241")],
    ).model_dump(mode="json", by_alias=True)
    on = build_corpus([("a", record)], switches=RuleSwitches.shipped(on=[HOSTILE_REQUEST]))
    off = build_corpus([("a", record)], switches=RuleSwitches.shipped(off=[HOSTILE_REQUEST]))
    assert [e.obs.type for e in on.events] == ["DEMAND"]
    assert [e.obs.type for e in off.events] == ["REQUEST"]
