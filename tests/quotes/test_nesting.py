"""Attributions inside another's content are embedded in it, not counted twice."""

from __future__ import annotations

from stancemap.quotes.nesting import mark_embedded
from stancemap.records import Quote, Span


def _quote(text: str, content: str, cue: str, qid: str, after: int = 0) -> Quote:
    """A quote on the first ``content`` and ``cue`` at or after ``after``."""
    start = text.index(content, after)
    cue_start = text.index(cue, after)
    return Quote(
        id=qid,
        kind="indirect",
        content=Span(start=start, end=start + len(content), text=content),
        cue=Span(start=cue_start, end=cue_start + len(cue), text=cue),
        confidence=0.7,
    )


TEXT = "Smith said voters think the tax is unfair and critics claim it is illegal. Jones denied it."


def test_inner_cues_are_embedded_in_the_outer_quote() -> None:
    inner = _quote(TEXT, "the tax is unfair", "think", "q1")
    outer = _quote(
        TEXT, "voters think the tax is unfair and critics claim it is illegal", "said", "q2"
    )
    other = _quote(TEXT, "it", "denied", "q3", after=TEXT.index("Jones"))
    second = _quote(TEXT, "it is illegal", "claim", "q4")
    marked = mark_embedded([inner, outer, other, second])
    top = [q for q in marked if q.within is None]
    assert [q.cue.text for q in top if q.cue] == ["said", "denied"]
    embedded = [q for q in marked if q.within is not None]
    assert [q.cue.text for q in embedded if q.cue] == ["think", "claim"]
    said = next(q.id for q in top if q.cue and q.cue.text == "said")
    assert all(q.within == said for q in embedded)
    assert len({q.id for q in marked}) == 4


def test_pieces_of_a_split_quotation_stay_together() -> None:
    text = "“We lost,” he said, “and voters think we deserved it.” Lee said he thinks so."
    first = _quote(text, "We lost", "said", "q1")
    second = _quote(text, "and voters think we deserved it", "said", "q2")
    inner = Quote(
        id="q3",
        kind="indirect",
        content=Span(start=text.index("we deserved"), end=text.index(".”"), text="we deserved it"),
        cue=Span(start=text.index("think"), end=text.index("think") + 5, text="think"),
        confidence=0.7,
    )
    marked = mark_embedded([first, second, inner])
    assert [q.within is None for q in marked].count(True) == 2
    assert len({q.id for q in marked}) == 3
    assert next(q for q in marked if q.cue and q.cue.text == "think").within is not None


def test_the_stage_lists_a_nested_belief_once(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_of("Maria Lopez said most farmers believe the subsidy is too small.")
    top = [q for q in quotes if q.within is None]
    assert len(top) == 1 and top[0].cue is not None and top[0].cue.text == "said"
    assert any(q.within == top[0].id and q.cue and q.cue.text == "believe" for q in quotes)
