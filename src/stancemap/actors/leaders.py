"""Importers of office holders with dated terms, into ``LeaderTerm`` facts.

Each reader turns one reference file into a flat list of facts - one person
holding one position in one country between two dates, with the source the
fact came from - and nothing else; ``kbbuild.py`` merges the facts into
persons and writes the KB files.

* ``read_countryinfo``: CountryInfo.txt (Open Event Data Alliance, MIT):
  ``<Leaders>`` blocks (heads of state/government with exact dates, about
  1960-2009) and ``<Government>`` blocks (CIA World Leaders cabinets
  2003-2011, a CAMEO code per term and the title after ``#``).
* ``read_wikidata_leaders``: a Wikidata query result (CC0) of heads of state
  and government in office around 2022 (year precision, QIDs).
* ``read_wikipedia_lists``: Wikipedia's "List of state leaders ..." pages as
  Markdown (CC BY-SA 4.0; year precision). What is derived from them is kept
  in a file of its own with attribution (see ``kbbuild.py``).

Dates: ``start`` is the first day in office, ``end`` the first day out of it;
``precise`` says whether both are day dates (year-only dates are written as
the first of January). ``seen`` is the last date a source saw an open term
still running (the source's own date), so that a stale "still in office" does
not last for ever.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeBaseError
from .normalize import fold

# position words -> office code (HOS head of state, HOG head of government)
_HOG = re.compile(
    r"^(acting |interim |provisional |federal )?(prime minister|premier|chancellor|president of the government|head of government"
    r"|chairm[ae]n of the council of ministers|chief minister|taoiseach)",
    re.IGNORECASE,
)
_HOS = re.compile(
    r"^(acting |interim |transitional )?(president|king|queen|emir|sultan|emperor|shah|monarch"
    r"|head of state|supreme leader|grand duke|prince|sovereign|yang di-pertuan agong|druk gyalpo"
    r"|state president|chairm[ae]n of the"
    r" (state council|council of state|presidency|presidential council))",
    re.IGNORECASE,
)
# "President, Bundesbank", "President of the Senate": a body's head, not the state's
_NOT_STATE = re.compile(
    r",|\b(senate|assembly|court|bank|parliament|council|commission|chamber|congress"
    r"|committee|party|board|university|authority|tribunal|house|league|federation|union)\b",
    re.IGNORECASE,
)
_PARTY = re.compile(r"(general|first) secretar", re.IGNORECASE)
_FM = re.compile(
    r"^(minister (of|for) (foreign|external) (affairs|relations)|foreign minister"
    r"|secretary of state$|secretary of state for foreign)",
    re.IGNORECASE,
)
_DEF = re.compile(r"^minister (of|for) (national )?defen[cs]e\b", re.IGNORECASE)


@dataclass
class LeaderTerm:
    """One person in one position of one country, between two dates, from one source."""

    name: str
    country: str
    title: str
    office: str | None  # HOS, HOG, FM, DEF, LEADER, OTHER
    sector: str
    source: str  # "countryinfo", "wikidata", "wikipedia", "phoenix"
    start: str | None = None
    end: str | None = None
    precise: bool = True
    seen: str | None = None  # an open term was still running on this date
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    died: str | None = None
    born: str | None = None  # CountryInfo's [B:] mark: tells a father from his son


def office_of(title: str) -> str | None:
    """The office code a position's title names (None: no office of interest)."""
    text = title.strip()
    if re.match(r"^(deputy|vice|first deputy|acting deputy)\b", text, re.IGNORECASE) or re.search(
        r"\b(in rebellion|in exile|rival|self-proclaimed)\b", text, re.IGNORECASE
    ):
        return "OTHER"
    if _FM.match(text):
        return "FM"
    if _DEF.match(text):
        return "DEF"
    if _HOG.search(text) and not re.search(
        r"\b(vice|deputy|exchequer|duchy)\b", text, re.IGNORECASE
    ):
        return "HOG"
    if _HOS.match(text) and not _NOT_STATE.search(text):
        return "HOS"
    if _PARTY.search(text):
        return "LEADER"
    return "OTHER"


def _day(digits: str) -> str | None:
    """YYYYMMDD -> YYYY-MM-DD, clamping impossible days ("20091131" -> 2009-11-30)."""
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    if not 1 <= month <= 12 or year < 1000:
        return None
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return f"{year:04d}-{month:02d}-{max(1, min(day, last)):02d}"


