"""Context-free linking: one mention string (+ a date) -> one resolution.

Tried in order, first hit wins (rules ``actors.link.*``, signature
``rule(linker, mention) -> Resolution | None``):
 1. ``name`` (10): the KB alias index (exact, then folded: case, accents,
    "the", "'s"), or a seat of government ("Moscow", "the Kremlin") -> the
    country, sector GOV;
 2. ``title`` (20): leading titles stripped ("President Duterte", "US Senator
    Marco Rubio"), the rest looked up again (full name, then a KB surname;
    ``titles``);
 3. ``fuzzy`` (30): fuzzy / transliterated spelling of a KB name ("Tokajew",
    "George Dubya Bush"; ``fuzzy``), never across a country the mention states
    ("Iraqi parliament" is not Iran's; ``fuzzy_same_country``);
 4. ``agent`` (40): the phrase read as a nominal role or generic agent: a country
    signal (demonym, name, capital, city, region; ``places``) plus an
    agents-lexicon noun ("the Turkish president" -> the office holder on the
    date, "Ukrainian farmers" -> UKR/AGR, "soldiers" -> MIL; a role noun takes the
    sector of the body before it, "intelligence officials" -> SPY, ``role_bearer``;
    ``agents``);
 5. ``bulk_dictionary`` (50): a name only the Phoenix organisation dictionary knows;
 6. ``nationality_list`` (60): a full personal name nobody else knows, in the
    Wikipedia nationality list: a new person with that country only, marked
    ``country_source`` (``wikipedia-nationality``);
 7. ``name_model`` (70): such a name in no list either: a low-confidence country
    from its spelling (``namemodel``), marked ``country_source`` (``name-model``).
The in-document stage adds context on top of this (``resolve.py``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..datafiles import constants, read_table, word_list
from ..records import AGENT_PREFIX, NEW_PREFIX, Actor
from ..rules import Rule, RuleSwitches, declare, rule
from .agents import AgentPhrases, Found, read_agent
from .fuzzy import FuzzyNames, Match
from .kb import KbActor, KnowledgeBase
from .namemodel import SOURCE as NAME_MODEL_SOURCE
from .namemodel import shipped_model
from .nationality import SOURCE as NATIONALITY_SOURCE
from .nationality import looks_like_full_name, nationality_of
from .normalize import clean, fold, initials_key
from .places import Places, Where
from .spelt_names import FUZZY_ONE_WORD, other_person
from .titles import (
    TITLED_NEW_PERSON,
    adjust_for_title,
    mark_former,
    office_holder,
    strip_titles,
    titled_new_person,
    today,
)

__all__ = ["Linker", "Resolution", "agent_id", "name_tables", "new_id", "today"]

_DETERMINERS = frozenset(
    {
        "the", "a", "an", "some", "two", "three", "four", "five", "several", "many",
        "dozens", "hundreds", "thousands", "of", "its", "their", "his", "her",
    }
)  # fmt: skip
_CONFIDENCE = constants("actors")["confidence"]
_PLACES = constants("actors")["places"]
FUZZY_SAME_COUNTRY = declare(
    "actors.link.fuzzy_same_country",
    "a near spelling never links a name that states one country ('Iraqi parliament') to "
    "a KB actor of another ('Iranian parliament')",
)
FUZZY_GIVEN_NAME = declare(
    "actors.link.fuzzy_given_name",
    "a near spelling never links a two-word personal name ('Jane Ortiz') to a KB name or "
    "short form ('Juan Ortiz' of Juan Ortiz Vely) whose given name is no near spelling of "
    "it: another person, not a misspelling",
)
FUZZY_LONE_GIVEN_NAME = declare(
    "actors.link.fuzzy_lone_given_name",
    "a one-word name that is a KB person's given name ('Bernie' of Bernie Sanders) is no "
    "near spelling of another name ('Bernier'): a first name alone, not a misspelt surname",
)
FUZZY_COMMON_WORD = declare(
    "actors.link.fuzzy_common_word",
    "a one-word name that is, lower-cased, a WordNet common noun (lexicon/people_nouns.txt, "
    "events/sense_nouns.tsv) is no near spelling of a KB person's name: 'Patriot' (a "
    "company) is not 'Patriota'",
)
ABBREVIATION_NOT_ACRONYM = declare(
    "actors.link.abbreviation_not_acronym",
    "a word cut short with a period and written with a lower-case letter ('Inc.', 'Co.') "
    "matches only a KB alias written so, never an acronym folded to it ('INC')",
)
COMPASS_ENGLISH = declare(
    "actors.places.compass_english",
    "a first-level region whose name opens with a French, Spanish, Portuguese or Italian "
    "compass word ('Nord-Kivu', 'Sud-Ouest') is also known by its English form ('North Kivu')",
)
HONORIFIC_GENDER_RULE = declare(
    "actors.link.honorific_gender",
    "a gendered honorific before a name shared by several KB people ('Mrs. Clinton') "
    "leaves out the namesakes of the other gender",
)
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f"}
_OTHER_GENDER = {"m": "f", "f": "m"}
NEAREST_ROLE = declare(
    "actors.link.nearest_role",
    "namesakes with a Wikipedia title, none in office on the date: the one whose recorded "
    "roles lie nearest the document's date ('Clinton' in 2016 is Hillary, in office to "
    "2013, not Bill, to 2001), before the count of roles",
)
NOTABLE_SECTOR = declare(
    "actors.link.notable_person_sector",
    "a person nobody else knows whom the Wikipedia nationality list names, met in news "
    "with no title, takes the sector [actors.nationality] listed_person_sector (GOV)",
)
_NATIONALITY = constants("actors")["nationality"]
NATIONALITY_LIST = "actors.link.nationality_list"
NAME_MODEL = "actors.link.name_model"
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w.'\u2019-]*")
_NUMBER = re.compile(r"^\d+$")


@dataclass
class Resolution:
    """Who a mention names, as far as the mention (and the date) tell."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wiki: str | None = None
    gender: str | None = None
    cameo: str | None = None
    how: str = "name"
    confidence: float = 1.0
    kb: KbActor | None = field(default=None, repr=False)
    kb_conflict: str | None = None  # the KB's view, where the text said otherwise
    # where ``country`` came from when neither the KB nor the text gave it: a weak guess
    # ("wikipedia-nationality", "name-model") that the text's description replaces
    country_source: str | None = None

    def record(self) -> Actor:
        """The actor record of this resolution when a document meets it for the first
        time (a country keeps no sector, except a KB country that is a former state)."""
        sector = self.sector if self.type != "country" else None
        if self.kb is not None and self.type == "country" and self.kb.sector == "PRE":
            sector = "PRE"
        return Actor(
            id=self.id,
            name=self.name,
            type=self.type,  # type: ignore[arg-type]
            country=self.country,
            sector=sector,
            role=self.role,
            wiki=self.wiki,
            confidence=self.confidence,
            cameo=self.cameo,
            kb_conflict=self.kb_conflict,
            country_source=self.country_source,
        )


