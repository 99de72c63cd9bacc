"""Who did it when the parse hides the subject: misread subjects and headline passives.

* ``events.args.misread_subject``: "Turkey massed tanks along its border": the parser
  left a finite verb with no subject and hung the noun just before it on the verb as an
  adverbial noun ("Turkey/npadvmod"); that noun is the subject. A date or number
  ("Monday", "last week") never is.
* ``events.args.headline_passive``: "Iran condemned by UN over nuclear tests", "Israel
  criticised by EU": a headline passive has no auxiliary, so the parser reads its
  patient as the subject (or the head noun of a participle, when it made the name the
  root). A verb with a "by" agent (dependency ``agent``), no auxiliary and no object
  is passive: the agent is the source, the patient the target.

Each rule reads the parse only; an event whose doer the sentence does not name stays
sourceless.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

MISREAD_SUBJECT = declare(
    "events.args.misread_subject",
    "'Turkey massed tanks ...' parsed with Turkey as an adverbial noun: a finite verb "
    "with no subject takes the noun phrase that ends just before it",
    order=11.2,
)
HEADLINE_PASSIVE = declare(
    "events.args.headline_passive",
    "'Iran condemned by UN', 'Israel criticised by EU': a verb with a 'by' agent, no "
    "auxiliary and no object is a headline passive: the agent is the source, the named "
    "patient (the parsed subject or the participle's root noun) the target",
    order=10.2,
)

# finite verb tags: a verb with one of these and no subject has lost it in the parse
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# dependencies under which the parser hangs a subject it did not recognise
MISREAD_SUBJECT_DEPS = ("npadvmod", "dep", "nmod")
# entity labels of adverbial nouns that are times or amounts, never a doer
NOT_DOERS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


def misread_subject(verb: Token) -> Token | None:
    """ "Turkey/npadvmod massed/ROOT tanks": the noun phrase that ends right before a
    finite verb with no subject, hung on the verb as an adverbial noun."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return None
    for child in kids:
        if child.i >= verb.i:
            break
        if (
            child.dep_ in MISREAD_SUBJECT_DEPS
            and child.pos_ in ("PROPN", "NOUN")
            and child.ent_type_ not in NOT_DOERS
            and child.right_edge.i == verb.i - 1
        ):
            return child
    return None


def headline_patient(verb: Token) -> Token | None:
    """The patient of a headline passive ("Iran condemned by UN": Iran), else None: the
    verb has a "by" agent, no auxiliary and no object, and either a parsed subject or,
    as a participle, a noun that is the sentence's root."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "agent" for c in kids):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "obj", "dative") for c in kids):
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if subjects:
        return subjects[0]
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None
