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

from collections.abc import Mapping
from typing import Any

from ..rules import declare

VOICE_FOR_STATE = declare(
    "alignment.sides.voice_speaks_for_state",
    "a state body's or spokesperson's relation with an actor of another side is its "
    "state's too ('Russia's foreign ministry called Finland's move a provocation': "
    "Russia ~ Finland), where the story names the state",
    order=50,
)

LEADERS = "leaders:"
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


def voices_speak_for_state(
    pairs: Mapping[tuple[str, str], Any], sides: Any
) -> dict[tuple[str, str], Any]:
    """Each pair with a state's voice at one end, carried to the state (see the module)."""
    from .scoring import Observation, PairScore  # late: scoring imports nothing from here

    out = dict(pairs)
    fresh: set[tuple[str, str]] = set()  # target pairs already copied for editing
    for (a, b), pair in sorted(pairs.items()):
        ends: list[Any] = []
        for x, y in ((a, b), (b, a)):
            state = sides.state_of(x) if is_voice(sides, x) else None
            if state is not None and not _other_side(sides, state, y):
                ends = []
                break
            ends.append(sides.country_actor(state) if state is not None else x)
        if len(ends) != 2 or (ends[0], ends[1]) == (a, b):
            continue
        targets = [(ends[0], ends[1])]
        sa, sb = sides.state_of(a), sides.state_of(b)
        if sa is not None and sb is not None and sa != sb:
            targets.append((sides.country_actor(sa), sides.country_actor(sb)))
        for p, q in targets:
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
            # a state's own observations weigh less beside its leaders' (``sides.settle``)
            factor = sides.state_own_weight if _led(pairs.get(key), sides) else 1.0
            have = {_sig(o) for o in target.observations}
            for o in pair.observations:
                if _sig(o) in have:
                    continue
                via = o.via if o.via.startswith(LEADERS) else f"{LEADERS}{a}~{b}"
                target.observations.append(
                    Observation(o.value, o.weight * factor, o.kind, o.key, o.refs, via=via)
                )
                have.add(_sig(o))
    return {k: p for k, p in out.items() if k not in fresh or p.observations}
