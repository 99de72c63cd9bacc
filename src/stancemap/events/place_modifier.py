"""A city before an event noun is where it happened, not who did it (issue 12, session 16).

* ``events.args.city_venue_not_doer``: "the Paris attacks", "the San Bernardino shooting",
  "the Geneva talks": a city name compounded before an event noun names the place of the
  event. The actors stage may read a capital as its country's government ("Paris said"),
  which made France the doer of the Paris attacks. A compound modifier that the tagger
  calls a place (GPE/LOC) and the GeoNames gazetteer knows as a city big enough to be read
  as one (``[actors.places] min_population_signal``), and that is no country name or
  demonym, is no source of the noun. A possessive ("Moscow's offensive") still is; a
  country ("US sanctions") or a region or state ("the Texas lawsuit") still is.
* ``events.args.misread_city_venue`` (session 27): "the initial Benghazi attack", "the
  Benghazi investigation": the same where the tagger misread the city as an organisation
  (ORG) and the actors stage, finding no such body, made a new actor of it (a mention of
  kind "new"): the gazetteer city is the event's place, not a body that did it. A city the
  knowledge base knows as an actor ("Moscow" as Russia's government) is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.gazetteer import shipped_gazetteer
from ..datafiles import constants
from ..rules import declare
from .place_targets import country_of_words

CITY_VENUE_NOT_DOER = declare(
    "events.args.city_venue_not_doer",
    "'the Paris attacks', 'the Geneva talks': a city compounded before an event noun is its "
    "place, not its doer",
    order=41.5,
)

MISREAD_CITY_VENUE = declare(
    "events.args.misread_city_venue",
    "'the initial Benghazi attack': a city compounded before an event noun that the tagger "
    "misread as an organisation, and that the actors stage made a new actor of (no body of "
    "the knowledge base), is the event's place, not its doer",
    order=41.6,
)

_PLACE_LABELS = ("GPE", "LOC")


def misread_city(modifier: Token, actors: ActorLayer) -> bool:
    """See ``MISREAD_CITY_VENUE``: a compound the tagger calls an organisation that the
    gazetteer knows as a city, read by the actors stage only as a new actor."""
    if modifier.dep_ != "compound" or modifier.ent_type_ != "ORG":
        return False
    span = [t for t in modifier.subtree]
    mention = actors.mention_at(span[0].idx, span[-1].idx + len(span[-1]))
    if mention is None or mention.how != "new":
        return False
    return _big_city(modifier)


def city_modifier(modifier: Token) -> bool:
    """``modifier`` (a compound before an event noun) names a city, not a country."""
    if modifier.dep_ != "compound" or modifier.ent_type_ not in _PLACE_LABELS:
        return False
    return _big_city(modifier)


def _big_city(modifier: Token) -> bool:
    words = " ".join(t.text for t in modifier.subtree)
    if not words[:1].isupper() or country_of_words(words) or country_of_words(modifier.text):
        return False
    gazetteer = shipped_gazetteer()
    place = gazetteer.get(words) if gazetteer is not None else None
    if place is None or place.common or place.kind != "city":
        return False
    return place.population >= int(constants("actors")["places"]["min_population_signal"])
