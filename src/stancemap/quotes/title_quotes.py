"""Titles in quote marks are no quotations (``quotes.link.title_not_quotation``).

"X said Monday on CNN's “New Day.”", "Y appeared on “Meet the Press” to say Z": the
marks set off the name of a show, a book or a film, not anyone's words. The quotes
stage linked such a stretch to the nearby attribution as a second piece of content
("New Day" said by X), or made it the content of a verb nearby. A stretch between
marks is a title when it is short, every word of it that is not a small function word
is capitalised, it holds no sentence, and it follows a preposition or a possessive
("on", "in", "CNN's"): the place of a name, not of a quotation.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..nlp.view import doc_view
from .marks import QuotedSpan

_MAX_WORDS = 6
_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"}
)
_BEFORE_TAGS = frozenset({"IN", "POS"})


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _title_shaped(text: str, q: QuotedSpan) -> bool:
    """Closed, short, title case and no sentence inside."""
    if not q.closed:
        return False
    inner = text[q.inner_start : q.inner_end].strip().rstrip(".,!?")
    words = inner.split()
    if not 1 <= len(words) <= _MAX_WORDS or any(c in inner for c in ".!?;:"):
        return False
    return _title_case(words)


def is_title(doc: Doc, text: str, q: QuotedSpan) -> bool:
    """Is the quoted stretch a title (a show, a book) rather than someone's words?"""
    if not _title_shaped(text, q):
        return False
    view = doc_view(doc)
    before = bisect_left(view.idx, q.start) - 1  # the token before the opening mark
    if before < 0:
        return False
    token = doc[before]
    return token.tag_ in _BEFORE_TAGS and token.sent.start < before
