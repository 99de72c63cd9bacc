"""A phrase read as a nominal role or generic agent ("the Turkish president" -> the
office holder on the date, "Ukrainian farmers" -> UKR/AGR, "soldiers" -> MIL).

``AgentPhrases.find`` finds the agents-lexicon phrase in a list of words (the
longest, rightmost; the one left of "of"/"to"/"in" first); its answers depend
only on the words, so they are remembered (bounded). ``read_agent`` turns a
phrase into a ``Resolution``: a KB body named inside it, the office holder, a
role of a country, a generic agent, or a bare place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from ..datafiles import constants, word_list
from ..rules import RuleSwitches, declare
from .kb import KbActor
from .lexicon import AgentWord, agent_words, singular
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Linker, Resolution

Found = tuple[AgentWord, int, int]  # (entry, first word, end word)
_MEMO = 100_000
_CONFIDENCE = constants("actors")["confidence"]
FORMER = frozenset({"former", "ex", "disgraced", "retired", "erstwhile", "onetime"})
_OFFICE_NAMES = {
    "HOS": "Head of state",
    "HOG": "Head of government",
    "FM": "Foreign minister",
    "DEF": "Defence minister",
}


NAME_WRITTEN_SMALL = declare(
    "actors.agent.name_written_small",
    "a body named inside a generic phrase is written as a name: an all-lowercase word "
    "('conservative activist') is an ideology, not the KB's 'Conservatives', unless the "
    "KB writes that name in lowercase itself",
)
REGION_GROUP = declare(
    "actors.agent.region_group",
    "'West Virginia officials': a group placed by a first-level region of its country (and "
    "by no country name) is that region's own group, not one actor with the country's "
    "('Obama administration', agent:usa:gov); same country and sector",
)
BEARERS = "lexicon/agent_bearers.txt"
BEARER_RULE = declare(
    "actors.link.role_bearer",
    "'intelligence officials', 'military spokesman', 'rebel leader': a role noun that "
    "says what someone does takes the sector of the agent noun before it",
)
ROYAL_NO_OFFICE = declare(
    "actors.agent.royal_no_office",
    "'a Saudi prince': a royal or noble without an office (WordNet: under aristocrat, not "
    "ruler; lexicon/royal_nouns.txt) that the agents lexicon codes GOV is an elite (ELI)",
)
ROYALS = "lexicon/royal_nouns.txt"
SUBORDINATE_NO_OFFICE = declare(
    "actors.agent.subordinate_no_office",
    "'the deputy chief of X', 'a vice minister', 'the assistant secretary': a role noun "
    "with a subordinate modifier (WordNet, lexicon/subordinate_modifiers.txt) names "
    "someone under the office, never its holder",
)
SUBORDINATES = "lexicon/subordinate_modifiers.txt"
PARTY_FOLLOWERS = declare(
    "actors.names.party_followers",
    "'Republican party supporters', 'GOP voters': a party's name modifying a follower noun "
    "(lexicon/follower_nouns.txt) is a group of the party's followers, not the party",
)
FOLLOWERS = "lexicon/follower_nouns.txt"
_SPLITTERS = ("of", "to", "in", "at", "for", "from", "across")


def subordinate(words: list[str], switches: RuleSwitches) -> bool:
    """A subordinate modifier ("deputy", "vice", "assistant") among ``words``, the role
    phrase up to its noun (rule ``SUBORDINATE_NO_OFFICE``)."""
    if not switches.enabled(SUBORDINATE_NO_OFFICE):
        return False
    listed = word_list(SUBORDINATES)
    return any(part in listed for w in words for part in fold(w).split("-"))


@lru_cache(maxsize=1)
def _follower_nouns() -> frozenset[str]:
    return word_list(FOLLOWERS)


def _royals_elite(words: dict[str, AgentWord]) -> dict[str, AgentWord]:
    """The lexicon with its GOV royals and nobles (rule ``ROYAL_NO_OFFICE``) read ELI."""
    royals = word_list(ROYALS)
    out = dict(words)
    for key, entry in words.items():
        if entry.sector == "GOV" and key in royals:
            out[key] = AgentWord(key, "ELI", None, entry.kind)
    return out


class AgentPhrases:
    """The agents lexicon, searched in phrases."""

    def __init__(self, switches: RuleSwitches | None = None) -> None:
        switches = switches or RuleSwitches()
        self.words = agent_words()
        if switches.enabled(ROYAL_NO_OFFICE):
            self.words = _royals_elite(self.words)
        self._max_words = max(len(k.split()) for k in self.words)
        # one-word nouns a misspelling may be near ("Katushya" ~ "katyusha")
        self._single = [k for k in self.words if " " not in k and len(k) >= 6]
        self._seen: dict[tuple[str, ...], Found | None] = {}
        # role nouns whose sector is the body's written before them ("army officer")
        self.bearers = word_list(BEARERS) if switches.enabled(BEARER_RULE) else frozenset()

    def find(self, words: list[str]) -> Found | None:
        """The agent phrase in ``words`` (longest; the one left of "of"/"to"/"in" first)."""
        memo = tuple(words)
        if memo in self._seen:
            return self._seen[memo]
        found = self._find(words)
        if found is not None and found[0].phrase in self.bearers and found[1] > 0:
            found = self._borne(words, found)
        if len(self._seen) >= _MEMO:
            self._seen.clear()
        self._seen[memo] = found
        return found

    def _find(self, words: list[str]) -> Found | None:
        lowered = [singular(fold(w)) for w in words]
        plain = [fold(w) for w in words]
        limit = len(words)
        for i, w in enumerate(plain):
            if w in _SPLITTERS and i > 0:
                limit = i
                break
        whole = self._longest(lowered, plain, range(0, len(words)))
        if whole is not None and whole[1] < limit < whole[2]:
            return whole  # a phrase that itself contains "of": "director of central intelligence"
        for span in (range(0, limit), range(limit, len(words))):
            found = self._longest(lowered, plain, span)
            if found is not None:
                return found
        return None

    def _borne(self, words: list[str], found: Found) -> Found:
        """ "intelligence officials", "military spokesman", "rebel leader": a role noun
        that says what someone does takes the sector of the agent noun written right
        before it (a person of that body, with no office of a country)."""
        entry, i, j = found
        lowered = [singular(fold(w)) for w in words[:i]]
        before = self._longest(lowered, [fold(w) for w in words[:i]], range(0, i))
        if before is None or before[2] != i or before[0].sector in ("UNK", entry.sector):
            return found
        modifier = before[0]
        phrase = f"{modifier.phrase} {entry.phrase}"
        return AgentWord(phrase, modifier.sector, None, entry.kind), before[1], j

    def misspelt(self, words: list[str]) -> Found | None:
        """A one-word mention spelt nearly like a lexicon noun ("Katushya" ~ "katyusha")."""
        if len(words) != 1 or len(words[0]) < 6:
            return None
        key = singular(fold(words[0]))
        near = process.extractOne(key, self._single, scorer=JaroWinkler.normalized_similarity)
        if near is None or near[1] < 0.9:
            return None
        return self.words[near[0]], 0, 1

    def _longest(self, lowered: list[str], plain: list[str], span: range) -> Found | None:
        best: Found | None = None
        for i in span:
            for j in range(min(span.stop, i + self._max_words), i, -1):
                for words in (lowered[i:j], plain[i:j], plain[i : j - 1] + lowered[j - 1 : j]):
                    entry = self.words.get(" ".join(words))
                    if entry is None:
                        continue
                    # the rightmost, longest phrase is the head ("army accountant" over "army")
                    if best is None or (j - i, j) > (best[2] - best[1], best[2]):
                        best = (entry, i, j)
                    break
        return best


def read_agent(
    linker: Linker, words: list[str], date: str | None, *, mention: str
) -> Resolution | None:
    """Read a phrase as nominal role or generic agent, else as a bare place."""
    from .linker import Resolution, agent_id, new_id

    found = linker.find_agent(words)
    country, cameo = linker.where(words)
    if found is None and country is None and cameo is None:
        found = linker.phrases.misspelt(words)  # only once it names no place either
    former = any(fold(w) in FORMER for w in words)
    under = found is not None and subordinate(words[: found[2]], linker.switches)
    if found is None:
        place = " ".join(words)
        if country is not None and len(words) <= 3 and linker.places.city_country(place):
            return linker.bare_place(place, country)
        return None
    entry, start, end = found
    if entry.kind == "group" and not former:
        named = named_inside(linker, words, start)
        if (
            named is not None
            and named.sector == "PTY"
            and entry.phrase in _follower_nouns()
            and linker.switches.enabled(PARTY_FOLLOWERS)
        ):
            # "GOP voters": the party's followers, the group the name pass makes too
            return Resolution(
                id=new_id(f"{named.name} {entry.phrase}", "group"),
                name=f"{named.name} {entry.phrase}",
                type="group",
                country=named.country,
                role=f"{fold(words[end - 1])} of {named.name}",
                how="agent",
                confidence=_CONFIDENCE["agent"],
            )
        if named is not None:
            return linker.from_kb(named, date, how="alias", confidence=_CONFIDENCE["body_inside"])
    plural = entry.kind == "person" and _written_plural(words[end - 1])
    if entry.kind == "person" and country and not former and not plural and not under:
        # "the Turkish president" (an office) or "the Saudi crown prince" (a title);
        # "Russian deputies" are many people, no office holder
        holder = linker.office_holder(entry.office, country, date, entry.phrase)
        if holder is not None:
            return holder
    sector = "ELI" if former and entry.kind == "person" else entry.sector
    if former and entry.sector == "GOV":
        sector = "ELI"
    kind = "person" if entry.kind == "person" and not plural else "group"
    if entry.office and country and not plural and not under:
        info = linker.countries.get(country)
        office = _OFFICE_NAMES.get(entry.office)
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
            confidence=_CONFIDENCE["agent"],
        )
    extra = f":{entry.phrase.replace(' ', '-')}" if kind == "person" else ""
    if kind == "group" and country and linker.switches.enabled(REGION_GROUP):
        extra = _region_part(linker, words, country) or extra
    return Resolution(
        # one unnamed person ("a Russian minister") is not the group ("Russian officials")
        id=agent_id(country or (cameo.lower() if cameo else None), sector, extra),
        name=mention,
        type=kind,
        country=country,
        sector=sector,
        cameo=cameo,
        how="agent",
        confidence=_CONFIDENCE["agent"],
    )


def _region_part(linker: Linker, words: list[str], country: str) -> str:
    """ ":<region>" when ``words`` place the group by a first-level region of ``country``
    ("West Virginia officials") and name no country itself; else "" (``REGION_GROUP``)."""
    if linker.where(words, countries_only=True)[0] is not None:
        return ""
    n = len(words)
    for i in range(n):
        for j in range(n, i, -1):
            key = fold(" ".join(words[i:j]))
            if linker.regions.get(key) == [country]:
                return ":" + key.replace(" ", "-")
    return ""


def _written_plural(word: str) -> bool:
    """The noun is written in the plural ("deputies", "ministers", "MPs")."""
    folded = fold(word)
    return singular(folded) != folded


def _written_as_name(phrase: str, actor: KbActor) -> bool:
    """``phrase`` has a capital or a digit, as names are written, or is written as the KB
    writes one of the actor's names: rule ``NAME_WRITTEN_SMALL``."""
    if any(ch.isupper() or ch.isdigit() for ch in phrase):
        return True
    return phrase in (actor.name, *actor.aliases)


def named_inside(
    linker: Linker, words: list[str], before: int, *, fallback: bool = False
) -> KbActor | None:
    """A KB organisation named inside a generic phrase ("the rebel FDLR force")."""
    small = linker.switches.enabled(NAME_WRITTEN_SMALL)
    for i in range(len(words)):
        for j in range(min(len(words), i + 6), i, -1):
            if i >= before and j > before + 1:
                continue
            phrase = " ".join(words[i:j])
            # "Tamil Tiger rebels": a member of the "Tamil Tigers" (the name's plural)
            for name in (phrase, phrase + "s") if phrase[-1:].isalpha() else (phrase,):
                actors = [
                    a
                    for a in linker.lookup(name)
                    if a.type == "organization" and (fallback or not a.fallback)
                ]
                if len(actors) == 1 and small and not _written_as_name(name, actors[0]):
                    continue  # "conservative activist" is no member of the Conservatives
                if len(actors) == 1:
                    return actors[0]
    return None