def _name(raw: str) -> str:
    """ "ANGELA_MERKEL_" -> "Angela Merkel" (Mc/Mac and roman numerals kept readable)."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out = []
    for w in words:
        if re.fullmatch(r"[IVX]+", w):
            out.append(w)
            continue
        parts = []
        for part in w.split("-"):
            low = part.lower()
            parts.append("'".join(p[:1].upper() + p[1:] for p in low.split("'")))
        out.append("-".join(parts))
    return " ".join(out)


# ---------------------------------------------------------------- CountryInfo

_TAG = re.compile(r"^\s*<([^/>][^>]*)>\s*$")
_END_TAG = re.compile(r"^\s*</([^>]+)>\s*$")
_SPAN = re.compile(r"\[\s*(>|<)?\s*(\d{8})?\s*(?:-\s*(\d{8}))?\s*\]")
_GOV_CODE = re.compile(r"\[([A-Z]{3,9})\s*([<>])?\s*(\d{8})?\s*(?:-\s*(\d{8}))?\s*\]")
_LIFE = re.compile(r"\[(B|D):(\d{8})\]")
# "[>date]" in <Leaders>: in office at the last update of the block, "around 2009" (header)
COUNTRYINFO_LEADERS_DATE = "2009-01-01"
WORLD_LEADERS_FIRST = "2003-01-01"  # "<date": in office when the cabinet lists begin
WORLD_LEADERS_LAST = "2011-02-01"  # ">date": still in office when they end


def read_countryinfo(path: Path | str) -> list[LeaderTerm]:
    """Leader and cabinet terms from CountryInfo.txt (format in its header)."""
    source = str(path)
    try:
        text = Path(path).read_text("utf-8", errors="replace")
    except OSError as exc:
        raise KnowledgeBaseError(source, None, None, f"cannot read: {exc.strerror}") from None
    body = text.split("-->", 1)[-1]
    if "<Country>" not in body:
        raise KnowledgeBaseError(source, None, None, "no <Country> block: not a CountryInfo file")
    terms: list[LeaderTerm] = []
    country: str | None = None
    block: str | None = None
    position: str | None = None
    for raw in body.splitlines():
        line = raw.split("#", 1)[0] if block != "Government" else raw
        if raw.lstrip().startswith("#") or not line.strip():
            continue
        if re.match(r"^\s*<CountryCode>", line):
            country = _block_country(line)
            continue
        end = _END_TAG.match(line)
        if end:
            name = end.group(1)
            if name in ("Leaders", "Government"):
                block = None
            elif block == "Leaders":
                position = None
            continue
        tag = _TAG.match(line)
        if tag:
            name = tag.group(1)
            if name in ("Leaders", "Government"):
                block, position = name, None
            elif block == "Leaders":
                position = name
            continue
        if country is None or block is None:
            continue
        if block == "Leaders" and position is not None:
            terms.extend(_leader_line(line, country, position))
        elif block == "Government":
            terms.extend(_government_line(raw, country))
    return terms


def _block_country(line: str) -> str | None:
    """ISO3 of a <CountryCode> line: the last dated code ("[USRARM <..][ARM >..]" -> ARM);
    None for a dependent territory ("USAASM": its governors lead no country)."""
    from .countries import known_country_codes
    from .importers import CAMEO_TO_ISO

    value = line.split("<CountryCode>", 1)[1].split("</CountryCode>", 1)[0]
    codes = re.findall(r"[A-Z]{3,}", value)
    if not codes or len(codes[-1]) != 3:
        return None
    code = CAMEO_TO_ISO.get(codes[-1], codes[-1])
    return code if code in known_country_codes() else None


def _names(line: str) -> tuple[str, tuple[str, ...]]:
    """The name and synonyms of a line: "{A_}{B_} [..]" or "A_ [..]"."""
    head = line.split("[", 1)[0].strip()
    group = re.findall(r"\{([^}]*)\}", head)
    names = [_name(g) for g in group if g.strip()] if group else [_name(head)]
    names = [n for n in names if n]
    return (names[0] if names else ""), tuple(dict.fromkeys(names[1:]))


def _position_title(position: str) -> str:
    """ "Prime ministers" -> "Prime minister"; "Kings/QUEENS" -> "Kings"."""
    title = position.split("/", 1)[0].split("(", 1)[0].replace("_", " ").strip().lower()
    head, sep, tail = title.partition(" of ")
    words = head.split()
    if words:
        last = words[-1]
        if last.endswith("men"):
            last = last[:-3] + "man"
        elif last.endswith("ies"):
            last = last[:-3] + "y"
        elif last.endswith("s") and not last.endswith("ss"):
            last = last[:-1]
        words[-1] = last
    title = " ".join(words) + sep + tail
    return title[:1].upper() + title[1:]


def _leader_line(line: str, country: str, position: str) -> list[LeaderTerm]:
    name, aliases = _names(line)
    if not name:
        return []
    died = next((_day(d) for kind, d in _LIFE.findall(line) if kind == "D"), None)
    born = _born(line)
    title = _position_title(position)
    office = office_of(title)
    out = []
    for mark, start, end in _SPAN.findall(_LIFE.sub("", line)):
        if not start:
            continue
        term = LeaderTerm(
            name=name,
            country=country,
            title=title,
            office=office,
            sector="GOV",
            source="countryinfo",
            start=_day(start),
            end=_day(end) if end else None,
            aliases=aliases,
            died=died,
            born=born,
        )
        if mark == ">":
            term.seen = COUNTRYINFO_LEADERS_DATE
        elif mark == "<":
            term.start, term.end = None, _day(start)
        out.append(term)
    return out


def _born(line: str) -> str | None:
    return next((_day(d) for kind, d in _LIFE.findall(line) if kind == "B"), None)


def _government_line(raw: str, country: str) -> list[LeaderTerm]:
    line, _, comment = raw.partition("#")
    if not line.strip():
        return []
    name, aliases = _names(line)
    if not name:
        return []
    born = _born(line)
    titles = [t.strip() for t in comment.split("&") if t.strip()]
    codes = _GOV_CODE.findall(line)
    out = []
    for i, (code, mark, start, end) in enumerate(codes):
        place = code[:3]
        if place != country and not place.isalpha():
            continue
        sector = code[3:6] or "GOV"
        # the n-th code goes with the n-th title when they pair up, else the first title
        title = titles[i] if len(titles) == len(codes) else (titles[0] if titles else "Official")
        term = LeaderTerm(
            name=name,
            country=country,
            title=title,
            office=office_of(title),
            sector=sector,
            source="countryinfo",
            aliases=aliases,
            born=born,
        )
        if mark == "<" and start:
            term.start, term.end = WORLD_LEADERS_FIRST, _day(start)
        elif mark == ">" and start:
            term.start, term.seen = _day(start), WORLD_LEADERS_LAST
        elif start:
            term.start = _day(start)
            term.end = _day(end) if end else None
            if end is None:
                term.seen = WORLD_LEADERS_LAST
        else:
            continue
        out.append(term)
    return out


# ---------------------------------------------------------------- country names


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from .countries import country_actors

    index: dict[str, str] = {}
    for actor in country_actors():
        for name in actor.names():
            index.setdefault(fold(name), actor.id.split(":", 1)[1])
    return index


_POLITY_PREFIX = re.compile(
    r"^(the |people'?s |democratic |federal |socialist |islamic |united |union of |state of "
    r"|kingdom of |republic of |commonwealth of |grand duchy of |principality of |sultanate of "
    r"|federation of |emirate of |"
    r"(people'?s |democratic |federal |socialist |islamic |arab |federative |cooperative )*"
    r"republic of (the )?)+",
    re.IGNORECASE,
)


def country_code(name: str) -> str | None:
    """ISO3 of a country's name as the lists write it ("Republic of Angola" -> AGO)."""
    names = _country_names()
    text = name.split(",", 1)[0].split("(", 1)[0].strip()
    for candidate in (text, _POLITY_PREFIX.sub("", text)):
        code = names.get(fold(candidate))
        if code is not None:
            return code
    return None


