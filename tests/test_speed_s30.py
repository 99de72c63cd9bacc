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


def _old_poll_features(head):  # type: ignore[no-untyped-def]
    """Session 29's ``_poll_features``: ``sent.ents`` for each event."""
    from stancemap.events.reality import NUMBER_LABELS, _poll_nouns

    out = {}
    labels = {e.label_ for e in head.sent.ents}
    if "PERCENT" in labels:
        out["sent:percent"] = 1.0
    if labels & NUMBER_LABELS:
        out["sent:number"] = 1.0
    if any(t.lemma_.lower() in _poll_nouns() for t in head.sent):
        out["sent:poll"] = 1.0
    return out


def test_poll_features_read_the_view_as_sent_ents(analyzer):  # type: ignore[no-untyped-def]
    from stancemap.events.reality import _poll_features
    from stancemap.nlp.view import doc_view

    texts = [
        "A poll by Gallup on Monday found 52 percent of voters in Ohio back Smith. "
        "Two thousand people in New York marched on 5 May. Nobody came.",
        "Merkel met Putin in Berlin in March 2015, and 3 million Germans watched.",
    ]
    for doc in parse_documents(analyzer.nlp, texts, analyzer.settings.nlp):
        assert doc_view(doc).ents == [(e.start, e.end, e.label_) for e in doc.ents]
        assert any(e.label_ in ("PERCENT", "CARDINAL", "DATE") for e in doc.ents)
        for tok in doc:
            assert _poll_features(tok) == _old_poll_features(tok), tok.text
