"""A party named by a definite description (session 28, issue 12: arguments on real news).

- ``events.args.described_party``: "The United Steelworkers union represents the workers.
  The union agreed to a two-tier wage system": a subject (or passive agent) that is a
  singular definite description naming no one - "the" and a noun the actors stage lists
  as referring to one person or body ("the union", "the company", "the party": not a
  document, a country or any other noun) - and that the actors stage left without an
  actor is the actor the actors stage's own
  referring-noun rules (``actors.referring.*``, the ones the quotes stage uses for "the
  diplomat said") find for it: the nearest earlier actor the noun titles or describes,
  of the kind and sector the noun allows (``data/lexicon/referring_nouns.tsv``). Only an
  actor named in an earlier sentence counts: a description does not take up a name of
  its own sentence ("Trump attacked the billionaire" is not Trump's act on himself).
  Without the rule such a phrase gives the event no party at all.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.coref import SUBJECT_RULES as SUBJECT_RULES
from ..actors.coref import described_referent, referring_nouns
from ..rules import Rule, declare

DESCRIBED_PARTY = declare(
    "events.args.described_party",
    "'The United Steelworkers union ... The union agreed': a source or target that is a "
    "definite description naming no one ('the union', 'the senator') is the actor the "
    "actors stage's referring-noun rules (actors.referring.*) find for it, named in an "
    "earlier sentence; none where they find none",
    order=44,
)


def referring_rules(active: list[Rule]) -> list[Any]:
    """The active ``actors.referring.*`` rules with a function, in order (as the quotes
    stage reads them); ``active``: the enabled rules of that group."""
    return [r for r in active if r.func is not None]


_KINDS = ("person", "body")  # not a document ("the statement"), a country or a bare noun
_SUBJECTS = ("nsubj", "nsubjpass")


def describes_one(tok: Token) -> bool:
    """``tok`` heads "the <noun>", one person or body (``referring_nouns.tsv``), as the
    subject of its clause or the agent of a passive ("recommended by the state party")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
    if tok.dep_ not in _SUBJECTS and not agent:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    noun = referring_nouns().get(tok.lemma_.lower()) or referring_nouns().get(tok.lower_)
    return noun is not None and noun.refers in _KINDS


def described_party(tok: Token, actors: ActorLayer, rules: list[Any]) -> list[str]:
    """The actor a definite descriptive noun phrase headed by ``tok`` refers to, if the
    actors stage's referring rules find one named in an earlier sentence; else none."""
    doc = actors.doc
    if doc is None or not rules or not describes_one(tok):
        return []
    start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    found = described_referent(actors, doc, start, end, rules)
    if found is None or found.start >= tok.sent.start_char:
        return []
    return [found.actor_id]
