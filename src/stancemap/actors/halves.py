""" "The North" and "the South" of a divided country ("South Korean officials fear the
North could attack" -> North Korea): a capitalised compass word under "the", heading
its own noun phrase, names the northern or southern state of a pair in
``data/kb/divided_countries.tsv`` when the sentence - or else the document so far -
names a state of that pair and of no other pair. Read after every other mention, so
the countries named are those of the actors already linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafiles import constants, read_table
from ..nlp.view import doc_view
from ..rules import declare
from .sentence_country import sentence_countries

if TYPE_CHECKING:
    from .resolve import DocumentResolver

DIVIDED_HALF = declare(
    "actors.names.divided_half",
    "'the North' / 'the South' names the northern / southern state of a divided country "
    "(Korea, Sudan) that its sentence, or else the document, names",
)
TABLE = "kb/divided_countries.tsv"
_CONFIDENCE = constants("actors")["confidence"]
_HALVES = {"North": 0, "South": 1}


@dataclass(frozen=True)
class Pair:
    north: str
    south: str
    since: str


@lru_cache(maxsize=1)
def divided_pairs() -> tuple[Pair, ...]:
    """The pairs of ``divided_countries.tsv``."""
    return tuple(
        Pair(r["north"], r["south"], r["since"])
        for r in read_table(TABLE, required=("north", "south", "since"))
    )


def place_halves(resolver: DocumentResolver) -> None:
    """Add a country mention for each "the North" / "the South" its context settles."""
    if not resolver.switches.enabled(DIVIDED_HALF):
        return
    doc = resolver.doc
    # the words are read from the document's view: building a Token for every word of
    # every document only to compare its text was 1% of the stages' time
    tokens = [
        t
        for t in (doc[i] for i, word in enumerate(doc_view(doc).text) if word in _HALVES)
        if t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and t.i not in resolver.taken
        and t.dep_ not in ("compound", "amod")  # "the North Atlantic", "the South China Sea"
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
    ]
    if not tokens:
        return
    by_sentence = sentence_countries(resolver)
    everywhere = set().union(*by_sentence.values()) if by_sentence else set()
    for token in tokens:
        named = by_sentence.get(resolver.sent_index.get(token.i, 0)) or everywhere
        pair = _the_pair(named, resolver.date)
        if pair is None:
            continue
        code = (pair.north, pair.south)[_HALVES[token.text]]
        found = resolver.linker.country(code, resolver.date, how="alias")
        if found is None:
            continue
        found.confidence = _CONFIDENCE["divided_half"]
        resolver.taken.add(token.i)
        resolver.add(token.idx, token.idx + len(token), token.text, found, token)


def _the_pair(named: set[str], date: str | None) -> Pair | None:
    """The one pair a state of which is named (and no state of another pair)."""
    pairs = [
        p
        for p in divided_pairs()
        if {p.north, p.south} & named and (date is None or date >= p.since)
    ]
    return pairs[0] if len(pairs) == 1 else None
