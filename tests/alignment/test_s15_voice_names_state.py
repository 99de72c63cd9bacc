"""Session 15 (E): a state's voice carries its relation to the state only where its words
name that state (``alignment.sides.voice_names_state``, a gate inside the shipped-off
``voice_speaks_for_state``). Records written by hand on sentences written here; invented
people and events."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.bodies import text_names
from stancemap.records import Actor, Event, Span
from stancemap.rules import RuleSwitches

FOR_STATE = "alignment.sides.voice_speaks_for_state"
GATE = "alignment.sides.voice_names_state"
# off so that each test reads the carry alone (spokesperson_voice ships on since session 14)
OTHERS_OFF = ("alignment.sides.spokesperson_voice",)


def _switches(*off: str) -> RuleSwitches:
    # the shipped rules with this file's rules on but for ``off`` (session 64: not every
    # rule on but these)
    on = [r for r in (FOR_STATE, GATE, ACTED_ON) if r not in off]
    return RuleSwitches.shipped(on=on, off=[*OTHERS_OFF, *off])


def _at(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words), text=words)


def _rel(rels, a, b):  # type: ignore[no-untyped-def]
    found = [r for r in rels if {r.a, r.b} == {a, b}]
    return found[0] if found else None


def _story(text: str, body_words: str, verb: str, inner: bool):  # type: ignore[no-untyped-def]
    """Estonia's body acting on Latvia in ``text``; ``inner``: the body's words hold a
    mention of Estonia."""
    est_mentions = [_at(text, "Estonia")]
    if inner:
        est_mentions = [_at(text, "Estonia", i) for i in range(text.count("Estonia"))]
    actors = [
        Actor(id="EST", name="Estonia", type="country", country="EST", mentions=est_mentions),
        Actor(
            id="LVA", name="Latvia", type="country", country="LVA", mentions=[_at(text, "Latvia")]
        ),  # fmt: skip
        Actor(
            id="est-gov",
            name=body_words,
            type="group",
            country="EST",
            sector="GOV",
            mentions=[_at(text, body_words)],
        ),  # fmt: skip
    ]
    event = Event(id="e1", type="ACCUSE", trigger=_at(text, verb), source=["est-gov"],
                  target=["LVA"], confidence=0.9)  # fmt: skip
    return actors, [event]


def _relate(actors, events, *off: str):  # type: ignore[no-untyped-def]
    return relate_document([], events, actors=actors, switches=_switches(*off))


def test_a_ministry_that_names_its_state_speaks_for_it() -> None:
    text = "Estonia's foreign ministry condemned Latvia's border decision on Monday."
    actors, events = _story(text, "Estonia's foreign ministry", "condemned", inner=True)
    pair = _rel(_relate(actors, events), "EST", "LVA")
    assert pair is not None and pair.score < 0
    assert pair.carried is not None and pair.carried.via == ["leaders:LVA~est-gov"]


def test_officials_the_story_never_ties_to_the_state_in_their_words_carry_nothing() -> None:
    # the actors stage gave "Officials" Estonia's government (the story is about Estonia),
    # but their words name no state: what they did stays theirs
    text = "Estonia held a vote on Sunday. Officials condemned Latvia's border decision on Monday."
    actors, events = _story(text, "Officials", "condemned", inner=False)
    rels = _relate(actors, events)
    assert _rel(rels, "est-gov", "LVA") is not None
    assert _rel(rels, "EST", "LVA") is None
    # the rule off: carried as before
    off = _rel(_relate(actors, events, GATE), "EST", "LVA")
    assert off is not None and off.score < 0


def test_a_demonym_in_the_body_s_words_names_the_state() -> None:
    # no country mention inside "Estonian authorities": the demonym names the state
    text = "Estonian authorities condemned Latvia's border decision. Estonia voted on Sunday."
    actors, events = _story(text, "Estonian authorities", "condemned", inner=False)
    assert _rel(_relate(actors, events), "EST", "LVA") is not None


def test_without_the_rule_that_carries_there_is_no_gate_to_pass() -> None:
    text = "Estonia's foreign ministry condemned Latvia's border decision on Monday."
    actors, events = _story(text, "Estonia's foreign ministry", "condemned", inner=True)
    assert _rel(_relate(actors, events, FOR_STATE), "EST", "LVA") is None


def test_what_names_a_state() -> None:
    assert text_names("U.S. officials", "USA") and text_names("Kremlin officials", "RUS")
    assert text_names("the government of Costa Rica", "CRI")
    assert text_names("Iran's foreign ministry", "IRN")
    assert not text_names("the Obama administration", "USA")
    assert not text_names("officials", "USA") and not text_names("us", "USA")
    assert not text_names("German authorities", "AUT")


ACTED_ON = "alignment.sides.voice_acted_on"


def test_what_is_done_to_a_body_is_not_done_to_its_state() -> None:
    # "Estonia traded three Latvian spies for a journalist": the spies (a body of Latvia's
    # state sector, named by their demonym) are what the act is about, not Latvia's voice
    text = "Estonia traded three Latvian spies for a journalist. Latvia said nothing."
    spies = Actor(id="lva-spy", name="three Latvian spies", type="group", country="LVA",
                  sector="SPY", mentions=[_at(text, "three Latvian spies")])  # fmt: skip
    actors = [
        Actor(
            id="EST", name="Estonia", type="country", country="EST", mentions=[_at(text, "Estonia")]
        ),  # fmt: skip
        Actor(
            id="LVA", name="Latvia", type="country", country="LVA", mentions=[_at(text, "Latvia")]
        ),  # fmt: skip
        spies,
    ]
    events = [Event(id="e1", type="RETREAT", trigger=_at(text, "traded"), source=["EST"],
                    target=["lva-spy"], confidence=0.9)]  # fmt: skip
    rels = _relate(actors, events)
    assert _rel(rels, "EST", "lva-spy") is not None
    assert _rel(rels, "EST", "LVA") is None
    assert _rel(_relate(actors, events, ACTED_ON), "EST", "LVA") is not None  # the rule off


def test_a_body_s_own_act_still_speaks_for_its_state() -> None:
    text = "Latvian spies hacked Estonia's election servers, Estonia said on Monday."
    actors = [
        Actor(
            id="EST",
            name="Estonia",
            type="country",
            country="EST",
            mentions=[_at(text, "Estonia"), _at(text, "Estonia", 1)],
        ),  # fmt: skip
        Actor(id="LVA", name="Latvia", type="country", country="LVA", mentions=[]),
        Actor(
            id="lva-spy",
            name="Latvian spies",
            type="group",
            country="LVA",
            sector="SPY",
            mentions=[_at(text, "Latvian spies")],
        ),  # fmt: skip
    ]
    events = [Event(id="e1", type="ASSAULT", trigger=_at(text, "hacked"), source=["lva-spy"],
                    target=["EST"], confidence=0.9)]  # fmt: skip
    pair = _rel(_relate(actors, events), "EST", "LVA")
    assert pair is not None and pair.score < 0


def test_words_aimed_at_a_body_are_aimed_at_its_state() -> None:
    # "Estonia condemned the Latvian government's arrests": words, not a deed done to it
    text = "Estonia condemned the Latvian government on Monday. Latvia said nothing."
    actors = [
        Actor(
            id="EST", name="Estonia", type="country", country="EST", mentions=[_at(text, "Estonia")]
        ),  # fmt: skip
        Actor(
            id="LVA", name="Latvia", type="country", country="LVA", mentions=[_at(text, "Latvia")]
        ),  # fmt: skip
        Actor(
            id="lva-gov",
            name="the Latvian government",
            type="group",
            country="LVA",
            sector="GOV",
            mentions=[_at(text, "the Latvian government")],
        ),  # fmt: skip
    ]
    events = [Event(id="e1", type="ACCUSE", trigger=_at(text, "condemned"), source=["EST"],
                    target=["lva-gov"], confidence=0.9)]  # fmt: skip
    pair = _rel(_relate(actors, events), "EST", "LVA")
    assert pair is not None and pair.score < 0
