"""Boilerplate lines in plain text: comment forms, share bars, cookie notices.

The text is never edited (offsets must stay exact); we list the stretches to
skip. A line is boilerplate when it matches one of the patterns in
``data/boilerplate.txt``; a comment-form marker ("Leave a Reply") excludes
everything after it, because comment sections follow the article body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..records import Excluded


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    lines: list[re.Pattern[str]] = []
    tails: list[re.Pattern[str]] = []
    raw = resources.files("stancemap").joinpath("data/boilerplate.txt").read_text("utf-8")
    for row in raw.splitlines():
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        kind, _, pattern = row.partition("\t")
        compiled = re.compile(pattern.strip(), re.IGNORECASE)
        (tails if kind == "tail" else lines).append(compiled)
    return lines, tails


def find_boilerplate(text: str) -> list[Excluded]:
    line_patterns, tail_patterns = _patterns()
    out: list[Excluded] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not body or len(body) > 200:
            continue
        if any(p.fullmatch(body) for p in tail_patterns):
            out.append(Excluded(start=start, end=len(text), reason="comment-section"))
            break
        if any(p.fullmatch(body) for p in line_patterns):
            out.append(Excluded(start=start, end=end, reason="boilerplate-line"))
    return out
