"""A page cut into lines with exact offsets, and the features each line is judged by.

Features are those that tell chrome from prose on any site (jusText's
stopword density, line length, separators, timestamps, link-like text,
capitals, script runs, position against the prose block) plus cue words and
agency names read from ``data/pages/``. The classifier
(``classifier.py``) weighs them; nothing here decides.
"""

from __future__ import annotations

import importlib.util
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ...datafiles import read_table, word_list
from ...errors import KnowledgeBaseError
from ..boilerplate import load_patterns
from .datelines import parse_dateline
from .dates import has_full_date


@dataclass
class PageLine:
    """One non-empty line: its stripped text and where that text sits in the page."""

    index: int  # among the page's non-empty lines
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[PageLine]:
    """The non-empty lines of ``text``; ``text[line.start:line.end] == line.text``.

    A hard-wrapped paragraph is one line: a line that does not end a clause,
    followed without a blank line by one that opens in lower case, goes on in
    it. (Also joining lines that reach a fixed wrap width was tried: it won a
    title on tune and lost two on check, so it is not done.)
    """
    out: list[PageLine] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.strip()
        if body:
            start = pos + (len(raw) - len(raw.lstrip()))
            previous = out[-1] if out else None
            if (
                previous is not None
                and body[0].islower()
                and text.count("\n", previous.end, start) == 1
                and not _CLAUSE_END.search(previous.text)
            ):
                previous.end = start + len(body)
                previous.text = text[previous.start : previous.end]
            else:
                out.append(PageLine(len(out), start, start + len(body), body))
        pos += len(raw)
    return out


_CLAUSE_END = re.compile(r"[.!?:;]['\"”’»)\]]*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TIME = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b(?:\s*[ap]\.?m\.?)?", re.I)
_TIMEZONE = re.compile(r"\b(?:GMT|UTC|IST|EST|EDT|CET|CEST|MSK|BST|PST|PDT|AST|JST)\b")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
    r"thur|thurs|fri|sat|sun)\b\.?",
    re.I,
)
_SEPARATOR = re.compile(r"\s[|>»›·•/]\s|\|| » | > |[•·]")
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net|kz|ru|uz|ua)\b|@\w|#\w", re.I)
_SENTENCE_END = re.compile(r"[.!?]['\"”’»)]*$|[\"”’»]$")
_RELATIVE_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|days?)\b\s*ago\b", re.I)
_NUMBER = re.compile(r"\d")
_CAPS_RUN = re.compile(r"\b[A-Z]{2,4}\b")
# a repeated headline is matched on its first words (a long line is no headline)
_PREFIX_WORDS = 16


@cache
def stopwords() -> frozenset[str]:
    """jusText's English stoplist: the density of these words marks prose.

    Read from the installed jusText package (a trafilatura dependency) without
    importing it, which would pull in lxml for a word list.
    """
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise KnowledgeBaseError(
            "justext", None, None, "jusText is not installed (pip install justext)"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "stoplists" / "English.txt"
    # jusText's lists repeat words, which word_list (for our own files) refuses
    return frozenset(w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip())


@cache
def agencies() -> tuple[re.Pattern[str], frozenset[str]]:
    """Agency names: (long names, matched in any case, as one alternation; short
    ones, matched only in capitals: "AP", "AA", "PTI")."""
    names = word_list("pages/agencies.txt")
    long_names = sorted((n for n in names if len(n) > 4), key=len, reverse=True)
    pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, long_names)) + r")(?!\w)"
    return re.compile(pattern, re.I), frozenset(n.upper() for n in names if len(n) <= 4)


_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class CuePatterns:
    """Cue words of every kind, looked up as token n-grams (a cue is a whole-word phrase)."""

    kinds: tuple[str, ...]
    at_start: dict[tuple[str, ...], str]  # a cue opening the line (start and anywhere cues)
    anywhere: dict[tuple[str, ...], str]  # a cue anywhere
    longest: int
    starters: frozenset[str]  # first tokens of the anywhere cues: most tokens start none

    def found(self, lower: str) -> tuple[set[str], set[str]]:
        """(kinds cued at the start, kinds cued anywhere) of a lower-cased line."""
        tokens = _TOKEN.findall(lower)
        first = next((i for i, t in enumerate(tokens) if t[0].isalnum() or t[0] == "©"), 0)
        opening: set[str] = set()
        anywhere: set[str] = set()
        for n in range(1, self.longest + 1):
            head = tuple(tokens[first : first + n])
            if len(head) == n and head in self.at_start:
                opening.add(self.at_start[head])
        starters = self.starters
        for i, token in enumerate(tokens):
            if token in starters:
                for n in range(1, self.longest + 1):
                    kind = self.anywhere.get(tuple(tokens[i : i + n]))
                    if kind is not None:
                        anywhere.add(kind)
        return opening, anywhere


