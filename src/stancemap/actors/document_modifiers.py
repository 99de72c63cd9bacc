"""Names that only modify a document, agreement, order or emblem (session 26, engineer R6).

"a rally to protest the Iran nuclear deal", "even with a court order", "Rubio's spotty
Senate voting record", "the Confederate battle flag": the name is a modifier (compound,
adjective or noun modifier) of a common noun whose most frequent WordNet 3.0 sense is a
document, record, agreement, order or emblem (``lexicon/document_nouns.txt``, written by
``actors.document_import``). The name says what the thing is about, where it was made or
what kind it is; it is no party to what is done with the thing ("protested the Iran
deal" sets no one against Iran). A person's or an organisation's name is left alone
("the Comey letter", "U.N. Security Council resolutions": its author or issuer, a party). Each such mention is kept on its actor (``Actor.modifier_mentions``);
``alignment.relations.document_modifier_no_party`` gives an event no relation with an
end that the event's sentence names only so. Only the parse is read.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..datafiles import word_list
from ..nlp.text import doc_text
from ..records import Span
from ..rules import declare

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# who issues or keeps a document, and so is a party to what is done with it: a person ("the
# Comey letter") or an organisation ("U.N. Security Council resolutions", "the
# Trans-Pacific Partnership trade agreement": the body's own instrument); a country, place
# or people named before it is its topic or origin ("the Iran deal", "the Paris agreement",
# "the Confederate battle flag")
KEEPS_DOCUMENTS = frozenset({"person", "organization"})


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/document_nouns.txt"))


def _document_head(token: Any, nouns: frozenset[str]) -> bool:
    """``token`` modifies (through a chain of modifiers: "Iran nuclear deal") a common
    noun of a document that is itself no actor's name."""
    head = token
    for _ in range(4):
        if head.dep_ not in MODIFIER_DEPS or head.head.i <= head.i:
            return False
        head = head.head
        if head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in nouns:
            return True
        if head.pos_ != "NOUN" and head.pos_ != "PROPN" and head.pos_ != "ADJ":
            return False
    return False


def modifier_mentions(layer: Any) -> dict[str, list[Span]]:
    """Actor id -> its mentions that only modify a document noun (module doc)."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return {}
    nouns = document_nouns()
    text = doc_text(doc)
    out: dict[str, list[Span]] = {}
    for m in layer.mentions:
        actor = layer.actor(m.actor_id)
        if actor is None or actor.type in KEEPS_DOCUMENTS:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _document_head(span.root, nouns):
            words = text[m.start : m.end]
            out.setdefault(m.actor_id, []).append(Span(start=m.start, end=m.end, text=words))
    return out


def with_modifier_mentions(layer: Any, actors: list[Any]) -> list[Any]:
    """The actor records, each with the mentions that only modify a document noun."""
    found = modifier_mentions(layer)
    if not found:
        return actors
    return [
        a.model_copy(update={"modifier_mentions": found[a.id]}) if a.id in found else a
        for a in actors
    ]


# session 29 (engineer NA): a name that only modifies a common noun of a thing, an act or a
# place ("the Iraq war", "the Cadillac tax", "the Federal mine", "Social Security numbers",
# "a court ruling") - any noun none of whose WordNet 3.0 senses is a person or a group
# (lexicon/people_nouns.txt, lexicon/group_nouns.txt) - names what the thing is about or
# whose kind it is, not a party to what is done with it. Only a compound or a noun
# modifier counts: an adjective ("Russian airstrikes") names the doer. A person or an
# organisation the KB knows is left alone ("the Clinton emails", "Apple's iPhone": author,
# maker or owner); a name the KB does not know (a "new:" actor: "Cadillac", "Obamacare")
# and a generic agent ("court" in "court ruling") are not.
THING_MODIFIER_DEPS = frozenset({"compound", "nmod"})


THING_HEAD_FREQUENT_GROUP = declare(
    "actors.generic.thing_head_frequent_group",
    "'Social Security numbers', 'the Clinton machine': for thing_modifier_no_party a head noun "
    "names a party only where a noun.group sense is among its two most frequent WordNet "
    "senses (lexicon/group_frequent_nouns.txt: 'party', 'administration', 'newspaper'), not "
    "any group sense ('number' is a group only in its 7th) (session 30 NA)",
)


@lru_cache(maxsize=2)
def party_nouns(frequent_group: bool = False) -> frozenset[str]:
    """Nouns that may name a party: a most frequent sense of a person, or any group sense
    (``frequent_group``: a group sense among the two most frequent)."""
    groups = "lexicon/group_frequent_nouns.txt" if frequent_group else "lexicon/group_nouns.txt"
    return frozenset(word_list("lexicon/people_nouns.txt")) | frozenset(word_list(groups))


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    return frozenset(word_list("lexicon/act_nouns.txt"))


POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _thing_head(token: Any, parties: frozenset[str], acts: frozenset[str] = frozenset()) -> bool:
    """``token`` is a compound or noun modifier (through a chain of such modifiers: "the
    Iran nuclear program") of a common noun that names no person or group, nor (``acts``,
    for a person or an organisation) an act of its own ("a Daniels candidacy"); a name
    followed by a possessive marker the parser hung as a compound ("Tuttle's article") is
    its owner, not a modifier."""
    head = token
    if head.dep_ not in THING_MODIFIER_DEPS:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.tag_ == "POS" or after.lower_ in POSSESSIVE):
        return False
    for _ in range(4):
        if head.dep_ not in MODIFIER_DEPS or head.head.i <= head.i:
            return False
        head = head.head
        if head.pos_ == "NOUN" and not head.ent_type_:
            lemma = head.lemma_.lower()
            return (
                lemma.isalpha()
                and lemma not in parties
                and head.lower_ not in parties
                and lemma not in acts
            )
        if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _thing_candidate(actor: Any) -> bool:
    """Whether an actor may be read as a thing's modifier: not a person or organisation the
    KB knows (a new actor or a generic agent may)."""
    from ..records import is_agent_id, is_new_id

    if is_new_id(actor.id) or is_agent_id(actor.id):
        return True
    return actor.type not in KEEPS_DOCUMENTS


def thing_modifier_mentions(layer: Any, *, frequent_group: bool = False) -> dict[str, list[Span]]:
    """Actor id -> its mentions that only modify a noun of a thing, an act or a place
    (``alignment.relations.thing_modifier_no_party``; see the note above;
    ``frequent_group``: rule ``THING_HEAD_FREQUENT_GROUP``)."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return {}
    parties = party_nouns(frequent_group)
    text = doc_text(doc)
    out: dict[str, list[Span]] = {}
    for m in layer.mentions:
        actor = layer.actor(m.actor_id)
        if actor is None or not _thing_candidate(actor):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        acts = act_nouns() if actor.type in KEEPS_DOCUMENTS else frozenset()
        if _thing_head(span.root, parties, acts):
            words = text[m.start : m.end]
            out.setdefault(m.actor_id, []).append(Span(start=m.start, end=m.end, text=words))
    return out


def with_thing_modifier_mentions(
    layer: Any, actors: list[Any], *, frequent_group: bool = False
) -> list[Any]:
    """The actor records, each with the mentions that only modify a noun of a thing."""
    found = thing_modifier_mentions(layer, frequent_group=frequent_group)
    if not found:
        return actors
    return [
        a.model_copy(update={"thing_modifier_mentions": found[a.id]}) if a.id in found else a
        for a in actors
    ]