@dataclass
class Mention:
    """One mention string being linked: as written, its words, and without determiners."""

    text: str
    words: list[str]
    bare: str
    date: str | None


def agent_id(country: str | None, sector: str | None, extra: str = "") -> str:
    """Stable id of a generic agent: the same (country, sector) is one actor everywhere."""
    return f"{AGENT_PREFIX}{(country or 'xxx').lower()}:{(sector or 'unk').lower()}{extra}"


def new_id(name: str, kind: str) -> str:
    """Stable id of an actor not in the KB: the same folded name, the same id."""
    return f"{NEW_PREFIX}{kind}:" + hashlib.sha1(fold(name).encode()).hexdigest()[:10]


def abbreviation(name: str) -> bool:
    """A word cut short with a period and holding a lower-case letter ("Inc.", "Co.")."""
    word = name[:-1]
    return name.endswith(".") and len(word) >= 2 and word.isalpha() and not word.isupper()


def other_given_name(written: str, known: str, threshold: float) -> bool:
    """A two-word name against a KB name (both folded) whose given names are not near
    spellings of each other at the linker's own cutoff ("jane" / "juan": two
    first names, not a misspelling of one; "vladimr" / "vladimir" is one), neither
    beginning the other ("bill" / "billy", an initial): rule ``FUZZY_GIVEN_NAME``."""
    mine, theirs = written.split(), known.split()
    if len(mine) != 2 or len(theirs) < 2 or mine[0] in theirs[:-1]:
        return False  # the same given name, or a middle one ("tayyip erdogan")
    if theirs[0].startswith(mine[0]) or mine[0].startswith(theirs[0]):
        return False
    return fuzz.ratio(mine[0], theirs[0]) < threshold


