"""Attributions inside other attributions: "X said voters think Y".

A news attribution is counted once, at its outermost cue: in "X said voters think Y"
the reported statement is X's, and "voters think Y" is part of what X said.
PolNeAR is annotated the same way (no gold cue lies inside another gold content;
on 300 training articles 753 of 882 nested candidates matched nothing).

The inner attribution is not thrown away: it is kept with ``within`` naming the
outer quote, so the events and stances stages still see who holds which view,
and ``Analysis.embedded_quotes`` lists it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..records import Quote, Span

_CLAUSE_BREAKS = (",", ";", "—", "–")


class _CueIndex:
    """Quotes with a cue, ordered by where the cue starts: "which cues lie in this span?"
    is a bisection, not a scan of every quote (a long article has hundreds)."""

    def __init__(self, quotes: list[Quote]) -> None:
        pairs = sorted((q.cue.start, i) for i, q in enumerate(quotes) if q.cue)
        self.starts = [start for start, _ in pairs]
        self.quotes = [quotes[i] for _, i in pairs]

    def held_by(self, outer: Quote) -> list[Quote]:
        """The other attributions whose cue lies in ``outer``'s content."""
        content = outer.content
        first = bisect_left(self.starts, content.start)
        last = bisect_right(self.starts, content.end)
        return [q for q in self.quotes[first:last] if _holds(outer, q)]


class _PlacedContents:
    """Outermost quotes placed so far, by content start: "which placed content holds
    this cue?" looks only at contents that start close enough before the cue to reach it."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        # (content start, placing order, quote), in content-start order
        self.entries: list[tuple[int, int, Quote]] = []
        self.longest = 0

    def add(self, quote: Quote, order: int) -> None:
        start = quote.content.start
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.entries.insert(at, (start, order, quote))
        self.longest = max(self.longest, quote.content.end - start)

    def first_holding(self, inner: Quote) -> Quote | None:
        """The earliest placed quote whose content holds ``inner``'s cue (as ``_holds``)."""
        if inner.cue is None:
            return None
        low = bisect_left(self.starts, inner.cue.end - self.longest)
        high = bisect_right(self.starts, inner.cue.start)
        best: tuple[int, Quote] | None = None
        for _, order, outer in self.entries[low:high]:
            if (best is None or order < best[0]) and _holds(outer, inner):
                best = (order, outer)
        return best[1] if best else None


def _cue_key(cue: Span) -> tuple[int, int, str]:
    return (cue.start, cue.end, cue.text)


def _holds(outer: Quote, inner: Quote) -> bool:
    """Does ``outer``'s content hold ``inner``'s cue (and are they two attributions)?"""
    if inner.cue is None or outer.cue is not None and outer.cue == inner.cue:
        return False
    return outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end


def _anchor(outer: Quote, inner: Quote) -> int:
    """Where ``inner``'s own clause starts inside ``outer``'s content (its cue held there)."""
    cue_start = inner.cue.start  # type: ignore[union-attr]
    if outer.content.start < inner.content.start < cue_start:
        return inner.content.start  # "..., which he described as Y"
    return cue_start


def cut_trailing_attributions(quotes: list[Quote]) -> list[Quote]:
    """End a reported content where a new attribution follows a comma in it.

    "X said A, echoing a memo that B" / "X said A, believing that B": the parser
    hangs the second clause inside A, but it is a statement of its own (PolNeAR
    counts two). Only indirect contents are cut: inside quotation marks the words
    are the speaker's, commas and all.
    """
    index = _CueIndex(quotes)
    out = []
    for outer in quotes:
        cut: int | None = None
        for inner in index.held_by(outer) if outer.kind == "indirect" else []:
            before = outer.content.text[: _anchor(outer, inner) - outer.content.start].rstrip()
            if before.endswith(_CLAUSE_BREAKS) and len(before.split()) >= 2:
                end = outer.content.start + len(before.rstrip(" ,;—–"))
                cut = end if cut is None else min(cut, end)
        if cut is None:
            out.append(outer)
            continue
        text = outer.content.text[: cut - outer.content.start]
        content = outer.content.model_copy(update={"end": cut, "text": text})
        out.append(outer.model_copy(update={"content": content}))
    return out


def mark_embedded(quotes: list[Quote], *, cut: bool = True, embed: bool = True) -> list[Quote]:
    """The same quotes, renumbered outermost first, each embedded one naming its outer.

    Larger contents are placed first; a quote whose cue lies in the content of a
    quote already placed as outermost becomes embedded in it. ``cut`` and ``embed``
    are the rules quotes.nesting.cut_trailing and quotes.nesting.embedded.
    """
    if cut:
        quotes = cut_trailing_attributions(quotes)
    if not embed:
        return [
            q.model_copy(update={"id": f"q{i}", "within": None}) for i, q in enumerate(quotes, 1)
        ]
    by_size = sorted(quotes, key=lambda q: (-(q.content.end - q.content.start), q.content.start))
    outer: list[Quote] = []
    inner: list[tuple[Quote, Quote]] = []
    placed = _PlacedContents()
    for quote in by_size:
        host = placed.first_holding(quote)
        if host is None:
            placed.add(quote, len(outer))
            outer.append(quote)
        else:
            inner.append((quote, host))
    # pieces of one split quotation share a cue: a piece goes wherever its sibling went
    # (looked up by cue position: comparing every quote with every other was quadratic)
    host_of_cue: dict[tuple[int, int, str], Quote] = {}
    for quote, host in inner:
        if quote.cue is not None:
            host_of_cue.setdefault(_cue_key(quote.cue), host)
    moved = [q for q in outer if q.cue is not None and _cue_key(q.cue) in host_of_cue]
    if moved:
        gone = {id(q) for q in moved}
        outer = [q for q in outer if id(q) not in gone]
        inner.extend((q, host_of_cue[_cue_key(q.cue)]) for q in moved)  # type: ignore[arg-type]
    order = {id(q): i for i, q in enumerate(quotes)}
    outer.sort(key=lambda q: order[id(q)])
    inner.sort(key=lambda pair: order[id(pair[0])])
    ids: dict[int, str] = {}
    renumbered: list[Quote] = []
    for quote in outer:
        ids[id(quote)] = f"q{len(renumbered) + 1}"
        renumbered.append(quote.model_copy(update={"id": ids[id(quote)], "within": None}))
    for number, (quote, _) in enumerate(inner, start=len(renumbered) + 1):
        ids[id(quote)] = f"q{number}"
    for quote, host in inner:
        renumbered.append(quote.model_copy(update={"id": ids[id(quote)], "within": ids[id(host)]}))
    return renumbered
