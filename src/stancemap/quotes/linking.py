"""How a quotation joins an attribution: the quotes stage's linking rules.

Each function takes a quotation (``QuotedSpan``) and the attributions found on
the parse and returns the ``Item`` (an attribution being assembled) that the
quotation belongs to, or None; the stage tries them in order, each behind its
rule (``quotes.link.*`` in ``rulebook``):

* ``containing``      "X said “Y”": the attribution whose content holds it;
* ``adjacent``        "“Y,” he said": a dangling cue right after or before it;
* ``continued``       "“Y,” he said, “Z”": the attribution of the quotation before;
* ``follows_content`` "X added that Y. “Z.”";
* ``next_paragraph``  "“Y,” he said.¶“Z.”";
* ``after_colon``     "The Times reports:" then unquoted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..datafiles import constants
from ..nlp.quote_marks import QuotedSpan
from .reported import Attribution, Offsets, trim

_GLUE = re.compile(r"^[\s,:;—–-]*$")  # what may sit between a quotation and its cue clause
_COLON_AFTER = re.compile(r"[^\S\n]*:")  # the cue clause ends in a colon
_NEW_SENTENCE = re.compile(r"[.!?]\s+\w")
_CONTENT_GLUE = re.compile(r"^[ \t.,;:]*$")  # same paragraph, only punctuation between
_SENTENCE_BREAK = re.compile(r"^[^\S\n]*[.!?][^\S\n]*\n?[^\S\n]*\n?[^\S\n]*$")
_C = constants("quotes")
_NEXT_PARAGRAPH_CHARS = int(_C["next_paragraph_chars"])  # "“Y,” said X.¶“Z”"
_CONTINUATION_CHARS = int(_C["continuation_chars"])  # "“Y,” X said on Tuesday, “Z”"
_CONTAINING_SHARE = float(_C["containing_share"])


@dataclass
class Item:
    """One attribution being assembled: its quotations, then its speaker."""

    attribution: Attribution | None
    quotes: list[QuotedSpan] = field(default_factory=list)
    content: Offsets | None = None
    speaker: str | None = None
    source: Offsets | None = None
    confidence: float = float(_C["unlinked_confidence"])
    from_context: bool = False
    speaks_for: str | None = None  # the principal of a spokesperson (spokespeople.py)
    relayed: str | None = None  # the office holder a spokesperson relays (spokespeople.py)
    # further speakers of a plural source ("the two leaders said", plural.py)
    also: list[str] = field(default_factory=list)


def overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(inner: Offsets, outer: Offsets) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def after_colon(text: str, a: Attribution) -> Offsets | None:
    """ "The Times reports:" then unquoted text: the rest of the line, else the next
    paragraph, is what was reported."""
    end = max(a.cue[1], a.source[1]) if a.source else a.cue[1]
    match = _COLON_AFTER.match(text, end)
    if match is None:
        return None
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[match.end() : line_end].strip():
        return trim(text, match.end(), line_end)
    start = match.end()
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    next_end = text.find("\n", start)
    return trim(text, start, len(text) if next_end < 0 else next_end)


def containing(
    attributions: list[Attribution], items: dict[int, Item], q: QuotedSpan
) -> Item | None:
    """The attribution whose content holds most of this quotation, cue outside it."""
    inner = (q.inner_start, q.inner_end)
    best, best_share = None, 0.0
    for a in attributions:
        if a.content is None or _inside(a.cue, (q.start, q.end)):
            continue
        shared = overlap(a.content, inner)
        if not shared:
            continue
        share = shared / min(inner[1] - inner[0], a.content[1] - a.content[0])
        if share >= _CONTAINING_SHARE and share > best_share:
            best, best_share = a, share
    return items[id(best)] if best is not None else None


def adjacent(
    text: str, attributions: list[Attribution], items: dict[int, Item], q: QuotedSpan
) -> Item | None:
    """A dangling cue right after ("“Y,” he said") or right before ("He said: “Y”")."""
    for a in attributions:
        item = items[id(a)]
        if a.content is not None or item.content is not None:
            continue  # not dangling, or already joined to a quotation
        clause = a.cue
        if a.source:
            clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1]))
        after = clause[0] >= q.end and _GLUE.match(text[q.end : clause[0]])
        before = clause[1] <= q.start and _GLUE.match(text[clause[1] : q.start])
        if after or before:
            item.content = trim(text, q.inner_start, q.inner_end)
            return item
    return None


def continued(text: str, previous: tuple[QuotedSpan, Item] | None, q: QuotedSpan) -> Item | None:
    """ "“Y,” he said, “Z”": Z continues Y when only Y's cue clause lies between."""
    if previous is None:
        return None
    last, item = previous
    gap = (last.end, q.start)
    if gap[1] - gap[0] > _CONTINUATION_CHARS or "\n" in text[gap[0] : gap[1]]:
        return None
    a = item.attribution
    if a is None or not _inside(a.cue, gap):
        return None
    clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1])) if a.source else a.cue
    if not _inside(clause, gap):
        return None
    before, after = text[gap[0] : clause[0]], text[clause[1] : gap[1]]
    if not _GLUE.match(before):
        return None
    # after the clause an apposition or a time may follow ("said X, an economist."),
    # but not a new sentence ("said X. The vote is Monday.")
    return None if _NEW_SENTENCE.search(after.rstrip(" .,;:—–-")) else item


def next_paragraph(
    text: str, previous: tuple[QuotedSpan, Item] | None, q: QuotedSpan
) -> Item | None:
    """ "“Y,” he said.¶“Z.”": a quotation opening the sentence right after the cue
    clause that closes the previous quotation goes on with the same speaker."""
    if previous is None:
        return None
    last, item = previous
    a = item.attribution
    if a is None or a.source is None or q.start - last.end > _NEXT_PARAGRAPH_CHARS:
        return None
    clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1]))
    if not _inside(clause, (last.end, q.start)):
        return None
    before, after = text[last.end : clause[0]], text[clause[1] : q.start]
    if not _GLUE.match(before) or not _SENTENCE_BREAK.match(after):
        return None
    return item


def follows_content(text: str, items: list[Item], q: QuotedSpan) -> Item | None:
    """ "X added that Y. “Z.”": a quotation right after an attributed content goes on it."""
    for item in items:
        if item.attribution is None or item.content is None or item.content[1] > q.start:
            continue
        if _CONTENT_GLUE.match(text[item.content[1] : q.start]):
            return item
    return None