class Linker:
    """Links mention strings to KB actors, office holders and generic agents."""

    def __init__(
        self, kb: KnowledgeBase, fuzzy_threshold: int = 88, switches: RuleSwitches | None = None
    ) -> None:
        self.kb = kb
        self.threshold = fuzzy_threshold
        self.switches = switches or RuleSwitches()
        self.places = Places(
            kb,
            compass_english=self.switches.enabled(COMPASS_ENGLISH),
        )
        self.phrases = AgentPhrases(self.switches)
        self.agents = self.phrases.words
        self.cities = self.places.cities
        self.demonyms = self.places.demonyms
        self.seats = self.places.seats
        self.regions = self.places.regions
        self.countries = self.places.countries
        self.seat_names = self.places.seat_names
        # computed once per KB (and kept in the KB's cache): folded names for fuzzy
        # matching (people, organisations, long country names), initials keys ("g w bush")
        self._fuzzy_keys, self._fuzzy_ids, self._initials = name_tables(kb)
        self._fuzzy = _fuzzy_names(kb, self._fuzzy_keys, fuzzy_threshold)
        self._rules: list[Rule] = [r for r in self.switches.active("actors.link.") if r.func]

    # ------------------------------------------------------------ public

    def link(
        self, mention: str, date: str | None = None, *, known_only: bool = False
    ) -> Resolution | None:
        """The best resolution of ``mention`` on ``date``, or None: the first answer of
        the ``actors.link`` rules. ``known_only``: the rules that can only make a new
        person (the nationality list, the name model) are not asked - for a caller that
        keeps KB actors only; every other answer is the same.

        With no date, people get their latest recorded role (see ``KbActor.role_on``).
        """
        text = clean(mention)
        if not text:
            return None
        words = self._strip_determiners(text)
        item = Mention(text, words, " ".join(words), date)
        for step in self._rules:
            if known_only and step.name in _NEW_ONLY:
                continue
            found = step.func(self, item)  # type: ignore[misc]
            if found is not None:
                return found  # type: ignore[no-any-return]
        return None

    def by_name(
        self,
        name: str,
        date: str | None,
        *,
        allow_surname: bool = False,
        fallback: bool = False,
        gender: str | None = None,
    ) -> Resolution | None:
        """Exact or folded KB alias (or, if allowed, a unique KB surname); ``fallback``:
        only the bulk dictionaries' organisations, tried when nothing else read it;
        ``gender`` (from "Mrs."/"Mr."): namesakes of the other gender are left out."""
        actors = [a for a in self.lookup(name) if a.fallback == fallback]
        how = "name"
        if not actors and _has_initial(name):
            # "G. W. Bush": only a name written with initials is read by its initials
            # ("Ahmed Khalil" is not "Abdallah Khalil")
            ids = self._initials.get(initials_key(name), [])
            actors = [self.kb.actors[i] for i in dict.fromkeys(ids)]
            how = "alias"
        if gender is not None:
            # "Mrs. Clinton" is Hillary, never Bill: rule actors.link.honorific_gender
            actors = [a for a in actors if a.gender != _OTHER_GENDER[gender]]
        if not actors and allow_surname and " " not in name:
            actors = [self.kb.actors[i] for i in self.kb.surnames.get(fold(name), [])]
            if gender is not None:
                actors = [a for a in actors if a.gender != _OTHER_GENDER[gender]]
            how = "short"
        if not actors:
            return None
        best = self.choose(actors, date)
        if best is None:
            return None
        if how == "name" and name != best.name:
            how = "alias"
        confidence = _CONFIDENCE["kb_unique" if len(actors) == 1 else "kb_ambiguous"]
        return self.from_kb(best, date, how=how, confidence=confidence)

    def lookup(self, name: str) -> list[KbActor]:
        """The KB's alias look-up, less an acronym matched by a word cut short ("Inc." is
        not "INC": rule ``ABBREVIATION_NOT_ACRONYM``)."""
        actors = self.kb.lookup(name)
        if actors and abbreviation(name) and self.switches.enabled(ABBREVIATION_NOT_ACRONYM):
            exact = set(self.kb.exact.get(name, []))
            actors = [a for a in actors if a.id in exact]
        return actors

    def choose(self, actors: list[KbActor], date: str | None) -> KbActor | None:
        """Among actors sharing a name, the best described one, or None for a true tie.

        Ranked by: in office on the date, known Wikipedia title, shipped with
        stancemap (curated) rather than imported, number of recorded roles. Two
        people tied on all of these are a real ambiguity (a shared surname).
        """
        if len(actors) == 1:
            return actors[0]

        nearest = date is not None and self.switches.enabled(NEAREST_ROLE)

        def rank(actor: KbActor) -> tuple[int, int, int, int, int]:
            active = date is not None and actor.role_on(date) is not None
            curated = actor.curated
            known = actor.wiki is not None
            near = -role_distance(actor, date) if nearest and known and date else 0
            return (int(active), int(known), int(curated), near, len(actor.roles))

        ranked = sorted(actors, key=rank, reverse=True)
        if rank(ranked[0]) > rank(ranked[1]):
            return ranked[0]
        tied = [a for a in ranked if rank(a) == rank(ranked[0])]
        if all(a.type != "person" for a in tied):
            return tied[0]  # organisations/places: the first loaded (shipped before extra)
        return None

    def from_kb(
        self, actor: KbActor, date: str | None, *, how: str = "name", confidence: float = 0.95
    ) -> Resolution:
        role = actor.role_on(date)
        return Resolution(
            id=actor.id,
            name=actor.name,
            type=actor.type,
            country=actor.country_on(date),
            sector=actor.sector_on(date),
            role=role.title if role else None,
            wiki=actor.wiki,
            gender=actor.gender,
            cameo=actor.cameo,
            how=how,
            confidence=confidence,
            kb=actor,
        )

    def country(
        self, iso3: str, date: str | None, *, how: str = "name", sector: str | None = None
    ) -> Resolution | None:
        actor = self.kb.get(f"country:{iso3}")
        if actor is None:
            return None
        found = self.from_kb(actor, date, how=how)
        found.sector = sector
        return found

    def fuzzy(self, name: str, date: str | None) -> Resolution | None:
        """A KB person/organisation whose name is spelt nearly the same."""
        key = fold(name)
        if len(key) < 4 or not self._fuzzy_keys:
            return None
        best = self._fuzzy.best(key, self._same_name_frame)
        if best is None:
            return None
        actors = [self.kb.actors[i] for i in self._fuzzy_ids[best[2]]]
        chosen = self.choose(actors, date)
        if chosen is None:
            return None
        if (
            chosen.type == "person"
            and self.switches.enabled(FUZZY_GIVEN_NAME)
            and other_given_name(key, best[0], self.threshold)
        ):
            return None  # "Jane Ortiz" is not "Juan Ortiz Vely" spelt otherwise
        if (
            chosen.type == "person"
            and self.switches.enabled(FUZZY_ONE_WORD)
            and other_person(key, best[0])
        ):
            return None  # "John McCain" is not "Johnny Mcclain": two words differ
        if (
            " " not in key
            and key not in best[0].split()
            and self.switches.enabled(FUZZY_LONE_GIVEN_NAME)
            and key in given_names(self.kb)
        ):
            return None  # "Bernie" alone is Bernie, not a misspelt "Bernier"
        if (
            " " not in key
            and chosen.type == "person"
            and key not in best[0].split()
            and self.switches.enabled(FUZZY_COMMON_WORD)
            and key in common_nouns()
        ):
            return None  # "Patriot" (a firm) is not a misspelt "Patriota"
        if chosen.type != "country" and self.switches.enabled(FUZZY_SAME_COUNTRY):
            named, _ = self.where(name.split(), countries_only=True)
            if named is not None and named != chosen.country_on(date):
                return None  # "Iraqi parliament" is not near-spelt "Iranian parliament"
        scale = _CONFIDENCE["fuzzy_scale"]
        return self.from_kb(chosen, date, how="fuzzy", confidence=round(scale * best[1] / 100, 3))

    def _same_name_frame(self, key: str, option: Match) -> bool:
        """Only people's names, sharing first and last word, differing by at most one
        word each ("George Dubya Bush" ~ "George W. Bush")."""
        if not all(self.kb.actors[i].type == "person" for i in self._fuzzy_ids[option[2]]):
            return False
        wa, wb = key.split(), option[0].split()
        if len(wb) < 2 or wa[0] != wb[0] or wa[-1] != wb[-1]:
            return False
        return len(set(wa) - set(wb)) <= 1 and len(set(wb) - set(wa)) <= 1

    # ------------------------------------------------------------ places, agents, offices

    def where(self, words: list[str], *, countries_only: bool = False) -> Where:
        """(ISO3, CAMEO bloc code) named anywhere in ``words`` (see ``places``)."""
        return self.places.where(words, countries_only=countries_only)

    def big_city(self, name: str) -> Resolution | None:
        """A GeoNames city of ``[actors.places] min_population_over_surname`` people or
        more with one country, as a place (no common English word), else None."""
        gazetteer = self.places.gazetteer
        place = gazetteer.get(name) if gazetteer is not None else None
        if place is None or place.country is None or place.common or place.kind != "city":
            return None
        if place.population < _PLACES["min_population_over_surname"]:
            return None
        return self.bare_place(name, place.country)

    def bare_place(self, name: str, country: str | None) -> Resolution:
        """A city or region as an actor of type location with its country."""
        key = fold(name)
        return Resolution(
            id=f"place:{key.replace(' ', '-')}",
            name=name,
            type="location",
            country=country,
            wiki=name,
            how="alias",
            confidence=_CONFIDENCE["bare_place"],
        )

    def find_agent(self, words: list[str]) -> Found | None:
        """The agent phrase in ``words`` (see ``agents``)."""
        return self.phrases.find(words)

    def agent(self, words: list[str], date: str | None, *, mention: str) -> Resolution | None:
        """Read a phrase as nominal role or generic agent, else as a bare place."""
        return read_agent(self, words, date, mention=mention)

    def office_holder(
        self, office: str | None, country: str, date: str | None, noun: str = ""
    ) -> Resolution | None:
        """The KB person holding an office of ``country`` on ``date`` (see ``titles``)."""
        return office_holder(self, office, country, date, noun)

    def _strip_determiners(self, text: str) -> list[str]:
        words = _WORD.findall(text)
        while len(words) > 1 and (words[0].lower() in _DETERMINERS or _NUMBER.match(words[0])):
            words = words[1:]
        if words and words[-1].lower() in ("'s", "’s"):
            words = words[:-1]
        return words


