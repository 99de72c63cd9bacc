"""Parties the parse hides or restates: three argument rules of session 11 (issue 12).

* ``events.args.coordinated_modifier``: "Macron and Chancellor Merz agreed to ...": the
  parser hung "Macron and Chancellor" on "Merz" as one modifier, so only Merz was the
  subject. A premodifier that carries a coordinating conjunction of its own is no
  modifier: it names a party coordinated with the phrase, and its actors join the
  phrase's.
* ``events.args.noun_gerund``: "China has no intention of attacking Taiwan", "Russia's
  plan of invading": a gerund under "of" on a noun is done by the noun's possessor or,
  with none, by the subject of the verb the noun is the object of (as an infinitive on
  the object is: ``events.args.noun_infinitive``, "has no plans to invade").
* ``events.args.sources_restated``: "Greece and Turkey failed to agree, leaving the two
  NATO members at odds": a definite plural that counts the sources ("the two members",
  "both countries") restates the sources; whatever it names (here NATO, by a modifier)
  is not the act's target.

Each reads the parse only and adds or removes nothing the sentence does not say.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import read_table
from ..rules import declare
from . import arguments as args

COORDINATED_MODIFIER = declare(
    "events.args.coordinated_modifier",
    "'Macron and Chancellor Merz agreed' parsed as 'Macron and Chancellor' modifying Merz: "
    "a premodifier with a coordinating conjunction of its own names a party coordinated "
    "with the phrase, whose actors join the phrase's",
    order=24.5,
)
PREP_GERUND_OWNER = declare(
    "events.args.prep_gerund_owner",
    "'his position on banning Muslims', 'the Senate's vote for admitting Poland': a gerund "
    "under a preposition other than 'of' on a noun with a possessor (and no other "
    "prepositional phrase) is done by the possessor",
    order=22.46,
)
NOUN_GERUND = declare(
    "events.args.noun_gerund",
    "'China has no intention of attacking Taiwan', 'Russia's plan of invading X': a gerund "
    "under 'of' on a noun is done by the noun's possessor, else by the subject of the verb "
    "whose object the noun is",
    order=22.45,
)
SOURCES_RESTATED = declare(
    "events.args.sources_restated",
    "'A and B failed to agree, leaving the two NATO members at odds': with two or more "
    "sources, a definite plural that counts them ('the two members', 'both countries') "
    "restates the sources and names no target",
    order=40.7,
)

# dependencies of a noun phrase's premodifiers that the parser may wrap a coordination in
_PREMODIFIER_DEPS = ("nmod", "compound")
# dependencies under which "both" / a number counts a noun phrase's members
_COUNT_DEPS = ("nummod", "det", "predet", "preconj", "quantmod")


def coordinated_modifiers(head: Token, actors: ActorLayer) -> list[str]:
    """Actors of premodifiers of ``head`` that carry their own coordinating conjunction
    ("Macron/nmod and/cc Chancellor/conj Merz"), in text order."""
    found: list[str] = []
    for child in head.children:
        if child.i >= head.i or child.dep_ not in _PREMODIFIER_DEPS:
            continue
        if not args.children(child, "cc"):
            continue
        for conj in args.conjuncts(child):
            mention = actors.mention_at(conj.idx, conj.idx + len(conj))
            if mention is not None and mention.actor_id not in found:
                found.append(mention.actor_id)
    return found


def gerund_owner(gerund: Token) -> tuple[str, Token] | None:
    """For a gerund under "of" on a noun: ("owner", the noun's possessor) or ("verb", the
    verb the noun is the object of, when that verb has no second object); else None."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return None
    prep = gerund.head
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    noun = prep.head
    owner = next(iter(args.children(noun, "poss")), None)
    if owner is not None:
        return ("owner", owner)
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if args.children(verb, "dative", "iobj"):
        return None  # "gave Y the task of ...": Y's
    return ("verb", verb)


# prepositions a gerund on an owned noun can hang from ("his position on banning X")
_GERUND_PREPS = ("on", "for", "in", "about", "against", "to", "toward", "towards", "with", "at")


def prep_gerund_owner(gerund: Token) -> Token | None:
    """ "his position on banning Muslims", "the Senate's vote for admitting Poland": a
    gerund with no subject of its own under a preposition other than "of" on a noun is
    done by the noun's possessor. Not when the noun has another prepositional phrase
    ("Clinton's attack on Trump for backing X": the backing is Trump's, not Clinton's)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return None
    if args.children(gerund, "nsubj", "nsubjpass", "poss"):
        return None
    prep = gerund.head
    if prep.dep_ != "prep" or prep.lower_ not in _GERUND_PREPS:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN":
        return None
    if any(c.dep_ == "prep" and c.i != prep.i for c in noun.children):
        return None
    return next(iter(args.children(noun, "poss")), None)


def restates_sources(phrase: Token, sources: list[str]) -> bool:
    """A definite plural counted like the sources: "the two members" (a number, with
    "the") or "both countries", when there are two or more sources."""
    if len(sources) < 2 or phrase.tag_ not in ("NNS", "NNPS"):
        return False
    counts = [c for c in phrase.children if c.dep_ in _COUNT_DEPS]
    if any(c.lower_ == "both" for c in counts):
        return len(sources) == 2
    if not any(c.lower_ == "the" for c in counts):
        return False
    numbers = [c for c in counts if c.dep_ == "nummod" and c.like_num]
    return bool(numbers) and _value(numbers[0].text) == len(sources)


@cache
def _number_words() -> dict[str, int]:
    rows = read_table("lexicon/number_words.tsv", required=("word", "value"), unique="word")
    return {row["word"]: int(row["value"]) for row in rows}


def _value(text: str) -> int | None:
    """ "2" -> 2, "two" -> 2; None for a number this does not read ("dozens")."""
    if text.isdigit():
        return int(text)
    return _number_words().get(text.lower())
