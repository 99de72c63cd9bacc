"""A plural noun of people who speak is a group speaker: "Many artists said ...".

A quote's speaker is asked of the actor layer; "many artists", "some economists" head no
agents-lexicon phrase, so the quote had nobody. A plural noun whose most frequent WordNet
sense is a person (``data/lexicon/people_nouns.txt``, written by ``people_import.py``),
that heads no agents-lexicon phrase, has no definite determiner, number or possessor ("the
two senators", "both men" point back to people named before) and is the subject of a verb
of speech (the reporting lexicon's class ``speech``), is a new group actor named by its phrase ("many artists"),
with the country its own words name ("French artists"), else none. Rule
``actors.agent.speaking_group``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants, word_list
from ..nlp.reporting import speech_verbs
from ..rules import declare
from .linker import Resolution, new_id
from .spans import PREMODIFIERS

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SPEAKING_GROUP = declare(
    "actors.agent.speaking_group",
    "'Many artists said': a plural noun whose most frequent WordNet sense is a person, "
    "heading no agents-lexicon phrase, with no definite determiner, number or possessor, as "
    "the subject of a verb of speech is a group speaker",
)
_CONFIDENCE = constants("actors")["confidence"]
_DEFINITE = frozenset({"the", "these", "those", "both", "such", "all", "each"})


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/people_nouns.txt"))


def speaking_group(resolver: DocumentResolver, token: Token) -> bool:
    """See ``SPEAKING_GROUP``: the token heads a plural subject of people of a speech verb."""
    if token.tag_ != "NNS" or token.dep_ != "nsubj" or token.ent_type_:
        return False
    if not resolver.switches.enabled(SPEAKING_GROUP):
        return False
    head = token.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in speech_verbs():
        return False
    if any(c.dep_ in ("nummod", "poss") or c.lower_ in _DEFINITE for c in token.lefts):
        return False  # "the two senators", "both men": people named before (quotes' plural_group)
    return token.lemma_.lower() in people_nouns()


def _start(token: Token) -> int:
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in PREMODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    while start < token.i and token.doc[start].lower_ in ("the", "a", "an"):
        start += 1  # the article left out, as for agent phrases
    return start


def add_speaking_group(resolver: DocumentResolver, token: Token) -> None:
    """The group "many artists" as a new actor, mentioned at its phrase."""
    if token.i in resolver.taken:
        return
    start = _start(token)
    doc = resolver.doc
    if any(t.ent_type_ for t in doc[start : token.i]):
        return  # "Sanders supporters", "Israeli voters": the names' rules read them
    text = resolver.phrase_text(start, token)
    country, _ = resolver.linker.where([t.text for t in doc[start : token.i + 1]])
    found = Resolution(
        id=new_id(text, "group"),
        name=text,
        type="group",
        country=country,
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )
    resolver.add_phrase(start, token, found)
