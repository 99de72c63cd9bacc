"""A town an act of force is done to, that NER and the KB read as a person.

``actors.names.place_acted_on`` (order 26, after ``place_in_context``): "Artillery shelled
Goma overnight", "Rebels took Goma": a one-word name the KB knows only as an imported (not
hand-written) person, not yet a person of this document, that is the object of a verb of
force on places, or of a place preposition on such a verb ("advanced on Goma"), and that
GeoNames knows as a city of ``[actors.places] min_population_over_surname`` people or more
is that city, not the person. Nothing marks it as a person then (a title before it, a verb
of saying: "Prime Minister Goma", "Goma said").

The verb class is read from the event lexicon's data, not listed here: a verb that
``data/events/triggers.tsv`` or ``cameo_verbs.tsv`` codes CAMEO 19/20 (conventional
military force, mass violence), of a type the place-targets table
(``data/events/place_targets.tsv``, kind ``type``) says acts on places, in its own reading
(no condition, any object, the dictionary's bare-verb row) or with an object condition
naming a town, city or village. The place
prepositions are that table's ``prep`` words. Only the data files are read: the actors
stage imports no later stage.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafiles import words_by_kind
from ..rules import rule
from .event_verbs import plover_type, verb_event_rows
from .spans import is_speech_subject, with_titles

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .linker import Resolution
    from .names import Name
    from .resolve import DocumentResolver

_FORCE_ROOTS = ("19", "20")  # CAMEO: use conventional military force, mass violence
_POPULATED = frozenset({"town", "city", "village"})  # an object condition naming a place
# a verb's own reading: no condition, any object, or the dictionary's bare-verb row
_DEFAULT_ROW = ("-", "obj=*", "!inf")


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, frozenset[str]]:
    return words_by_kind("events/place_targets.tsv", ("type", "prep", "place_noun"))


@lru_cache(maxsize=1)
def force_verbs() -> frozenset[str]:
    """Verb lemmas the event lexicon codes as acts of force on a place (see the module)."""
    acting = _place_kinds()["type"]
    verbs: set[str] = set()
    for row in verb_event_rows():
        lemma, code, requires = row["lemma"], row["cameo"], row["requires"]
        if code[:2] not in _FORCE_ROOTS or (plover_type(code) or "").lower() not in acting:
            continue
        objects = [c[4:].split("|") for c in requires.split(";") if c.startswith("obj=")]
        if requires in _DEFAULT_ROW or (objects and _POPULATED & set(objects[0])):
            verbs.add(lemma)
    return frozenset(verbs)


def _verb_acting_on(token: Token) -> Token | None:
    """The verb whose object ``token`` is, directly or through a place preposition."""
    if token.dep_ == "dobj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in _place_kinds()["prep"] | {"into"}:
        verb = token.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in force_verbs() else None


def acted_on(span: Span) -> bool:
    """The span is the object of a verb of force on a place (rule ``place_acted_on``)."""
    return len(span) == 1 and _verb_acting_on(span.root) is not None


@rule(
    "actors.names.place_acted_on",
    order=26,
    doc="'Artillery shelled Goma': a one-word name the KB knows only as an imported person "
    "that is the object of a verb the event lexicon codes as force on a place is the "
    "GeoNames city of that name (min_population_over_surname), not the person",
)
def place_acted_on(resolver: DocumentResolver, name: Name) -> Resolution | None:
    found = name.kb
    span = name.span
    if found is None or found.type != "person" or found.id in resolver.actors:
        return None  # a person already in this document stays that person
    if found.kb is not None and found.kb.curated:
        return None
    if not acted_on(span) or is_speech_subject(span) or with_titles(span) != span.text:
        return None
    return resolver.linker.big_city(name.text)


def settle_untagged_acted_on(resolver: DocumentResolver) -> None:
    """The same rule for a name NER left out ("Mortars pounded Goma": a proper-noun run the
    KB read as its person, never through the ``actors.names`` chain): once the pass is
    done, a one-word mention of an imported KB person that is its only mention and is
    acted on by force becomes the city."""
    if not resolver.switches.enabled("actors.names.place_acted_on"):
        return
    for mention in resolver.mentions:
        actor_id = mention.actor_id
        if not resolver.is_person(actor_id) or " " in mention.text.strip():
            continue
        kb = resolver.linker.kb.actors.get(actor_id)
        if kb is None or kb.curated or mention.how not in ("name", "alias"):
            continue
        if sum(m.actor_id == actor_id for m in resolver.mentions) != 1:
            continue  # named again (or referred to): the person the text means
        span = resolver.doc.char_span(mention.start, mention.end)
        if span is None or span.ents or not acted_on(span) or is_speech_subject(span):
            continue  # an NER name went through the chain above
        place = resolver.linker.big_city(mention.text)
        if place is None:
            continue
        if place.id not in resolver.actors:
            resolver.actors[place.id] = place.record()
        mention.actor_id, mention.how, mention.confidence = place.id, "alias", place.confidence
        resolver.actors.pop(actor_id, None)
        resolver.gender.pop(actor_id, None)
