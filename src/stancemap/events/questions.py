"""Asking a question is no request: "asked whether the plan would work".

Rule ``events.sense.question_is_no_request``: a REQUEST on a verb whose complement is a
question asks for words, not for an act: a clause opened by "whether", "if" or a
wh-word ("asked whether Y would", "asked her where they go"), a direct quotation that
ends in a question mark, or an object that is a question (WordNet's questioning.n.01:
question, query, interview; ``data/events/question_nouns.txt``), including the noun a
relative clause hangs on ("the questions he was asked"). "asked Y to do Z" (an
infinitive) stays a request. Rule ``events.sense.asked_about_is_question``: an "about"
phrase with no "for" phrase, clause or infinitive ("was asked about the loan") is a
question too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .parts import Frame, Tuning

WH_TAGS = ("WDT", "WP", "WP$", "WRB")
OPENERS = ("whether", "if")
# the verb's complement clauses (an adverbial "if" clause is a condition: "if elected, ...")
CLAUSES = ("ccomp", "parataxis")
ABOUT = "about"


@lru_cache(maxsize=1)
def question_nouns() -> frozenset[str]:
    """ "question", "query", "interview" (``events.wordnet_import``)."""
    return word_list("events/question_nouns.txt")


def _question_clause(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    words = [t for t in clause.subtree if t.i - clause.left_edge.i < 3]
    if first.lower_ in OPENERS or any(t.tag_ in WH_TAGS for t in words):
        return True
    # a direct quotation that ends in "?" ("asking her, “where do we go?”")
    tail = clause.doc[clause.right_edge.i : min(len(clause.doc), clause.right_edge.i + 3)]
    return any(t.text == "?" for t in tail)


def question_clauses(verb: Token) -> list[Token]:
    """The verb's complement clauses that are questions."""
    return [c for c in args.children(verb, *CLAUSES) if _question_clause(c)]


def asked_about(verb: Token) -> bool:
    """ "was asked about the loan": an "about" phrase and nothing asked for ("for" aid, a
    clause or an infinitive)."""
    if not args.prep_objects(verb, [ABOUT]) or args.prep_objects(verb, ["for"]):
        return False
    return not args.children(verb, "ccomp", "xcomp", "advcl")


def asks_a_question(verb: Token, about: bool = False) -> bool:
    if args.children(verb, "xcomp"):
        return False  # "asked Y to leave": an act is asked for
    if question_clauses(verb):
        return True
    if about and asked_about(verb):
        return True
    objects = args.children(verb, "dobj", "obj")
    if verb.dep_ == "relcl":
        objects.append(verb.head)  # "the questions he was being asked"
    return any(o.lemma_.lower() in question_nouns() for o in objects)


QUESTION_NO_REQUEST = declare(
    "events.sense.question_is_no_request",
    "'asked whether the plan would work', 'ask yourself that question': a request verb "
    "whose complement is a question (whether/if/wh-clause, a quotation ending in '?', or a "
    "WordNet questioning noun) asks for words, no REQUEST",
    order=8,
)
ASKED_ABOUT = declare(
    "events.sense.asked_about_is_question",
    "'Cruz was asked about a loan': a request verb with an 'about' phrase and no 'for' "
    "phrase, clause or infinitive asks a question, no REQUEST",
    order=8,
)


def question_is_no_request(frame: Frame | None, tuning: Tuning) -> Frame | None:
    """None for a verb's REQUEST that asks a question (the coder calls it on every frame:
    the ask-for and speech-demand frames do not pass through the sense rules)."""
    if frame is None or frame.nominal or frame.type != "REQUEST":
        return frame
    verb = frame.head
    if verb.pos_ != "VERB" or not tuning.on(QUESTION_NO_REQUEST):
        return frame
    return None if asks_a_question(verb, tuning.on(ASKED_ABOUT)) else frame