# ---------------------------------------------------------------- the link rules


def _day(value: str) -> int | None:
    """Days since year 1 of an ISO date ("2016", "2016-05", "2016-05-01"), else None."""
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else 1
    except ValueError:
        return None
    return year * 366 + (month - 1) * 31 + day


_FAR = 10**9


def role_distance(actor: KbActor, date: str) -> int:
    """Days between ``date`` and the nearest of the actor's recorded roles (0 inside one;
    a role with no end reaches its last sighting, else its start); ``_FAR`` with none."""
    today_ = _day(date)
    if today_ is None:
        return 0
    best = _FAR
    for role in actor.effective_roles():
        start = _day(role.start) if role.start else None
        end = _day(role.end or role.seen or role.start or "")
        if start is not None and today_ < start:
            gap = start - today_
        elif end is not None and today_ > end:
            gap = today_ - end
        else:
            gap = 0
        best = min(best, gap)
    return best


@rule(
    "actors.link.name",
    order=10,
    doc="the KB alias index (exact, then folded), or a "
    "seat of government ('the Kremlin') as its country's government",
)
def by_name_or_seat(linker: Linker, mention: Mention) -> Resolution | None:
    for candidate in dict.fromkeys([mention.text, mention.bare]):
        found = linker.by_name(candidate, mention.date)
        seat = linker.seats.get(fold(candidate))
        if found is not None and seat is not None and found.id == f"country:{seat}":
            found.sector = "GOV"  # a seat of government names the government
            found.wiki = linker.seat_names.get(fold(candidate), found.wiki)
        if found is not None:
            return found
        if seat is not None:
            found = linker.country(seat, mention.date, how="alias", sector="GOV")
            if found is not None:
                found.wiki = linker.seat_names.get(fold(candidate), found.wiki)
            return found
    return None


