"""Titles and offices: who holds an office on a date, and what a title says of a name.

* ``office_holder``: the KB person holding an office of a country on a date
  ("the Iranian president" -> Iran's President, by the noun the text used
  before the office code);
* ``strip_titles``: "President Duterte", "US Senator Marco Rubio" -> the name
  words and the title words;
* ``adjust_for_title``: a title in the text dates the person ("Foreign Minister
  Park Jin" holds that role); "former ..." makes an elite (``mark_former``);
* ``titled_new_person`` (rule ``actors.link.titled_new_person``): "Defense
  Minister Diego Molano" with the name unknown is a new person with the
  title's country, sector and role.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import constants, read_table
from ..rules import declare
from .agents import FORMER
from .document_period import PeriodDate, over_period
from .normalize import fold
from .office_words import role_names

if TYPE_CHECKING:
    from .linker import Linker, Resolution

_CONFIDENCE = constants("actors")["confidence"]
TITLED_NEW_PERSON = declare(
    "actors.link.titled_new_person",
    "'Defense Minister Diego Molano' with the name unknown: a new person with the title's "
    "country, sector and role (not the office's holder on the date)",
)
UNDATED_NO_HOLDER = declare(
    "actors.link.undated_office_no_holder",
    "'the Egyptian foreign minister' in a document with no date: no KB person holds the "
    "office (today's holder is a guess for an archive story; a person the text names with "
    "the title is still found first), so the office stays its country's government "
    "(session 51 lead)",
)
ABBREVIATIONS = "lexicon/title_abbreviations.tsv"
# words that may stand before a name as a title or qualifier ("Sen.", "Foreign Minister")
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sir", "dame", "lady", "lord", "alhaji", "sheikh", "prof",
        "rev", "gen", "lt", "col", "maj", "capt", "adm", "sen", "rep", "gov", "pres",
        "president", "prime", "minister", "chief", "deputy", "secretary", "general",
        "foreign", "defence", "defense", "interior", "finance", "former", "acting", "state",
        "vice", "crown", "prince", "king", "queen", "emir", "pope", "chancellor", "premier",
        "senator", "ambassador", "governor", "mayor", "judge", "commander", "colonel",
        "admiral", "speaker", "leader", "opposition", "envoy", "lieutenant", "major",
        "captain", "spokesman", "spokeswoman", "ex",
    }
)  # fmt: skip


ABBREVIATED_TITLE_ALONE = declare(
    "actors.names.abbreviated_title_alone",
    "'Atty. Gen. Loretta Lynch', 'Amb. Samantha Power': a name span that is only an "
    "abbreviated title (lexicon/title_abbreviations.tsv, the GPO Style Manual's) with its "
    "period after it and a capitalised word next is the title of the name after it, no "
    "actor of its own; that name, tagged as an organisation, is a person's when its first "
    "word is a given name (lexicon/first_name_gender.tsv) (session 40 NM)",
)


def abbreviated_title_alone(span: Span) -> bool:
    """The span is one abbreviated title written "Atty ." / "Amb." before a capitalised word."""
    if len(span) != 1:
        return False
    token = span[0]
    word = token.text
    doc = span.doc
    following = span.end
    if word.endswith("."):
        word = word[:-1]
    elif following < len(doc) and doc[following].text == "." and not token.whitespace_:
        following += 1  # the tokenizer split the period off: "Atty" "."
    else:
        return False
    if not word[:1].isupper() or fold(word) not in title_abbreviations():
        return False
    return following < len(doc) and doc[following].text[:1].isupper()


def after_abbreviated_title(span: Span) -> bool:
    """An abbreviated title with its period is written right before ``span``."""
    doc, i = span.doc, span.start - 1
    if i < 0:
        return False
    if doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_:
        i -= 1
    elif not doc[i].text.endswith("."):
        return False
    word = doc[i].text.rstrip(".")
    return word[:1].isupper() and fold(word) in title_abbreviations()


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated title (folded, no period) -> the title word it stands for."""
    rows = read_table(ABBREVIATIONS, required=("abbreviation", "title"), unique="abbreviation")
    return {r["abbreviation"]: r["title"] for r in rows}


def today() -> str:
    return _dt.date.today().isoformat()


def office_holder(
    linker: Linker, office: str | None, country: str, date: str | None, noun: str = ""
) -> Resolution | None:
    """The KB person holding an office of ``country`` on ``date`` (today when None).

    ``noun`` is the word the text used ("president"): a role whose title starts
    with it wins over the office code, so "the Iranian president" is Iran's
    President (head of government) and not its Supreme Leader (head of state).
    """
    if date is None and linker.switches.enabled(UNDATED_NO_HOLDER):
        return None
    if isinstance(date, PeriodDate):  # a known period, no day (actors.link.document_period)
        return over_period(
            date, lambda day: _holder_on(linker, office, country, day, noun), lambda r: r.id
        )
    return _holder_on(linker, office, country, date or today(), noun)


