"""Who did it when the subject does not say: the doer of an event named further off.

* ``events.args.remote_agent``: a passive verb with no "by" agent of its own whose
  prepositional adjunct is an event with a doer: "three civilians were killed in an
  attack by insurgents", "soldiers were wounded in shelling from Armenian forces". The
  adjunct's doer did the passive verb's act.
* ``events.args.event_noun_subject``: a subject that is itself an event with a named
  doer ("the bombing of the Indian embassy, claimed by the Taliban, killed 41 people"):
  the verb's source is that event's doer (a possessor, "by", a doer participle), not
  its "of" object. With no doer named the phrase is read as any other: "of" may name
  the doer ("the visit of the Chinese president"), so it is not dropped.
* ``events.args.misread_subject``: "Turkey massed tanks along its border": the parser
  left a finite verb with no subject and hung the noun just before it on the verb as an
  adverbial noun ("Turkey/npadvmod"); that noun is the subject. A date or number
  ("Monday", "last week") never is.
* ``events.args.headline_passive``: "Iran condemned by UN over nuclear tests", "Israel
  criticised by EU": a headline passive has no auxiliary, so the parser reads its
  patient as the subject (or the head noun of a participle, when it made the name the
  root). A verb with a "by" agent (dependency ``agent``), no auxiliary and no object
  is passive: the agent is the source, the patient the target.
* ``events.args.doer_participle``: "the bombing, claimed by the Taliban", "an attack
  carried out by rebels", "the raid, blamed on Hamas": a participle that names who did
  the event noun it modifies (verbs and prepositions: ``data/lexicon/doer_phrases.tsv``).

Each rule reads the parse only; an event whose doer the sentence does not name stays
sourceless.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from . import arguments as args

REMOTE_AGENT = declare(
    "events.args.remote_agent",
    "'were killed in an attack by X', 'wounded in shelling from X': a passive with no "
    "agent of its own takes the doer of the event named in its prepositional adjunct",
    order=10.5,
)
EVENT_NOUN_SUBJECT = declare(
    "events.args.event_noun_subject",
    "'the bombing of X, claimed by Y, killed ...': a subject that is an event with a named "
    "doer (possessor, 'by', a doer participle) has that doer as source, not its 'of' object",
    order=11,
)
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
DOER_PARTICIPLE = declare(
    "events.args.doer_participle",
    "'the bombing, claimed by X', 'an attack carried out by X', 'the raid, blamed on X': "
    "a participle naming who did the event noun it modifies gives the noun its source",
    order=11.5,
)

# finite verb tags: a verb with one of these and no subject has lost it in the parse
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# dependencies under which the parser hangs a subject it did not recognise
MISREAD_SUBJECT_DEPS = ("npadvmod", "dep", "nmod")
# entity labels of adverbial nouns that are times or amounts, never a doer
NOT_DOERS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
# prepositions whose object may be the event in which a passive's patient suffered
ADJUNCT_PREPS = ("in", "during", "amid", "under")
# prepositions on that event that name its doer
DOER_PREPS = ("by", "from")


@cache
def _doer_preps() -> dict[str, frozenset[str]]:
    """participle lemma -> prepositions whose object is the event's doer."""
    out: dict[str, set[str]] = {}
    for row in read_table("lexicon/doer_phrases.tsv", required=("verb", "prep")):
        out.setdefault(row["verb"].lower(), set()).add(row["prep"].lower())
    return {verb: frozenset(preps) for verb, preps in out.items()}


def participle_doers(noun: Token) -> list[Token]:
    """ "the bombing, claimed by the Taliban": the doer phrases a participle (or a
    passive relative clause, "which was carried out by X") on ``noun`` names."""
    table = _doer_preps()
    out: list[Token] = []
    for clause in args.children(noun, "acl", "relcl"):
        preps = table.get(clause.lemma_.lower())
        if not preps or clause.tag_ != "VBN":
            continue
        out += args.prep_objects(clause, sorted(preps))
    return out


def adjunct_events(verb: Token) -> list[Token]:
    """The events a passive verb's adjuncts name ("killed in an attack", "wounded in
    shelling"): nouns and gerunds under in/during/amid/under."""
    return [
        holder
        for holder in args.prep_objects(verb, ADJUNCT_PREPS)
        if holder.pos_ in ("NOUN", "PROPN") or holder.tag_ == "VBG"
    ]


def adjunct_doers(holder: Token) -> list[Token]:
    """ "an attack by insurgents", "shelling from Armenian forces": the doer phrases."""
    return args.prep_objects(holder, DOER_PREPS)


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