@lru_cache(maxsize=1)
def _quasi_states() -> dict[str, tuple[str, str]]:
    """Folded name or alias of each quasi-state (``quasi_states.jsonl``) -> (the ISO3 of
    the state it is recognised as part of, its sector)."""
    import json
    from importlib import resources

    text = resources.files("stancemap").joinpath("data/kb/quasi_states.jsonl").read_text("utf-8")
    index: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        record = json.loads(line)
        if record.get("type") != "country" or not record.get("country"):
            continue
        for name in (record["name"], *record.get("aliases", [])):
            index.setdefault(fold(name), (record["country"], record.get("sector") or "GOV"))
    return index


def quasi_state(name: str) -> tuple[str, str] | None:
    """(ISO3 of the state it lies in, sector) of a breakaway republic's name as the lists
    write it ("Republic of Abkhazia" -> GEO, PRE), or None."""
    text = name.split(",", 1)[0].split("(", 1)[0].strip()
    for candidate in (text, _POLITY_PREFIX.sub("", text)):
        found = _quasi_states().get(fold(candidate))
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- Wikidata CSV

WIKIDATA_DATE = "2022-12-31"  # the query result's terms run to 2022


def read_wikidata_leaders(path: Path | str) -> list[LeaderTerm]:
    """Terms from a Wikidata query result with columns country, positionLabel,
    officeholder (QID), officeholderLabel, start_year, end_year."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(source, None, None, f"cannot read: {exc.strerror}") from None
    out = []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    needed = {"country", "positionLabel", "officeholderLabel", "start_year", "end_year"}
    missing = needed - set(reader.fieldnames or ())
    if missing:
        raise KnowledgeBaseError(source, 1, sorted(missing)[0], "column missing from header")
    for number, row in enumerate(reader, start=2):
        country, sector = country_code(row["country"]), "GOV"
        if country is None and (quasi := quasi_state(row["country"])) is not None:
            # "President of Abkhazia": the breakaway republic's state and sector (PRE); the
            # office is OTHER, never the state's own head ("the Georgian president")
            country, sector = quasi
        name = row["officeholderLabel"].strip()
        if country is None or not name or re.fullmatch(r"Q\d+", name):
            continue
        start, end = row["start_year"].strip(), row["end_year"].strip()
        for value, fld in ((start, "start_year"), (end, "end_year")):
            if value and not value.isdigit():
                raise KnowledgeBaseError(source, number, fld, f"'{value}' is not a year")
        title = row["positionLabel"].strip()
        qid = row.get("officeholder", "").rsplit("/", 1)[-1] or None
        out.append(
            LeaderTerm(
                name=name,
                country=country,
                title=title,
                office=office_of(title) if sector == "GOV" else "OTHER",
                sector=sector,
                source="wikidata",
                start=f"{start}-01-01" if start else None,
                end=f"{end}-01-01" if end else None,
                precise=False,
                seen=None if end else WIKIDATA_DATE,
                qid=qid,
            )
        )
    return out


# ---------------------------------------------------------------- Wikipedia lists

_POLITY = re.compile(r"^-\s+(.+?)\s*$")
_HEADING = re.compile(r"^:\*([^:].*?)\s*(?:\(complete list\))?\s*[–-]?\s*$")
_ENTRY = re.compile(r"^::\*([^:].*?)\s*$")
_SUB = re.compile(r"^:::\*(.+?)\s*$")
_YEARS = re.compile(r"\(([^()]*\d{4}[^()]*)\)\s*$")
_RANGE = re.compile(r"(\d{4})\s*(?:[–-]\s*(\d{4}|present))?")
WIKIPEDIA_DATE = "2019-12-31"  # the revision the lists were taken from


def read_wikipedia_lists(paths: list[Path]) -> list[LeaderTerm]:
    """Terms from "List of state leaders ..." pages in Markdown (by polity, then position)."""
    out: list[LeaderTerm] = []
    for path in paths:
        try:
            lines = Path(path).read_text("utf-8").splitlines()
        except OSError as exc:
            raise KnowledgeBaseError(str(path), None, None, f"cannot read: {exc}") from None
        country: str | None = None
        person: str | None = None
        for raw in lines:
            line = raw.rstrip()
            polity = _POLITY.match(line)
            if polity:
                head = polity.group(1)
                # "... part of French West Africa": a colony. "(complete list)" is only a link
                # ("United States (complete list)"); colonies' own names ("Portuguese Angola")
                # match no country's name, so country_code leaves them out
                colonial = " part of " in head
                country = None if colonial else country_code(head.split(":", 1)[0])
                person = None
                continue
            if country is None:
                continue
            heading = _HEADING.match(line)
            if heading and not line.startswith("::"):
                person = None
                text = heading.group(1)
                if "," in text and _YEARS.search(text):
                    # a polity with one list ("United States (complete list)") writes its
                    # holders one level up: ":*Barack Obama, President (2009–2017)"
                    name, _, rest = text.partition(",")
                    out.extend(_wiki_terms(name.strip(), rest.strip(), country))
                continue
            entry = _ENTRY.match(line)
            if entry:
                text = entry.group(1)
                if "," not in text and not _YEARS.search(text):
                    person = text.strip()  # the titles follow on ":::*" lines
                    continue
                person = None
                name, _, rest = text.partition(",")
                out.extend(_wiki_terms(name.strip(), rest.strip(), country))
                continue
            sub = _SUB.match(line)
            if sub and person:
                out.extend(_wiki_terms(person, sub.group(1), country))
    return out


def _wiki_terms(name: str, rest: str, country: str) -> list[LeaderTerm]:
    years = _YEARS.search(rest)
    if not name or years is None or name[:1].isdigit():
        return []
    title = rest[: years.start()].strip().rstrip(",") or "Leader"
    out = []
    for first, last in _RANGE.findall(years.group(1)):
        if not first:
            continue
        # a year-precision end covers that whole year; the next holder's start trims it
        end = None if last in ("", "present") else str(int(last) + 1)
        if last == "":
            end = str(int(first) + 1)  # "(2013)": within that year
        term = LeaderTerm(
            name=name,
            country=country,
            title=title,
            office=office_of(title),
            sector="GOV",
            source="wikipedia",
            start=f"{first}-01-01",
            end=f"{end}-01-01" if end else None,
            precise=False,
            seen=WIKIPEDIA_DATE if last == "present" else None,
        )
        out.append(term)
    return out


__all__ = [
    "LeaderTerm",
    "country_code",
    "office_of",
    "read_countryinfo",
    "read_wikidata_leaders",
    "read_wikipedia_lists",
]
