"""A pledge not to act with someone is a refusal, asserted: REJECT, not AGREE.

Session 62 (engineer EL, issue 12: events read backwards). A verb or noun of intent
(pledge, vow, promise: the trigger lexicon's ``intent`` rows, or a reading coded CAMEO 03x) with a negated infinitive
complement is read as the intent itself: "He repeated his pledge not to do post-election
deals with either party" read AGREE (events_tune_s60bbc, judged wrong: "pledge not to deal is
REJECT"), "vowed not to work with the Conservatives" AGREE 030 of the Conservatives; where
the complement's act is coded the finisher turns it to a rejection but marks it negated, as
if the negation were the pledge's own ("Iran pledged not to cooperate with the inspectors":
REJECT, negated - Iran did not reject). The convention (docs/judging.md, "A stated
unwillingness is a REJECT": "X won't endorse Y", said by X of X's own stance) reads the
pledge not to act with a party as X's asserted REJECT of that party.

Rule ``events.sense.pledged_refusal``: a cooperative reading (AGREE, CONSULT, COOPERATE, AID,
SUPPORT, or the finisher's REJECT of one) on a word of intent whose infinitive complement
carries its own "not"/"never", and whose complement is a coded act (the reading folds it) or
one done with someone (a "with" phrase: "deals with either party"), is REJECT (``codes.reject_code``),
asserted: the complement's negation is the refusal's content, not a negation of it. "pledged
not to raise taxes", "vowed never to forget the victims" (Lee tune: no act with anyone) and "promised not to attack the town" (a hostile act: the tree
reads its negated threat) are left as they are. It joins the sense rules the tree runs on
verbs of intent (``role_rows.CLAUSE_RULES``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..rules import rule
from .codes import reject_code
from .parts import DocContext, Frame

PLEDGED_REFUSAL = "events.sense.pledged_refusal"
REFUSABLE = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "REJECT"})
COMPLEMENTS = ("xcomp", "acl", "ccomp")
NEGATIONS = ("not", "never", "n't")
TOLD = ("dobj", "dative", "obj")  # the one told: "told Megyn not to worry" (PolNeAR tune)
INTENT_CODES = "03"  # CAMEO 03x: express intent to cooperate (a noun's "pledge" row)


def negated_infinitive(tok: Token) -> Token | None:
    """The infinitive complement of ``tok`` with its own negation ("pledged not to do
    deals", "his pledge never to work with X"), else None."""
    for comp in tok.children:
        if comp.dep_ not in COMPLEMENTS or comp.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(comp.children)
        infinitive = any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
            continue  # "told Megyn not to worry" parsed with Megyn the clause's subject
        if infinitive and any(k.dep_ == "neg" and k.lower_ in NEGATIONS for k in kids):
            return comp
    return None


def with_party(comp: Token) -> bool:
    """The complement's act is done with someone: "deals with either party", "work with X"."""
    return any(t.dep_ == "prep" and t.lower_ == "with" for t in comp.subtree)


@rule(
    PLEDGED_REFUSAL,
    order=33.21,
    doc="'pledged not to do deals with either party', 'vowed not to work with X': a word of "
    "intent with a negated infinitive of a cooperative act with a party is an asserted REJECT "
    "(not AGREE, not a negated REJECT); no party ('pledged not to raise taxes') or a hostile "
    "act ('promised not to attack') left alone",
)
def pledged_refusal(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    intent = frame.row.role == "intent" or (frame.code or "").startswith(INTENT_CODES)
    if not intent or frame.type not in REFUSABLE:
        return frame
    if any(c.dep_ in TOLD for c in tok.children):
        return frame  # "told Megyn not to worry": a directive to another, no pledge
    comp = negated_infinitive(tok)
    if comp is None or not (comp in frame.tokens or with_party(comp)):
        return frame  # "vowed never to forget the victims": no act with anyone refused
    if frame.type == "REJECT" and frame.row.type == "REJECT":
        return frame  # a word of refusing itself ("vowed to reject"): not an intent's fold
    code = frame.code if frame.type == "REJECT" else reject_code(frame.code or "")
    # the pledge's word only: the finisher reads no negation from the complement's "not"
    return replace(frame, code=code, type="REJECT", head=tok, tokens=[tok])
