"""Session 22 (S): a spokesperson's title in the source phrase of her own quote names her
state (``alignment.sides.voice_title_names_state``, inside ``voice_names_state``):
"Iranian foreign ministry spokesman X condemned Y" is Iran's word on Y, although the
actors stage's mention of X is his name alone. Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Event, Issue, Quote, Span, Statement
from stancemap.rules import RuleSwitches

RULE = "alignment.sides.voice_title_names_state"
TEXT = "Estonian foreign ministry spokesman Kalev Tamm on Monday condemned Latvian Prime Minister Ivo Berzins for the border decision."


def _at(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), text=words)


ACTORS = [
    Actor(id="EST", name="Estonia", type="country", country="EST", mentions=[_at("Estonian")]),
    Actor(id="LVA", name="Latvia", type="country", country="LVA", mentions=[_at("Latvian")]),
    Actor(
        id="tamm",
        name="Kalev Tamm",
        type="person",
        country="EST",
        sector="GOV",
        role="foreign ministry spokesman",
        mentions=[_at("Kalev Tamm")],
    ),  # fmt: skip
    Actor(
        id="berzins",
        name="Ivo Berzins",
        type="person",
        country="LVA",
        sector="GOV",
        role="Prime Minister of Latvia",
        mentions=[_at("Ivo Berzins")],
    ),  # fmt: skip
]
QUOTE = Quote(id="q1", kind="indirect", content=_at("Latvian Prime Minister Ivo Berzins"),
              cue=_at("condemned"), source=_at("Estonian foreign ministry spokesman Kalev Tamm"),
              speaker="tamm", confidence=0.8)  # fmt: skip
STATEMENT = Statement(id="s1", actor="tamm", issue=Issue(id="alignment:berzins", label="Berzins"),
                      polarity=-1, evidence=["q1"], confidence=0.8, text=_at(TEXT[:-1]),
                      target="berzins", target_kind="actor")  # fmt: skip
EVENT = Event(id="e1", type="ACCUSE", trigger=_at("condemned"), source=["tamm"],
              target=["berzins"], confidence=0.9, evidence=_at(TEXT[:-1]))  # fmt: skip


def _switches(off: tuple[str, ...]) -> RuleSwitches:
    """The shipped rules with RULE on but where ``off`` names it (session 64: not every
    rule on but ``off``)."""
    return RuleSwitches.shipped(on=[r for r in (RULE,) if r not in off], off=off)


def _pair(off: tuple[str, ...], a: str, b: str):  # type: ignore[no-untyped-def]
    rels = relate_document([STATEMENT], [EVENT], actors=ACTORS, quotes=[QUOTE],
                           switches=_switches(off))  # fmt: skip
    return next((r for r in rels if {r.a, r.b} == {a, b}), None)


def test_the_title_in_her_quotes_source_names_the_state() -> None:
    pair = _pair((), "EST", "berzins")
    assert pair is not None and pair.score < 0, pair
    # her own pair is there either way
    assert _pair((), "tamm", "berzins") is not None


def test_without_the_rule_her_name_alone_names_no_state() -> None:
    assert _pair((RULE,), "EST", "berzins") is None
    assert _pair((RULE,), "tamm", "berzins") is not None