def _holder_on(
    linker: Linker, office: str | None, country: str, on: str, noun: str
) -> Resolution | None:
    """``office_holder`` on the day ``on``."""
    kb = linker.kb
    if noun and office != "LEADER":  # "chief"/"leader" are no title: never match by title
        titled = [
            a
            for a in kb.people_in(country)
            if any(
                r.active_on(on)
                and r.country == country
                and role_names(linker.switches, r.title, noun)
                for r in a.roles
            )
        ]
        if len(titled) == 1:
            return linker.from_kb(titled[0], on, how="role", confidence=_CONFIDENCE["role_holder"])
    if office is None:
        return None  # a title with no office code matches by title only
    if office == "LEADER":
        info = linker.countries.get(country)
        office = info.leader if info else "HOS"
    holders = kb.holders(office, country, on)
    if len(holders) != 1:
        return None
    return linker.from_kb(holders[0], on, how="role", confidence=_CONFIDENCE["role_holder"])


def ever_held(linker: Linker, office: str | None, country: str, actor_id: str) -> bool:
    """Whether the KB records ``actor_id`` in ``office`` of ``country`` at any date - for
    an undated document, where "the Russian leader" may be the one the text names
    (``actors.link.undated_office_no_holder``)."""
    if office is None:
        return False
    offices = {office}
    if office == "LEADER":
        info = linker.countries.get(country)
        offices.add(info.leader if info else "HOS")
    return any(actor_id in linker.kb.offices.get((o, country), {}) for o in offices)


def strip_titles(linker: Linker, words: list[str]) -> tuple[list[str], list[str]] | None:
    """(name words, title words) when the phrase starts with titles/qualifiers."""
    i = 0
    while i < len(words) - 1:
        key = fold(words[i])
        if key in HONORIFICS or key in linker.demonyms or key in ("us", "uk", "un", "eu"):
            i += 1
            continue
        break
    if i == 0:
        return None
    return words[i:], words[:i]


def mark_former(found: Resolution, words: list[str]) -> Resolution:
    """ "former ..." before a person or body: an elite, no longer in office."""
    if found.type != "country" and any(fold(w) in FORMER for w in words):
        found.sector = "ELI"
    return found


def adjust_for_title(
    linker: Linker, found: Resolution, prefix: list[str], date: str | None
) -> Resolution:
    """A title in the text dates the person: "Foreign Minister Park Jin" holds that role."""
    if found.type != "person" or found.kb is None:
        return found
    if any(fold(w) in FORMER for w in prefix):
        found.sector = "ELI"
        return found
    agent = linker.find_agent(prefix)
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


def titled_new_person(
    linker: Linker, rest: list[str], prefix: list[str], date: str | None
) -> Resolution | None:
    """ "Defense Minister Diego Molano", the name unknown: the title still says who."""
    from .descriptors import describe_words
    from .linker import Resolution, new_id

    if not 1 <= len(rest) <= 4 or not all(w[:1].isupper() for w in rest):
        return None
    name = " ".join(rest)
    if linker.find_agent(rest) is not None or linker.where(rest, countries_only=True)[0]:
        return None  # "President Macron's Government", "Minister Russia": no name
    known = linker.fuzzy(name, date) if len(rest) > 1 else None
    if known is not None and known.type == "person":
        return mark_former(adjust_for_title(linker, known, prefix, date), prefix)
    said = describe_words(linker, prefix)  # abbreviated titles spelt out there
    if said is None or said.sector is None:
        return None
    found = Resolution(
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
    if found.country is None and found.cameo is None:
        found = with_listed_country(linker, found)
    return found


def with_listed_country(linker: Linker, found: Resolution) -> Resolution:
    """A new person whose title places no country ("General X") takes the one the
    nationality list gives the full name (``actors.link.nationality_list``), else the
    name model's guess (``actors.link.name_model``), marked ``country_source``."""
    from .linker import NAME_MODEL, NATIONALITY_LIST, modelled_person, nationality_person

    listed = None
    if linker.switches.enabled(NATIONALITY_LIST):
        listed = nationality_person(found.name)
    if listed is None and linker.switches.enabled(NAME_MODEL):
        listed = modelled_person(found.name)  # the weakest guess, marked as such
    if listed is not None:
        found.country, found.wiki = listed.country, listed.wiki
        found.country_source = listed.country_source
        found.confidence = min(found.confidence, listed.confidence)
    return found
