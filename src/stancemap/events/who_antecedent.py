"""A "who" clause the parser hangs on a place inside a description (issue 12, session 37).

"Tim Hess, a developer in Virginia, who introduced Mr. Clarke to his contacts": the parse
attaches the relative clause to "Virginia", the object of the description's "in" - so the
clause's doer is read as the place, and the event gets no source. The relative pronoun
"who" stands for a person (or a body spoken of as people), never a place: a non-restrictive
"who" clause (set off by a comma) whose parse head is a named place (GPE, LOC, FAC) that is
the object of a preposition belongs to the noun that prepositional phrase modifies ("a
developer"); when that noun is a described apposition naming no actor, the name it renames
does the act (as ``events.args.appositive_relative`` reads "X, a group that ...").

* ``events.args.who_clause_over_place``: the rule above. Reads the parse and the named-entity
  tags only; no word list beyond the English person relative pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

WHO_CLAUSE_OVER_PLACE = declare(
    "events.args.who_clause_over_place",
    "'Tim Hess, a developer in Virginia, who introduced X': a comma-set 'who' clause the "
    "parse hangs on a named place inside a prepositional phrase is on the noun that phrase "
    "modifies (its renamed name if that noun is a description naming no actor)",
    order=22.55,
)

_PLACES = ("GPE", "LOC", "FAC")
_ARTICLES = ("a", "an", "the")


def _who_subject(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.tag_ == "WP" and c.lower_ == "who" for c in clause.children)


def _comma_before(token: Token) -> bool:
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text == ","


def _place(token: Token) -> bool:
    return token.ent_type_ in _PLACES


def over_place(clause: Token) -> Token | None:
    """The noun a "who" relative clause ``clause`` is on when the parse hangs it on a named
    place that is a preposition's object ("a developer in Virginia, who"): the noun the
    prepositional phrase modifies; ``None`` where the shape does not hold."""
    if clause.dep_ != "relcl" or not _who_subject(clause) or not _comma_before(clause):
        return None
    place = clause.head
    if not _place(place):
        return None
    if place.dep_ == "appos" and _place(place.head):  # "in Richmond, Virginia, who"
        place = place.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    noun = place.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or _place(noun):
        return None
    return noun


def described_name(noun: Token) -> Token | None:
    """The name a described apposition ``noun`` renames ("Tim Hess, a developer"): an
    apposition with an article, set off by a comma, on a proper name."""
    if noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in noun.children):
        return None
    return noun.head if _comma_before(noun) else None


def clause_reaches(noun: Token, tok: Token) -> bool:
    """Whether ``tok`` stands in a "who" clause that ``over_place`` puts on ``noun``."""
    current: Token | None = tok
    for _ in range(6):
        if current is None:
            return False
        if current.dep_ == "relcl":
            return over_place(current) == noun
        current = current.head if current.head.i != current.i else None
    return False
