"""The verb's sense from its complement: an opinion, a question or an idea is no act.

Session 25 (engineer N4). After ``events.sense.thing_subject_no_act`` the largest family of
events that should not exist on real news is an ordinary verb with a person as subject
whose complement shows that no one acted towards anyone:

- ``events.sense.opinion_clause_no_act``: an interaction verb (AGREE, CONSULT, SUPPORT,
  COOPERATE, CONCEDE) whose only complement is a finite clause ("the senator agreed that
  the plan was flawed", "he admits his choice is not the most handsome man") states an
  opinion: no event. Kept: an object, a dative, an infinitive, a party named in a
  preposition phrase ("agreed with Haddad that ..."), a target, or a plural or
  coordinated subject ("the two sides agreed that troops would leave").
- ``events.sense.quoted_question_no_request``: a REQUEST verb with no object, dative,
  infinitive, clause or "for"/"of" phrase whose sentence (or the sentence before it)
  holds a quoted question ("“With nukes?” Wallace asked", "Graham asked.") asks for
  words: no event (``events.sense.question_is_no_request`` reads a question clause the
  parse hangs on the verb; this one reads the quotation the parse does not).
- ``events.sense.abstract_object_no_act``: a SUPPORT or COOPERATE verb with no target
  whose direct object is an idea or words (the most frequent WordNet sense of the head in
  noun.cognition / noun.communication - session 26 V dropped noun.act: "applauded the
  ruling", "announced the deal" are stances on some party's act;
  ``data/events/abstract_nouns.txt``: "address the issue", "handle tough questions",
  "support the policy") and names no one (no name, entity or actor in it) is no act
  between parties; a plural or coordinated subject keeps it ("Chile and Peru signed an
  agreement"). AGREE is not read: "agreed the plan" is an agreement.
- ``events.sense.asserted_clause_no_act`` (session 29, engineer EV): a verb whose most
  frequent WordNet sense asserts or proposes (``data/events/assertion_verbs.txt``:
  suggest, insist, argue, claim, contend, hint) read as a REQUEST or as a bare
  disapproval (110), whose only complement is an INDICATIVE clause - past tense, a
  third-person present, a modal other than should/shall/must, a perfect, or a finite
  "be" ("suggested he'd be competitive", "insisted that his position will be strongest",
  "has argued that his rating is higher") - says what is so, and asks nothing of anyone:
  no event; a disapproval stays when the clause's subject names a party ("claimed that
  Haddad lied" accuses Haddad). A mandative clause ("insisted that she be released", "suggested they
  leave") and an object, a dative, an infinitive, a for/of phrase or a party in a
  with/to phrase keep the request.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare, rule
from . import arguments as args
from .bare_codes import NAMED
from .parts import DocContext, Frame, Tuning

OPINION_CLAUSE = "events.sense.opinion_clause_no_act"
QUOTED_QUESTION = "events.sense.quoted_question_no_request"
ASSERTED_CLAUSE = "events.sense.asserted_clause_no_act"
ABSTRACT_OBJECT = "events.sense.abstract_object_no_act"

OPINION_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE")
ABSTRACT_TYPES = ("SUPPORT", "COOPERATE")
OBJECTS = ("dobj", "obj", "dative", "iobj", "xcomp", "oprd", "attr")
PARTY_PREPS = ("with", "to", "between", "among", "from", "by")
# session 26 (engineer V): an idea or words only. An act as object is some party's act
# ("announced the deal with lawmakers", "applauded the ruling", "supports efforts to
# reduce ..."): 3 of the 6 noun.act removals on 50 unread PolNeAR tune articles were real
IDEA_LEXNAMES = frozenset(("noun.cognition", "noun.communication"))
PLURAL_PRONOUNS = frozenset(("we", "they", "both", "all"))
QUOTES = frozenset(('"', "“", "”", "''", "``", "'"))


# the rows of the abstract-noun table this module reads: ideas, acts and words
CLAUSE_LEXNAMES = frozenset(("noun.cognition", "noun.act", "noun.communication"))


@lru_cache(maxsize=1)
def abstract_nouns() -> dict[str, str]:
    """noun -> the lexname of its most frequent WordNet sense (cognition, act, words)."""
    rows = (w.split("\t") for w in word_list("events/abstract_nouns.txt"))
    return {r[0]: r[1] for r in rows if len(r) == 2 and r[1] in CLAUSE_LEXNAMES}


def _names_someone(tok: Token, ctx: DocContext) -> bool:
    for t in tok.subtree:
        if t.ent_type_ in NAMED or t.pos_ == "PROPN":
            return True
        if ctx.actors.actor_at(t.idx, t.idx + len(t)) is not None:
            return True
    return False


def _party_in_prep(verb: Token, ctx: DocContext) -> bool:
    return any(_names_someone(o, ctx) for o in args.prep_objects(verb, PARTY_PREPS))


def _plural_subject(verb: Token) -> bool:
    for s in args.children(verb, "nsubj"):
        if args.children(s, "conj") or s.tag_ in ("NNS", "NNPS") or s.lower_ in PLURAL_PRONOUNS:
            return True
    return False


def opinion_clause(frame: Frame, verb: Token, ctx: DocContext) -> bool:
    """The verb's only complement is a finite clause (a "that" clause or a bare one)."""
    if frame.target or args.children(verb, *OBJECTS, "auxpass", "nsubjpass"):
        return False
    clauses = [
        c
        for c in args.children(verb, "ccomp")
        if args.children(c, "nsubj", "nsubjpass", "expl") or args.children(c, "mark")
    ]
    return bool(clauses) and not _plural_subject(verb) and not _party_in_prep(verb, ctx)


