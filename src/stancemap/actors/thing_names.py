"""Names of things read as actors: "the Affordable Care Act", "the Clean Power Plan".

NER tags many names of laws, programmes, rules, ads and contests ORG (or PERSON). When
no KB entry knows the name and its last word is a noun whose most frequent WordNet sense
is such a thing and never a body or a person (``lexicon/thing_name_heads.txt``, from
``thing_import.py``), the name is no actor. A noun the stage already reads as an actor
("campaign": ``lexicon/referring_nouns.tsv``) is left out, and so is a name "X for Y"
("the Center for Security Policy": a body for a cause).

Session 39 LK (``actors.names.structure_name``): a name NER tags as a person that no KB
knows, whose last word is a building or other construction noun
(``lexicon/structure_name_heads.txt``: "Trump Tower", "Yankee Stadium") and whose first
word is no given name ("John Tower" stays a person), names a place: a location actor (still
a visit's target), never a person, so no he/she can stand for it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import read_table, word_list
from ..records import is_new_id
from ..rules import declare
from .first_names import first_name_genders
from .linker import Resolution
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

THING_NAME = declare(
    "actors.names.thing_name",
    "'the Affordable Care Act', 'the Clean Power Plan': a name no KB entry knows whose last "
    "word is a WordNet law, rule, programme, ad, contest or gathering noun (never a body or "
    "person: lexicon/thing_name_heads.txt) names a thing, no actor",
)

STRUCTURE_NAME = declare(
    "actors.names.structure_name",
    "'Trump Tower', 'Yankee Stadium': a name NER tags as a person, no KB entry knows, whose "
    "last word is a WordNet building or construction noun (lexicon/structure_name_heads.txt) "
    "and whose first word is no given name names a place (a location actor), never a person: "
    "no he/she stands for it",
)


@lru_cache(maxsize=1)
def thing_heads() -> frozenset[str]:
    actors = {
        fold(r["noun"])
        for r in read_table("lexicon/referring_nouns.tsv", required=("noun", "refers"))
        if r["refers"] != "document"
    }
    return frozenset(word_list("lexicon/thing_name_heads.txt") - actors)


def thing_name(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The span is a name of a thing (rule ``THING_NAME``)."""
    if not resolver.switches.enabled(THING_NAME):
        return False
    if not is_new_id(found.id) or found.type not in ("organization", "person"):
        return False
    last = span[-1]
    if not last.text[:1].isupper() or not last.text.isalpha():
        return False
    heads = thing_heads()
    if last.lower_ not in heads and last.lemma_.lower() not in heads:
        return False
    # "the Center for Security Policy": a body named "X for Y" is X, not its cause
    return not any(t.lower_ == "for" and t.i > span.start for t in span[:-1])


@lru_cache(maxsize=1)
def structure_heads() -> frozenset[str]:
    return word_list("lexicon/structure_name_heads.txt")


def structure_name(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The span is a person-tagged name of a building (rule ``STRUCTURE_NAME``)."""
    if not resolver.switches.enabled(STRUCTURE_NAME):
        return False
    if not is_new_id(found.id) or found.type != "person" or len(span) < 2:
        return False
    first, last = span[0], span[-1]
    if not last.text[:1].isupper() or not last.text.isalpha():
        return False
    if last.lower_ not in structure_heads():
        return False
    return fold(first.text) not in first_name_genders()
