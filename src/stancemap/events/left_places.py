"""The place a withdrawal leaves is the act's target, coded by the place's country.

Session 54, engineer PA (issue 12, source/target). On the tune parts of the PLOVER dev
set and the wire sets (W4, W6, W15, W20, W23), events found with their type read but a
target empty or wrong were sorted by cause. The largest cause, co-subjects of a joint act
("X and Y agreed"), is a matter of convention the gold sets do not share (PLOVER and W23
code both as sources, W4, W6 and W15 the first as source and the second as target), so no
rule can serve both. The next, a withdrawal whose target is the place it leaves, is a
shape of the parse: "pulled out of the Congolese city of Goma", "withdraw its troops from
the Bashiqa camp in northern Iraq", "completed the withdrawal of its troops from Mali".
PLOVER and CAMEO coders code a withdrawal's target by the country of the place left; the
tree left it empty (a place is no actor, 'out of' is read by no target rule) or took the
withdrawn troops, the source's own forces, as the target.

Rule ``events.args.place_left_target`` (shipped off): for an act of a type of
``data/events/left_place_types.txt`` (RETREAT; SANCTION, whose CAMEO 16x codes
withdrawing ambassadors, peacekeepers and aid), the object of 'from' or 'out of' / 'away
from' on the act, on its direct object ("its troops from X") or on the event noun a
support verb governs ("completed the withdrawal of its troops from X") names the place
left: an actor of a country there, else a place resolved to one country as
``events.args.aimed_place_acted_on`` resolves it (a country's word on a place noun, a
known place name), else, one level down, the place its own in/of/near phrase names ("the
camp in northern Iraq", "the outskirts of the Libyan city of Sirte"). It fills an empty
target, and replaces a target that names only the source's own side (generic agents of a
source's country - 'its troops' - or actors of no country): never a source itself.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..records import is_agent_id
from ..rules import declare
from . import arguments as args
from .lexnames import noun_lexnames
from .parts import DocContext, Frame, Tuning
from .place_targets import _add_place, country_of_words, resolve_place

PLACE_LEFT_TARGET = declare(
    "events.args.place_left_target",
    "'pulled out of the Congolese city of Goma', 'withdrew its troops from the camp in "
    "northern Iraq', 'completed the withdrawal of its troops from Mali': a withdrawal "
    "(events/left_place_types.txt: RETREAT, SANCTION) is aimed at the place its "
    "'from' / 'out of' phrase leaves, by the place's country - filling an empty target or "
    "one that names only the source's own side ('its troops')",
    order=64.7,
)
# words that make a two-word preposition of leaving with 'of' / 'from': "out of", "away from"
_LEAVING_ADVERBS = ("out", "away", "back")
# a place's own phrases that locate it further: "the camp in X", "the outskirts of X"
_LOCATING_PREPS = ("in", "of", "near")


@lru_cache(maxsize=1)
def left_place_types() -> frozenset[str]:
    return frozenset(t.upper() for t in word_list("events/left_place_types.txt"))


def _left_objects(head: Token) -> list[Token]:
    """Objects of the leaving prepositions on ``head``: 'from X', 'out of X', 'away from X'."""
    out = args.prep_objects(head, ["from"])
    for child in head.children:
        if child.lower_ in _LEAVING_ADVERBS and child.dep_ in ("prep", "prt", "advmod"):
            out += args.prep_objects(child, ["of", "from"])
    return out


def _heads(frame: Frame) -> list[Token]:
    """The predicate's tokens and their direct objects ("withdrew its troops from X" with
    'from' on the troops; "completed the withdrawal ... from X" with 'from' on the noun)."""
    out: list[Token] = []
    for tok in frame.tokens:
        out += [tok] + args.children(tok, "dobj", "obj")
    return list(dict.fromkeys(out))


def _countried(actor_ids: list[str], ctx: DocContext) -> list[str]:
    """The actors of a country that can be a place left: no person ("the city of Goma"
    is no Mr. Goma's)."""
    found = []
    for actor_id in actor_ids:
        actor = ctx.actors.actor(actor_id)
        if actor is not None and actor.country and actor.type != "person":
            found.append(actor_id)
    return found


def _common_name(noun: Token, words: list[Token]) -> bool:
    """A place read from its bare name alone where that name is one common word whose
    first WordNet sense is no location ("the Gulf": the region of Papua New Guinea so
    named is not meant); a country's word on it ("the Sudanese town of X") settles it."""
    if any(country_of_words(c.text) for c in noun.children if c.i < noun.i):
        return False
    name = [t for t in words if t.text[:1].isupper()]
    if len(name) != 1:
        return False
    first = noun_lexnames().get(name[0].lower_)
    return first is not None and first != "noun.location"


def _place_of(noun: Token, ctx: DocContext, depth: int = 0) -> list[str]:
    """The actors (with a country) the place phrase headed by ``noun`` names, else the
    place it resolves to (a location actor added), else the place its own in/of/near
    phrase names, one level down; [] where it names none."""
    named = _countried(args.phrase_actors(noun, ctx.actors, head_only=True), ctx)
    if named:
        return named
    resolved = resolve_place(noun)
    if resolved is not None and not _common_name(noun, resolved[1]):
        country, words = resolved
        return [_add_place(country, words, ctx)]
    if depth == 0:
        for inner in args.prep_objects(noun, _LOCATING_PREPS):
            found = _place_of(inner, ctx, depth + 1)
            if found:
                return found
    return []


def place_left(frame: Frame, ctx: DocContext) -> list[str]:
    """The target the place a withdrawal leaves gives, or []."""
    for head in _heads(frame):
        for noun in _left_objects(head):
            found = [a for a in _place_of(noun, ctx) if a not in frame.source]
            if found:
                return found
    return []


def _own_side_only(frame: Frame, ctx: DocContext) -> bool:
    """Every target actor is a generic agent of a source's country ('its troops', 'its
    diplomats': the means withdrawn) or a body of no country ("the Bashiqa camp" read as
    one); a person, or a named actor of a country, is never taken for the source's own."""
    countries = {
        actor.country
        for actor_id in frame.source
        if (actor := ctx.actors.actor(actor_id)) is not None and actor.country
    }
    if not countries:
        return False
    for actor_id in frame.target:
        actor = ctx.actors.actor(actor_id)
        if actor is not None and actor.type == "person":
            return False
        if actor is None or not actor.country:
            continue
        if not (is_agent_id(actor_id) and actor.country in countries):
            return False
    return True


def aim_at_place_left(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Aim a withdrawal with no target, or one at its own side, at the place it leaves
    (rule ``PLACE_LEFT_TARGET``)."""
    if not tuning.on(PLACE_LEFT_TARGET) or frame.type not in left_place_types():
        return frame
    if frame.target and not _own_side_only(frame, ctx):
        return frame
    found = place_left(frame, ctx)
    if found:
        frame.target = found
    return frame
