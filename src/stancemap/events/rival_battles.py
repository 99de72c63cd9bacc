"""A battle with a rival is a contest, not an act between them.

Rule ``events.sense.rival_battle``: "will win her battle with Y", "benefited from the long
battle with Y", "lost the fight against Y": a force noun (``force_verb`` words of
``data/events/sense.tsv``: battle, fight, war, clash) whose "with"/"against" counterpart is
a rival in a contest (a person or a party, as ``contest_standing`` reads rivals), with no
armed actor, weapon or physical target around it, names a political contest. When a verb
governs it (its object, or the object of "from"/"in"), the verb reports the contest's
course or outcome: no event, neither the verb's own code (the dictionary's bare COOPERATE on
"benefit") nor the noun's force read through the verb ("win" + battle: ASSAULT, or a threat
in the future). "Waged war on Y" and "battles with the Taliban" keep their event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .contest import RIVAL_SECTORS
from .parts import DocContext, Frame
from .sense import _armed, sense_words

COUNTERPART_PREPS = ("with", "against")
# how a verb governs the noun: its object, or "benefited from", "prevailed in"
GOVERNED_PREPS = ("from", "in")
# verbs that wage the force (the trigger lexicon's support verbs of force): the act is done
WAGING = ("wage", "launch", "start", "fight", "open", "declare", "escalate", "step")


def _rival(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    return actor is not None and (actor.type == "person" or actor.sector in RIVAL_SECTORS)


def rival_battle(noun: Token, ctx: DocContext) -> bool:
    """``noun`` is a force noun whose counterpart is a rival ("battle with Sanders")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in sense_words()["force_verb"]:
        return False
    partners = [
        a
        for p in args.prep_objects(noun, list(COUNTERPART_PREPS))
        for a in args.phrase_actors(p, ctx.actors)
    ]
    return bool(partners) and all(_rival(a, ctx) for a in partners)


def governed_battles(tok: Token) -> list[Token]:
    """The nouns a verb governs as object or through "from"/"in"."""
    return args.children(tok, "dobj", "obj") + args.prep_objects(tok, list(GOVERNED_PREPS))


@rule(
    "events.sense.rival_battle",
    order=7,
    doc="'will win her battle with Y', 'benefited from the battle with Y': a force noun "
    "whose with/against counterpart is a rival (a person or party), nothing armed around, "
    "governed by a verb that does not wage it, is a contest's course: no event",
)
def rival_battle_is_contest(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal:
        verb, nouns = tok.head, [tok]
        if tok.dep_ == "pobj" and tok.head.lemma_.lower() in GOVERNED_PREPS:
            verb = tok.head.head
        elif tok.dep_ not in ("dobj", "obj"):
            return frame  # "the battle with Y raged": the noun predicates on its own
    else:
        verb, nouns = tok, governed_battles(tok)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in WAGING:
        return frame
    if verb.lemma_.lower() in sense_words()["force_verb"]:
        return frame  # "fought a battle with Y": the verb's own force (figurative rules)
    if not any(rival_battle(n, ctx) for n in nouns) or _armed(frame, tok, ctx):
        return frame
    return None