def _quoted_question(tokens: list[Token]) -> bool:
    """A "?" closing a quotation (or the sentence after an opening quote mark)."""
    opened = False
    for i, t in enumerate(tokens):
        if t.text in QUOTES:
            opened = True
        if t.text != "?":
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (after is not None and after.text in QUOTES) or (after is None and opened):
            return True
    return False


def _inside_quoted_question(verb: Token) -> bool:
    """The verb stands in a quotation that ends in "?" ("“Asking him to quit?” she said")."""
    tokens = list(verb.sent)
    at = verb.i - verb.sent.start
    before = [t.text in QUOTES for t in tokens[:at]]
    if not any(before):
        return False
    for i in range(at + 1, len(tokens)):
        if tokens[i].text in QUOTES:
            return i > 0 and tokens[i - 1].text == "?"
    return False


def quoted_question(verb: Token) -> bool:
    """A bare REQUEST verb next to a quoted question, or one inside it."""
    if _inside_quoted_question(verb):
        return True
    if args.children(verb, *OBJECTS, "ccomp", "advcl", "nsubjpass"):
        return False
    if args.prep_objects(verb, ("for", "of")):
        return False
    sent = verb.sent
    if _quoted_question(list(sent)):
        return True
    if sent.start == 0:
        return False
    before = verb.doc[sent.start - 1].sent
    own = [t for t in sent if not t.is_punct]
    # "Graham asked." after the quotation: the sentence is the asker and the verb alone
    return len(own) <= 6 and _quoted_question(list(before))


def abstract_object(frame: Frame, verb: Token, ctx: DocContext) -> bool:
    if frame.target:
        return False
    objects = args.children(verb, "dobj", "obj")
    if not objects or args.children(verb, "dative", "iobj") or _party_in_prep(verb, ctx):
        return False
    if _plural_subject(verb):
        return False  # "Chile and Peru signed an agreement": the parties are each other's
    table = abstract_nouns()
    return all(
        table.get(o.lemma_.lower(), table.get(o.lower_)) in IDEA_LEXNAMES
        and not _names_someone(o, ctx)
        for o in objects
    )


def _verb_frame(frame: Frame, tok: Token) -> bool:
    return not frame.nominal and tok.pos_ in ("VERB", "AUX")


@rule(
    OPINION_CLAUSE,
    order=32,
    doc="'the senator agreed that the plan was flawed', 'he admits his choice is odd': an "
    "AGREE/CONSULT/SUPPORT/COOPERATE/CONCEDE verb whose only complement is a finite clause "
    "(no object, infinitive, target, party in a with/to phrase, nor plural subject) states "
    "an opinion: no event",
)
def opinion_clause_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok) or frame.type not in OPINION_TYPES:
        return frame
    return None if opinion_clause(frame, tok, ctx) else frame


QUOTED_QUESTION_RULE = declare(
    QUOTED_QUESTION,
    "'“With nukes?” Wallace asked', 'Graham asked.': a REQUEST verb with no object, "
    "clause, infinitive or for/of phrase beside a quoted question (its sentence or the one "
    "before) asks for words, and one inside a quoted question is asked about: no event",
    order=8,
)


