"""Who does a passive, and who a clause on an apposition (issue 12, session 16).

* ``events.args.agent_not_patient``: "Macron has been rebuked by opponents for his
  proposal": the parse hangs "for his proposal" on the agent, and the agent phrase then
  names the passive's own subject through the possessive. What a passive is done to is
  never its own doer: actors the passive subject names are dropped from the agent's.
* ``events.args.passive_own_subject``: "he wants to release his taxes but can't because
  he is being audited": a passive verb with a subject of its own (``nsubjpass``) and no
  agent does not take the doer of the clause it is chained to (an adverbial clause, a
  coordinated verb); its subject is its patient and its doer is not named.
* ``events.args.appositive_relative``: "Hezbollah, a militant group that has fought
  Israel", "Democracy for America, an organization that endorsed Sanders": a relative or
  participle clause on an apposition that names no actor is done by the name the
  apposition renames.

Reads the parse only; the actors are read by the caller as for any subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

AGENT_NOT_PATIENT = declare(
    "events.args.agent_not_patient",
    "'X was rebuked by critics of his plan': the passive's subject is never its own agent",
    order=10.5,
)
PASSIVE_OWN_SUBJECT = declare(
    "events.args.passive_own_subject",
    "'... because he is being audited': a passive verb with its own subject takes no doer "
    "from the clause it is chained to",
    order=21.9,
)
APPOSITIVE_RELATIVE = declare(
    "events.args.appositive_relative",
    "'Hezbollah, a group that fought Israel': a clause on an apposition naming no actor is "
    "done by the name the apposition renames",
    order=20.5,
)

APPOSITIVE_NAME_FIRST = declare(
    "events.args.appositive_name_first",
    "'Gov. John Kasich, a Republican who has refused to endorse Trump': a clause on a "
    "described apposition is done by the name it renames even where the description "
    "itself reads as an actor (the party of 'a Republican'): the mention of the whole name "
    "first (not a body read from part of it, 'Priorities USA')",
    order=20.45,
)


_CHAINED = ("advcl", "conj")
_HAS_OR_IS = ("'s", "’s")
_ARTICLES = ("a", "an", "the")


def passive_patients(verb: Token) -> list[Token]:
    """The passive subject(s) of ``verb`` ("Macron" of "Macron was rebuked")."""
    return [c for p in args.children(verb, "nsubjpass") for c in args.conjuncts(p)]


def own_passive_subject(verb: Token) -> bool:
    """``verb`` is a passive chained to another clause (an adverbial clause, a coordinated
    verb) with a subject of its own and no "by" agent: "because he is being audited" (not
    "is expected to", which is no passive of the event verb itself; not "he's contributed",
    where "'s" is "has")."""
    if verb.dep_ not in _CHAINED:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxiliaries or any(c.lower_ in _HAS_OR_IS for c in auxiliaries):
        return False
    if not args.children(verb, "nsubjpass"):
        return False
    return not args.prep_objects(verb, ["by"])


def renamed(head: Token, clause_of: Token) -> Token | None:
    """The noun an apposition renames, when ``clause_of`` (the event) stands in an
    active clause on the apposition ``head``: "Hezbollah, a group that fought Israel". The
    apposition is a described noun ("a/the ..."), set off by a comma; a participle of the
    passive ("the executive arrested and charged with fraud") says what was done to it."""
    if head.dep_ != "appos" or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in head.children):
        return None  # "Sanders, superdelegates who back him": a misparse, not a description
    if head.i == 0 or head.doc[head.left_edge.i - 1].text != ",":
        return None
    named = head.head
    before = named.doc[named.left_edge.i - 1] if named.left_edge.i > 0 else None
    if named.ent_iob_ == "I" and before is not None and before.ent_iob_ in ("B", "I"):
        return None  # "Democracy for America, an organization": the name's tail, not a name
    prep = named.head
    if named.dep_ == "pobj" and prep.lower_ in ("for", "of") and _inside_name(prep):
        return None  # the same, read otherwise: a name's "for/of" part
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl") and clause_of in c.subtree]
    if not clauses or any(c.tag_ == "VBN" and c.dep_ == "acl" for c in clauses):
        return None
    return named


def _inside_name(prep: Token) -> bool:
    """ "Democracy for America": the preposition stands between two capitalised words."""
    if prep.i == 0 or prep.i + 1 >= len(prep.doc):
        return False
    left, right = prep.doc[prep.i - 1], prep.doc[prep.i + 1]
    return left.pos_ == "PROPN" and left.text[:1].isupper() and right.text[:1].isupper()
