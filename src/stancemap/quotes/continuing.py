"""A quotation that opens the sentence after its speaker's cue clause, across an
adverbial or a cut source (``quotes.link.continued_sentence``).

"“Y,” Tulsa police Chief Chuck Jordan said Monday. “Z.”", "“Y,” the strategist said in
an interview with CNN. “Z.”": the sentence between the two quotations is the first
one's cue clause and nothing else, so Z is the same speaker's. ``continued`` and
``next_paragraph`` (``linking``) ask that only glue lie before the clause and only a
full stop after it; this rule asks instead that the stretch between the quotations be
one sentence holding that attribution's cue and source and no other attribution's cue,
no quote mark, ending in a full stop, question or exclamation mark (a paragraph break
may follow it). Pure text and the attributions found on the parse; no word list.
"""

from __future__ import annotations

import re

from ..nlp.quote_marks import QuotedSpan
from .linking import Item
from .reported import Attribution

Offsets = tuple[int, int]

# a sentence end inside the stretch: a full stop, question or exclamation mark followed by
# a space and more text, unless the word before it is an initial or a short capitalised
# abbreviation ("Rep. Elijah E. Cummings", "Gov. Pence", "D-Md.)")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s+\S")
_END = re.compile(r"[.!?][^\S\n]*(?:\n[^\S\n]*){0,2}$")  # its own full stop, a paragraph break
_MARKS = set('“”„«»‹›"')


def _inside(inner: Offsets, outer: Offsets) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def continued_sentence(
    text: str,
    previous: tuple[QuotedSpan, Item] | None,
    q: QuotedSpan,
    attributions: list[Attribution],
    max_chars: int,
) -> Item | None:
    """The item of the quotation before when only its cue clause's sentence lies between."""
    if previous is None:
        return None
    last, item = previous
    a = item.attribution
    if a is None or a.source is None or not last.closed or q.start - last.end > max_chars:
        return None
    gap = (last.end, q.start)
    if not _inside(a.cue, gap) or not _inside(a.source, gap):
        return None
    between = text[gap[0] : gap[1]]
    end = _END.search(between)
    if _MARKS & set(between) or end is None:
        return None
    body = between[: end.start()]
    if _SENTENCE_END.search(body):
        return None  # two sentences: the second may be anyone's
    if any(other is not a and _inside(other.cue, gap) for other in attributions):
        return None
    return item
