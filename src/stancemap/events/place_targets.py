"""A place an act of force or coercion acts on is its target, coded by the place's country.

"Shelled the city of Homs", "air strikes on targets in Jericho", "fired on a South Korean
island", "troops massed near Gori": the place never becomes an actor (a city or island
is not an agent), so the event had no target. PLOVER and CAMEO coders code such a target
by the place's country; this rule (``events.args.aimed_place_acted_on``) does the same,
and only

* for the event types of ``data/events/place_targets.tsv`` (kind ``type``): a place named
  as where talks, a summit or a protest happened is never their target;
* when the frame has no target yet and no actor is mentioned in the place's words (the
  actors stage's reading of a place wins);
* when the place resolves to one country: a country's word on it first ("the Georgian
  city of Gori", "a South Korean island"), else its name in the shipped city and region
  tables or the GeoNames gazetteer (a city big enough, one country, no common word).

The target is an actor of type ``location`` (never a person) with the place's country;
its mention, the place's own words, is the evidence of the target.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors.countries import country_table, demonym_index, subdivision_index
from ..actors.gazetteer import shipped_gazetteer
from ..actors.lexicon import cities
from ..actors.normalize import fold
from ..datafiles import constants, words_by_kind
from ..nlp.text import doc_text
from ..records import Actor, ActorMention, ActorType
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning

PLACE_ACTED_ON = declare(
    "events.args.aimed_place_acted_on",
    "'shelled the city of Homs', 'strikes on targets in Jericho', 'a South Korean island': "
    "a place an act of force or coercion acts on is its target, by the place's country",
    order=64,
)
SMALL_CITY = declare(
    "events.args.small_city_entity",
    "'fired at targets in Jericho': a GeoNames city too small for a bare name's country "
    "counts for a place acted on when the parser tags it a place (GPE/LOC) and no other "
    "country has a city or region so named",
    order=64.5,
)
PLACE_LABELS = frozenset({"GPE", "LOC"})
KINDS = ("type", "prep", "place_noun")
_MODIFIERS = ("amod", "compound", "nmod", "npadvmod")


def _min_population() -> int:
    return int(constants("actors")["places"]["min_population_signal"])


@lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/place_targets.tsv`` (types upper-cased)."""
    found = words_by_kind("events/place_targets.tsv", KINDS)
    found["type"] = frozenset(w.upper() for w in found["type"])
    return found


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Folded country name, alias or one-country demonym -> ISO3."""
    out: dict[str, str] = {}
    for demonym, codes in demonym_index().items():
        if len(codes) == 1:
            out[demonym] = codes[0]
    for info in country_table().values():
        for name in (info.name, *info.aliases):
            out.setdefault(fold(name), info.iso3)
    return out


def country_of_words(words: str) -> str | None:
    """The one country a modifier names ("South Korean", "Georgian", "Syria"), or None."""
    return _country_words().get(fold(words)) if words[:1].isupper() else None


def country_of_name(name: str) -> str | None:
    """The one country a capitalised place name is in: the shipped cities, a first-level
    region of one country, else a GeoNames city of a bare name's ``[actors.places]
    min_population_signal`` people or more."""
    if not name[:1].isupper():
        return None
    key = fold(name)
    found = cities().get(key)
    if found:
        return found
    regions = subdivision_index().get(key)
    if regions and len(regions) == 1:
        return regions[0]
    gazetteer = shipped_gazetteer()
    place = gazetteer.get(name) if gazetteer is not None else None
    if place is None or place.common or place.kind not in ("city", "state"):
        return None  # "alternate" spellings are too noisy for a country
    if place.kind == "city" and place.population < _min_population():
        return None
    return place.country


def small_city_country(name: list[Token]) -> str | None:
    """The country of a GeoNames city under ``min_population_signal`` people (rule
    ``SMALL_CITY``): the parser's entity label says the words name a place (not a person
    who shares a small town's name), and the name is one country's only."""
    if not name or any(t.ent_type_ not in PLACE_LABELS for t in name):
        return None
    text = " ".join(t.text for t in name)
    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        return None
    place = gazetteer.get(text)
    if place is None or place.common or place.kind != "city" or place.country is None:
        return None
    return place.country if gazetteer.countries_with(text) == {place.country} else None


def _modifier_country(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ in _MODIFIERS and child.i < noun.i:
            words = " ".join(t.text for t in child.subtree)
            found = country_of_words(words) or country_of_words(child.text)
            if found:
                return found
    return None


def _name_tokens(noun: Token) -> list[Token]:
    """The capitalised words of a name headed by ``noun`` ("Homs", "Jeju Island"); the
    tagger often calls a rare place name a common noun, so its capital decides."""
    if not _capitalised(noun):
        return []
    return [t for t in args.own_tokens(noun) if t.i <= noun.i and _capitalised(t)]


def _capitalised(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and not tok.is_sent_start


def resolve_place(noun: Token, small: bool = False) -> tuple[str, list[Token]] | None:
    """(ISO3, the place's words) for a place noun phrase, or None where it names none
    or more than one country."""
    nouns = place_words()["place_noun"]
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NOUN" and noun.text.islower() and (lemma in nouns or noun.lower_ in nouns):
        words = [t for t in args.own_tokens(noun) if t.dep_ not in ("det", "poss", "punct")]
        found = _modifier_country(noun)
        named = [t for of in args.prep_objects(noun, ["of"]) for t in _name_tokens(of)]
        if found is None and named:
            found = country_of_name(" ".join(t.text for t in named))
        return (found, words) if found else None
    name = _name_tokens(noun)
    if not name:
        return None
    found = _modifier_country(noun) or country_of_name(" ".join(t.text for t in name))
    if found is None and small:
        found = small_city_country(name)  # "targets in Jericho"
    return (found, name) if found else None


def _candidates(frame: Frame) -> list[Token]:
    """Nouns a place acted on may head: the verb's objects and the objects of the place
    prepositions on the predicate, then the place prepositions' objects on those ("fired
    at targets in X", "bombed positions near X")."""
    preps = sorted(place_words()["prep"])
    out: list[Token] = []
    for head in frame.tokens:
        first = [] if frame.nominal else args.children(head, "dobj", "obj")
        first += args.prep_objects(head, preps)
        out += first
        for noun in first:
            out += args.prep_objects(noun, preps)
    return out


def _mentioned(tokens: list[Token], ctx: DocContext) -> bool:
    start, end = args.char_span(tokens)
    return bool(ctx.actors.mentions_in(start, end)) or ctx.actors.mention_at(start, end) is not None


def place_acted_on(frame: Frame, ctx: DocContext, small: bool = False) -> list[str]:
    """The target a place acted on gives (adding its location actor and mention), or []."""
    if frame.target or frame.type not in place_words()["type"]:
        return []
    for noun in _candidates(frame):
        if _mentioned(list(noun.subtree), ctx):
            continue  # an actor in the phrase: the actors stage's reading stands
        found = resolve_place(noun, small)
        if found is None:
            continue
        country, words = found
        return [_add_place(country, words, ctx)]
    return []


def _add_place(country: str, words: list[Token], ctx: DocContext) -> str:
    return add_bare_actor(ctx, "place", "location", country, words)


def add_bare_actor(
    ctx: DocContext, prefix: str, kind: ActorType, country: str, words: list[Token]
) -> str:
    """An actor of ``kind`` and ``country`` named by ``words`` (no KB entry: a bare place
    or a demonym's group), added with its mention at the bare-place confidence; its id."""
    start, end = args.char_span(words)
    text = doc_text(words[0].doc)[start:end]
    actor_id = f"{prefix}:{fold(text).replace(' ', '-')}"
    confidence = float(constants("actors")["confidence"]["bare_place"])
    if actor_id not in ctx.actors.actors:
        ctx.actors.actors[actor_id] = Actor(
            id=actor_id, name=text, type=kind, country=country, confidence=confidence
        )
    ctx.actors.add(
        ActorMention(
            start=start, end=end, text=text, actor_id=actor_id, how="name", confidence=confidence
        )
    )
    return actor_id


def aim_at_place(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty target from the place the act acts on (rule ``PLACE_ACTED_ON``)."""
    if tuning.on(PLACE_ACTED_ON):
        found = place_acted_on(frame, ctx, tuning.on(SMALL_CITY))
        if found:
            frame.target = found
    return frame
