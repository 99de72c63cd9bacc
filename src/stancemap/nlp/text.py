"""Cheap access to a Doc's text.

``Doc.text`` rebuilds the string from every token on each call (O(n)); stages
that need the text inside per-token loops use ``doc_text`` instead, which
builds it once per Doc and keeps it in ``doc.user_data``.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import SPACY
from spacy.tokens import Doc

from .view import doc_view

_KEY = "stancemap.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = joined_text(doc)
        doc.user_data[_KEY] = cached
    return str(cached)


def joined_text(doc: Doc) -> str:
    """``doc.text`` (each token's text, a space after it where the token has one) from the
    document's view and one array read: ``Doc.text`` builds a Token per word."""
    if not len(doc):
        return ""
    spaces: Any = doc.to_array(SPACY)
    words = doc_view(doc).text
    return "".join(
        [word + " " if space else word for word, space in zip(words, spaces.tolist(), strict=True)]
    )
