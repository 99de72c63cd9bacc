"""A state's voices: its government bodies and spokespeople speak for the state.

"Russia's foreign ministry called Finland's decision a provocation" is Russia's word
on Finland; "Washington condemned the arrests by the government of Venezuela" sets
the United States against Venezuela. The actors stage keeps a ministry, a
government, an army or a spokesperson as actors of their own (with the country they
serve and a state sector); ``sides.Sides`` already makes them one side with their
state. Here their relations are carried to it (session 13, issue 14):

- ``alignment.sides.voice_speaks_for_state``: every relation of a state's voice (a
  body of a state sector, a country's contingent, a spokesperson by role) with an
  actor of another side is the state's too, when the story names that state as an
  actor: the voice's end is read as the state, and where the other end is of a
  state too, the two states' pair gets it as well ("the ministry ~ Finland's prime
  minister" also holds for Russia ~ Finland). The observations keep their weight
  (the body is the state, not a leader whose relation the state follows), except
  beside a relation the pair holds from its leaders, where, as the state's own, they
  weigh ``state_own_weight``; they are named ``via`` "leaders:<voice pair>", so
  ``carried.carried_part`` reports them.

- ``alignment.sides.voice_names_state`` (session 15), a gate inside it: an observation
  is carried only where the voice's mention nearest its evidence names the state - a
  mention of the state's country actor inside it ("Russia's foreign ministry"), a
  country name or one country's demonym ("German authorities", "the government of
  Costa Rica", "U.S. officials"), or a seat ("Kremlin officials"). On real news the
  carries it drops are a generic agent the actors stage lumped ("officials", "the
  administration", a campaign's spokesman, voters read as a government), and a
  story's spans are needed to judge it, so a corpus (no spans) carries nothing.
- ``alignment.sides.voice_acted_on`` (session 15), a second gate: a deed done to a
  body ("traded three Cuban spies", "helped a governing party in Ukraine") is not done
  to its state; what the voice says or does itself, and words aimed at it ("Washington
  condemned the government of Venezuela"), are carried. With both gates, 10 of 13
  carried pairs on 601 PolNeAR tune articles are right.

The weaker carry to the office holders of the body's own state the story names is
``sides.holders_answer_for_state`` (session 12), which already reads a state body's
words that way ("the ministry called Latvia's move a provocation": Estonia's prime
minister ~ Latvia, weaker); a spokesperson's words go to their principal only by the
shipped-off ``spokesperson_voice``.

Never between one side: a target pair whose two ends are affiliated (``Sides``) or
the same actor is skipped, and the other end must be of another known country or an
intergovernmental body (a ministry's relation with a candidate at home, or with a
person the linker gave no country, is no relation of the state). A piece of
evidence already in the target pair is not added twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ..actors.normalize import fold
from ..rules import declare

VOICE_FOR_STATE = declare(
    "alignment.sides.voice_speaks_for_state",
    "a state body's or spokesperson's relation with an actor of another side is its "
    "state's too ('Russia's foreign ministry called Finland's move a provocation': "
    "Russia ~ Finland), where the story names the state",
    order=50,
)

NAMES_STATE = declare(
    "alignment.sides.voice_names_state",
    "a voice's relation is carried to its state only where the voice's words nearest the "
    "evidence name that state ('Russia's foreign ministry', 'German authorities', 'the "
    "government of Costa Rica'; not 'officials', 'the administration', a lone 'spokesman')",
    order=51,
)

ACTED_ON = declare(
    "alignment.sides.voice_acted_on",
    "a deed done to a state's body ('traded three Cuban spies', 'helped a governing party') "
    "is not done to its state: a voice's relation is carried only from what it says or "
    "does itself, or from words aimed at it (statements, verbal events)",
    order=52,
)

TITLE_NAMES_STATE = declare(
    "alignment.sides.voice_title_names_state",
    "with voice_names_state: the source phrase of a spokesperson's own quote, her title "
    "with her name ('Iranian foreign ministry spokesman Esmaeil Baghaei condemned X'), "
    "counts as her words, so a demonym or country name in the title names her state",
    order=53,
)

LEADERS = "leaders:"
_WORD_SPLIT = re.compile(r"[\s\-/]+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# sectors of a country-less actor that is a side of its own to a state's voice: an
# intergovernmental body ("the ministry criticised NATO": the state ~ NATO)
STATELESS_SIDES = frozenset({"IGO"})


def is_voice(sides: Any, actor_id: str) -> bool:
    """A body or spokesperson speaking for a state (not the country, not an office
    holder in their own right)."""
    side = sides.actors.get(actor_id)
    if side is None or side.type == "country" or sides.state_of(actor_id) is None:
        return False
    if side.type != "person":
        return True
    return side.is_spokesperson(sides.spoke_words)


def voices_of_states(sides: Any, actor_ids: set[str]) -> set[str]:
    """The voices (``is_voice``) of the states among ``actor_ids``: what a cut to a
    pair must keep, since their relations are carried to their state."""
    codes = {
        side.country
        for x in actor_ids
        if (side := sides.actors.get(x)) is not None and side.type == "country"
    }
    if not codes:
        return set()
    return {x for x in sides.actors if is_voice(sides, x) and sides.state_of(x) in codes}


def _other_side(sides: Any, state: str, other: str) -> bool:
    """``other`` is of another country than ``state`` (its own, or the one it speaks
    for), or an intergovernmental body. An actor of no known country is not taken for a
    foreign one: in home news it is mostly a compatriot the linker gave no country
    (a senator, a campaign, an agency), and a state has no relation with its own."""
    side = sides.actors.get(other)
    if side is None:
        return False
    country = sides.state_of(other) or side.country
    if country is None:
        return (side.sector or "") in STATELESS_SIDES
    return country != state


def _key(x: str, y: str) -> tuple[str, str]:
    return (min(x, y), max(x, y))


def _led(pair: Any, sides: Any) -> bool:
    """``pair`` holds observations carried from office holders' relations (a pair of
    states or a country ~ person pair that follows its leaders)."""
    for o in getattr(pair, "observations", ()):
        if o.via.startswith(LEADERS):
            for x in o.via[len(LEADERS) :].split("~"):
                side = sides.actors.get(x)
                if side is not None and side.type == "person" and not is_voice(sides, x):
                    return True
    return False


def _sig(o: Any) -> tuple[Any, ...]:
    return (o.kind, o.key, o.value, tuple(o.refs))


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 where they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


@lru_cache(maxsize=1)
def _state_words() -> dict[str, str]:
    """A word that names one state by itself: a country's name (its short forms, "U.S.",
    with their case), a demonym of one country, a seat of government ("Kremlin")."""
    from ..actors.countries import country_actors, demonym_index, seat_index

    out: dict[str, str] = {}
    for actor in country_actors():
        for name in actor.names():
            key = name if len(name) <= 4 else fold(name)
            if len(key) > 4 or key == name:  # "The US" folds to the pronoun "us"
                out.setdefault(key, actor.id.split(":", 1)[1])
    for word, codes in demonym_index().items():
        if len(codes) == 1 and len(word) > 3:  # "us" is a pronoun
            out.setdefault(word, codes[0])
    for word, code in seat_index().items():
        out.setdefault(word, code)
    return out


def text_names(text: str, state: str) -> bool:
    """``text`` names the state ``state`` (ISO3): a country name or one country's demonym
    ("German authorities", "the government of Costa Rica", "a Soviet spy"), a short form
    ("U.S. officials") or a seat ("Kremlin officials")."""
    from ..actors.countries import country_named_in

    if country_named_in(text) == state:
        return True
    words = _state_words()
    for raw in _WORD_SPLIT.split(text):
        word = _POSSESSIVE.sub("", raw.strip(",;:()\"'"))
        for key in (word, word.rstrip("."), fold(word.rstrip("."))):
            if key and words.get(key) == state:
                return True
    return False


def names_state(sides: Any, voice: str, state: str, refs: list[str]) -> bool:
    """The voice's mention nearest the evidence ``refs`` names its state: it holds a
    mention of the state's country actor ("Russia's foreign ministry") or its words name
    the state (``text_names``). Unknown without the story's spans (a corpus): not named.
    With ``voice_title_names_state`` the source phrases of the voice's own quotes
    (``Sides.titles``: "Iranian foreign ministry spokesman Esmaeil Baghaei") are among
    its mentions."""
    own = [*sides.mentions.get(voice, ()), *sides.titles.get(voice, ())]
    spans = [at for r in refs if (at := sides.evidence_at.get(r)) is not None]
    if not own or not spans:
        return False
    nearest = min(own, key=lambda m: (min(_apart(m[:2], at) for at in spans), m[0]))
    country = sides.country_actor(state)
    inner = sides.mentions.get(country, ()) if country is not None else ()
    if any(nearest[0] <= c[0] and c[1] <= nearest[1] for c in inner):
        return True
    return text_names(nearest[2], state)


def _own_or_words(sides: Any, voice: str, obs: Any) -> bool:
    """The voice holds or did some of the observation's evidence, or the observation is
    words (a statement, an event of a verbal PLOVER type), not a deed done to it."""
    from .sides import _is_word  # late: sides imports this module

    if any(voice in sides.doers.get(r, ()) for r in obs.refs):
        return True
    return bool(obs.kind == "issue" or _is_word(obs.key))


def _ends(
    sides: Any, a: str, b: str, obs: Any, gate: bool, acted_on: bool = False
) -> list[tuple[str, str]] | None:
    """The pairs an observation of (a, b) is carried to: each voice end read as its state
    (with ``gate``, only a voice that names its state at the evidence), and the two
    states' pair where both ends are of a state; None where nothing is carried."""
    ends: list[str] = []
    named = True
    for x, y in ((a, b), (b, a)):
        state = sides.state_of(x) if is_voice(sides, x) else None
        if state is not None and not _other_side(sides, state, y):
            return None
        if state is not None and (
            (gate and not names_state(sides, x, state, obs.refs))
            or (acted_on and not _own_or_words(sides, x, obs))
        ):
            named = False
            state = None
        ends.append(sides.country_actor(state) if state is not None else x)
    if (ends[0], ends[1]) == (a, b):
        return None
    targets = [(ends[0], ends[1])]
    sa, sb = sides.state_of(a), sides.state_of(b)
    if named and sa is not None and sb is not None and sa != sb:
        targets.append((sides.country_actor(sa), sides.country_actor(sb)))  # type: ignore[arg-type]
    return targets


