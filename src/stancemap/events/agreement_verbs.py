"""An agreement or a pledge is made with words, a gift or a social act: a verb of wanting,
thinking or aiming states a wish, a plan or an aim.

Session 31 (engineer EV). Session 30's census of ordinary-verb no-events on the judged
real-news tune files found verbs of wanting, planning and aiming read as AGREE (CAMEO 03,
intent to cooperate): "Republicans want their money back", "what I want in a candidate",
"a super PAC aimed at taking down Trump". Read by the verb's WordNet file, not by a list
of verbs:

- ``events.sense.agreement_needs_commitment_verb``: a verb (not a noun) read as AGREE whose
  most frequent WordNet sense is no act of words, giving or social life - a verb of
  feeling or wanting (verb.emotion), thinking or planning (verb.cognition), aiming or
  competing (verb.competition), changing (verb.change), touching (verb.contact),
  perceiving, being, the body or consuming (``trigger_lexnames.tsv``) - with no direct or
  indirect object (a verb of feeling's object is what is wanted, so it may have one) and
  no party in a with/between phrase commits no one to anyone: no event. Kept: a negated
  verb ("wouldn't want X's endorsement" declines an offer: the withholding rules read it
  as REJECT); verbs of saying ("promised", "vowed", "agreed"), giving ("offered") and
  social acts ("joined", "backed"); an object ("struck a deal", "sealed the agreement",
  "accepted the offer": the agreement named); a party agreed with. Not reached: a
  complement row of the lexicon ("was preparing to leave the White House", CAMEO 036),
  which the sense rules read on the complement's verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .complement_sense import _party_in_prep
from .lexnames import lexnames
from .parts import DocContext, Frame

AGREEMENT_VERB = "events.sense.agreement_needs_commitment_verb"

# WordNet files of verbs that make no commitment to a party by themselves
NO_COMMITMENT_FILES = frozenset(
    (
        "verb.emotion",
        "verb.cognition",
        "verb.competition",
        "verb.change",
        "verb.contact",
        "verb.perception",
        "verb.stative",
        "verb.body",
        "verb.consumption",
    )
)
OBJECT_DEPS = ("dobj", "obj", "dative", "iobj")
# what a verb of feeling takes as object is what is felt about or wanted ("want their money
# back", "want Bernie in the fold"): no agreement named
FEELING = "verb.emotion"


def uncommitting(verb: Token, ctx: DocContext) -> bool:
    """A verb whose first WordNet sense is no act of words, giving or social life, with
    no object and no party agreed with."""
    name = lexnames().get((verb.lemma_.lower(), "V"))
    if name not in NO_COMMITMENT_FILES:
        return False
    if args.children(verb, "neg"):
        return False  # "wouldn't want X's endorsement": declining is the withheld rules' REJECT
    if name != FEELING and args.children(verb, *OBJECT_DEPS):
        return False  # "struck a deal", "accepted the offer": the agreement is named
    return not _party_in_prep(verb, ctx)


@rule(
    AGREEMENT_VERB,
    order=32.3,
    doc="'Republicans want their money back', 'she plans to vote for X', 'a PAC aimed at taking down "
    "Trump': a verb read as AGREE whose most frequent WordNet sense "
    "is a verb of feeling, thinking, aiming, changing, touching, perceiving or being "
    "(trigger_lexnames.tsv), with no object and no party in a with/between phrase, commits "
    "no one to anyone: no event; verbs of saying, giving and social acts, an object ('struck "
    "a deal') and a party agreed with keep it",
)
def agreement_needs_commitment_verb(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type != "AGREE" or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if uncommitting(tok, ctx) else frame
