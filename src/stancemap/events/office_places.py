"""The holder of a place's office is a party of that place's country.

"Gunmen shot the governor of Kandahar province", "the mayor of Kharkiv accused Russia",
"an attempt to assassinate the deputy governor of the Tyumen region, Oleg Chemezov": the
office holder is no named actor (or a person whose country nothing gave, or the place
itself read as a countryless actor), so the event had no party there, or one without a
country. PLOVER and CAMEO code an official of a region or city by the country the
place is in; this rule (``events.args.office_of_place``) does the same, and only

* for a verb's subject (its source) or its object or passive subject (its target);
* when the role's noun is a one-holder office of government in the agents lexicon
  (``data/kb/agents.tsv`` and its additions: sector GOV, kind person: governor, mayor,
  ...) with an ``of`` phrase naming a place;
* when the place resolves to one country, as ``events/place_targets.py`` resolves a
  place acted on ("the Georgian city of Gori", "Homs"), or a place noun with a
  compounded name ("the Tyumen region", "Kandahar province") by the name;
* when the role is empty, or holds only countryless actors named inside the office's
  own phrase (the holder's name in apposition, the place itself): the office actor
  takes their place. An actor with a country, or one named outside the phrase, stands.

The new actor is a person of sector GOV with the place's country, named by the office's
words (and the holder's name where one is in apposition).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lexicon import agent_words
from ..actors.normalize import fold
from ..datafiles import constants
from ..nlp.text import doc_text
from ..records import Actor, ActorMention
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning
from .place_targets import country_of_name, place_words, resolve_place

OFFICE_OF_PLACE = declare(
    "events.args.office_of_place",
    "'shot the governor of Kandahar province', 'the mayor of Kharkiv accused': the holder of "
    "a place's office (a GOV one-holder agent noun of the agents lexicon) is a party of the "
    "place's country",
    order=64.7,
)
_OFFICE_WORDS = ("amod", "compound", "nmod")


def _office_noun(noun: Token) -> bool:
    """A one-holder office of government ("governor", "mayor"), by the agents lexicon."""
    entry = agent_words().get(fold(noun.lemma_)) or agent_words().get(fold(noun.text))
    return entry is not None and entry.sector == "GOV" and entry.kind == "person"


def _place_country(place: Token) -> str | None:
    """The one country the object of the office's ``of`` names, or None."""
    found = resolve_place(place)
    if found is not None:
        return found[0]
    nouns = place_words()["place_noun"]
    if place.pos_ != "NOUN" or not place.text.islower() or place.lemma_.lower() not in nouns:
        return None
    # "the Tyumen region", "Kandahar province": the compounded name names the place
    name = [
        t
        for t in args.children(place, "compound")
        if t.i < place.i and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
    ]
    return country_of_name(" ".join(t.text for t in name)) if name else None


def _role_nouns(frame: Frame, side: str, subject: Token | None) -> list[Token]:
    head = frame.head
    if side == "source":
        return [subject] if subject is not None else []
    return args.children(head, "dobj", "obj", "nsubjpass")


def _in_phrase(actor_id: str, start: int, end: int, ctx: DocContext) -> bool:
    """The actor is countryless and every mention of it here lies inside [start, end)."""
    actor = ctx.actors.actor(actor_id)
    if actor is None or actor.country:
        return False
    inside = [m for m in ctx.actors.mentions_in(start, end) if m.actor_id == actor_id]
    return bool(inside)


def office_holder(noun: Token, held: list[str], ctx: DocContext) -> str | None:
    """The office actor for ``noun`` when it holds a place's office and ``held`` (the
    role's actors) is empty or only countryless actors named inside its phrase."""
    if not _office_noun(noun):
        return None
    places = args.prep_objects(noun, ["of"])
    if not places:
        return None
    country = _place_country(places[0])
    if country is None:
        return None
    phrase = list(noun.subtree)
    start, end = args.char_span(phrase)
    if any(not _in_phrase(a, start, end, ctx) for a in held):
        return None
    office = [t for t in args.own_tokens(noun) if t.dep_ not in ("det", "poss", "punct")]
    office = [t for t in office if t.i >= noun.i or t.dep_ in _OFFICE_WORDS]
    appositions = {t.i for a in phrase if a.dep_ == "appos" for t in a.subtree}
    office = [t for t in office if t.i not in appositions] or [noun]
    o_start, o_end = args.char_span(office)
    text = doc_text(noun.doc)[o_start:o_end]
    holders = [ctx.actors.actor(a) for a in held]
    names = [h.name for h in holders if h is not None and h.type == "person"]
    name = f"{names[0]} ({text})" if len(names) == 1 else text
    actor_id = f"office:{fold(text).replace(' ', '-')}"
    confidence = float(constants("actors")["confidence"]["agent"])
    if actor_id not in ctx.actors.actors:
        ctx.actors.actors[actor_id] = Actor(
            id=actor_id,
            name=name,
            type="person",
            country=country,
            sector="GOV",
            confidence=confidence,
        )
    ctx.actors.add(
        ActorMention(
            start=start,
            end=end,
            text=doc_text(noun.doc)[start:end],
            actor_id=actor_id,
            how="agent",
            confidence=confidence,
        )
    )
    return actor_id


def aim_at_office(frame: Frame, ctx: DocContext, tuning: Tuning, subject: Token | None) -> Frame:
    """Source and target from an office of a place (rule ``OFFICE_OF_PLACE``)."""
    if not tuning.on(OFFICE_OF_PLACE) or frame.nominal:
        return frame
    for side in ("source", "target"):
        held = list(getattr(frame, side))
        for noun in _role_nouns(frame, side, subject):
            found = office_holder(noun, held, ctx)
            if found is not None:
                setattr(frame, side, [found])
                break
    return frame
