"""A party named by a definite description (session 28, issue 12: arguments on real news).

- ``events.args.described_party``: "The United Steelworkers union represents the workers.
  The union agreed to a two-tier wage system": a subject (or passive agent) that is a
  singular definite description naming no one - "the" and a noun the actors stage lists
  as referring to one person or body ("the union", "the company", "the party": not a
  document, a country or any other noun) - and that the actors stage left without an
  actor is the actor the actors stage's own
  referring-noun rules (``actors.referring.*``, the ones the quotes stage uses for "the
  diplomat said") find for it: the nearest earlier actor the noun titles or describes,
  of the kind and sector the noun allows (``data/lexicon/referring_nouns.tsv``), kept
  where the noun titles or describes it ("the union" of "the United Steelworkers union";
  a body noun of a sector - "party", "company" - titles any body of it, so not for those)
  or where it is the document's salient one - the actor of its kind (person or body)
  named most often before the phrase, alone ("the party" in a story about the Democrats
  is not the Republicans named last); a body noun of no sector ("the union", "the
  group") needs the title. Only an actor named in an earlier sentence counts: a description does not take up a name of
  its own sentence ("Trump attacked the billionaire" is not Trump's act on himself).
  Without the rule such a phrase gives the event no party at all.
(Session 40 CU removed ``events.args.plural_described_party``, "X and Y spoke. Both made
...": shipped off since session 28, every scored set unchanged, no right one of 3 changes on
unread articles.)
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.coref import SUBJECT_RULES as SUBJECT_RULES
from ..actors.coref import described_as, described_referent, referring_nouns
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
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False  # "the Not1More campaign": a name the actors stage did not know
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    noun = _noun(tok)
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
    actor = actors.actor(found.actor_id)
    noun = _noun(tok)
    if actor is None or noun is None:
        return []
    titled = described_as(actor, doc, found.start, found.end, noun.noun)
    if titled and (noun.refers == "person" or not noun.sectors):
        return [found.actor_id]  # "the United Steelworkers union ... the union"
    if noun.refers == "body" and not noun.sectors:
        return []  # "the union", "the group" of no sector: only a body it titles
    # a body noun of a sector titles any body of it ("the party": any "X Party"): the
    # story's salient one only
    return [found.actor_id] if _most_named(actors, actor.id, tok.idx) else []


def _noun(tok: Token) -> Any:
    return referring_nouns().get(tok.lemma_.lower()) or referring_nouns().get(tok.lower_)


def _most_named(actors: ActorLayer, actor_id: str, before: int) -> bool:
    """``actor_id`` is the actor of its kind (person, or body) the document has named most
    often before ``before``, alone: the story's salient one ("the party" in a story about
    the Democrats is not the Republicans named last)."""
    person = _is_person(actors, actor_id)
    counts = Counter(
        m.actor_id
        for m in actors.mentions_in(0, before)
        if _is_person(actors, m.actor_id) == person
    )
    if not counts:
        return False
    ranked = counts.most_common(2)
    top, n = ranked[0]
    return top == actor_id and (len(ranked) == 1 or ranked[1][1] < n)


def _is_person(actors: ActorLayer, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.type == "person"
