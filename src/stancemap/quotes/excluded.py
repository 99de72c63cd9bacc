"""Quotes stop at the page's excluded stretches (datelines, credits, chrome).

The pages stage lists boilerplate as ``document.excluded`` without changing the
text, so the parse still reads "MOSCOW (Reuters) - Foreign Minister X said Y"
as one sentence, often with the dateline's place as the subject and the name as
its appositive. Nothing inside an excluded stretch is anyone's words or anyone's
name here:

* a source whose head word lies in a stretch hands over to its appositive
  outside it ("MOSCOW (Reuters) - Foreign Minister X said": X), rule
  ``quotes.speaker.past_dateline``; where the parse made the place and the name
  two subjects of one verb, it hands over to the other subject, rule
  ``quotes.speaker.dateline_co_subject`` (else the source is lost and the context's
  most recent subject, often one inside a relative clause, took the quote);
* every content, source and channel span is cut at the stretches; the longest
  piece left is kept (a content may keep several pieces at the records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import Excluded
from . import rulebook as R
from .reported import Attribution, Offsets, source_span, trim


def pieces(text: str, span: Offsets, stretches: Sequence[Excluded]) -> list[Offsets]:
    """The parts of ``span`` outside every stretch, trimmed, in order."""
    parts = [span]
    for ex in stretches:
        cut: list[Offsets] = []
        for start, end in parts:
            if ex.end <= start or end <= ex.start:
                cut.append((start, end))
                continue
            if start < ex.start:
                cut.append((start, ex.start))
            if ex.end < end:
                cut.append((ex.end, end))
        parts = cut
    trimmed = (trim(text, start, end) for start, end in parts)
    return [p for p in trimmed if p[1] > p[0]]


def _touches(span: Offsets, stretches: Sequence[Excluded]) -> bool:
    return any(ex.start < span[1] and span[0] < ex.end for ex in stretches)


def pieces_outside(text: str, span: Offsets, stretches: Sequence[Excluded]) -> list[Offsets]:
    """``span`` itself when it touches no stretch, else its pieces outside them."""
    return pieces(text, span, stretches) if _touches(span, stretches) else [span]


def cut_longest(text: str, span: Offsets | None, stretches: Sequence[Excluded]) -> Offsets | None:
    """The longest piece of ``span`` outside the stretches (``span`` when it touches none)."""
    if span is None or not _touches(span, stretches):
        return span
    left = pieces(text, span, stretches)
    return max(left, key=lambda p: p[1] - p[0]) if left else None


def _inside(token: Token, stretches: Sequence[Excluded]) -> bool:
    return any(ex.start <= token.idx < ex.end for ex in stretches)


def _past_dateline(
    doc: Doc, source: Offsets, stretches: Sequence[Excluded], co_subject: bool = False
) -> Offsets:
    """The source's appositive outside the stretches, when its head word is inside one;
    with ``co_subject``, else another subject of the same verb outside them."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or len(span) == 0 or not _inside(span.root, stretches):
        return source
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and not _inside(child, stretches):
            return source_span(child)
    if co_subject and root.dep_ == "nsubj" and root.head != root:
        for sibling in root.head.children:
            if sibling.dep_ == "nsubj" and sibling != root and not _inside(sibling, stretches):
                return source_span(sibling)
    return source


def clear_of_excluded(
    doc: Doc,
    text: str,
    attribution: Attribution,
    stretches: Sequence[Excluded],
    on: R.On = R.all_on,
) -> Attribution | None:
    """The attribution with its spans cut at the stretches; None when its content
    lay wholly inside them."""
    a = attribution
    spans = (a.content, a.source, a.rest, a.channel, a.speaker_at)
    if not stretches or not any(s is not None and _touches(s, stretches) for s in spans):
        return a
    source = a.source
    if source is not None and on(R.PAST_DATELINE):
        source = _past_dateline(doc, source, stretches, on(R.DATELINE_CO_SUBJECT))
    content = cut_longest(text, a.content, stretches)
    if a.content is not None and content is None:
        return None
    return replace(
        a,
        content=content,
        source=cut_longest(text, source, stretches),
        rest=cut_longest(text, a.rest, stretches),
        channel=cut_longest(text, a.channel, stretches),
        speaker_at=cut_longest(text, a.speaker_at, stretches),
    )
