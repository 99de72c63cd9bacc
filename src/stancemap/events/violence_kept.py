"""Violence by a weapon or in clashes, and an act on a protest, keep their political party.

Session 55 (engineer NV, issue 12). ``events.sense.no_political_party`` (``apolitical_acts.py``)
passed the net criterion blind in session 54 but, switched on, dropped three readings the
tests of earlier sessions keep - each a misreading of the rule, not of theirs:

- a weapon as the doer ("Missiles targeting ... hit a school"): a missile is fired by
  someone armed. The doer of a present participle is the noun it modifies, and a
  sentence-initial capitalised noun the parser tags as a name is looked up by its lower
  case, singular form. A side whose head is a noun of ``weapon_nouns`` (WordNet weapon,
  weaponry, armament, explosive device) is political;
- deaths "in clashes": a clash is fighting, though the first WordNet sense of "clash" is a
  noise. A noun of ``clash_nouns`` (first ``noun.act`` sense under conflict.n.01) in the
  sentence keeps the act as the nouns of violence do;
- an act on a protest ("called off the rally"): an act whose own clause (its arguments and
  their phrases) holds a noun of ``protest_nouns`` (a sense under protest, strike,
  mass-meeting rally, procession march) is kept, as PROTEST itself is never dropped.

The three lists are WordNet's, written by ``events.violence_import``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from ..actors.lexicon import singular
from ..datafiles import word_list


@lru_cache(maxsize=1)
def clash_nouns() -> frozenset[str]:
    """Nouns of a clash (``data/events/clash_nouns.txt``: fight, skirmish, clash, brawl)."""
    return word_list("events/clash_nouns.txt")


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """Nouns of weapons (``data/events/weapon_nouns.txt``: missile, bomb, shell, rifle)."""
    return word_list("events/weapon_nouns.txt")


@lru_cache(maxsize=1)
def protest_nouns() -> frozenset[str]:
    """Nouns of a protest (``data/events/protest_nouns.txt``: rally, march, strike)."""
    return word_list("events/protest_nouns.txt")


def noun_forms(tok: Token) -> set[str]:
    """A noun's lemma, lower case and lower-case singular: "Missiles" that the parser
    tagged a name at the head of a sentence is "missile"."""
    lower = tok.lower_
    return {tok.lemma_.lower(), lower, singular(lower)}


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def weapon_head(tok: Token) -> bool:
    """A side's head that is a weapon: the side is whoever fired it, a political one."""
    return is_noun(tok) and bool(noun_forms(tok) & weapon_nouns())


def protest_in(tokens: Iterable[Token]) -> bool:
    """A noun of ``protest_nouns`` among ``tokens`` (the act's own clause: "called off the
    rally", "called off the march", which the parser may hang under the particle)."""
    words = protest_nouns()
    return any(is_noun(t) and bool(noun_forms(t) & words) for t in tokens)


def participle_doer(tok: Token) -> list[Token]:
    """The noun a present participle modifies is its doer ("missiles targeting a city")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and is_noun(tok.head):
        return [tok.head]
    return []


def clash_in(tokens: Iterable[Token]) -> bool:
    """A noun of ``clash_nouns`` among ``tokens`` ("died in clashes")."""
    words = clash_nouns()
    return any(is_noun(t) and bool(noun_forms(t) & words) for t in tokens)