def voices_speak_for_state(
    pairs: Mapping[tuple[str, str], Any], sides: Any, gate: bool = False, acted_on: bool = False
) -> dict[tuple[str, str], Any]:
    """Each pair with a state's voice at one end, carried to the state (see the module);
    with ``gate`` (``voice_names_state``) each observation only where the voice names
    its state at that evidence."""
    from .scoring import Observation, PairScore  # late: scoring imports nothing from here

    out = dict(pairs)
    fresh: set[tuple[str, str]] = set()  # target pairs already copied for editing
    for (a, b), pair in sorted(pairs.items()):
        whole: list[tuple[str, str]] | None = None
        each = gate or acted_on  # decided per observation
        if not each:
            whole = _ends(sides, a, b, None, False)
            if whole is None:
                continue
        for o in pair.observations:
            targets = whole if not each else _ends(sides, a, b, o, gate, acted_on)
            for p, q in targets or []:
                if p is None or q is None or p == q or sides.affiliated(p, q):
                    continue
                key = _key(p, q)
                if key == (a, b):
                    continue
                if key not in fresh:
                    old = out.get(key)
                    new = PairScore(key[0], key[1])
                    if old is not None:
                        new.agree, new.disagree = list(old.agree), list(old.disagree)
                        new.cooperation, new.conflict = old.cooperation, old.conflict
                        new.observations = list(old.observations)
                    out[key] = new
                    fresh.add(key)
                target = out[key]
                if _sig(o) in {_sig(x) for x in target.observations}:
                    continue
                # a state's own observations weigh less beside its leaders' (``sides.settle``)
                factor = sides.state_own_weight if _led(pairs.get(key), sides) else 1.0
                via = o.via if o.via.startswith(LEADERS) else f"{LEADERS}{a}~{b}"
                target.observations.append(
                    Observation(o.value, o.weight * factor, o.kind, o.key, o.refs, via=via)
                )
    return {k: p for k, p in out.items() if k not in fresh or p.observations}