@cache
def cue_patterns() -> CuePatterns:
    """The cues of ``data/pages/cues.tsv``, as token tuples."""
    at_start: dict[tuple[str, ...], str] = {}
    anywhere: dict[tuple[str, ...], str] = {}
    kinds: set[str] = set()
    for row in read_table("pages/cues.tsv", required=("kind", "where", "cue")):
        key = tuple(_TOKEN.findall(row["cue"].lower()))
        kinds.add(row["kind"])
        at_start.setdefault(key, row["kind"])
        if row["where"] != "start":
            anywhere.setdefault(key, row["kind"])
    longest = max((len(k) for k in at_start), default=1)
    starters = frozenset(key[0] for key in anywhere)
    return CuePatterns(tuple(sorted(kinds)), at_start, anywhere, longest, starters)


def script_of(char: str) -> str:
    """The script of a letter (LATIN, CYRILLIC, CJK, ARABIC, ...)."""
    if char.isascii():
        return "LATIN"
    try:
        return unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def scripts(text: str) -> dict[str, int]:
    """Letters per script in ``text``."""
    counts: dict[str, int] = {}
    if text.isascii():
        letters = sum(map(str.isalpha, text))
        return {"LATIN": letters} if letters else {}
    for char in text:
        if char.isalpha():
            name = script_of(char)
            counts[name] = counts.get(name, 0) + 1
    return counts


@lru_cache(maxsize=8192)
def is_prose(line: str) -> bool:
    """A first, rough reading: a sentence of running text (used for position features)."""
    words = _WORD.findall(line)
    if len(words) < 10:
        return False
    stops = sum(map(stopwords().__contains__, map(str.lower, words)))
    return stops / len(words) >= 0.25 and _SENTENCE_END.search(line) is not None


BASE_FEATURES: tuple[str, ...] = (
    "chars_log",
    "words_log",
    "few_words",
    "sentence_end",
    "stop_density",
    "capitalised_words",
    "upper_letters",
    "digits",
    "separators",
    "time",
    "timezone",
    "relative_time",
    "weekday",
    "full_date",
    "agency",
    "link",
    "parenthesised",
    "ends_colon",
    "label_colon",
    "other_script",
    "boilerplate_pattern",
    "dateline_prefix",
    "dateline_whole",
    "repeated",
    "prose",
    "before_body",
    "after_body",
    "in_body",
    "lines_to_body",
    "lines_after_body",
    "first_line",
    "prev_prose",
    "next_prose",
    "prev_blank",
    "next_blank",
    "position",
    "menu_row",
    "place_only",
)


def feature_names() -> tuple[str, ...]:
    """Every feature, in the order ``line_features`` writes them (cue kinds from data)."""
    kinds = cue_patterns().kinds
    return (
        BASE_FEATURES
        + tuple(f"cue_start_{k}" for k in kinds)
        + tuple(f"cue_any_{k}" for k in kinds)
    )