@rule(
    "actors.link.title",
    order=20,
    doc="leading titles stripped ('President Duterte'): "
    "the name (or KB surname) holding the title's role",
)
def by_title(linker: Linker, mention: Mention) -> Resolution | None:
    titled = strip_titles(linker, mention.words)
    if titled is None:
        return None
    rest, prefix = titled
    gender = None
    if linker.switches.enabled(HONORIFIC_GENDER_RULE):
        gender = next(
            (HONORIFIC_GENDER[k] for w in prefix if (k := fold(w)) in HONORIFIC_GENDER), None
        )
    found = linker.by_name(" ".join(rest), mention.date, allow_surname=True, gender=gender)
    if found is not None:
        return mark_former(adjust_for_title(linker, found, prefix, mention.date), prefix)
    if linker.switches.enabled(TITLED_NEW_PERSON):
        return titled_new_person(linker, rest, prefix, mention.date)
    return None


@rule(
    "actors.link.fuzzy",
    order=30,
    doc="a KB person or body spelt nearly the same ('Tokajew', 'George Dubya Bush')",
)
def by_fuzzy(linker: Linker, mention: Mention) -> Resolution | None:
    found = linker.fuzzy(mention.bare, mention.date)
    return mark_former(found, mention.words) if found is not None else None


@rule(
    "actors.link.agent",
    order=40,
    doc="a nominal role or generic agent ('the Turkish "
    "president', 'Ukrainian farmers'), else a bare city or region",
)
def by_agent(linker: Linker, mention: Mention) -> Resolution | None:
    return linker.agent(mention.words, mention.date, mention=mention.text)


