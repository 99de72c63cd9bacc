"""Session 55 (SP, issue 14): a country follows its leader, and its spokespeople its words.

Issue 14 asks that "the relation of two countries follows their leaders' relation in the
story". ``sides.settle`` already carries a great deal of it: two office holders' (or an
office holder's and a foreign state's) relation to their two states
(``states_follow_leaders``), a state body's or spokesperson's relation to its state
(``voice_speaks_for_state``), a state's words to its office holders
(``holders_answer_for_state``), and it re-weighs a country ~ foreign person pair that
has evidence of its own by its leaders' (``country_follows_its_leader``). Two carries
are missing, and the relation sets' tune parts lose pairs on both:

- ``alignment.carry.leader_to_country``: an office holder's relation with another
  state's office holder or body, or an intergovernmental body, is his country's relation
  with that party too
  ("Ali rejected Maduro's claim": Guyana ~ Maduro; "Noboa accused Petro": Ecuador ~
  Petro). Two states' pair is ``states_follow_leaders``'s; a country ~ person pair with
  evidence of its own is ``country_follows_its_leader``'s; here only the pair with none.
- ``alignment.carry.state_to_spokesperson``: a state's (or its body's) words on a
  foreign party are its spokesperson's too ("Russia called Baku's move hostile ...
  foreign ministry spokeswoman Zakharova": Zakharova ~ Azerbaijan), as
  ``holders_answer_for_state`` carries them to its office holders, who leave the
  spokespeople out.

Both carry only a pair's own evidence (nothing carried is carried again), make only
pairs with no evidence of their own, weigh the carried observations
``state_own_weight`` and name them ``via`` "leaders:<a>~<b>" (the pair they come from;
``carried.carried_part`` reports them). Never a pair of one side (``Sides.affiliated``),
and the other end must stand for another state - a country, a body of a state sector, an
office holder with a role in the story - or be an intergovernmental body
(``_of_another_state``): a candidate at home, a person out of office, a businessman or a
person the linker gave no country is never set against a government this way (a first
form that took any party of another country carried "Clinton ~ Putin" and "a New York
businessman ~ Putin" to Russia on PolNeAR 2016 tune articles). Only in one story (``Sides.in_story``).
A state's deed reaches no spokesperson (words only: statements and verbal events), as
``holders_answer_for_state`` carries them; a leader's deeds are his state's, as
``states_follow_leaders`` carries them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..rules import declare
from .bodies import STATELESS_SIDES, _other_side, is_voice
from .story_time import story_time
from .voices import VOICE

LEADER_TO_COUNTRY = declare(
    "alignment.carry.leader_to_country",
    "an office holder's relation with another state's office holder or body, or an "
    "intergovernmental body, is his country's too, carried and weaker, where that pair has "
    "no evidence of its own ('Ali rejected Maduro's claim': Guyana ~ Maduro); never a pair "
    "of one side",
    order=21,
)
STATE_TO_SPOKESPERSON = declare(
    "alignment.carry.state_to_spokesperson",
    "a state's or its body's words on another state, its office holder or body are its "
    "spokespeople's too, "
    "carried and weaker, where that pair has no evidence of its own ('Russia called Baku's "
    "move hostile': its spokeswoman ~ Azerbaijan); never a pair of one side",
    order=41,
)


def carry_to_affiliates(
    pairs: dict[tuple[str, str], Any], sides: Any, enabled: Callable[[str], bool]
) -> dict[tuple[str, str], Any]:
    """The pairs with the carries above added (see the module); ``pairs`` untouched."""
    from .scoring import PairScore  # late: scoring imports nothing from here
    from .sides import _is_word

    leaders_on, spokes_on = enabled(LEADER_TO_COUNTRY), enabled(STATE_TO_SPOKESPERSON)
    if not sides.in_story or not (leaders_on or spokes_on):
        return pairs
    spokespeople: dict[str, list[str]] = {}  # state -> its spokespeople in the story
    for aid, side in sorted(sides.actors.items()):
        state = sides.leader_state(aid)
        if side.type == "person" and state and is_voice(sides, aid):
            spokespeople.setdefault(state, []).append(aid)
    made: dict[tuple[str, str], Any] = {}
    for (a, b), pair in sorted(pairs.items()):
        own = [
            o
            for o in story_time(pair.observations, sides.background)
            if not o.via or o.via.startswith(VOICE)
        ]
        if not own:
            continue
        for x, y in ((a, b), (b, a)):
            side = sides.actors.get(x)
            state = sides.leader_state(x)
            if side is None or state is None or not _of_another_state(sides, state, y):
                continue
            if side.type == "person" and not is_voice(sides, x):
                if not leaders_on:
                    continue
                ends = [c] if (c := sides.country_actor(state)) else []
                carried = own  # a leader's deeds are his state's
            elif side.type != "person":
                if not spokes_on:
                    continue
                ends = spokespeople.get(state, [])
                carried = [o for o in own if o.kind == "issue" or _is_word(o.key)]
            else:
                continue
            for end in ends:
                if end in (x, y) or sides.affiliated(end, y):
                    continue
                key = (min(end, y), max(end, y))
                if key in pairs:
                    continue
                new = made.setdefault(key, PairScore(key[0], key[1]))
                new.observations += [
                    o.carried(sides.state_own_weight, f"leaders:{a}~{b}") for o in carried
                ]
    return {**pairs, **{k: p for k, p in made.items() if p.observations}}


def _of_another_state(sides: Any, state: str, other: str) -> bool:
    """``other`` stands for a state other than ``state`` - a country, a body of a state
    sector, an office holder with a role in the story (``Sides.leader_state``) - or is an
    intergovernmental body (``bodies._other_side``): not a person out of office, a
    businessman or a campaign, whose words and deeds are their own."""
    if not _other_side(sides, state, other):
        return False
    side = sides.actors.get(other)
    return sides.leader_state(other) is not None or (side.sector or "") in STATELESS_SIDES