def _normal(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


def line_features(text: str, lines: list[PageLine]) -> list[list[float]]:
    """One feature vector (in ``FEATURES`` order) per line of the page."""
    if not lines:
        return []
    patterns = load_patterns()
    cues = cue_patterns()
    long_agencies, short_agencies = agencies()
    stops = stopwords()
    page_scripts: dict[str, int] = {}
    per_line_scripts = []
    for line in lines:
        counts = scripts(line.text)
        per_line_scripts.append(counts)
        for name, n in counts.items():
            page_scripts[name] = page_scripts.get(name, 0) + n
    main_script = max(page_scripts, key=page_scripts.__getitem__) if page_scripts else "LATIN"
    prose = [is_prose(line.text) for line in lines]
    first_body = next((i for i, p in enumerate(prose) if p), len(lines))
    last_body = max((i for i, p in enumerate(prose) if p), default=-1)
    blank_before = _blank_before(text, lines)
    seen: set[str] = set()
    rows: list[list[float]] = []
    n = len(lines)
    for i, line in enumerate(lines):
        body = line.text
        lower = body.lower()
        words = _WORD.findall(body)
        n_words = len(words) or 1
        counts = per_line_scripts[i]
        total_letters = sum(counts.values()) or 1
        normal = _normal(body).split()[:_PREFIX_WORDS]
        # the same line, or the opening words of an earlier one, seen before
        repeated = len(normal) >= 3 and " ".join(normal) in seen
        seen.update(" ".join(normal[:k]) for k in range(3, len(normal) + 1))
        dateline = parse_dateline(body)
        digits = len(_NUMBER.findall(body))
        agency = long_agencies.search(body) is not None or any(
            w in short_agencies for w in _CAPS_RUN.findall(body)
        )
        row = [
            math.log1p(len(body)) / 6,
            math.log1p(len(words)) / 4,
            float(len(words) <= 3),
            float(_SENTENCE_END.search(body) is not None),
            sum(map(stops.__contains__, map(str.lower, words))) / n_words,
            sum(map(str.isupper, (w[0] for w in words))) / n_words,
            sum(map(str.isupper, body)) / total_letters,
            min(1.0, digits / 8),
            min(1.0, len(_SEPARATOR.findall(body)) / 3),
            float(digits > 0 and _TIME.search(body) is not None),
            float(_TIMEZONE.search(body) is not None),
            float(digits > 0 and _RELATIVE_TIME.search(body) is not None),
            float(_WEEKDAY.search(body) is not None),
            float(digits > 0 and has_full_date(body)),
            float(agency),
            float(_LINK.search(body) is not None),
            float(body.startswith("(") and body.endswith(")")),
            float(body.endswith(":")),
            float(re.match(r"^[^\W\d][\w ]{0,20}:\s", body) is not None),
            1 - counts.get(main_script, 0) / total_letters if counts else 0.0,
            float(len(body) <= 200 and (patterns.is_line(body) or patterns.is_tail(body))),
            float(dateline is not None and dateline.end < len(body)),
            float(dateline is not None and dateline.end >= len(body.rstrip(" -–—:"))),
            float(repeated),
            float(prose[i]),
            float(i < first_body),
            float(i > last_body),
            float(first_body <= i <= last_body),
            min(1.0, max(0, first_body - i) / 5),
            min(1.0, max(0, i - last_body) / 5),
            float(i == 0),
            float(i > 0 and prose[i - 1]),
            float(i + 1 < n and prose[i + 1]),
            float(blank_before[i]),
            float(i + 1 >= n or blank_before[i + 1]),
            i / max(1, n - 1),
            float(_menu_row(words, stops, body)),
            float(_PLACE_ONLY.fullmatch(body) is not None),
        ]
        opening, anywhere = cues.found(lower)
        row.extend(float(kind in opening) for kind in cues.kinds)
        row.extend(float(kind in anywhere) for kind in cues.kinds)
        rows.append(row)
    return rows


_PLACE_ONLY = re.compile(r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,2}")


def is_menu_row(line: str) -> bool:
    """A row of section names ("Home News Sport Business Culture"): four or more words,
    all capitalised (a Title Case headline keeps "of", "in", "the" small)."""
    words = _WORD.findall(line)
    return (
        len(words) >= 4
        and all(w[0].isupper() for w in words)
        and _SENTENCE_END.search(line) is None
    )


def _menu_row(words: list[str], stops: frozenset[str], body: str) -> bool:
    """Four or more capitalised words, no stopword, no full stop: a row of section names."""
    return (
        len(words) >= 4
        and all(w[0].isupper() for w in words)
        and not any(w.lower() in stops for w in words)
        and _SENTENCE_END.search(body) is None
    )


def _blank_before(text: str, lines: list[PageLine]) -> list[bool]:
    """Per line: is there an empty line between it and the previous one?"""
    out = []
    previous_end = 0
    for line in lines:
        out.append(text.count("\n", previous_end, line.start) >= 2 or line.index == 0)
        previous_end = line.end
    return out
