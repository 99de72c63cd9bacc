"""A demonym NER left untagged, modifying a noun, is read as the demonym it is.

Session 58, engineer AR (issue 12: the source and target country on the PLOVER tune
half). The small English model tags a one-word demonym NORP by its neighbours, and at a
sentence's start often not at all: in "Malian outposts were shelled by jihadist fighters"
"Malian" is an adjective of no entity (in "Two Malian outposts were attacked" it is
NORP). A NORP demonym on a noun that names no actor is read as its country ("Rebels
shelled Malian outposts": target Mali); an untagged one is read by nothing, so the
shelled outposts had no target - and no actor at all stood in the sentence.

Rule ``actors.names.untagged_demonym``: a token outside every entity, that the parser
reads as an adjective (or a compound) modifying a noun after it, capitalised, alphabetic,
not joined by a hyphen to another word ("an Iranian-American pastor": a people of two
origins), that is the demonym of exactly one country (the KB's ``countries.tsv`` and
``ethnic_groups.tsv`` through ``countries.demonym_index``: ``Linker.demonyms``) and no KB
name or seat of its own, is resolved as a one-word NORP span: every rule a NORP demonym
goes through applies then (on a noun of the agents lexicon the noun phrase pass reads it
with its noun; on another noun it is its country). Nothing is a list: the words and their
countries are the KB's; no name is read (a proper noun the tagger made one is left to the
name passes). A demonym hyphened to another word is left alone: on the PolNeAR tune
articles the first version read "American" of "an Iranian-American pastor" as the United
States.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..rules import declare
from .place_demonyms import sole_demonym

if TYPE_CHECKING:
    from .resolve import DocumentResolver

UNTAGGED_DEMONYM = declare(
    "actors.names.untagged_demonym",
    "'Malian outposts were shelled': a capitalised adjective or compound of no entity "
    "modifying a noun after it, the demonym of one country and no KB name, is read as a "
    "demonym (NORP span), so the noun's argument has that country",
)

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_MODIFIER_POS = frozenset({"ADJ", "NOUN"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})


def _hyphened(token: Token) -> bool:
    """``token`` is joined by a hyphen, written without spaces, to a word before or after
    it ("Iranian-American", "Mexican-born")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.text == "-" and not before.whitespace_:
        return True
    return after is not None and after.text == "-" and not token.whitespace_


def untagged_demonym(resolver: DocumentResolver, token: Token) -> Span | None:
    """``token`` as a one-word NORP span where it is an untagged one-country demonym
    modifying a noun after it; None otherwise (the rule is checked by the caller)."""
    if token.ent_type_ or token.pos_ not in _MODIFIER_POS or token.dep_ not in _MODIFIER_DEPS:
        return None
    text = token.text
    if not text[:1].isupper() or not text.isalpha() or text.isupper():
        return None
    head = token.head
    if head.i <= token.i or head.pos_ not in _HEAD_POS:
        return None
    if _hyphened(token):
        return None  # "an Iranian-American pastor": one word of two origins, no country
    if not sole_demonym(resolver, text):
        return None  # several countries' word, or a KB name or seat
    return Span(token.doc, token.i, token.i + 1, label="NORP")
