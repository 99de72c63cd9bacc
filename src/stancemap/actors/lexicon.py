"""The agents lexicon (``data/kb/agents.tsv``) and the cities table
(``data/kb/cities.tsv``): the words that say *what kind* of actor a phrase
names ("farmers" -> AGR, "the president" -> the head of state) and *where*
a place is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import KnowledgeBaseError
from .kb import OFFICES, SECTORS
from .normalize import fold

GENERATED_AGENTS = "data/kb/agents_phoenix.tsv"
AGENTS = "data/kb/agents.tsv"
# generic agents and roles the two lists above leave out (written for stancemap)
MORE_AGENTS = "data/lexicon/agent_nouns.tsv"
CITIES = "data/kb/cities.tsv"


@dataclass(frozen=True)
class AgentWord:
    phrase: str  # folded
    sector: str
    office: str | None
    kind: str  # "person" (one holder) or "group"


def _rows(text: str, source: str, columns: list[str]) -> list[tuple[int, list[str]]]:
    out = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if cells != columns:
                raise KnowledgeBaseError(source, number, None, f"header must be {columns}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise KnowledgeBaseError(source, number, None, f"expected {len(columns)} columns")
        out.append((number, cells))
    return out


def parse_agents(text: str, source: str = AGENTS) -> dict[str, AgentWord]:
    """Parse the agents lexicon; a bad row names the file, line and column."""
    out: dict[str, AgentWord] = {}
    for number, (phrase, sector, office, kind) in _rows(
        text, source, ["phrase", "sector", "office", "kind"]
    ):
        key = fold(phrase)
        if not key:
            raise KnowledgeBaseError(source, number, "phrase", "required")
        if sector not in SECTORS:
            raise KnowledgeBaseError(source, number, "sector", f"'{sector}' is not a sector code")
        if office and office not in OFFICES:
            raise KnowledgeBaseError(source, number, "office", f"'{office}' is not an office")
        if kind not in ("person", "group"):
            raise KnowledgeBaseError(source, number, "kind", "must be 'person' or 'group'")
        if key in out:
            raise KnowledgeBaseError(source, number, "phrase", f"'{phrase}' listed twice")
        out[key] = AgentWord(key, sector, office or None, kind)
    return out


@lru_cache(maxsize=1)
def one_word_agent_sectors() -> dict[str, str]:
    """One-word agent nouns of ``data/kb/agents.tsv`` (as written, not folded) -> their
    sector: the title words ("analyst", "professor") later stages read a sector from."""
    out: dict[str, str] = {}
    text = resources.files("stancemap").joinpath(AGENTS).read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > 1 and " " not in cells[0] and cells[0] != "phrase":
            out.setdefault(cells[0], cells[1])
    return out


def parse_cities(text: str, source: str = CITIES) -> dict[str, str]:
    """Parse the cities table: folded city name -> ISO3."""
    from .countries import known_country_codes

    codes = known_country_codes()
    out: dict[str, str] = {}
    for number, (city, iso3) in _rows(text, source, ["city", "iso3"]):
        if iso3 not in codes:
            raise KnowledgeBaseError(source, number, "iso3", f"'{iso3}' is not a known code")
        key = fold(city)
        if not key:
            raise KnowledgeBaseError(source, number, "city", "required")
        out.setdefault(key, iso3)
    return out


@lru_cache(maxsize=1)
def agent_words() -> dict[str, AgentWord]:
    """The hand-written agents lexicon, then stancemap's additions, over the one
    generated from Phoenix's agents (the first to list a phrase wins)."""
    words = parse_agents(resources.files("stancemap").joinpath(AGENTS).read_text("utf-8"))
    more = resources.files("stancemap").joinpath(MORE_AGENTS).read_text("utf-8")
    for key, entry in parse_agents(more, MORE_AGENTS).items():
        words.setdefault(key, entry)
    generated = resources.files("stancemap").joinpath(GENERATED_AGENTS)
    if generated.is_file():
        for key, entry in parse_agents(generated.read_text("utf-8"), GENERATED_AGENTS).items():
            words.setdefault(key, entry)
    return words


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    return parse_cities(resources.files("stancemap").joinpath(CITIES).read_text("utf-8"))


def singular(word: str) -> str:
    """A crude singular for lexicon look-ups ("troops" -> "troop", "militias" -> "militia",
    "MPs" -> "mp")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "'s")):
        return word[:-1]
    return word
