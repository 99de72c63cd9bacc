"""Cheap access to a Doc's text.

``Doc.text`` rebuilds the string from every token on each call (O(n)); stages
that need the text inside per-token loops use ``doc_text`` instead, which
builds it once per Doc and keeps it in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "stancemap.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_KEY] = cached
    return str(cached)
