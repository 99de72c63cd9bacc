"""Boilerplate lines in plain text: comment forms, share bars, cookie notices.

The text is never edited (offsets must stay exact); we list the stretches to
skip. A line is boilerplate when it matches one of the ``line`` patterns in
``data/boilerplate.txt``; a ``tail`` marker ("Leave a Reply") excludes it and
everything after it, because comment sections follow the article body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..records import Excluded

KINDS = ("line", "tail")
# A "line" longer than this is prose, whatever words it contains.
MAX_LINE_CHARS = 200


@dataclass(frozen=True)
class BoilerplatePatterns:
    """Compiled patterns: ``line`` ones exclude a line, ``tail`` ones the rest of the text."""

    lines: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]

    def __post_init__(self) -> None:
        # One alternation per kind: a 50 MB text has a million lines to test.
        object.__setattr__(self, "_line_any", _combine(self.lines))
        object.__setattr__(self, "_tail_any", _combine(self.tails))

    def is_line(self, body: str) -> bool:
        """True when a stripped line is boilerplate on its own."""
        pattern: re.Pattern[str] | None = self._line_any  # type: ignore[attr-defined]
        return pattern is not None and pattern.fullmatch(body) is not None

    def is_tail(self, body: str) -> bool:
        """True when a stripped line starts a comment section."""
        pattern: re.Pattern[str] | None = self._tail_any  # type: ignore[attr-defined]
        return pattern is not None and pattern.fullmatch(body) is not None


def _combine(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def parse_patterns(raw: str, path: str) -> BoilerplatePatterns:
    """Parse a boilerplate file (``kind<TAB>regex`` rows); errors name file and line."""
    lines: list[re.Pattern[str]] = []
    tails: list[re.Pattern[str]] = []
    for number, row in enumerate(raw.splitlines(), start=1):
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        kind, tab, pattern = row.partition("\t")
        kind, pattern = kind.strip(), pattern.strip()
        if not tab:
            raise KnowledgeBaseError(path, number, None, "expected 'kind<TAB>regex'")
        if kind not in KINDS:
            raise KnowledgeBaseError(path, number, "kind", f"'{kind}' is not one of {KINDS}")
        if not pattern:
            raise KnowledgeBaseError(path, number, "regex", "empty pattern")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise KnowledgeBaseError(path, number, "regex", f"invalid regex: {exc}") from None
        if compiled.fullmatch(""):
            raise KnowledgeBaseError(path, number, "regex", "matches an empty line")
        (tails if kind == "tail" else lines).append(compiled)
    return BoilerplatePatterns(tuple(lines), tuple(tails))


def load_patterns(path: str | Path | None = None) -> BoilerplatePatterns:
    """The shipped patterns (``path=None``) or those of a user file."""
    if path is None:
        return _shipped()
    return parse_patterns(Path(path).read_text("utf-8"), str(path))


@lru_cache(maxsize=1)
def _shipped() -> BoilerplatePatterns:
    resource = resources.files("stancemap").joinpath("data/boilerplate.txt")
    return parse_patterns(resource.read_text("utf-8"), "stancemap/data/boilerplate.txt")


def stripped_lines(text: str) -> Iterator[tuple[str, int, int]]:
    """Each line of ``text`` without its edge spaces, with the offsets of that stripped
    body in ``text`` (end exclusive)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos + (len(line) - len(line.lstrip()))
        yield line.strip(), start, pos + len(line.rstrip())
        pos += len(line)


def find_boilerplate(text: str, patterns: BoilerplatePatterns | None = None) -> list[Excluded]:
    """The boilerplate stretches of ``text`` (offsets into ``text``, end exclusive)."""
    patterns = patterns or _shipped()
    out: list[Excluded] = []
    for body, start, end in stripped_lines(text):
        if not body or len(body) > MAX_LINE_CHARS:
            continue
        if patterns.is_tail(body):
            out.append(Excluded(start=start, end=len(text), reason="comment-section"))
            break
        if patterns.is_line(body):
            out.append(Excluded(start=start, end=end, reason="boilerplate-line"))
    return out