def quoted_question_no_request(frame: Frame | None, tok: Token, tuning: Tuning) -> bool:
    """The coder calls it on every verb frame (the ask-for frames pass no sense rule)."""
    if frame is None or frame.nominal or frame.type != "REQUEST" or tok.pos_ != "VERB":
        return False
    return tuning.on(QUOTED_QUESTION) and quoted_question(tok)


@rule(
    ABSTRACT_OBJECT,
    order=32,
    doc="'address the issue', 'handle tough questions', 'support the policy': a SUPPORT or "
    "COOPERATE verb with no target whose object is an idea or words (WordNet "
    "noun.cognition/communication, abstract_nouns.txt; an act such as 'the ruling' or "
    "'the deal' is some party's act and keeps) naming no one: no event",
)
def abstract_object_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok) or frame.type not in ABSTRACT_TYPES:
        return frame
    return None if abstract_object(frame, tok, ctx) else frame


# a modal of the clause that keeps it mandative ("suggested that he should resign")
MANDATIVE_MODALS = frozenset(("should", "shall", "must"))
FINITE_BE = frozenset(("VBD", "VBZ", "VBP"))
ASSERTED_CODES = frozenset(("110",))  # ACCUSE: only the bare disapproval of the dictionary


@lru_cache(maxsize=1)
def assertion_verbs() -> frozenset[str]:
    """Verbs whose most frequent WordNet sense asserts or proposes (assertion_verbs.txt)."""
    return word_list("events/assertion_verbs.txt")


def indicative(clause: Token) -> bool:
    """The clause's verb is in the indicative: past, third-person present, a modal other
    than should/shall/must, a perfect, or a finite "be" (as verb, copula or passive)."""
    auxes = args.children(clause, "aux", "auxpass")
    if any(a.lower_ in MANDATIVE_MODALS for a in auxes):
        return False
    if any(a.tag_ == "MD" for a in auxes):
        return True  # would, could, will, 'd, won't, may, might, can
    if any(a.lemma_ == "have" or (a.lemma_ == "be" and a.tag_ in FINITE_BE) for a in auxes):
        return True  # has argued, had been exposed, was taken, is going
    if clause.tag_ in ("VBD", "VBZ"):
        return True
    return clause.lemma_ == "be" and clause.tag_ in FINITE_BE


def asserted_clause(frame: Frame, verb: Token, ctx: DocContext) -> bool:
    """An assertion verb whose only complement is an indicative finite clause."""
    if verb.lemma_.lower() not in assertion_verbs():
        return False
    if args.children(verb, *OBJECTS, "auxpass", "nsubjpass"):
        return False
    if args.prep_objects(verb, ("for", "of")) or _party_in_prep(verb, ctx):
        return False
    clauses = [
        c
        for c in args.children(verb, "ccomp")
        if args.children(c, "nsubj", "nsubjpass", "expl")
        and not any(m.lower_ in ("if", "whether") for m in args.children(c, "mark"))
    ]
    if not clauses or not all(indicative(c) for c in clauses):
        return False
    if frame.type == "ACCUSE":
        # "claimed that Haddad lied": a clause that says something of a named party is
        # an accusation; only one about no one ("argued that his rating is higher") states
        subjects = [s for c in clauses for s in args.children(c, "nsubj", "nsubjpass")]
        return not any(_names_someone(s, ctx) for s in subjects)
    return True


@rule(
    ASSERTED_CLAUSE,
    order=32,
    doc="'suggested he'd be competitive', 'insisted that his position will be strongest', "
    "'has argued that his rating is higher': a verb of asserting or proposing (WordNet, "
    "assertion_verbs.txt) read as REQUEST or bare disapproval (110) whose only complement "
    "is an indicative clause (past, -s present, would/could/will, perfect, finite 'be') "
    "states what is so: no event; a disapproval whose clause subject names a party ('claimed "
    "that Haddad lied') stays. A mandative clause ('insisted that she be released'), an "
    "object, infinitive, for/of phrase or a party after with/to keep it",
)
def asserted_clause_no_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not _verb_frame(frame, tok):
        return frame
    if frame.type != "REQUEST" and not (frame.type == "ACCUSE" and frame.code in ASSERTED_CODES):
        return frame
    return None if asserted_clause(frame, tok, ctx) else frame
