"""Acting "against" someone is no cooperation: "the court ruled against X".

Rule ``events.sense.against_is_disapproval``: the imported CAMEO dictionary gives some
verbs a bare cooperative code ("rule": 060). With an "against" phrase and no "with"
partner, the verb opposes what that phrase names ("ruled against Ohio's procedure");
the dictionary's own "against" patterns ("vote against", "campaign against") code such
opposition as disapproval (CAMEO 110, ACCUSE), aimed at the phrase's actors. "Joined forces
with Y against Z" keeps its cooperation with Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .lexicon import is_bare
from .parts import DocContext, Frame

DISAPPROVE = "110"
# cooperation in deed or word; not aid or support, whose "against" protects from something
# ("guard against erosion", "defend X against Y")
WORKING_TOGETHER = ("COOPERATE", "AGREE", "CONSULT")


@rule(
    "events.sense.against_is_disapproval",
    order=12,
    doc="'the court ruled against X': a bare dictionary code of cooperation, agreement or "
    "consultation on a verb with an 'against' phrase and no 'with' partner is disapproval "
    "(CAMEO 110) aimed at the phrase (aid and support 'against' protect: unchanged)",
)
def against_is_disapproval(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB" or frame.type not in WORKING_TOGETHER:
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row):
        return frame
    opposed = args.prep_objects(tok, ["against"])
    if not opposed or args.prep_objects(tok, ["with"]):
        return frame
    frame.code = DISAPPROVE
    frame.type = "ACCUSE"
    # the opposed noun itself or its possessor ("against Ohio's procedure for removing
    # voters" is against Ohio, not the voters)
    heads = opposed + [p for o in opposed for p in args.children(o, "poss")]
    named = [a for h in heads for a in args.phrase_actors(h, ctx.actors, head_only=True)]
    frame.target = [a for a in dict.fromkeys(named) if a not in frame.source] or frame.target
    return frame
