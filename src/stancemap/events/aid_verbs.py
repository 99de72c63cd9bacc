"""Aid needs a verb of giving or helping: a verb of being read as AID gives nothing.

Session 33 (engineer EV), issue 12. The imported CAMEO dictionary codes some verbs bare
as aid for a sense they rarely have in news: "tend" (074, tend the wounded) in "New
Hampshire Republicans tend to prioritize fiscal concerns", "Investors tend to dislike
uncertainty", "who tends to speak in front of adoring crowds". Session 31's
``agreement_needs_commitment_verb`` read an AGREE by the WordNet file of the verb's most
frequent sense; the same test holds for AID:

- ``events.sense.aid_needs_giving_verb``: a verb (not a noun) read as AID whose most
  frequent WordNet sense is a verb of being, feeling, thinking, competing, changing,
  touching, perceiving, the body or consuming (``trigger_lexnames.tsv``), with no object
  and no party in a with/between phrase, gives nothing to anyone: no event. Verbs of
  giving, helping, sending and motion (possession, social, motion, communication) keep
  it, and so does any such verb with an object ("shelter the refugees", "protect
  civilians").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from .agreement_verbs import uncommitting
from .parts import DocContext, Frame

AID_VERB = "events.sense.aid_needs_giving_verb"


@rule(
    AID_VERB,
    order=32.31,
    doc="'Republicans tend to prioritize fiscal concerns', 'investors tend to dislike "
    "uncertainty': a verb read as AID whose most frequent WordNet sense is a verb of being, "
    "feeling, thinking, competing, changing, touching or perceiving (trigger_lexnames.tsv), "
    "with no object and no party in a with/between phrase, gives nothing: no event",
)
def aid_needs_giving_verb(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type != "AID" or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if uncommitting(tok, ctx) else frame
