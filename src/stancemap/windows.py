"""Very long documents analysed in bounded windows instead of being refused.

Some stages compare items with each other inside a document (quotes against
quotes, mentions against earlier mentions), so their cost grows faster than the
text. A document longer than ``[ingest] window_chars`` is therefore cut into
windows at paragraph breaks (else line breaks, sentence ends, spaces); each
window runs through the stages on its own slice of the parse, and the results
are merged into one ``Analysis`` of the whole text:

- every span is shifted back by the window's start, so offsets index ``text``
  exactly (``text[start:end] == span.text``);
- quote, event and statement ids are renumbered across windows (``q1``..),
  and references to them (``within``, ``reported_by``, ``evidence``) follow;
- actors are merged by id, their mentions concatenated (and their ties, session 24);
- relations are computed once, over the merged statements and events.

What is lost at a window edge: a pronoun or short name whose antecedent lies
in an earlier window, a quote running across the cut, and the merging of the
same event mentioned in two windows. Windows are large (50 000 characters by
default, about 8 000 words), so few news texts are ever cut.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from .budget import check_budget
from .ingest import Document
from .records import Analysis, Excluded

# Where a window may end, best first: a paragraph break, a line break, a
# sentence end, any space. The cut falls just after the match.
_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)]*\s"),
    re.compile(r"\s"),
)
_ID = re.compile(r"^([a-z]+)(\d+)$")


def window_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` windows covering ``text``, each at most ``max_chars`` long
    unless no break at all lies inside it."""
    if max_chars < 1:
        raise ValueError(f"window size must be positive, not {max_chars}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        cut = None
        for pattern in _BREAKS:
            # the last break in the second half of the window: windows stay large
            found = None
            for match in pattern.finditer(text, start + max_chars // 2, limit):
                found = match.end()
            if found is not None and found > start:
                cut = found
                break
        cut = cut if cut is not None else limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def token_windows(doc: Doc, text: str, max_chars: int) -> list[tuple[int, int]]:
    """Token ranges ``(i, j)`` whose character extents follow ``window_bounds``."""
    starts = [token.idx for token in doc]
    cuts = [0]
    for _, end in window_bounds(text, max_chars)[:-1]:
        i = bisect_left(starts, end)  # the first token at or after the cut
        if cuts[-1] < i < len(doc):
            cuts.append(i)
    cuts.append(len(doc))
    return list(zip(cuts, cuts[1:], strict=False))


def needs_windows(doc: Doc, text: str, max_chars: int) -> bool:
    """True when ``doc`` can be cut into more than one window (one huge token cannot)."""
    return len(text) > max_chars and len(token_windows(doc, text, max_chars)) > 1


def analyze_in_windows(
    doc: Doc,
    document: Document,
    max_chars: int,
    run_window: Callable[[Doc, Document], Analysis],
    relate: Callable[[Analysis], list[Any]],
) -> Analysis:
    """The stages over each window of ``doc``, merged into one Analysis of ``document``."""
    merged = _Merger()
    for i, j in token_windows(doc, document.text, max_chars):
        offset = doc[i].idx
        end = doc[j].idx if j < len(doc) else len(document.text)
        window = replace(
            document,
            text=document.text[offset:end],
            excluded=_clip(document.excluded, offset, end),
        )
        merged.add(run_window(doc[i:j].as_doc(), window), offset)
        check_budget()  # where no timer can stop a document: at each window's end
    analysis = merged.result(document)
    analysis.relations = relate(analysis)
    return analysis


def _clip(excluded: list[Excluded], start: int, end: int) -> list[Excluded]:
    """The boilerplate stretches inside [start, end), in window offsets."""
    out = []
    for ex in excluded:
        a, b = max(ex.start, start), min(ex.end, end)
        if a < b:
            out.append(ex.model_copy(update={"start": a - start, "end": b - start}))
    return out


class _Merger:
    """Collects window analyses: spans shifted, ids renumbered, actors merged."""

    def __init__(self) -> None:
        self.actors: dict[str, dict[str, Any]] = {}
        # every list of records but actors (merged by id) and relations (computed
        # again over the whole): quotes, embedded_quotes, events, statements, and
        # any list the contract gains later
        self.lists: dict[str, list[dict[str, Any]]] = {}
        self.counters: dict[str, int] = {}

    def add(self, analysis: Analysis, offset: int) -> None:
        data = analysis.model_dump(by_alias=True)
        _shift(data, offset)
        renamed = self._rename_map(data)
        for key in _record_lists(data):
            self.lists.setdefault(key, []).extend(_renamed(item, renamed) for item in data[key])
        for actor in data["actors"]:
            held = self.actors.get(actor["id"])
            if held is None:
                self.actors[actor["id"]] = actor
            else:
                held["mentions"].extend(actor["mentions"])
                held["confidence"] = max(held["confidence"], actor["confidence"])
                # session 24: the staff and office ties each window read (one per actor)
                tied = {t["actor"] for t in held.get("affiliations", [])}
                held.setdefault("affiliations", []).extend(
                    t for t in actor.get("affiliations", []) if t["actor"] not in tied
                )
                # session 26: the owners each window read (actors/owned_bodies.py)
                owners = set(held.get("owned_by", [])) | set(actor.get("owned_by", []))
                if owners:
                    held["owned_by"] = sorted(owners)
                held.setdefault("modifier_mentions", []).extend(actor.get("modifier_mentions", []))
                held.setdefault("thing_modifier_mentions", []).extend(
                    actor.get("thing_modifier_mentions", [])
                )

    def _rename_map(self, data: dict[str, Any]) -> dict[str, str]:
        """Old id -> id numbered on from the earlier windows (q7 in window 2 may become q31)."""
        renamed: dict[str, str] = {}
        for key in _record_lists(data):
            for item in data[key]:
                match = _ID.match(str(item.get("id", "")))
                if match is None:
                    continue
                prefix = match.group(1)
                self.counters[prefix] = self.counters.get(prefix, 0) + 1
                renamed[item["id"]] = f"{prefix}{self.counters[prefix]}"
        return renamed

    def result(self, document: Document) -> Analysis:
        return Analysis.model_validate(
            {
                "document": document.info().model_dump(),
                "text": document.text,
                "actors": list(self.actors.values()),
                **self.lists,
                "relations": [],
            }
        )


def _record_lists(data: dict[str, Any]) -> list[str]:
    return [
        key
        for key, value in data.items()
        if isinstance(value, list)
        and key not in ("actors", "relations")
        and all(isinstance(item, dict) for item in value)
    ]


def _shift(value: Any, offset: int) -> None:
    """Add ``offset`` to every span (a dict with start, end and text) inside ``value``."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            value["start"] += offset
            value["end"] += offset
        for key, item in value.items():
            if key != "document":
                _shift(item, offset)
    elif isinstance(value, list):
        for item in value:
            _shift(item, offset)


def _renamed(value: Any, renamed: dict[str, str]) -> Any:
    """``value`` with every string that is a renamed id replaced (text fields left alone)."""
    if isinstance(value, str):
        return renamed.get(value, value)
    if isinstance(value, list):
        return [_renamed(item, renamed) for item in value]
    if isinstance(value, dict):
        return {k: v if k == "text" else _renamed(v, renamed) for k, v in value.items()}
    return value
