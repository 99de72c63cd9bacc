"""A name tagged as a person that the text reads as a firm is an organisation.

Session 62 (engineer AC, issues 12 and 14). Session 61 EN counted about 20 companies typed
as people in 30 BBC tune articles; on every BBC business tune article (347) this tree made
827 new person actors, and about a fifth of them are firms, clubs, brands or places
("Yukos", "Ryanair", "Ferrari", "Ford", "Ericsson", "Manchester United"): NER tags a
one-word brand name PERSON, and a person of no country joins no side, takes "he" and
"his", and is set against his "own" firm by the relation stage. Few have a head noun of
their own to type them by (EN), but the text around them often says what they are:
"budget airline Ryanair", "carmaker Ferrari", "Yukos, the oil firm", and NER itself tags
the same name ORG elsewhere in the story.

Rule ``actors.names.firm_reading``: a new person (no KB entry, no person of the document)
whose name has no courtesy title and whose first word is no given name (the SSA table of
``first_names``) when it has several words, is a new organisation where the document
gives it, at any of its name's places:

* a firm noun right before it or in apposition to it - a WordNet noun of a business, a
  company or a financial institution that is no person first (``lexicon/firm_nouns.txt``,
  ``firm_import.py``): "airline", "carmaker", "bank", "firm", "manufacturer";
* (tried and left out) more ORG than PERSON tags by NER of the same name in the story: on
  the BBC business tune articles it added about 30 right firms ("Ford", "Audi", "Marsh"), but
  on the Lee tune stories it made organisations of cricketers and tennis players whose
  surnames NER tags ORG ("Langer", "Gambill") and of suburbs ("O'Connor").

A full personal name ("Robert Bosch" the firm) keeps the person reading: the given name
outweighs the evidence this rule reads; so does a name whose last word the document writes
after a courtesy title ("Mr Llwyd", "Lord Butler") or as the surname of a given name
("Alastair Campbell"): NER tags many a British surname ORG.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..datafiles import word_list
from ..rules import declare
from .first_names import first_name_genders
from .linker import HONORIFIC_GENDER
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

FIRM_READING = declare(
    "actors.names.firm_reading",
    "'budget airline Ryanair', 'Yukos, the oil firm': a name NER tags as a person that no KB "
    "entry knows, with no courtesy title and no given name first, is a new organisation where "
    "the document writes a WordNet firm noun right before or in apposition to it "
    "(lexicon/firm_nouns.txt) at one of its places, and never writes its last word after a "
    "courtesy title or a given name",
)
FIRM_NOUNS = "lexicon/firm_nouns.txt"
# titles that make a name a person's whatever follows ("Lord Browne", "Dr Graham")
PERSON_TITLES = frozenset(HONORIFIC_GENDER) | {"dr", "lord", "lady", "dame", "baroness", "mrs"}


@cache
def firm_nouns() -> frozenset[str]:
    return word_list(FIRM_NOUNS)


def _firm_noun(token: Token) -> bool:
    """A lower-case common noun of a firm ("airline", not "Airline" inside a name)."""
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in firm_nouns()


def _firm_noun_beside(span: Span) -> bool:
    """A firm noun right before the name ("carmaker Ferrari"), or in apposition to it
    ("Yukos, the oil firm", "the business, retailer Littlewoods")."""
    if span.start > 0 and _firm_noun(span.doc[span.start - 1]):
        return True
    root = span.root
    if root.dep_ == "appos" and _firm_noun(root.head):
        return True
    return any(child.dep_ == "appos" and _firm_noun(child) for child in root.children)


def personal_looking(name: str) -> bool:
    """A courtesy title first, or a given name first in a name of several words."""
    words = name.split()
    if not words:
        return True
    first = fold(words[0].rstrip("."))
    return first in PERSON_TITLES or (len(words) > 1 and first in first_name_genders())


def named_as_person(span: Span) -> bool:
    """The document writes the name's last word as a person's: after a courtesy title
    ("Mr Campbell", "Lord Butler") or as the surname of a given name's person entity
    ("Alastair Campbell")."""
    last = fold(span.text.split()[-1])
    doc = span.doc
    for token in doc:
        if fold(token.text) != last or token.i == 0:
            continue
        if fold(doc[token.i - 1].text.rstrip(".")) in PERSON_TITLES:
            return True
    return any(
        e.label_ == "PERSON"
        and len(e) > 1
        and fold(e[-1].text) == last
        and fold(e[0].text) in first_name_genders()
        for e in doc.ents
    )


def reads_as_firm(resolver: DocumentResolver, span: Span) -> bool:
    """The rule's test for a name about to become a new person (see the module doc)."""
    if not resolver.switches.enabled(FIRM_READING) or personal_looking(span.text):
        return False
    if named_as_person(span):
        return False
    key = fold(span.text)
    others = [e for e in span.doc.ents if fold(e.text) == key and e.start != span.start]
    return any(_firm_noun_beside(place) for place in [span, *others])
