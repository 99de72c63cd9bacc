"""A trigger verb that heads a WordNet multiword verb the sentence realises.

The dictionaries code words; the sense of an English verb often lives in its multiword
expression: "made up half the crowd" (constitute), "came of age", "took place",
"made up their minds", "took their place". WordNet lists about 2,800 such verb lemmas
(``data/events/multiword_verbs.tsv``, imported by ``wordnet_import.py``) with the
lexicographer file (lexname) of each sense. When the verb's children realise one (a
particle, a preposition with its noun, an object noun, "one's" as a possessive,
"oneself" as a reflexive), and no lexicon row names the multiword itself, the multiword's
most frequent sense decides: a sense outside the lexnames of acts between parties
(``EVENT_LEXNAMES``) reports no event (``events.trigger.multiword_no_event``).

A preposition alone ("come to", "deal with", "meet with") is not read as a multiword: its
object is the verb's ordinary argument ("came to Kyiv").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare

MULTIWORD_NO_EVENT = declare(
    "events.trigger.multiword_no_event",
    "a verb heading a WordNet multiword verb its clause realises ('made up half the crowd', "
    "'came of age', 'took place', 'made up their minds'; particle, noun, one's) whose most "
    "frequent sense is of no act between parties (lexname not social, communication, "
    "competition, contact, possession, motion) and that no lexicon row names is no event "
    "(data/events/multiword_verbs.tsv)",
    order=19,
)

# WordNet verb lexnames of acts between parties: to meet, talk, fight, strike, give or take,
# and to go somewhere (a visit, a withdrawal); change, cognition, perception, emotion,
# stative, creation, body, consumption and weather verbs are no act towards anyone
EVENT_LEXNAMES = frozenset(
    ("social", "communication", "competition", "contact", "possession", "motion")
)
# words of a WordNet lemma that stand for any filler, or that the text may leave out
PLACEHOLDERS = frozenset(("someone", "something", "somebody", "a", "an", "the"))
POSSESSIVE = "one's"
REFLEXIVE = "oneself"
# the dependencies through which a verb's multiword words hang below it
REACH = frozenset(("prt", "prep", "dobj", "obj", "pobj", "attr", "acomp", "advmod", "npadvmod"))


class Multiword(NamedTuple):
    words: tuple[str, ...]  # the words after the verb
    lexnames: tuple[str, ...]  # of its senses, most frequent first
    synonyms: tuple[str, ...]  # one-word verbs of its most frequent sense

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=1)
def multiword_table() -> dict[str, list[Multiword]]:
    """First word -> its multiword verbs, longest first."""
    out: dict[str, list[Multiword]] = {}
    rows = read_table("events/multiword_verbs.tsv", required=("phrase", "lexnames", "synonyms"))
    for row in rows:
        words = tuple(row["phrase"].split())
        synonyms = tuple(w for w in row["synonyms"].split() if w != "-")
        entry = Multiword(words, tuple(row["lexnames"].split(",")), synonyms)
        out.setdefault(words[0], []).append(entry)
    for entries in out.values():
        entries.sort(key=lambda e: -len(e.words))
    return out


def _reachable(tok: Token) -> list[Token]:
    """Where a multiword's other words stand: the verb's children after it (particles,
    prepositions, objects), the objects of those prepositions ("came of age"), and the
    possessive of an object ("made up their minds": one's)."""
    out = []
    for child in tok.children:
        if child.i <= tok.i or child.dep_ not in REACH:
            continue
        out.append(child)
        for grandchild in child.children:
            if (child.dep_ == "prep" and grandchild.dep_ == "pobj") or grandchild.dep_ == "poss":
                out.append(grandchild)
    return out


def _hyphened(t: Token) -> bool:
    """A word joined to the one before by a hyphen ("a sit-in"): part of a compound."""
    before = t.doc[t.i - 1] if t.i else None
    return before is not None and before.text == "-" and not before.whitespace_


def _realised(words: tuple[str, ...], near: list[Token]) -> bool:
    """Whether the tokens ``near`` the verb hold the multiword's other words, each a
    distinct token, and at least one of them is more than a preposition."""
    used: set[int] = set()
    content = False
    for word in words[1:]:
        if word in PLACEHOLDERS:
            continue
        found = None
        for t in near:
            if t.i in used:
                continue
            if word == POSSESSIVE:
                hit = t.dep_ == "poss"
            elif word == REFLEXIVE:
                hit = t.lower_.endswith(("self", "selves")) and t.pos_ == "PRON"
            else:
                hit = t.dep_ != "poss" and (t.lower_ == word or t.lemma_.lower() == word)
                hit = hit and not _hyphened(t)
            if hit:
                found = t
                break
        if found is None:
            return False
        used.add(found.i)
        content = content or found.dep_ != "prep"
    return content


def realised_multiword(tok: Token) -> Multiword | None:
    """The longest WordNet multiword verb of the verb's lemma its clause realises."""
    entries = multiword_table().get(tok.lemma_.lower())
    if not entries:
        return None
    near = _reachable(tok)
    if not near:
        return None
    for entry in entries:
        if _realised(entry.words, near):
            return entry
    return None


def is_event_sense(entry: Multiword) -> bool:
    """Whether the multiword's most frequent sense is an act between parties."""
    return bool(entry.lexnames) and entry.lexnames[0] in EVENT_LEXNAMES
