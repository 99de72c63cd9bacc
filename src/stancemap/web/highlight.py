"""Search snippets with their matches marked, safely.

The store's search returns snippets with each matched word between ``[`` and
``]`` (FTS5 ``snippet()``, PostgreSQL ``ts_headline``). Article text is hostile
and may hold brackets and markup of its own, so a bracketed stretch becomes a
``<mark>`` only when it is one word that matches a word of the query (the same
word, or a form of it sharing its stem, as PostgreSQL's English stemming
matches); every other character, brackets included, is escaped text.
"""

from __future__ import annotations

import re
from os.path import commonprefix

from markupsafe import Markup, escape

from ..actors.normalize import fold
from ..store.search import words

_MARKED = re.compile(r"\[(\w+)\]")
# a stemmed match shares at least this much of the shorter word (and never < 3 letters)
_STEM_SLACK = 2
_MIN_STEM = 3


def _matches(word: str, query_words: list[str]) -> bool:
    key = fold(word).lower()
    for wanted in query_words:
        if key == wanted:
            return True
        shared = len(commonprefix([key, wanted]))
        if shared >= max(_MIN_STEM, min(len(key), len(wanted)) - _STEM_SLACK):
            return True
    return False


def snippet_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """``snippet`` cut into (text, is a match) pieces, markers removed from the matches."""
    query_words = [fold(w).lower() for w in words(query)]
    parts: list[tuple[str, bool]] = []
    at = 0
    for found in _MARKED.finditer(snippet):
        if not _matches(found.group(1), query_words):
            continue  # brackets of the article's own: kept as text
        if found.start() > at:
            parts.append((snippet[at : found.start()], False))
        parts.append((found.group(1), True))
        at = found.end()
    if at < len(snippet):
        parts.append((snippet[at:], False))
    return parts


def highlight(snippet: str | None, query: str) -> Markup:
    """The snippet as HTML: matches in ``<mark>``, everything else escaped."""
    return Markup("").join(
        Markup("<mark>{}</mark>").format(text) if hit else escape(text)
        for text, hit in snippet_parts(snippet or "", query)
    )
