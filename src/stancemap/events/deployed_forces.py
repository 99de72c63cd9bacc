"""Armed forces sent or ordered to a place are a deployment.

Rule ``events.trigger.forces_sent_to_place`` (session 19): "ordered ten army battalions to
the border with Colombia", "ordered the army onto the streets of Quito", "rushed troops
into the region". The CAMEO dictionary reads "order ... to" as travel (042, CONSULT) and
has deployment (154) only for the verb + object pairs it lists. A verb whose objects are
all armed bodies (the ``armed`` nouns of ``data/events/sense.tsv`` and of WordNet's
``sense_nouns.tsv``: army, battalion, troops, warship) and that sends them somewhere (a
"to", "onto", "into" or "toward(s)" phrase whose object is a place: a named one, a
place noun of ``place_targets.tsv`` or ``sense.tsv``'s physical nouns, or a noun of a named
place, "the streets of Quito"; not "sent the rebels into retreat") mobilises or reinforces armed forces (CAMEO
154, MOBILIZE), where no row of the verb's own reads it as a military act or names the
object. Read from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .parts import DocContext, Frame
from .place_targets import place_words

FORCES_SENT_TO_PLACE = declare(
    "events.trigger.forces_sent_to_place",
    "'ordered ten battalions to the border', 'ordered the army onto the streets': a verb "
    "sending armed bodies (sense.tsv / WordNet armed nouns) to a place deploys forces "
    "(CAMEO 154, MOBILIZE) where no military row of its own fits",
    order=29,
)
DEPLOY_CODE = "154"
FORCES_ROW = "rule:forces_sent_to_place"
DIRECTIONS = ("to", "onto", "into", "toward", "towards")
# a row of one of these types already reads the verb as a military act ("withdrew troops to
# their barracks": RETREAT)
MILITARY_TYPES = ("MOBILIZE", "ASSAULT", "RETREAT", "COERCE", "AID", "COOPERATE", "THREATEN")


def _armed_nouns() -> frozenset[str]:
    from .sense import sense_words
    from .sense_nouns import _imported

    return sense_words()["armed"] | _imported()["armed"]


def _armed(noun: Token, armed: frozenset[str]) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in armed


def _place(noun: Token, actors: ActorLayer | None) -> bool:
    """A named place (an entity or actor of place), a place noun of ``place_targets.tsv`` or
    a physical one of the sense lists ("the border", "the region", "the base"), or a noun
    of a named place ("the streets of Quito")."""
    if args._is_place(noun, actors):
        return True
    lemma = noun.lemma_.lower()
    if lemma in place_words()["place_noun"] or lemma in _physical_nouns():
        return True
    return any(args._is_place(p, actors) for p in args.prep_objects(noun, ["of"]))


def _physical_nouns() -> frozenset[str]:
    from .sense import sense_words

    return sense_words()["physical"]


def forces_row(
    verb: Token, rows: list[TriggerEntry], actors: ActorLayer | None
) -> TriggerEntry | None:
    """A deployment row for a verb that sends armed bodies to a place, or None."""
    if verb.pos_ != "VERB":
        return None
    if not any(_place(p, actors) for p in args.prep_objects(verb, DIRECTIONS)):
        return None
    if rows and (
        rows[0].type in MILITARY_TYPES or not (rows[0].weight < 1 or rows[0].role == "light")
    ):
        return None  # a row of ours, or a military reading
    objects = [o for d in args.children(verb, "dobj", "obj") for o in args.conjuncts(d)]
    armed = _armed_nouns()
    if not objects or not all(_armed(o, armed) for o in objects):
        return None
    return TriggerEntry(verb.lemma_.lower(), "V", "event", DEPLOY_CODE, (), "MOBILIZE", FORCES_ROW)


PASSIVE_MOBILIZED_FORCE = declare(
    "events.args.passive_mobilized_force",
    "'the Indian army was put on high alert', 'troops were deployed to the border': the "
    "armed body a passive show of force is done to, with no 'by' agent, is its own doer "
    "(the source), not its target",
    order=47,
)


# where a passive show of force puts the force: "along the border with X", "near X"
PLACED_PREPS = ("to", "along", "near", "on", "at", "toward", "towards", "onto", "into")


def passive_mobilized_force(frame: Frame, verb: Token, ctx: DocContext) -> Frame:
    """The armed passive subject as the source; the target, the actors named in the places
    the force is put ("along the border with Pakistan"), else none."""
    force = [a for s in mobilized_force(verb) for a in args.phrase_actors(s, ctx.actors)]
    if not force:
        return frame
    frame.source = list(dict.fromkeys(force))
    placed = [
        a
        for p in args.prep_objects(verb, PLACED_PREPS)
        for a in args.phrase_actors(p, ctx.actors)
        if a not in force
    ]
    frame.target = list(dict.fromkeys(placed))
    return frame


def mobilized_force(verb: Token) -> list[Token]:
    """The armed passive subjects of a passive verb with no "by" agent, or []."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or args.prep_objects(verb, ["by"]):
        return []
    armed = _armed_nouns()
    subjects = [c for p in args.children(verb, "nsubjpass") for c in args.conjuncts(p)]
    return subjects if subjects and all(_armed(s, armed) for s in subjects) else []
