"""A request needs an addressee who is to act: a verb whose complement is a proposition
or a question asks nothing of anyone.

Session 31 (engineer EV). Session 30's census of ordinary-verb no-events on the judged
real-news tune files found about 25 verbs of saying or thinking with a that-clause or a
wh-clause read as REQUEST ("suggested that Trump was vulnerable", "insisted in June that
Mr. Obama would not be pigeonholed", "the columnist suggested: 'His winning streak is solid
proof ...'"). Session 29's ``events.sense.asserted_clause_no_act`` read them through a
WordNet list of verbs of asserting and lost right events on the blind checks; this rule
reads the verb's SUBCATEGORISATION in the parse, for any verb coded REQUEST:

- ``events.sense.request_needs_addressee``: a verb (not a noun) read as REQUEST whose only
  complement is a finite clause with its own subject (a ccomp) that is a PROPOSITION -
  indicative: past, a third-person present, a modal other than should/shall/must, a perfect
  or a finite "be", and no "need to"/"have to" - or a QUESTION ("whether"/"if", or a
  wh-word opening it: "asked what he would do") names no one who is to act: no event.
  Kept: a direct or indirect object ("urged them"), an infinitive or other open
  complement ("asked to leave"), a particle ("called on"), a for/of/on/to/with/upon phrase
  ("called for", "pleaded with them"), a passive, and a mandative clause ("urged that
  everyone take a deep breath", "suggested the speechwriter be fired", "insisted she
  should resign", "suggested Trump needs to take the first steps") and a clause of what
  someone might or could do ("suggested that the government might build a parallel
  program": a proposal): there someone is to act.
  A frame with a target (the party the clause is about: "suggested that Trump was
  vulnerable") is kept: the judged tune relations rest on 3 such readings (right signs
  of criticism, though the REQUEST is no event).
Shipped off: W22 tune (never read) loses a pair with it on (60 -> 59 of 99).
- ``events.sense.request_needs_addressee_targeted`` (off): the same test for a frame with
  a target too.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.modality import SEMI_MODALS
from ..rules import rule
from . import arguments as args
from .complement_sense import indicative
from .parts import DocContext, Frame

REQUEST_ADDRESSEE = "events.sense.request_needs_addressee"
REQUEST_TARGETED = "events.sense.request_needs_addressee_targeted"

# what names an addressee, an act asked for or the asked one's role: objects, open
# complements (infinitives, predicates), a particle ("call on"), a passive ("was asked")
ADDRESSEE_DEPS = (
    "dobj",
    "obj",
    "dative",
    "iobj",
    "xcomp",
    "oprd",
    "attr",
    "acomp",
    "prt",
    "nsubjpass",
    "auxpass",
)
# the phrases of an addressee or of what is asked for: "appealed to them", "pleaded with
# them", "made demands of", "called for", "prevailed upon", "insisted on"
ADDRESSEE_PREPS = ("to", "with", "of", "for", "on", "upon")
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
QUESTION_MARKS = frozenset(("whether", "if"))
WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
# a clause of what someone might or could do, under a verb read as REQUEST, proposes it
POSSIBILITY_MODALS = frozenset(("might", "could", "may", "can"))


def _question(clause: Token) -> bool:
    """An indirect question: "whether"/"if", or a wh-word opening the clause."""
    if any(m.lower_ in QUESTION_MARKS for m in args.children(clause, "mark")):
        return True
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in WH_TAGS and first.lower_ != "that"


def _deontic(clause: Token) -> bool:
    """ "Trump needs to take the first steps", "he has to go": a semi-modal with its
    infinitive says someone is to act."""
    if clause.lemma_.lower() not in SEMI_MODALS:
        return False
    return any(
        a.tag_ == "TO" for x in args.children(clause, "xcomp") for a in args.children(x, "aux")
    )


def _proposition(clause: Token) -> bool:
    """A finite clause of its own that says what is so, or asks a question."""
    if _question(clause):
        return True
    if not args.children(clause, *CLAUSE_SUBJECTS):
        return False  # "asked to leave" parsed as ccomp, a bare predicate: not read
    if any(a.lower_ in POSSIBILITY_MODALS for a in args.children(clause, "aux")):
        return False  # "suggested that the government might build a parallel program"
    return indicative(clause) and not _deontic(clause)


def proposition_only(verb: Token) -> bool:
    """The verb's complements are clauses of fact or questions, and nothing names an
    addressee or an act asked for."""
    if args.children(verb, *ADDRESSEE_DEPS):
        return False
    if args.prep_objects(verb, ADDRESSEE_PREPS):
        return False
    clauses = args.children(verb, "ccomp")
    return bool(clauses) and all(_proposition(c) for c in clauses)


@rule(
    REQUEST_ADDRESSEE,
    order=32.2,
    doc="'suggested that his rating is higher', 'insisted that they will meet their targets', "
    "'ratings data suggests that ...': a verb read as REQUEST with no target whose only "
    "complement is a clause of fact (indicative, no should/must/need to/might/could) or a "
    "question, with "
    "no object, infinitive, particle, passive nor to/with/of/for/on phrase, names no addressee "
    "who is to act: no event (by the parse, for any verb; a mandative clause keeps it)",
)
def request_needs_addressee(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type != "REQUEST" or tok.pos_ not in ("VERB", "AUX"):
        return frame
    if frame.target:
        return frame  # a party the clause is about: request_needs_addressee_targeted
    return None if proposition_only(tok) else frame


@rule(
    REQUEST_TARGETED,
    order=32.21,
    doc="with request_needs_addressee: also a REQUEST whose target is only the party its clause "
    "of fact is about ('suggested that Trump was vulnerable', 'suggested that Israel is in "
    "danger of becoming ...'): no event. Off: on the judged tune relations the pair of 3 right "
    "relations rested on such a reading (s24 1, s27 2)",
)
def request_needs_addressee_targeted(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type != "REQUEST" or tok.pos_ not in ("VERB", "AUX"):
        return frame
    return None if proposition_only(tok) else frame
