"""Session 12 (E): a state's office holders answering for it
(``alignment.sides.holders_answer_for_state``), and what a spokesperson does not tell is not
hers. Records written by hand. (``spokesperson_tells_side`` was removed in session 14: with
``spokesperson_voice`` on it changed nothing on any set.)"""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.relations import LEARNED_CONFIDENCE
from stancemap.records import Actor, Event, Quote, Span
from stancemap.rules import RuleSwitches

TEXT = "x" * 300
HOLDERS = "alignment.sides.holders_answer_for_state"
VOICE = "alignment.sides.spokesperson_voice"

EST = Actor(id="EST", name="Estonia", type="country", country="EST")
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
             role="Prime Minister of Estonia")  # fmt: skip
# a government spokeswoman known by her role; the quotes say she speaks for Estonia
SALU = Actor(id="salu", name="Kaja Salu", type="person", country="EST", sector="GOV",
             role="government spokeswoman")  # fmt: skip
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV",
             role="President of Latvia")  # fmt: skip
# a candidate at home: of Latvia, but speaking for no state
ROZE = Actor(id="roze", name="Anna Roze", type="person", country="LVA")
ACTORS = [EST, LVA, ARIN, SALU, BOSK, ROZE]


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def _quote(qid: str, speaker: str, speaks_for: str | None) -> Quote:
    return Quote(id=qid, kind="indirect", content=_span(100, 140), speaker=speaker,
                 speaks_for=speaks_for, confidence=0.8)  # fmt: skip


def _event(eid: str, etype: str, src: str, tgt: str, told_in: str | None = None) -> Event:
    return Event(id=eid, type=etype, trigger=_span(110, 115), source=[src], target=[tgt],
                 confidence=0.9, reported_by=told_in)  # fmt: skip


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def _off(*names: str) -> RuleSwitches:
    # the voice rule off: these rules alone
    # (session 64: over the shipped rules, HOLDERS on but where named, not every rule on)
    on = [r for r in (HOLDERS,) if r not in names]
    return RuleSwitches.shipped(on=on, off=[VOICE, *names])


def test_a_deed_she_does_not_tell_is_not_hers() -> None:
    quotes = [_quote("q1", "salu", "EST")]
    events = [_event("e1", "SUPPORT", "arin", "bosk")]  # narrated, not in her quote
    rels = relate_document([], events, actors=ACTORS, quotes=quotes, switches=_off())
    assert _rel(rels, "salu", "bosk") is None


def test_a_state_s_relation_is_aimed_at_those_who_govern_it() -> None:
    # "Estonia called Latvia's decision a provocation"; President Bosk is Latvia's
    events = [_event("e1", "ACCUSE", "EST", "LVA")]
    on = _rel(relate_document([], events, actors=ACTORS, switches=_off()), "EST", "bosk")
    assert on is not None and on.score < 0
    assert on.carried is not None and on.carried.via == ["leaders:EST~LVA"]
    off = relate_document([], events, actors=ACTORS, switches=_off(HOLDERS))
    assert _rel(off, "EST", "bosk") is None


def test_an_office_holder_s_word_on_a_state_reaches_its_president_weaker() -> None:
    # "Arin thanked Latvia": Arin ~ Latvia is her own; Arin ~ Bosk is carried from it
    events = [_event("e1", "SUPPORT", "arin", "LVA")]
    # the witnesses' noisy-or weighs it less; the learned confidence reads carried relations
    # from how often judged ones were right, not from this weight
    rels = relate_document([], events, actors=ACTORS, switches=_off(LEARNED_CONFIDENCE))
    own, carried = _rel(rels, "arin", "LVA"), _rel(rels, "arin", "bosk")
    assert carried is not None and carried.score > 0
    assert carried.confidence < own.confidence


def test_a_deed_done_to_a_state_stays_between_the_states() -> None:
    # "Estonia sent Latvia aid": a deed, not words: Latvia's president gets nothing
    events = [_event("e1", "AID", "EST", "LVA")]
    rels = relate_document([], events, actors=ACTORS, switches=_off())
    assert _rel(rels, "EST", "LVA") is not None and _rel(rels, "EST", "bosk") is None


def test_a_corpus_spreads_nothing_to_every_office_holder_it_ever_named() -> None:
    from stancemap.alignment.intensity import default_intensity
    from stancemap.alignment.scoring import EventObs, score_pairs
    from stancemap.alignment.sides import Sides, settle

    acts = [EventObs("ACCUSE", ("EST",), ("LVA",), 0.9, "d1#e1")]
    pairs = score_pairs([], acts, default_intensity())
    settled = settle(pairs, Sides(ACTORS), _off())  # a corpus's Sides: not one story
    assert ("EST", "bosk") not in settled and ("EST", "LVA") in settled


def test_a_candidate_at_home_is_never_set_against_the_government_this_way() -> None:
    # "Roze attacked Latvia's pension law": Roze speaks for no state
    events = [_event("e1", "ACCUSE", "roze", "LVA")]
    rels = relate_document([], events, actors=ACTORS, switches=_off())
    assert _rel(rels, "roze", "bosk") is None
