"""An act asked about is no act told: "whether she agrees", "Do you support Trump?".

Session 47 (engineer NE). On the judged real-news tune files a sixth of the kept readings
judged no event are hypothetical acts the mode stage already marks so; the ones no judge
kept as right are acts a clause only asks about: "to say whether she agrees or disagrees
with the EPA", "whether or not they support Donald Trump", "Do you support Donald Trump?",
"can Obama offer the Republicans something they want?". An open question tells no act:
PLOVER codes none (docs/judging.md: hypothetical acts are none).

Rule ``events.sense.open_question_no_act``: a verb read as an event whose own clause (or
the clause its coordination hangs on) is an embedded yes/no question - opened by
"whether", or by "if" as a complement (not a condition: "if elected, ...") - or a direct
yes/no question - an auxiliary before the subject and the sentence ending in "?" - is no
event. Read from the parse; kept: wh-questions (rhetorical ones accuse: "why would he
attack a Gold Star family?"), negative questions ("Didn't he attack ...?" asserts) and
nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .parts import DocContext, Frame

OPEN_QUESTION = "events.sense.open_question_no_act"
WHETHER = "whether"
IF = "if"
# an "if" clause in these relations is what is asked or not known ("asked if he would",
# "not sure if she agrees"); as an adverbial clause it is a condition
COMPLEMENT_DEPS = frozenset(("ccomp", "xcomp", "csubj", "pcomp", "pobj", "dobj"))
WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
SUBJECTS = ("nsubj", "nsubjpass", "expl")
CLOSING_QUOTES = frozenset(('"', "\u201d", "'", "\u2019", "''"))


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause ``tok`` coordinates into ("agrees or disagrees": agrees)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def embedded_question(verb: Token) -> bool:
    """The clause is opened by "whether", or by a complement "if"."""
    for mark in args.children(verb, "mark"):
        word = mark.lower_
        if word == WHETHER:
            return True
        if word == IF and verb.dep_ in COMPLEMENT_DEPS:
            return True
    return False


def direct_question(verb: Token) -> bool:
    """A yes/no question: the sentence ends in "?", an auxiliary of the verb stands before
    its subject, no wh-word and no negation in the clause."""
    sent = verb.sent
    words = [t for t in sent if not t.is_space and t.text not in CLOSING_QUOTES]
    if not words or words[-1].text != "?":
        return False
    subjects = args.children(verb, *SUBJECTS)
    auxes = args.children(verb, "aux", "auxpass")
    if not subjects or not auxes or min(a.i for a in auxes) > min(s.i for s in subjects):
        return False
    if args.children(verb, "neg"):
        return False  # "Didn't he attack ...?" asserts
    return not any(t.tag_ in WH_TAGS for t in verb.subtree)


@rule(
    OPEN_QUESTION,
    order=32.4,
    doc="'whether she agrees or disagrees with the EPA', 'whether or not they support X', "
    "'asked if he would endorse X', 'Do you support X?': a verb read as an event whose clause "
    "is an embedded yes/no question ('whether', a complement 'if') or a direct yes/no "
    "question (an auxiliary before the subject, '?', no wh-word, no negation) tells no act: "
    "no event (wh-questions, negative questions, conditions and nouns kept)",
)
def open_question_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    verb = _clause_verb(tok)
    if embedded_question(verb) or direct_question(verb):
        return None
    return frame
