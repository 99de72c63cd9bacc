"""Who did it when the parse hides the subject: headline passives and swallowed subjects.

* ``events.args.headline_passive``: "Iran condemned by UN over nuclear tests", "Israel
  criticised by EU": a headline passive has no auxiliary, so the parser reads its
  patient as the subject (or the head noun of a participle, when it made the name the
  root). A verb with a "by" agent (dependency ``agent``), no auxiliary and no object
  is passive: the agent is the source, the patient the target.

* ``events.args.swallowed_subject`` (session 16): "As Obama appears set to veto the bill,
  Democratic nominee Hillary Clinton apparently disagrees": after a long fronted clause the
  parser hangs the main verb's subject on the clause (an apposition of its last noun, a
  conjunct, an object) and leaves the root verb (or a verb it made a conjunct of the
  fronted one with no "and" between) with none. The noun phrase that ends just
  before the root verb (adverbs, auxiliaries and negation of the verb between them), is
  headed by a name, comes right after a comma and is attached to a word before it, is the
  subject.

Each rule reads the parse only; an event whose doer the sentence does not name stays
sourceless.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

HEADLINE_PASSIVE = declare(
    "events.args.headline_passive",
    "'Iran condemned by UN', 'Israel criticised by EU': a verb with a 'by' agent, no "
    "auxiliary and no object is a headline passive: the agent is the source, the named "
    "patient (the parsed subject or the participle's root noun) the target",
    order=10.2,
)

SWALLOWED_SUBJECT = declare(
    "events.args.swallowed_subject",
    "'As Obama vetoes it, Clinton apparently disagrees' parsed with Clinton on the fronted "
    "clause: a root verb with no subject takes the noun phrase after the comma before it",
    order=11.3,
)

PARTICLE_OBJECT_PREDICATE = declare(
    "events.args.particle_object_predicate",
    "'Ryan has called out Trump': after a verb particle the parser may make the object an "
    "object predicate (oprd); a verb with a particle and no direct object acts on that noun",
    order=11.4,
)

# finite verb tags: a verb with one of these and no subject has lost it in the parse
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# entity labels of nouns that are times or amounts, never a doer
NOT_DOERS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


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


# the verb's own words that may stand between a swallowed subject and the verb
_BETWEEN = ("advmod", "aux", "neg")
# how the parser hangs the swallowed subject on the fronted clause
_SWALLOWED_DEPS = ("appos", "conj", "dobj", "pobj", "attr", "npadvmod")


def swallowed_subject(verb: Token) -> Token | None:
    """The subject a fronted clause took from the root ``verb`` (see the module doc)."""
    if verb.tag_ not in FINITE_TAGS or not (verb.dep_ == "ROOT" or _bare_conjunct(verb)):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return None
        if child.dep_ == "csubj" and child.left_edge.dep_ != "mark":
            return None  # a clause as subject; "As X appears set to ..." is the fronted one
    j = verb.i - 1
    while j >= 0 and verb.doc[j].head.i == verb.i and verb.doc[j].dep_ in _BETWEEN:
        j -= 1
    if j < 1:
        return None
    head = verb.doc[j]
    while head.dep_ in ("compound", "amod", "flat") and head.head.i > head.i:
        head = head.head
    if head.right_edge.i != j or head.pos_ != "PROPN":
        return None  # a name: "the Florida Republican's collapse left ..." is no doer
    if head.dep_ not in _SWALLOWED_DEPS or head.head.i >= head.left_edge.i:
        return None
    if head.ent_type_ in NOT_DOERS or head.left_edge.i < 1:
        return None
    return head if verb.doc[head.left_edge.i - 1].text == "," else None


def _bare_conjunct(verb: Token) -> bool:
    """``verb`` is parsed as a conjunct of an earlier verb with no "and"/"or"/"but" between
    them: the main verb of a sentence whose fronted clause became the root."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children)


def particle_objects(verb: Token) -> list[Token]:
    """ "called out Trump" parsed with Trump as an object predicate (``oprd``) after the
    particle: the noun(s) the verb acts on; [] where the verb has its own direct object
    ("called him a liar": "a liar" says what he is called) or no particle."""
    kids = list(verb.children)
    if not any(c.dep_ == "prt" for c in kids) or any(c.dep_ in ("dobj", "obj") for c in kids):
        return []
    return [c for c in kids if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "PRON")]
