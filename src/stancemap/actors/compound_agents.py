"""An agent noun compounded into a larger noun takes the country its head is given.

Session 57, engineer AR (issue 12: the source and target country on the PLOVER tune
half). In "Indian coast guard personnel seized boats from Sri Lankan fishermen" the
parser hangs "Indian" on the phrase's head, "personnel", and "coast guard" on it as a
compound. "personnel" is no noun of the agents lexicon, so the noun phrase pass reads the
agent at "guard": its phrase, the modifiers of "guard" alone, is "coast guard", of no
country, and ``actors.agent.sentence_country`` then gave it the sentence's other country
(Sri Lanka): the wrong side of the act. Written "Indian coast guard officers" (an agent
head) the phrase is read whole and is India's.

Rule ``actors.agent.compound_agent_head_country``: where an agent noun is a compound of a
head noun to its right that names no actor of its own (no agents-lexicon noun, or one of
unknown sector: "personnel", "members"; only compounds between them), the modifiers the head carries before the agent's own phrase (a demonym or a
country's name as adjective or compound; not a possessor: "Iran's missile tests" are
Iran's tests, the missile no actor of Iran's) are read as part of the agent's phrase,
when those words name a country or a bloc (``Places.where``). Words that name none ("new coast guard
vessels") are left as they were; so is a head the lexicon reads (its own phrase is read
whole). No list: the words and countries are the KB's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

COMPOUND_AGENT_HEAD_COUNTRY = declare(
    "actors.agent.compound_agent_head_country",
    "'Indian coast guard personnel': an agent noun compounded into a head noun that names no "
    "actor of its own (not in the agents lexicon, or of unknown sector) takes the head's modifiers before it that name a country "
    "('Indian') into its own phrase, not the sentence's other country",
)
_HEAD_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def head_modifiers_start(
    resolver: DocumentResolver, token: Token, start_tok: int, head_is_agent: bool
) -> int:
    """The first token of ``token``'s agent phrase, taking in the country-naming modifiers
    its compound head carries before ``start_tok``; ``start_tok`` where the rule does not
    apply (the caller checks the switch; ``head_is_agent``: the head names an actor of its own)."""
    head = token.head
    if token.dep_ != "compound" or head.i <= token.i or head_is_agent:
        return start_tok
    doc = token.doc
    if any(t.dep_ != "compound" for t in doc[token.i + 1 : head.i]):
        return start_tok  # only compounds between the agent noun and its head
    start = start_tok
    for child in reversed([c for c in head.lefts if c.i < start_tok]):
        if child.dep_ not in _HEAD_MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    if start == start_tok:
        return start_tok
    words = [t.text for t in doc[start:start_tok] if not t.is_punct]
    country, cameo = resolver.linker.where(words)
    if country is None and cameo is None:
        return start_tok  # "new coast guard vessels": nothing of a country taken in
    while start < start_tok and doc[start].dep_ in ("det", "predet", "nummod"):
        start += 1
    return start
