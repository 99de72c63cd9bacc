"""The features each page line is judged by.

Features are those that tell chrome from prose on any site (jusText's
stopword density, line length, separators, timestamps, link-like text,
capitals, script runs, position against the prose block) plus cue words and
agency names read from ``data/pages/``. The classifier (``classifier.py``)
weighs them; nothing here decides.

Cost: a page is read once per document, so every pattern is compiled once,
the tests that need a digit (times, dates) run only on lines that have one,
and ``line_features(..., only=...)`` computes rows only for the lines the
caller still has to judge (``reading.py`` settles the lines inside the prose
block without the classifier).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...datafiles import read_table, word_list
from ..boilerplate import load_patterns
from .datelines import parse_dateline
from .dates import has_full_date
from .lines import WORD, PageLine, is_prose, scripts, sentence_end, stopwords

_TIME = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b(?:\s*[ap]\.?m\.?)?", re.I)
_TIMEZONE = re.compile(r"\b(?:GMT|UTC|IST|EST|EDT|CET|CEST|MSK|BST|PST|PDT|AST|JST)\b")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
    r"thur|thurs|fri|sat|sun)\b\.?",
    re.I,
)
_SEPARATOR = re.compile(r"\s[|>»›·•/]\s|\|| » | > |[•·]")
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net|kz|ru|uz|ua)\b|@\w|#\w", re.I)
_RELATIVE_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?|days?)\b\s*ago\b", re.I)
_NUMBER = re.compile(r"\d")
_CAPS_RUN = re.compile(r"\b[A-Z]{2,4}\b")
_LABEL_COLON = re.compile(r"^[^\W\d][\w ]{0,20}:\s")
_PLACE_ONLY = re.compile(r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,2}")
_ALNUM_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
# a repeated headline is matched on its first words (a long line is no headline)
_PREFIX_WORDS = 16
# a boilerplate pattern is tried on lines up to this long (boilerplate.MAX_LINE_CHARS)
_PATTERN_CHARS = 200


@cache
def agencies() -> tuple[re.Pattern[str], frozenset[str]]:
    """Agency names: (long names, matched in any case, as one alternation; short
    ones, matched only in capitals: "AP", "AA", "PTI")."""
    names = word_list("pages/agencies.txt")
    long_names = sorted((n for n in names if len(n) > 4), key=len, reverse=True)
    pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, long_names)) + r")(?!\w)"
    return re.compile(pattern, re.I), frozenset(n.upper() for n in names if len(n) <= 4)


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


def line_features(
    text: str,
    lines: list[PageLine],
    prose: Sequence[bool] | None = None,
    only: Sequence[int] | None = None,
) -> list[list[float]]:
    """One feature vector (in ``feature_names()`` order) per line of the page.

    ``prose``: ``is_prose`` of each line, when the caller has it already.
    ``only``: the indexes of the lines to describe (all by default); the rows
    come in that order. Features of a line depend on its neighbours and on the
    lines above it, never on which lines are described.
    """
    if not lines:
        return []
    if prose is None:
        prose = [is_prose(line.text) for line in lines]
    wanted = range(len(lines)) if only is None else only
    page = _PageContext(text, lines, prose)
    return [page.row(i) for i in wanted]


class _PageContext:
    """What a line's features need to know about the rest of its page."""

    def __init__(self, text: str, lines: list[PageLine], prose: Sequence[bool]) -> None:
        self.lines = lines
        self.prose = prose
        self.patterns = load_patterns()
        self.cues = cue_patterns()
        self.long_agencies, self.short_agencies = agencies()
        self.stops = stopwords()
        page_scripts: dict[str, int] = {}
        self.line_scripts = []
        for line in lines:
            counts = scripts(line.text)
            self.line_scripts.append(counts)
            for name, n in counts.items():
                page_scripts[name] = page_scripts.get(name, 0) + n
        self.main_script = (
            max(page_scripts, key=page_scripts.__getitem__) if page_scripts else "LATIN"
        )
        self.first_body = next((i for i, p in enumerate(prose) if p), len(lines))
        self.last_body = max((i for i, p in enumerate(prose) if p), default=-1)
        self.blank_before = _blank_before(text, lines)
        self.repeated = _repeated(lines)

    def row(self, i: int) -> list[float]:
        body = self.lines[i].text
        prose = self.prose
        n = len(self.lines)
        words = WORD.findall(body)
        n_words = len(words) or 1
        counts = self.line_scripts[i]
        total_letters = sum(counts.values()) or 1
        dateline = parse_dateline(body)
        digits = len(_NUMBER.findall(body))
        agency = self.long_agencies.search(body) is not None or any(
            w in self.short_agencies for w in _CAPS_RUN.findall(body)
        )
        stops = self.stops
        first_body, last_body = self.first_body, self.last_body
        patterns = self.patterns
        row = [
            math.log1p(len(body)) / 6,
            math.log1p(len(words)) / 4,
            float(len(words) <= 3),
            float(sentence_end(body)),
            sum(map(stops.__contains__, map(str.lower, words))) / n_words,
            sum(map(str.isupper, (w[0] for w in words))) / n_words,
            sum(map(str.isupper, body)) / total_letters,
            min(1.0, digits / 8),
            min(1.0, len(_SEPARATOR.findall(body)) / 3),
            float(digits > 0 and _TIME.search(body) is not None),
            float(_TIMEZONE.search(body) is not None),
            float(digits > 0 and _RELATIVE_TIME.search(body) is not None),
            float(_WEEKDAY.search(body) is not None),
            float(digits > 3 and has_full_date(body)),
            float(agency),
            float(_LINK.search(body) is not None),
            float(body.startswith("(") and body.endswith(")")),
            float(body.endswith(":")),
            float(_LABEL_COLON.match(body) is not None),
            1 - counts.get(self.main_script, 0) / total_letters if counts else 0.0,
            float(
                len(body) <= _PATTERN_CHARS and (patterns.is_line(body) or patterns.is_tail(body))
            ),
            float(dateline is not None and dateline.end < len(body)),
            float(dateline is not None and dateline.end >= len(body.rstrip(" -–—:"))),
            float(self.repeated[i]),
            float(prose[i]),
            float(i < first_body),
            float(i > last_body),
            float(first_body <= i <= last_body),
            min(1.0, max(0, first_body - i) / 5),
            min(1.0, max(0, i - last_body) / 5),
            float(i == 0),
            float(i > 0 and prose[i - 1]),
            float(i + 1 < n and prose[i + 1]),
            float(self.blank_before[i]),
            float(i + 1 >= n or self.blank_before[i + 1]),
            i / max(1, n - 1),
            float(_menu_row(words, stops, body)),
            float(_PLACE_ONLY.fullmatch(body) is not None),
        ]
        opening, anywhere = self.cues.found(body.lower())
        kinds = self.cues.kinds
        row.extend(float(kind in opening) for kind in kinds)
        row.extend(float(kind in anywhere) for kind in kinds)
        return row