@rule(
    "actors.link.bulk_dictionary",
    order=50,
    doc="a name only the Phoenix organisation dictionary knows, tried after every other reading",
)
def by_bulk_dictionary(linker: Linker, mention: Mention) -> Resolution | None:
    for candidate in dict.fromkeys([mention.text, mention.bare]):
        found = linker.by_name(candidate, mention.date, fallback=True)
        if found is not None:
            return found
    return None


@rule(
    NATIONALITY_LIST,
    order=60,
    doc="a full personal name nobody else knows ('Heiko Maas') takes the country its "
    "English Wikipedia article's nationality names: a new person, country only, marked "
    "country_source",
)
def by_nationality_list(linker: Linker, mention: Mention) -> Resolution | None:
    if linker.find_agent(mention.words) is not None:
        return None  # "Foreign Minister Office": a phrase, not a name
    if linker.where(mention.words, countries_only=True)[0] is not None:
        return None  # a name stating a country is read by what states it
    found = nationality_person(" ".join(mention.words))
    if found is not None and linker.switches.enabled(NOTABLE_SECTOR):
        found.sector = _NATIONALITY["listed_person_sector"]
    return found


@rule(
    NAME_MODEL,
    order=70,
    doc="a full personal name in no source at all: a low-confidence country from its "
    "spelling (character n-grams, trained on the KB's imported office holders), marked "
    "country_source",
)
def by_name_model(linker: Linker, mention: Mention) -> Resolution | None:
    if not looks_like_full_name(mention.words) or linker.find_agent(mention.words) is not None:
        return None
    if linker.where(mention.words)[0] is not None or linker.where(mention.words)[1] is not None:
        return None  # a place, or a name stating a country or bloc
    return modelled_person(" ".join(mention.words))


