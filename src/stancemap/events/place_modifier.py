"""A city before an event noun is where it happened, not who did it (issue 12, session 16).

* ``events.args.city_venue_not_doer``: "the Paris attacks", "the San Bernardino shooting",
  "the Geneva talks": a city name compounded before an event noun names the place of the
  event. The actors stage may read a capital as its country's government ("Paris said"),
  which made France the doer of the Paris attacks. A compound modifier that the tagger
  calls a place (GPE/LOC) and the GeoNames gazetteer knows as a city big enough to be read
  as one (``[actors.places] min_population_signal``), and that is no country name or
  demonym, is no source of the noun. A possessive ("Moscow's offensive") still is; a
  country ("US sanctions") or a region or state ("the Texas lawsuit") still is.
"""

from __future__ import annotations

from spacy.tokens import Token

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

_PLACE_LABELS = ("GPE", "LOC")


def city_modifier(modifier: Token) -> bool:
    """``modifier`` (a compound before an event noun) names a city, not a country."""
    if modifier.dep_ != "compound" or modifier.ent_type_ not in _PLACE_LABELS:
        return False
    words = " ".join(t.text for t in modifier.subtree)
    if not words[:1].isupper() or country_of_words(words) or country_of_words(modifier.text):
        return False
    gazetteer = shipped_gazetteer()
    place = gazetteer.get(words) if gazetteer is not None else None
    if place is None or place.common or place.kind != "city":
        return False
    return place.population >= int(constants("actors")["places"]["min_population_signal"])