def _repeated(lines: list[PageLine]) -> list[bool]:
    """Per line: are its opening words (three or more) the opening words of an earlier line?

    Earlier lines are kept by their first three words, so a line is compared
    only with the few that open alike.
    """
    earlier: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    out = []
    for line in lines:
        # only the first words count: a long line's tail is never looked up
        words = _first_words(line.text)
        if len(words) < 3:
            out.append(False)
            continue
        bucket = earlier.setdefault(words[:3], [])
        size = len(words)
        out.append(any(seen[:size] == words for seen in bucket))
        bucket.append(words)
    return out


def _first_words(text: str) -> tuple[str, ...]:
    """The first ``_PREFIX_WORDS`` words of a line, lower-cased (read from its head only)."""
    cut = 12 * _PREFIX_WORDS
    words = _ALNUM_WORD.findall(text[:cut].lower())
    if len(words) <= _PREFIX_WORDS and len(text) > cut:
        words = _ALNUM_WORD.findall(text.lower())  # long words: read it all
    return tuple(words[:_PREFIX_WORDS])


def _menu_row(words: list[str], stops: frozenset[str], body: str) -> bool:
    """Four or more capitalised words, no stopword, no full stop: a row of section names."""
    return (
        len(words) >= 4
        and all(w[0].isupper() for w in words)
        and not any(w.lower() in stops for w in words)
        and not sentence_end(body)
    )


def _blank_before(text: str, lines: list[PageLine]) -> list[bool]:
    """Per line: is there an empty line between it and the previous one?"""
    out = []
    previous_end = 0
    for line in lines:
        out.append(text.count("\n", previous_end, line.start) >= 2 or line.index == 0)
        previous_end = line.end
    return out
