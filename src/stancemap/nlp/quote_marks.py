"""Find quoted stretches by their quote marks, in any common typography.

Handles “ ”, „ “, « », ‹ ›, straight " ", ``...'' and ''...'' (older wire copy),
and single ‘ ’ / ' ' quotes. Straight marks are told apart as opening or
closing by what flanks them (an opening mark has space before and a word
after). A quote running over several paragraphs re-opens each paragraph
without closing the one before (the print convention); a quote that never
closes ends with its paragraph. Quotes nested in another quote are part of
the outer one and are not reported on their own.

Pure text work, no parse: offsets index the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..datafiles import constants

_MARK = re.compile(r"``|''|[\"“”„«»‹›‘’']")

# mark -> (family, role): role "open", "close" or "either" (decided by flanking)
_ROLES: dict[str, tuple[str, str]] = {
    "“": ("double", "open"),  # also closes „ ... “ (German style), see _role
    "”": ("double", "close"),
    "„": ("double", "open"),
    '"': ("double", "either"),
    "``": ("double", "open"),
    "''": ("double", "either"),
    "«": ("guillemet", "open"),
    "»": ("guillemet", "close"),
    "‹": ("single-guillemet", "open"),
    "›": ("single-guillemet", "close"),
    "‘": ("single", "open"),
    "’": ("single", "close"),
    "'": ("single", "either"),
}
_OPEN_BEFORE = set(" \t\n\r([{—–-/") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}.,;:!?—–-/…") | {""}
# a single-quoted stretch longer than this is apostrophes, not a quote
_SINGLE_MAX_CHARS = int(constants("quotes")["single_quote_max_chars"])


@dataclass(frozen=True)
class QuotedSpan:
    """A stretch between quote marks; ``inner`` excludes the marks."""

    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    closed: bool
    family: str


def _flanks(text: str, start: int, end: int) -> tuple[bool, bool]:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    can_open = (before in _OPEN_BEFORE or before in '“„«‹‘"') and after not in " \t\n\r"
    can_close = before not in " \t\n\r" and (after in _CLOSE_AFTER or after in "”»›’\"'")
    return can_open, can_close


def _role(text: str, start: int, end: int, mark: str) -> str | None:
    """'open', 'close' or None (not a quote mark here: an apostrophe, a stray mark)."""
    family, role = _ROLES[mark]
    can_open, can_close = _flanks(text, start, end)
    if family == "single" and mark != "‘":
        # ’ and ' are apostrophes far more often than closing quotes: "Putin’s", "voters' "
        after = text[end] if end < len(text) else ""
        if after.isalnum():
            return "open" if mark == "'" and can_open and not can_close else None
        if mark == "’":
            return "close" if can_close else None
    if role == "either":
        if can_open and not can_close:
            return "open"
        if can_close and not can_open:
            return "close"
        return None
    if mark == "“" and can_close and not can_open:
        return "close"  # „ ... “ or a sloppy “ ... “
    if mark == "”" and can_open and not can_close:
        return "open"  # ” ... ” (Swedish style, or sloppy)
    return role


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _scan_family(text: str, marks: list[tuple[int, int, str]], family: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    open_at: tuple[int, int] | None = None  # (mark start, mark end)
    for start, end, role in marks:
        if open_at is not None and start > _paragraph_end(text, open_at[1]):
            if not _continues(text, open_at[1], start):
                spans.append(_unclosed(text, open_at, family))
                open_at = None
            elif role == "open" and text[text.rfind("\n", 0, start) + 1 : start].strip() == "":
                continue  # re-opened at a new paragraph: the quote runs on
        if role == "open":
            if open_at is not None:  # a second opening: the first never closed
                spans.append(_unclosed(text, open_at, family, stop=start))
            open_at = (start, end)
        elif role == "close" and open_at is not None:
            if end - open_at[1] > 0 and open_at[1] < start:
                spans.append(QuotedSpan(open_at[0], end, open_at[1], start, True, family))
            open_at = None
    if open_at is not None:
        spans.append(_unclosed(text, open_at, family))
    return spans


def _continues(text: str, opened: int, pos: int) -> bool:
    """True when every paragraph between ``opened`` and ``pos`` starts with an opening mark."""
    cursor = _paragraph_end(text, opened)
    while cursor < pos:
        nxt = cursor
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= pos:
            return True
        match = _MARK.match(text, nxt)
        if match is None or _ROLES[match.group(0)][1] == "close":
            return False
        cursor = _paragraph_end(text, nxt)
    return True


def _unclosed(
    text: str, open_at: tuple[int, int], family: str, stop: int | None = None
) -> QuotedSpan:
    end = _paragraph_end(text, open_at[1])
    if stop is not None:
        end = min(end, stop)
    end = _trim_end(text, open_at[1], end)
    return QuotedSpan(open_at[0], end, open_at[1], end, False, family)


def find_quoted(text: str) -> list[QuotedSpan]:
    """Quoted stretches of ``text`` in order; nested quotes are left inside their outer one."""
    by_family: dict[str, list[tuple[int, int, str]]] = {}
    for match in _MARK.finditer(text):
        mark = match.group(0)
        role = _role(text, match.start(), match.end(), mark)
        if role is not None:
            by_family.setdefault(_ROLES[mark][0], []).append((match.start(), match.end(), role))
    found: list[QuotedSpan] = []
    for family, marks in by_family.items():
        for span in _scan_family(text, marks, family):
            if span.inner_end <= span.inner_start:
                continue
            if family == "single" and (
                not span.closed
                or span.end - span.start > _SINGLE_MAX_CHARS
                or "\n" in text[span.start : span.end]
            ):
                continue
            found.append(span)
    found.sort(key=lambda s: (s.start, -s.end))
    outer: list[QuotedSpan] = []
    for span in found:
        if outer and span.start < outer[-1].end:
            continue  # nested in (or tangled with) an earlier quote
        outer.append(span)
    return outer