# link rules whose answer is always a new person (no KB actor): ``link(known_only=True)``
_NEW_ONLY = frozenset({NATIONALITY_LIST, NAME_MODEL})


def modelled_person(name: str) -> Resolution | None:
    """A new person with the country the name model guesses for ``name``, or None."""
    model = shipped_model()
    guess = model.guess(name) if model is not None else None
    if guess is None:
        return None
    return Resolution(
        id=new_id(name, "person"),
        name=name,
        type="person",
        country=guess.country,
        how="new",
        confidence=guess.confidence,
        country_source=NAME_MODEL_SOURCE,
    )


def nationality_person(name: str) -> Resolution | None:
    """A new person with the country the nationality list gives ``name``, or None."""
    found = nationality_of(name)
    if found is None:
        return None
    return Resolution(
        id=new_id(name, "person"),
        name=name,
        type="person",
        country=found.country,
        wiki=found.title,
        how="new",
        confidence=found.confidence,
        country_source=NATIONALITY_SOURCE,
    )


def _has_initial(name: str) -> bool:
    """A name of several words, one of them (not the last) an initial ("G. W. Bush")."""
    words = name.split()
    return len(words) > 1 and any(len(w.rstrip(".")) == 1 for w in words[:-1])


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """WordNet common nouns on disk: people nouns and the events stage's sense nouns
    (rule ``FUZZY_COMMON_WORD``)."""
    people = word_list("lexicon/people_nouns.txt")
    return frozenset(people) | {row["word"] for row in read_table("events/sense_nouns.tsv")}


def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """The folded first words of the KB's people of two or more name words (computed once
    per KB, kept in its derived tables, not in the index): rule ``FUZZY_LONE_GIVEN_NAME``."""
    cached = kb.derived.get("given_names")
    if cached is None:
        cached = frozenset(
            words[0]
            for actor in kb.actors.values()
            if actor.type == "person" and len(words := fold(actor.name).split()) > 1
        )
        kb.derived["given_names"] = cached
    return cached  # type: ignore[no-any-return]


def _fuzzy_names(kb: KnowledgeBase, keys: list[str], threshold: int) -> FuzzyNames:
    """One blocked fuzzy index per KB and threshold (built once per process)."""
    cached = kb.derived.get(f"fuzzy:{threshold}")
    if isinstance(cached, FuzzyNames) and cached.keys is keys:
        return cached
    index = FuzzyNames(keys, threshold)
    kb.derived[f"fuzzy:{threshold}"] = index
    return index


def name_tables(kb: KnowledgeBase) -> tuple[list[str], list[list[str]], dict[str, list[str]]]:
    """Fuzzy-matching keys (with their actor ids) and the initials index of a KB."""
    cached = kb.derived.get("linker")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    fuzzy_keys: list[str] = []
    fuzzy_ids: list[list[str]] = []
    initials: dict[str, list[str]] = {}
    for key, all_ids in kb.index.items():
        ids = [i for i in all_ids if not kb.actors[i].fallback]
        if not ids:
            continue  # bulk-dictionary names are matched exactly or not at all
        kinds = {kb.actors[i].type for i in ids}
        # misspelt people, bodies and (long) country names: "Afganistan", "Orbon"
        if (
            len(key) >= 4
            and kinds & {"person", "organization"}
            or (len(key) >= 7 and "country" in kinds)
        ):
            fuzzy_keys.append(key)
            fuzzy_ids.append(ids)
    for actor in kb.actors.values():
        if actor.type == "person":
            for name in actor.names():
                initials.setdefault(initials_key(name), []).append(actor.id)
    kb.derived["linker"] = (fuzzy_keys, fuzzy_ids, initials)
    return fuzzy_keys, fuzzy_ids, initials
