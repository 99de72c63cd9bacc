"""A headline's clauses are no one's words unless a speech verb or quote marks say so.

News headlines set two clauses side by side ("Trudeau hits back; Sheinbaum backs
Canada", "X condemns new tariffs, Y backs Canada"). The parse then hangs one clause
under the other's verb, and a stance verb ("backs", "condemns") takes the other
clause as its content. In prose a stance verb reports a position taken towards a
thing, not a proposition; a headline's clause under it is the next headline item.

A headline here is the document's first line when it has no final full stop and is
short or set in title case (the shape ``titles`` reads). Kept: a speech verb
("Obama says Trump is unfit"), any verb whose content holds a quotation, and a
noun object: "Carney condemns Trump's new tariffs, Sheinbaum backs Canada" keeps
"condemns" with its object "Trump's new tariffs" as content, not the next clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..datafiles import constants
from ..nlp.quote_marks import QuotedSpan
from ..nlp.text import doc_text
from .reported import Attribution, Offsets, trim
from .titles import is_title

_C = constants("quotes")
_SHORT_WORDS = int(_C["headline_short_words"])  # a line this short is a headline
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_SUBJECTS = ("nsubj", "nsubjpass")
_SPEECH = "speech"


def headline_line(text: str) -> Offsets | None:
    """The first line when it reads as a headline: no final stop, short or title case."""
    match = re.search(r"\S[^\n]*", text)
    if match is None or "\n" not in text[match.end() :]:
        return None  # a text of one line is a sentence, not a headline over a story
    line = match.group().rstrip()
    if line.rstrip("\"”’'»)").endswith("."):
        return None
    words = _WORD.findall(line)
    if len(words) > _SHORT_WORDS and not is_title(words):
        return None
    return match.start(), match.start() + len(line)


def headline_clause(
    doc: Doc, attribution: Attribution, line: Offsets, quoted: list[QuotedSpan]
) -> bool:
    """A headline clause read as a non-speech verb's content (see the module's note)."""
    content = attribution.content
    if content is None or attribution.cls == _SPEECH:
        return False
    if not (line[0] <= attribution.cue[0] < line[1] and line[0] <= content[0] < line[1]):
        return False
    if any(q.inner_start < content[1] and content[0] < q.inner_end for q in quoted):
        return False
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    inside = range(span.start, span.end)
    # a clause of its own: a verb inside the content with its own subject
    return any(t.dep_ in _SUBJECTS and t.head.i in inside for t in span)


def without_headline_clause(
    doc: Doc, attribution: Attribution, line: Offsets, quoted: list[QuotedSpan]
) -> Attribution | None:
    """The attribution as it stands, or with its verb's noun object as content in place
    of a headline clause, or None when the verb has no object to fall back on."""
    if not headline_clause(doc, attribution, line, quoted):
        return attribution
    cue = doc.char_span(*attribution.cue, alignment_mode="expand")
    objects = [c for c in cue.root.children if c.dep_ == "dobj"] if cue is not None else []
    if not objects:
        return None
    obj = objects[0]
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return replace(attribution, content=trim(doc_text(doc), start, end), rest=None)
