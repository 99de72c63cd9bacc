"""Session 30 speed changes (engineer SP): each fast path gives exactly what the code it
replaces gave. Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.nlp import parse_documents
from stancemap.nlp.clause_mode import _tokens_within, content_head

TEXTS = [
    '"If they return, we will talk," Smith said.  Jones said she might resign.\n\nOK.',
    "Putin said Russia did not attack Ukraine; Merkel said that Germany supports France.",
    '  Two  spaces \n and a line:  "Does Iran back Hamas?" she asked.  ',
]


@pytest.fixture(scope="module")
def docs(analyzer):  # type: ignore[no-untyped-def]
    return list(parse_documents(analyzer.nlp, TEXTS, analyzer.settings.nlp))


def _walked(doc, start: int, end: int):  # type: ignore[no-untyped-def]
    """What session 29 computed: every word of the doc tested against the stretch."""
    return [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]


def test_tokens_within_is_the_whole_doc_walk(docs):  # type: ignore[no-untyped-def]
    for doc in docs:
        n = len(doc.text)
        for start in range(n + 2):  # every stretch, inside words, on spaces, past the end
            for end in range(start, n + 2):
                got = [t.i for t in _tokens_within(doc, start, end)]
                assert got == [t.i for t in _walked(doc, start, end)], (start, end)


def test_content_head_unchanged(docs):  # type: ignore[no-untyped-def]
    for doc in docs:
        for start in range(0, len(doc.text), 3):
            for end in range(start, len(doc.text) + 1, 2):
                toks = [t for t in _walked(doc, start, end) if not t.is_punct]
                head = content_head(doc, start, end)
                if not toks:
                    assert head is None
                    continue
                inside = {t.i for t in toks}
                tops = [t for t in toks if t.head.i == t.i or t.head.i not in inside]
                verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
                assert head is not None and head.i == (verbs or tops or toks)[0].i
