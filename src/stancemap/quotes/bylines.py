"""A quotation signed after a dash: "“Y.” ― Name" (``quotes.speaker.dash_byline``).

The typographic convention of a quoted reader, voter or epigraph: the closing quote
mark, a dash (horizontal bar, em or en dash, or "--") and the speaker's name, ending the
line, perhaps with a short description after a comma ("― Julie A. Diaz Martinez, 34,
Miami"). The name is the quotation's source; its speaker is the actor the actors stage
records on it (``SpeakerResolver.resolve``), or no one where it records none - never the
salient actor before the quotation, who is the previous quotation's signer.

Pure syntax of the line: no word list; who the name is comes from the actor layer.
"""

from __future__ import annotations

import re

from .speakers import SpeakerResolver

Offsets = tuple[int, int]

# the closing mark, spaces (a no-break space too) and a dash; no line break before it
_DASH = re.compile(r"[^\S\n]*(?:[―—–]|--)[^\S\n]*")
# the name: up to a comma, a full stop after a lower-case letter, a bracket or the line's end
_NAME = re.compile(r"[^,;:(\[\n]*?(?=\s*(?:[,;:(\[]|(?<=[a-z])\.|$))", re.MULTILINE)
# what may follow the name on its line: a description after a comma or in brackets
_AFTER_NAME = re.compile(r"^\s*(?:[,;:(\[].*|\.\s*)?$")
_QUOTE_MARKS = set('“”„«»‹›"')
_MAX_LINE_WORDS = 12  # a signature line, not a sentence that goes on after a dash


def dash_byline(
    text: str, resolver: SpeakerResolver, quote_end: int
) -> tuple[Offsets, str | None] | None:
    """(the name's span, its actor or None) when a dash byline follows the quotation
    ending at ``quote_end`` (just after its closing mark), else None."""
    dash = _DASH.match(text, quote_end)
    if dash is None:
        return None
    start = dash.end()
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[start:line_end]
    if not line[:1].isupper() or _QUOTE_MARKS & set(line) or len(line.split()) > _MAX_LINE_WORDS:
        return None
    name = _NAME.match(line)
    if name is None or not name.group(0).strip():
        return None
    if not _AFTER_NAME.match(line[name.end() :]):
        return None
    words = name.group(0).split()
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None  # "― and the crowd cheered": a sentence, not a name
    span = (start, start + len(name.group(0).rstrip()))
    speaker, _, _ = resolver.resolve(span)
    return span, speaker


# a closing quote mark followed by a dash on the same line: where a signature may start
_CLOSE_DASH = re.compile(r"[”\"»’][^\S\n]*(?:[―—–]|--)")


def paragraph_byline(
    text: str, resolver: SpeakerResolver, quote_end: int
) -> tuple[Offsets, str | None] | None:
    """(the name's span, its actor or None) when the paragraph holding the quotation
    ending at ``quote_end`` closes with a dash byline after a later quotation
    (``quotes.speaker.dash_byline_paragraph``): "“A ‘B.” And “C.” ― Name" signs both
    quotations of its line, not only the last. The quotation's own closing mark counts:
    the last quotation before the dash is signed as ``dash_byline`` signs it."""
    line_end = text.find("\n", quote_end)
    line_end = len(text) if line_end < 0 else line_end
    last = None
    for match in _CLOSE_DASH.finditer(text, max(0, quote_end - 1), line_end):
        last = match
    if last is None:
        return None
    return dash_byline(text, resolver, last.start() + 1)
