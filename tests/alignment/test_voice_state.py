"""Session 13 (E): a state's voices - its ministries, government, army and spokespeople -
speak for it (``alignment.sides.voice_speaks_for_state``); a body's words reach, weaker,
the office holders of its state the story names (``holders_answer_for_state``, pinned
here). Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.relations import LEARNED_CONFIDENCE
from stancemap.records import Actor, Event, Span
from stancemap.rules import RuleSwitches

TEXT = "x" * 300
FOR_STATE = "alignment.sides.voice_speaks_for_state"
HOLDERS = "alignment.sides.holders_answer_for_state"
# off here so that each test reads this module's rule alone (spokesperson_voice ships on since
# session 14; the session-15 gates voice_names_state, which reads mentions these records do
# not have, and voice_acted_on are tested in tests/alignment/test_s15_voice_names_state.py)
OTHERS_OFF = (
    "alignment.sides.spokesperson_voice",
    "alignment.sides.voice_names_state",
    "alignment.sides.voice_acted_on",
)

EST = Actor(id="EST", name="Estonia", type="country", country="EST")
LVA = Actor(id="LVA", name="Latvia", type="country", country="LVA")
# Estonia's foreign ministry and Latvia's government: bodies of a state sector
MINISTRY = Actor(id="est-mfa", name="Estonia's foreign ministry", type="group", country="EST",
                 sector="GOV")  # fmt: skip
LVA_GOV = Actor(id="lva-gov", name="the Latvian government", type="group", country="LVA",
                sector="GOV")  # fmt: skip
ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV",
             role="Prime Minister of Estonia")  # fmt: skip
SALU = Actor(id="salu", name="Kaja Salu", type="person", country="EST", sector="GOV",
             role="government spokeswoman")  # fmt: skip
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV",
             role="President of Latvia")  # fmt: skip
# a candidate at home: Estonian, speaking for no state
TAMM = Actor(id="tamm", name="Mart Tamm", type="person", country="EST")
ALLIANCE = Actor(id="alliance", name="the Baltic Alliance", type="organization", sector="IGO")
# a ministry of a state the story does not name as an actor
FIN_MFA = Actor(id="fin-mfa", name="the Finnish foreign ministry", type="group", country="FIN",
                sector="GOV")  # fmt: skip
ACTORS = [EST, LVA, MINISTRY, LVA_GOV, SALU, BOSK, TAMM, ALLIANCE, FIN_MFA]


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def _event(eid: str, etype: str, src: str, tgt: str) -> Event:
    return Event(id=eid, type=etype, trigger=_span(110, 115), source=[src], target=[tgt],
                 confidence=0.9)  # fmt: skip


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def _switches(*off: str) -> RuleSwitches:
    # the shipped rules with FOR_STATE and HOLDERS on but for ``off`` (session 64: not every
    # rule on but these)
    on = [r for r in (FOR_STATE, HOLDERS) if r not in off]
    return RuleSwitches.shipped(on=on, off=[*OTHERS_OFF, *off])


def _relate(events: list[Event], actors: list[Actor] = ACTORS, *off: str):  # type: ignore[no-untyped-def]
    return relate_document([], events, actors=actors, switches=_switches(*off))


def test_a_ministry_s_word_on_a_state_is_its_own_state_s() -> None:
    # "Estonia's foreign ministry called Latvia's decision a provocation"
    events = [_event("e1", "ACCUSE", "est-mfa", "LVA")]
    on = _rel(_relate(events), "EST", "LVA")
    assert on is not None and on.score < 0
    assert on.carried is not None and on.carried.via == ["leaders:LVA~est-mfa"]
    assert [e.id for e in on.evidence_spans] == ["e1"]
    assert _rel(_relate(events, ACTORS, FOR_STATE), "EST", "LVA") is None


def test_a_body_against_a_foreign_office_holder_sets_the_two_states_apart() -> None:
    # "The Estonian foreign ministry summoned ... and criticised President Bosk"
    events = [_event("e1", "ACCUSE", "est-mfa", "bosk")]
    rels = _relate(events)
    assert _rel(rels, "EST", "bosk").score < 0
    assert _rel(rels, "EST", "LVA").score < 0
    off = _relate(events, ACTORS, FOR_STATE)
    assert _rel(off, "EST", "bosk") is None and _rel(off, "EST", "LVA") is None


def test_two_governments_at_odds_are_their_states_at_odds() -> None:
    events = [_event("e1", "ACCUSE", "lva-gov", "est-mfa")]
    assert _rel(_relate(events), "EST", "LVA").score < 0
    assert _rel(_relate(events, ACTORS, FOR_STATE), "EST", "LVA") is None


def test_a_spokeswoman_s_relation_with_an_alliance_is_her_state_s() -> None:
    # "Government spokeswoman Kaja Salu praised the Baltic Alliance"
    events = [_event("e1", "SUPPORT", "salu", "alliance")]
    assert _rel(_relate(events), "EST", "alliance").score > 0
    assert _rel(_relate(events, ACTORS, FOR_STATE), "EST", "alliance") is None


def test_never_one_side_against_itself_nor_a_candidate_at_home() -> None:
    # "The ministry criticised Mart Tamm's campaign": Tamm is Estonian, no state's voice
    events = [_event("e1", "ACCUSE", "est-mfa", "tamm"), _event("e2", "ACCUSE", "salu", "est-mfa")]
    rels = _relate(events)
    assert _rel(rels, "EST", "tamm") is None
    assert _rel(rels, "EST", "est-mfa") is None and _rel(rels, "EST", "salu") is None


def test_no_state_is_made_up_for_a_ministry_whose_country_the_story_never_names() -> None:
    events = [_event("e1", "ACCUSE", "fin-mfa", "LVA")]
    rels = _relate(events)
    assert _rel(rels, "LVA", "fin-mfa") is not None
    assert all("fin-mfa" in (r.a, r.b) for r in rels)  # no pair of Latvia with anyone else


def test_beside_the_leaders_relation_a_ministry_weighs_as_the_state_s_own() -> None:
    # the prime minister and the president met; the ministry threatened Latvia: as the
    # state's own observation, the threat weighs state_own_weight beside the leaders' talks
    actors = [*ACTORS, ARIN]
    events = [_event("e1", "CONSULT", "arin", "bosk"), _event("e2", "THREATEN", "est-mfa", "LVA")]
    pair = _rel(_relate(events, actors), "EST", "LVA")
    assert pair is not None and pair.score > 0  # the leaders' agreement leads
    assert {e.id for e in pair.evidence_spans} == {"e1", "e2"}


def test_a_ministry_s_words_reach_its_prime_minister_weaker_but_not_its_deeds() -> None:
    actors = [*ACTORS, ARIN]
    words = [_event("e1", "ACCUSE", "est-mfa", "LVA")]
    rels = _relate(words, actors, LEARNED_CONFIDENCE)  # the witnesses' noisy-or
    carried, own = _rel(rels, "arin", "LVA"), _rel(rels, "est-mfa", "LVA")
    assert carried is not None and carried.score < 0
    assert carried.confidence < own.confidence
    assert _rel(_relate(words, actors, HOLDERS), "arin", "LVA") is None
    deeds = [_event("e1", "AID", "est-mfa", "LVA")]
    assert _rel(_relate(deeds, actors), "arin", "LVA") is None


def test_the_leader_s_own_relation_is_not_overwritten() -> None:
    actors = [*ACTORS, ARIN]
    events = [_event("e1", "ACCUSE", "est-mfa", "LVA"), _event("e2", "SUPPORT", "arin", "LVA")]
    pair = _rel(_relate(events, actors), "arin", "LVA")
    assert pair.score > 0 and {e.id for e in pair.evidence_spans} == {"e2"}


def test_an_actor_of_no_known_country_is_not_taken_for_a_foreign_side() -> None:
    # "The ministry rebuked Jaan Kask" - the linker gave Kask no country: in home news
    # mostly a compatriot, so no Estonia ~ Kask
    kask = Actor(id="kask", name="Jaan Kask", type="person")
    events = [_event("e1", "ACCUSE", "est-mfa", "kask")]
    rels = _relate(events, [*ACTORS, kask])
    assert _rel(rels, "est-mfa", "kask") is not None and _rel(rels, "EST", "kask") is None
