"""Coordinated countries before one plural role noun: one group per country.

"The Iranian and Egyptian foreign ministers", "German and French finance
ministers", "Sudanese and South Sudanese negotiators": the plural-role pass
(``nominals.plural_role``) makes one group of the whole phrase with the first
country it names; each further country coordinated with that modifier (a
``conj`` of an ``amod``/``compound``/``nmod`` of the head) names a group of its
own, with the same sector, its evidence the conjunct inside the phrase.

Only a plural (or itself coordinated) head is split: a singular head with two
nationalities is one thing ("the Franco-German initiative", "a German-born
American diplomat"), and the parse gives no ``conj`` there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import declare
from .linker import Resolution, agent_id

if TYPE_CHECKING:
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]
_MODIFIER_DEPS = ("amod", "compound", "nmod")
_PLURAL_TAGS = ("NNS", "NNPS")

COORDINATED_COUNTRIES = declare(
    "actors.agent.coordinated_countries",
    "'the Iranian and Egyptian foreign ministers': each country coordinated among the "
    "premodifiers of one plural role noun names a group of its own (same sector), its "
    "evidence the conjunct; a singular head ('the Franco-German initiative') is not split",
)


def several_heads(token: Token) -> bool:
    """The noun names more than one holder: plural, or coordinated with another noun."""
    return token.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in token.children)


def coordinated_conjuncts(token: Token, start_tok: int) -> list[Token]:
    """The ``conj`` tokens among the premodifiers [start_tok, token) whose chain of
    conjuncts starts at a modifier of ``token`` ("Egyptian" in "Iranian and Egyptian
    foreign ministers")."""
    out = []
    for modifier in token.doc[start_tok : token.i]:
        if modifier.dep_ != "conj":
            continue
        first = modifier
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ in _MODIFIER_DEPS and first.head.i == token.i:
            out.append(modifier)
    return out


def conjunct_start(conjunct: Token) -> int:
    """First token of a conjunct with its own contiguous premodifiers ("South" in
    "South Sudanese")."""
    start = conjunct.i
    for child in reversed(list(conjunct.lefts)):
        if child.dep_ not in _MODIFIER_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return start


def coordinated_countries(
    resolver: DocumentResolver, token: Token, start_tok: int, country: str, sector: str
) -> None:
    """Add a group of each further coordinated country of the phrase [start_tok, token]
    whose first country (``country``) the caller has already added."""
    if not resolver.switches.enabled(COORDINATED_COUNTRIES) or not several_heads(token):
        return
    doc, text = resolver.doc, resolver.document.text
    seen = {country}
    for conjunct in coordinated_conjuncts(token, start_tok):
        first = conjunct_start(conjunct)
        words = [t.text for t in doc[first : conjunct.i + 1]]
        other, _ = resolver.linker.where(words, countries_only=True)
        if other is None or other in seen:
            continue
        seen.add(other)
        start, end = doc[first].idx, conjunct.idx + len(conjunct)
        found = Resolution(
            id=agent_id(other, sector),
            name=text[start:end],
            type="group",
            country=other,
            sector=sector,
            how="agent",
            confidence=_CONFIDENCE["country_group"],
        )
        resolver.add(start, end, text[start:end], found, conjunct)
