"""Context-free linking: one mention string (+ a date) -> one resolution.

Tried in order, first hit wins:
 1. the KB alias index (exact, then folded: case, accents, "the", "'s");
 2. a seat of government ("Moscow", "the Kremlin") -> the country, sector GOV;
 3. leading titles stripped ("President Duterte", "US Senator Marco Rubio"),
    the rest looked up again (full name, then a KB surname);
 4. fuzzy / transliterated spelling of a KB name ("Tokajew", "George Dubya Bush");
 5. the phrase read as a nominal role or generic agent: a country signal
    (demonym, name, capital, city, region) plus an agents-lexicon noun
    ("the Turkish president" -> the office holder on the date, "Ukrainian
    farmers" -> UKR/AGR, "soldiers" -> MIL).
The in-document stage adds context on top of this (``resolve.py``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from ..datafiles import constants
from ..rules import RuleSwitches, declare
from .countries import country_table, demonym_index, seat_index, subdivision_index
from .kb import KbActor, KnowledgeBase
from .lexicon import AgentWord, agent_words, cities, singular
from .normalize import clean, fold, initials_key

_DETERMINERS = {
    "the",
    "a",
    "an",
    "some",
    "two",
    "three",
    "four",
    "five",
    "several",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "of",
    "its",
    "their",
    "his",
    "her",
}
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lady",
    "lord",
    "alhaji",
    "sheikh",
    "prof",
    "rev",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "adm",
    "sen",
    "rep",
    "gov",
    "pres",
    "president",
    "prime",
    "minister",
    "chief",
    "deputy",
    "secretary",
    "general",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "former",
    "acting",
    "state",
    "vice",
    "crown",
    "prince",
    "king",
    "queen",
    "emir",
    "pope",
    "chancellor",
    "premier",
    "senator",
    "ambassador",
    "governor",
    "mayor",
    "judge",
    "commander",
    "colonel",
    "admiral",
    "speaker",
    "leader",
    "opposition",
    "envoy",
    "lieutenant",
    "major",
    "captain",
    "spokesman",
    "spokeswoman",
    "ex",
}
_FORMER = {"former", "ex", "disgraced", "retired", "erstwhile", "onetime"}
_CONFIDENCE = constants("actors")["confidence"]
BULK_DICTIONARY = declare(
    "actors.link.bulk_dictionary",
    "a name only the Phoenix organisation dictionary knows, tried after every other reading",
)
TITLED_NEW_PERSON = declare(
    "actors.link.titled_new_person",
    "'Defense Minister Diego Molano' with the name unknown: a new person with the title's "
    "country, sector and role (not the office's holder on the date)",
)
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


def today() -> str:
    return _dt.date.today().isoformat()


def agent_id(country: str | None, sector: str | None, extra: str = "") -> str:
    """Stable id of a generic agent: the same (country, sector) is one actor everywhere."""
    return f"agent:{(country or 'xxx').lower()}:{(sector or 'unk').lower()}{extra}"


def new_id(name: str, kind: str) -> str:
    """Stable id of an actor not in the KB: the same folded name, the same id."""
    return f"new:{kind}:" + hashlib.sha1(fold(name).encode()).hexdigest()[:10]


_FUZZY_MEMO = 50_000  # folded names whose fuzzy match a Linker remembers


class Linker:
    """Links mention strings to KB actors, office holders and generic agents."""

    def __init__(
        self, kb: KnowledgeBase, fuzzy_threshold: int = 88, switches: RuleSwitches | None = None
    ) -> None:
        self.kb = kb
        self.threshold = fuzzy_threshold
        self.switches = switches or RuleSwitches()
        self.agents = agent_words()
        self.cities = cities()
        self.demonyms = demonym_index()
        self.seats = seat_index()
        self.regions = subdivision_index()
        self.countries = country_table()
        # the Wikipedia title of a seat is its first listed name ("Prishtina" -> "Pristina")
        self.seat_names = {
            fold(s): info.seats[0] for info in self.countries.values() for s in info.seats
        }
        self._max_agent_words = max(len(k.split()) for k in self.agents)
        self._places = {**self.seats, **self.cities}  # for misspelt places ("Dehli police")
        self._place_keys = list(self._places)
        # fuzzy candidates: folded names of people and organisations (countries match exactly)
        # computed once per KB (and kept in the KB's cache): folded names for fuzzy
        # matching, initials keys ("g w bush")
        self._fuzzy_keys, self._fuzzy_ids, self._initials = name_tables(kb)
        # folded name -> its best fuzzy candidate (or None): the search over every KB name
        # is most of the actors stage's time, and names repeat within and across documents
        self._fuzzy_seen: dict[str, tuple[str, float, int] | None] = {}

    # ------------------------------------------------------------ public

    def link(self, mention: str, date: str | None = None) -> Resolution | None:
        """The best resolution of ``mention`` on ``date``, or None.

        With no date, people get their latest recorded role (see ``KbActor.role_on``).
        """
        text = clean(mention)
        if not text:
            return None
        words = self._strip_determiners(text)
        bare = " ".join(words)
        for candidate in dict.fromkeys([text, bare]):
            found = self.by_name(candidate, date)
            seat = self.seats.get(fold(candidate))
            if found is not None and seat is not None and found.id == f"country:{seat}":
                found.sector = "GOV"  # a seat of government names the government
                found.wiki = self.seat_names.get(fold(candidate), found.wiki)
            if found is not None:
                return found
            if seat is not None:
                found = self.country(seat, date, how="alias", sector="GOV")
                if found is not None:
                    found.wiki = self.seat_names.get(fold(candidate), found.wiki)
                return found
        titled = self._strip_titles(words)
        if titled is not None:
            rest, prefix = titled
            found = self.by_name(" ".join(rest), date, allow_surname=True)
            if found is not None:
                return self._mark_former(self._adjust_for_title(found, prefix, date), prefix)
            if self.switches.enabled(TITLED_NEW_PERSON):
                found = self._titled_new_person(rest, prefix, date)
                if found is not None:
                    return found
        found = self.fuzzy(bare, date)
        if found is not None:
            return self._mark_former(found, words)
        found = self.agent(words, date, mention=text)
        if found is None and self.switches.enabled(BULK_DICTIONARY):
            for candidate in dict.fromkeys([text, bare]):
                found = self.by_name(candidate, date, fallback=True)
                if found is not None:
                    break
        return found

    def _titled_new_person(
        self, rest: list[str], prefix: list[str], date: str | None
    ) -> Resolution | None:
        """ "Defense Minister Diego Molano", the name unknown: the title still says who."""
        from .descriptors import describe_words

        if not 1 <= len(rest) <= 4 or not all(w[:1].isupper() for w in rest):
            return None
        name = " ".join(rest)
        if self.find_agent(rest) is not None or self.where(rest, countries_only=True)[0]:
            return None  # "President Macron's Government", "Minister Russia": no name
        known = self.fuzzy(name, date) if len(rest) > 1 else None
        if known is not None and known.type == "person":
            return self._mark_former(self._adjust_for_title(known, prefix, date), prefix)
        said = describe_words(self, prefix)
        if said is None or said.sector is None:
            return None
        return Resolution(
            id=new_id(name, "person"),
            name=name,
            type="person",
            country=said.country,
            sector=said.sector,
            role=said.role,
            cameo=said.cameo,
            how="new",
            confidence=_CONFIDENCE["titled_new_person"],
        )

    def by_name(
        self, name: str, date: str | None, *, allow_surname: bool = False, fallback: bool = False
    ) -> Resolution | None:
        """Exact or folded KB alias (or, if allowed, a unique KB surname); ``fallback``:
        only the bulk dictionaries' organisations, tried when nothing else read it."""
        actors = [a for a in self.kb.lookup(name) if a.fallback == fallback]
        how = "name"
        if not actors:
            ids = self._initials.get(initials_key(name), []) if " " in name else []
            actors = [self.kb.actors[i] for i in dict.fromkeys(ids)]
            how = "alias"
        if not actors and allow_surname and " " not in name:
            actors = [self.kb.actors[i] for i in self.kb.surnames.get(fold(name), [])]
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

    def choose(self, actors: list[KbActor], date: str | None) -> KbActor | None:
        """Among actors sharing a name, the best described one, or None for a true tie.

        Ranked by: in office on the date, known Wikipedia title, shipped with
        stancemap (curated) rather than imported, number of recorded roles. Two
        people tied on all of these are a real ambiguity (a shared surname).
        """
        if len(actors) == 1:
            return actors[0]

        def rank(actor: KbActor) -> tuple[int, int, int, int]:
            active = date is not None and actor.role_on(date) is not None
            curated = actor.curated
            return (int(active), int(actor.wiki is not None), int(curated), len(actor.roles))

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
        if key in self._fuzzy_seen:
            best = self._fuzzy_seen[key]
        else:
            best = self._fuzzy_best(key)
            if len(self._fuzzy_seen) >= _FUZZY_MEMO:
                self._fuzzy_seen.clear()  # bounded: a long-running worker keeps flat memory
            self._fuzzy_seen[key] = best
        if best is None:
            return None
        actors = [self.kb.actors[i] for i in self._fuzzy_ids[best[2]]]
        chosen = self.choose(actors, date)
        if chosen is None:
            return None
        scale = _CONFIDENCE["fuzzy_scale"]
        return self.from_kb(chosen, date, how="fuzzy", confidence=round(scale * best[1] / 100, 3))

    def _fuzzy_best(self, key: str) -> tuple[str, float, int] | None:
        # one word is easily near another ("Marine" ~ "Marin"): ask more of it
        cutoff = self.threshold if " " in key else max(self.threshold, 92)
        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None and 1 < len(key.split()) <= 4:
            # "George Dubya Bush" ~ "George W. Bush": same first and last name, one word apart
            for option in process.extract(
                key, self._fuzzy_keys, scorer=fuzz.token_set_ratio, score_cutoff=90, limit=8
            ):
                if _same_name_frame(key, option[0], self.kb, self._fuzzy_ids[option[2]]):
                    return option
        return best

    # ------------------------------------------------------------ agents and roles

    def where(
        self, words: list[str], *, countries_only: bool = False
    ) -> tuple[str | None, str | None]:
        """(ISO3, CAMEO bloc code) named anywhere in ``words``: the first signal wins.

        ``countries_only``: only a country's name, demonym or seat counts (not an
        organisation's country, a city or a region).
        """
        n = len(words)
        for i in range(n):
            for j in range(min(n, i + 7), i, -1):
                phrase = " ".join(words[i:j])
                key = fold(phrase)
                if not key or key in ("us",) and phrase not in ("US", "U.S."):
                    continue
                found = self._place(phrase, key, countries_only)
                if found is not None:
                    return found
        return None, None

    def _place(
        self, phrase: str, key: str, countries_only: bool = False
    ) -> tuple[str | None, str | None] | None:
        for actor in self.kb.lookup(phrase):
            if actor.fallback:
                continue
            if actor.type == "country" and actor.sector != "PRE":
                return actor.country, None
            if (
                countries_only
                or not (" " in phrase or phrase.isupper())
                or not phrase[:1].isupper()
            ):
                continue  # a one-word lower-case phrase ("organization") names no body
            if actor.cameo:
                return None, actor.cameo
            if actor.type in ("organization", "location") and actor.country:
                return actor.country, None
        codes = self.demonyms.get(key)
        # three letters only when capitalised: "Ibo", "Lao", not "us"/"uk" lower case
        if (
            codes
            and len(codes) == 1
            and (len(key) > 3 or phrase.isupper() or len(key) == 3 and phrase[:1].isupper())
        ):
            return codes[0], None
        if key in self.seats:
            return self.seats[key], None
        if countries_only:
            return None
        if key in self.cities:
            return self.cities[key], None
        regions = self.regions.get(key)
        if regions and len(regions) == 1 and phrase[:1].isupper():
            return regions[0], None
        if len(key) >= 5 and phrase[:1].isupper() and " " not in key:
            near = process.extractOne(
                key, self._place_keys, scorer=JaroWinkler.normalized_similarity
            )
            if near is not None and near[1] >= 0.93 and near[0][:1] == key[:1]:
                return self._places[near[0]], None
        return None

    def find_agent(self, words: list[str]) -> tuple[AgentWord, int, int] | None:
        """The agent phrase in ``words`` (longest; the one left of "of"/"to"/"in" first)."""
        lowered = [singular(fold(w)) for w in words]
        plain = [fold(w) for w in words]
        limit = len(words)
        for i, w in enumerate(plain):
            if w in ("of", "to", "in", "at", "for", "from", "across") and i > 0:
                limit = i
                break
        whole = self._longest_agent(lowered, plain, range(0, len(words)))
        if whole is not None and whole[1] < limit < whole[2]:
            return whole  # a phrase that itself contains "of": "director of central intelligence"
        for span in (range(0, limit), range(limit, len(words))):
            found = self._longest_agent(lowered, plain, span)
            if found is not None:
                return found
        return None

    def _misspelt_agent(self, words: list[str]) -> tuple[AgentWord, int, int] | None:
        """A one-word mention spelt nearly like a lexicon noun ("Katushya" ~ "katyusha")."""
        if len(words) != 1 or len(words[0]) < 6:
            return None
        key = singular(fold(words[0]))
        single = [k for k in self.agents if " " not in k and len(k) >= 6]
        near = process.extractOne(key, single, scorer=JaroWinkler.normalized_similarity)
        if near is None or near[1] < 0.9:
            return None
        return self.agents[near[0]], 0, 1

    def _longest_agent(
        self, lowered: list[str], plain: list[str], span: range
    ) -> tuple[AgentWord, int, int] | None:
        best: tuple[AgentWord, int, int] | None = None
        for i in span:
            for j in range(min(span.stop, i + self._max_agent_words), i, -1):
                for words in (lowered[i:j], plain[i:j], plain[i : j - 1] + lowered[j - 1 : j]):
                    entry = self.agents.get(" ".join(words))
                    if entry is None:
                        continue
                    # the rightmost, longest phrase is the head ("army accountant" over "army")
                    if best is None or (j - i, j) > (best[2] - best[1], best[2]):
                        best = (entry, i, j)
                    break
        return best

    def agent(self, words: list[str], date: str | None, *, mention: str) -> Resolution | None:
        """Read a phrase as nominal role or generic agent, else as a bare place."""
        found = self.find_agent(words)
        country, cameo = self.where(words)
        if found is None and country is None and cameo is None:
            found = self._misspelt_agent(words)  # only once it names no place either
        former = any(fold(w) in _FORMER for w in words)
        if found is None:
            if country is not None and len(words) <= 3:
                key = fold(" ".join(words))
                if key in self.cities or key in self.regions:
                    return Resolution(
                        id=f"place:{key.replace(' ', '-')}",
                        name=" ".join(words),
                        type="location",
                        country=country,
                        wiki=" ".join(words),
                        how="alias",
                        confidence=0.6,
                    )
            return None
        entry, start, _ = found
        if entry.kind == "group" and not former:
            named = self._named_inside(words, start)
            if named is not None:
                return self.from_kb(named, date, how="alias", confidence=0.7)
        if entry.kind == "person" and country and not former:
            # "the Turkish president" (an office) or "the Saudi crown prince" (a title)
            holder = self.office_holder(entry.office, country, date, entry.phrase)
            if holder is not None:
                return holder
        sector = "ELI" if former and entry.kind == "person" else entry.sector
        if former and entry.sector == "GOV":
            sector = "ELI"
        kind = "person" if entry.kind == "person" else "group"
        if entry.office and country:
            info = self.countries.get(country)
            office = {
                "HOS": "Head of state",
                "HOG": "Head of government",
                "FM": "Foreign minister",
                "DEF": "Defence minister",
            }.get(entry.office)
            place = info.name if info else country
            name = f"{office or 'Leader'} of {place}"
            return Resolution(
                id=agent_id(country, sector, f":{entry.office.lower()}"),
                name=name,
                type="person",
                country=country,
                sector=sector,
                role=name,
                how="role",
                confidence=0.6,
            )
        return Resolution(
            # one unnamed person ("a Russian minister") is not the group ("Russian officials")
            id=agent_id(
                country or (cameo.lower() if cameo else None),
                sector,
                f":{entry.phrase.replace(' ', '-')}" if kind == "person" else "",
            ),
            name=mention,
            type=kind,
            country=country,
            sector=sector,
            cameo=cameo,
            how="agent",
            confidence=0.6,
        )

    def _named_inside(self, words: list[str], before: int) -> KbActor | None:
        """A KB organisation named inside a generic phrase ("the rebel FDLR force")."""
        for i in range(len(words)):
            for j in range(min(len(words), i + 6), i, -1):
                if i >= before and j > before + 1:
                    continue
                actors = [
                    a
                    for a in self.kb.lookup(" ".join(words[i:j]))
                    if a.type == "organization" and not a.fallback
                ]
                if len(actors) == 1:
                    return actors[0]
        return None

    def office_holder(
        self, office: str | None, country: str, date: str | None, noun: str = ""
    ) -> Resolution | None:
        """The KB person holding an office of ``country`` on ``date`` (today when None).

        ``noun`` is the word the text used ("president"): a role whose title starts
        with it wins over the office code, so "the Iranian president" is Iran's
        President (head of government) and not its Supreme Leader (head of state).
        """
        on = date or today()
        if noun and office != "LEADER":  # "chief"/"leader" are no title: never match by title
            titled = [
                a
                for a in self.kb.people_in(country)
                if any(
                    r.active_on(on) and r.country == country and fold(r.title).startswith(noun)
                    for r in a.roles
                )
            ]
            if len(titled) == 1:
                return self.from_kb(
                    titled[0], on, how="role", confidence=_CONFIDENCE["role_holder"]
                )
        if office is None:
            return None  # a title with no office code matches by title only
        if office == "LEADER":
            info = self.countries.get(country)
            office = info.leader if info else "HOS"
        holders = self.kb.holders(office, country, on)
        if len(holders) != 1:
            return None
        return self.from_kb(holders[0], on, how="role", confidence=_CONFIDENCE["role_holder"])

    # ------------------------------------------------------------ helpers

    def _strip_determiners(self, text: str) -> list[str]:
        words = _WORD.findall(text)
        while len(words) > 1 and (words[0].lower() in _DETERMINERS or _NUMBER.match(words[0])):
            words = words[1:]
        if words and words[-1].lower() in ("'s", "’s"):
            words = words[:-1]
        return words

    def _strip_titles(self, words: list[str]) -> tuple[list[str], list[str]] | None:
        """(name words, title words) when the phrase starts with titles/qualifiers."""
        i = 0
        while i < len(words) - 1:
            key = fold(words[i])
            if key in _HONORIFICS or key in self.demonyms or key in ("us", "uk", "un", "eu"):
                i += 1
                continue
            break
        if i == 0:
            return None
        return words[i:], words[:i]

    def _mark_former(self, found: Resolution, words: list[str]) -> Resolution:
        """ "former ..." before a person or body: an elite, no longer in office."""
        if found.type != "country" and any(fold(w) in _FORMER for w in words):
            found.sector = "ELI"
        return found

    def _adjust_for_title(
        self, found: Resolution, prefix: list[str], date: str | None
    ) -> Resolution:
        """A title in the text dates the person: "Foreign Minister Park Jin" holds that role."""
        if found.type != "person" or found.kb is None:
            return found
        if any(fold(w) in _FORMER for w in prefix):
            found.sector = "ELI"
            return found
        agent = self.find_agent(prefix)
        if agent is None:
            return found
        entry = agent[0]
        words = set(fold(" ".join(prefix[agent[1] : agent[2]])).split())
        matching = [
            r
            for r in found.kb.roles
            if (entry.office and r.office == entry.office) or words <= set(fold(r.title).split())
        ]
        if not matching:
            return found
        active = [r for r in matching if date is None or r.active_on(date)]
        role = max(active or matching, key=lambda r: r.start or "")
        if date is not None and not active and found.role is not None:
            return found  # the text's title is an old one; the dated role stands
        found.sector = role.sector
        found.role = role.title
        found.country = role.country or found.country
        return found


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


def _same_name_frame(a: str, b: str, kb: KnowledgeBase, ids: list[str]) -> bool:
    """Only people's names, sharing first and last word, differing by at most one word each."""
    if not all(kb.actors[i].type == "person" for i in ids):
        return False
    wa, wb = a.split(), b.split()
    if len(wb) < 2 or wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    return len(set(wa) - set(wb)) <= 1 and len(set(wb) - set(wa)) <= 1
