"""Session 22 (S): a spokesperson's verbal act that is her own quote's cue is her words,
lent to the one she speaks for (``alignment.sides.voice_cue_words``): "Estonia's
government spokeswoman lauded Latvian President Ivo Berzins's pledge" is Estonia's word on
Berzins. A deed is not lent. Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Quote, Span
from stancemap.rules import RuleSwitches

RULE = "alignment.sides.voice_cue_words"
TEXT = "Estonia's government spokeswoman lauded Latvian President Ivo Berzins's pledge on Friday."


def _at(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), text=words)


SPOKES = "agent:est:gov:spokeswoman"
ACTORS = [
    Actor(id="EST", name="Estonia", type="country", country="EST", mentions=[_at("Estonia")]),
    Actor(id="LVA", name="Latvia", type="country", country="LVA", mentions=[_at("Latvian")]),
    Actor(
        id=SPOKES,
        name="Estonia's government spokeswoman",
        type="person",
        country="EST",
        sector="GOV",
        mentions=[_at("Estonia's government spokeswoman")],
    ),  # fmt: skip
    Actor(
        id="berzins",
        name="Ivo Berzins",
        type="person",
        country="LVA",
        sector="GOV",
        role="President of Latvia",
        mentions=[_at("Ivo Berzins")],
    ),  # fmt: skip
]
QUOTE = Quote(id="q1", kind="indirect", content=_at("Latvian President Ivo Berzins's pledge"),
              cue=_at("lauded"), source=_at("Estonia's government spokeswoman"),
              speaker=SPOKES, speaks_for="EST", confidence=0.8)  # fmt: skip


def _event(etype: str) -> Event:
    return Event(id="e1", type=etype, trigger=_at("lauded"), source=[SPOKES],
                 target=["berzins"], confidence=0.9, evidence=_at(TEXT[:-1]))  # fmt: skip


def _switches(off: tuple[str, ...]) -> RuleSwitches:
    """The shipped rules with RULE on but where ``off`` names it (session 64: not every
    rule on but ``off``)."""
    return RuleSwitches.shipped(on=[r for r in (RULE,) if r not in off], off=off)


def _pair(event: Event, off: tuple[str, ...], a: str, b: str):  # type: ignore[no-untyped-def]
    rels = relate_document([], [event], actors=ACTORS, quotes=[QUOTE],
                           switches=_switches(off))  # fmt: skip
    return next((r for r in rels if {r.a, r.b} == {a, b}), None)


def test_her_cue_is_her_words_lent_to_her_state() -> None:
    pair = _pair(_event("SUPPORT"), (), "EST", "berzins")
    assert pair is not None and pair.score > 0, pair
    assert _pair(_event("SUPPORT"), (), SPOKES, "berzins") is not None


def test_without_the_rule_the_cue_stays_hers() -> None:
    assert _pair(_event("SUPPORT"), (RULE,), "EST", "berzins") is None
    assert _pair(_event("SUPPORT"), (RULE,), SPOKES, "berzins") is not None


def test_a_deed_at_the_cue_is_not_lent() -> None:
    # a material event (not a verbal PLOVER type) is hers alone, as before
    assert _pair(_event("ASSAULT"), (), "EST", "berzins") is None
