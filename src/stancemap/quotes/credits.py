"""A quotation signed by a dash and a name: "“Y.” ― Jane Doe", "“Y” — Jane Doe, a nurse".

Vox pops, pull quotes and epigraphs put the speaker after the quotation on the same
line, behind a dash, with no reporting verb. The stage's other links find no cue
there, and the context rule would hand the quotation to the name signed under the
quotation before it. A quotation followed on its line by a dash (any of ― — – -)
and then a short run of capitalised words up to the line's end (or a comma that
opens a description, or a full stop) is that name's: the name is the source.
"""

from __future__ import annotations

import re

from ..datafiles import constants
from .marks import QuotedSpan
from .reported import Offsets

_C = constants("quotes")
_MAX_WORDS = int(_C["credit_max_words"])  # longer runs after a dash are prose
# the dash right after the closing mark, then the rest of the line
_AFTER = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*([^\n]*)")
_LINKING = frozenset({"de", "del", "la", "van", "von", "der", "da", "dos", "di", "le", "al", "bin"})


def credit_after(text: str, q: QuotedSpan) -> Offsets | None:
    """The name signed after the quotation on its line, or None."""
    if not q.closed:
        return None
    match = _AFTER.match(text, q.end)
    if match is None:
        return None
    start, end = match.span(1)
    line = text[start:end]
    name = re.split(r",|\.\s*$|\s\(", line, maxsplit=1)[0].rstrip(" .")
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    if not all(w[0].isupper() or w.lower() in _LINKING for w in words):
        return None
    if name != line.rstrip(" .") and not line[len(name) :].lstrip().startswith((",", "(")):
        return None  # more words after the name on the line: a sentence, not a signature
    return start, start + len(name)
