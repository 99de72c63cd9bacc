"""Quote nesting looks placed contents up by position (it compared every quote with every
other, the largest cost on long texts): the answer must be the one the plain scan gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stancemap.quotes.nesting import _holds, mark_embedded
from stancemap.records import Quote, Span


def _span(start: int, length: int) -> Span:
    return Span(start=start, end=start + length, text="x" * length)


def _plain_hosts(quotes: list[Quote]) -> list[tuple[int, int, int | None]]:
    """Each quote (as content start/end) and its host, by scanning every placed quote."""
    by_size = sorted(quotes, key=lambda q: (-(q.content.end - q.content.start), q.content.start))
    outer: list[Quote] = []
    out = []
    for quote in by_size:
        host = next((o for o in outer if _holds(o, quote)), None)
        if host is None:
            outer.append(quote)
        out.append((quote.content.start, quote.content.end, host.content.start if host else None))
    return out


quote_shapes = st.lists(
    st.tuples(
        st.integers(0, 400),  # content start
        st.integers(1, 150),  # content length
        st.one_of(st.none(), st.integers(0, 500)),  # cue start
    ),
    max_size=40,
    unique_by=lambda shape: (shape[0], shape[1]),  # one quote per content span
)


@given(quote_shapes)
@settings(max_examples=50, deadline=None)
def test_nesting_by_position_matches_the_plain_scan(shapes) -> None:  # type: ignore[no-untyped-def]
    quotes = [
        Quote(
            id=f"q{i}",
            kind="direct",
            content=_span(start, length),
            cue=_span(cue, 3) if cue is not None else None,
            confidence=0.5,
        )
        for i, (start, length, cue) in enumerate(shapes)
    ]
    result = mark_embedded(quotes, cut=False)
    by_id = {q.id: q for q in result}
    expected = {(s, e): h for s, e, h in _plain_hosts(quotes)}
    # split pieces sharing a cue may move after placement; only check quotes with unique cues
    cues = [q.cue.start for q in quotes if q.cue is not None]
    for quote in result:
        if quote.cue is not None and cues.count(quote.cue.start) > 1:
            continue
        host = expected[(quote.content.start, quote.content.end)]
        got = by_id[quote.within].content.start if quote.within else None
        assert got == host
