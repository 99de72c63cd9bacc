"""Venues and mediators: places and countries a sentence names that are not its groups'.

"Rebel leaders held talks in Oslo", "talks hosted by Norway", "the truce was mediated by
Qatar": Oslo is where the talks are, Norway and Qatar the third party. A generic agent of
such a sentence ("rebel leaders", "the government") must not take their country
(``actors.agent.sentence_country``), and a city that the KB reads as an
intergovernmental body ("Brussels" for the EU) used as a place ("diplomats in Brussels",
"a summit in Brussels") is no actor at all. Read from the parse:

* a venue is the object of a locative preposition ("in", "at") attached to a gathering:
  a word the event lexicon codes as a consultation (CAMEO 04x: "talks", "summit",
  "meet", "visit"), or a support verb ("hold", "host") whose object is one;
* a mediator is the "by" agent of a third party's participle ("hosted by", "mediated
  by"; ``lexicon/third_party_participles.txt``) or the subject of that verb.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_table, word_list
from ..records import ActorMention
from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

VENUE_NOT_COUNTRY = declare(
    "actors.agent.venue_not_country",
    "'talks in Oslo', 'talks hosted by Norway', 'mediated by Qatar': the venue of a "
    "gathering or a mediator names no country for a generic agent of its sentence",
)
IGO_CITY_PLACE = declare(
    "actors.names.igo_city_place",
    "'diplomats in Brussels', 'a summit in Geneva': a city the KB reads as an "
    "intergovernmental body, used as a place (after a locative preposition), is no actor",
)
POSTED_ABROAD = declare(
    "actors.agent.posted_abroad",
    "'diplomats in Brussels', 'the ambassador in Moscow': where a diplomat is posted "
    "('in'/'at' a place) is not whose diplomat it is (lexicon/posted_nouns.txt)",
)
_VENUE_PREPS = frozenset({"in", "at"})
# CAMEO 04x: make a visit, host, meet, mediate, negotiate, consult
_GATHERING_CODE = "04"
THIRD_PARTY = word_list("lexicon/third_party_participles.txt")
POSTED_NOUNS = word_list("lexicon/posted_nouns.txt")


@cache
def gathering_words() -> tuple[frozenset[str], frozenset[str]]:
    """(lemmas that name a gathering, support verbs) read from the event trigger lexicon."""
    gatherings: set[str] = set()
    support: set[str] = set()
    for row in read_table("events/triggers.tsv", required=("lemma", "pos", "role", "cameo")):
        lemma = row["lemma"].lower()
        if row["role"] == "light" and row["pos"] == "V":
            support.add(lemma)
        elif row["role"] == "event" and row["cameo"].startswith(_GATHERING_CODE):
            gatherings.add(lemma.split()[-1])  # "peace talk" -> "talk"
    return frozenset(gatherings), frozenset(support)


def _third_party_lemmas() -> frozenset[str]:
    # "brokered" -> "broker", "mediated" -> "mediate": the list holds participles
    out = set()
    for word in THIRD_PARTY:
        out.add(word)
        if word.endswith("ed"):
            out.update({word[:-1], word[:-2]})
    return frozenset(out)


_THIRD_PARTY_LEMMAS = _third_party_lemmas()


def _is_gathering(token: Token) -> bool:
    gatherings, support = gathering_words()
    lemma = token.lemma_.lower()
    if lemma in gatherings:
        return True
    if token.pos_ in ("VERB", "AUX") and lemma in support:
        # "held talks in Oslo": the place hangs on the support verb
        return any(c.dep_ == "dobj" and c.lemma_.lower() in gatherings for c in token.children)
    return False


def is_venue(root: Token) -> bool:
    """The object of "in"/"at" on a gathering ("talks in Oslo", "met in Geneva")."""
    if root.dep_ != "pobj" or root.head.lower_ not in _VENUE_PREPS:
        return False
    return _is_gathering(root.head.head)


def is_mediator(root: Token) -> bool:
    """The "by" agent or the subject of a third party's verb ("hosted by Norway",
    "Qatar mediated")."""
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ in ("agent", "prep"):
        verb = root.head.head
        return verb.lemma_.lower() in _THIRD_PARTY_LEMMAS or verb.lower_ in THIRD_PARTY
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in _THIRD_PARTY_LEMMAS
    return False


def venue_starts(resolver: DocumentResolver) -> set[int]:
    """Start offsets of the mentions that are venues or mediators (rule
    ``VENUE_NOT_COUNTRY``; empty when it is off)."""
    if not resolver.switches.enabled(VENUE_NOT_COUNTRY):
        return set()
    return {m.start for m in resolver.mentions if is_venue_mention(resolver.doc, m)}


def is_venue_mention(doc: Doc, mention: ActorMention) -> bool:
    """A mention (no pronoun) whose phrase is a venue or a mediator (the rule's switch is
    the caller's)."""
    if mention.how == "pronoun":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = _conjunct_root(span.root)
    return is_venue(root) or is_mediator(root)


def _conjunct_root(token: Token) -> Token:
    """ "talks in Oslo and Geneva": a conjunct stands where its first one stands."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def is_igo_city_place(
    resolver: DocumentResolver, span: Span, found_type: str, sector: str | None
) -> bool:
    """A KB intergovernmental body read from a city's name ("Brussels") used as a place."""
    if not resolver.switches.enabled(IGO_CITY_PLACE):
        return False
    if found_type != "organization" or sector != "IGO":
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _VENUE_PREPS:
        return False
    linker = resolver.linker
    from .normalize import fold

    if fold(span.text) in linker.seats:
        return True
    gazetteer = linker.places.gazetteer
    return gazetteer is not None and gazetteer.get(span.text) is not None


def posted_abroad(resolver: DocumentResolver, token: Token) -> bool:
    """A diplomat's noun: its "in"/"at" place is its post, not its country."""
    if not resolver.switches.enabled(POSTED_ABROAD):
        return False
    return token.lemma_.lower() in POSTED_NOUNS or token.lower_ in POSTED_NOUNS
