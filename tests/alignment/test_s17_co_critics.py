"""Session 17 (E, issue 14): actors who each took a position towards a third, or who are
sources of one event but acted each on their own, are no pair.

``alignment.score.co_sources_each``: "X and Y both condemned the coup" (one event, two
sources, "both" before the trigger) is no act between X and Y, while "X and Y clashed" is.
Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.corpus import _acted_each
from stancemap.alignment.scoring import CO_SOURCES_EACH, acted_each
from stancemap.records import Actor, Event, Relation, Span
from stancemap.rules import RuleSwitches

BOTH = "Governor Nora Vail and Senator Eli Marsh both condemned the attack on Sunday."
CLASH = "Governor Nora Vail and Senator Eli Marsh clashed on Sunday over the budget."


def _at(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def _actors(text: str) -> list[Actor]:
    out = [
        Actor(id="new:person:vail", name="Nora Vail", type="person", mentions=[_at(text, "Nora Vail")]),
        Actor(id="new:person:marsh", name="Eli Marsh", type="person", mentions=[_at(text, "Eli Marsh")]),
    ]  # fmt: skip
    return out


def _pair(rels: list[Relation], a: str, b: str) -> Relation | None:
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def _joint(text: str, trigger: str, *off: str) -> list[Relation]:
    event = Event(id="e1", type="ACCUSE", trigger=_at(text, trigger),
                  source=["new:person:vail", "new:person:marsh"], target=[], confidence=0.8,
                  evidence=_at(text, text))  # fmt: skip
    # the shipped rules with co_sources_each on but for ``off`` (session 64: not every rule on)
    on = [r for r in (CO_SOURCES_EACH,) if r not in off]
    switches = RuleSwitches.shipped(on=on, off=off)
    return relate_document([], [event], actors=_actors(text), switches=switches)


def test_sources_that_acted_each_on_their_own_are_no_rivals() -> None:
    assert _pair(_joint(BOTH, "condemned"), "new:person:vail", "new:person:marsh") is None
    off = _pair(_joint(BOTH, "condemned", CO_SOURCES_EACH), "new:person:vail", "new:person:marsh")
    assert off is not None and off.score < 0
    # without "both" the two sources clash with each other
    clash = _pair(_joint(CLASH, "clashed"), "new:person:vail", "new:person:marsh")
    assert clash is not None and clash.score < 0


def test_both_is_read_only_before_the_trigger_and_in_corpus_records() -> None:
    assert acted_each(BOTH, 0, BOTH.index("condemned"))
    assert not acted_each(CLASH, 0, CLASH.index("clashed"))
    later = "X and Y clashed, and both left the room."
    assert not acted_each(later, 0, later.index("clashed"))
    assert not acted_each(None, None, 3)
    record = {
        "trigger": {"start": 50, "end": 59},
        "evidence": {"start": 0, "end": 77, "text": BOTH},
    }
    assert _acted_each(record)
    assert not _acted_each({"trigger": {"start": 3}})
