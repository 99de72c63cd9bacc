"""Session 48 speed changes (engineer PS): each fast path gives exactly what the
whole-document walk it replaces gave (the walks are kept here as the reference).
Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from stancemap.actors.quoted_pronouns import _HOPS, _SUBJECTS, _speaker_tokens
from stancemap.nlp import parse_documents
from stancemap.nlp.quote_marks import QuotedSpan, find_quoted
from stancemap.nlp.reporting import load_lexicon
from stancemap.nlp.view import positions_from
from stancemap.quotes.stage import _cue_negated
from stancemap.stances.judged_subject import _reports_position

TEXTS = [
    '"I trusted him, and he let the party down," Okafor said on Monday. '
    'Lindqvist replied: "She never told him that we would vote for his plan."',
    "Nobody said the senator would resign.  The mayor has not said whom she would back, "
    'and her aides never said it either. "He is wrong," she added, "and they know it."',
    'A survey released on Friday showed that voters trust him. "We found that he leads," '
    "the pollster wrote, while the governor's office denied the report.\n\nNo comment.",
    '  "Unclosed quote from him  and a second line.\n\n"They asked him," Reyes told reporters.',
]


@pytest.fixture(scope="module")
def docs(analyzer):  # type: ignore[no-untyped-def]
    return list(parse_documents(analyzer.nlp, TEXTS, analyzer.settings.nlp))


def _reaches(token, target) -> bool:  # type: ignore[no-untyped-def]
    head = token
    for _ in range(_HOPS):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.i == target.i:
            return True
    return False


def _walked_speakers(doc, span):  # type: ignore[no-untyped-def]
    """Session 47's ``_speaker_tokens``: every word of the doc tested against the span."""

    def inside(t):  # type: ignore[no-untyped-def]
        return span.inner_start <= t.idx < span.inner_end

    lexicon = load_lexicon()
    quoted = [t for t in doc if inside(t)]
    if not quoted:
        return []
    first, last = quoted[0].sent.start, quoted[-1].sent.end
    subjects = []
    for verb in doc[first:last]:
        if verb.pos_ not in ("VERB", "AUX") or span.start <= verb.idx < span.end:
            continue
        if lexicon.verb_lemma(verb.lemma_, verb.text) is None:
            continue
        tied = any(_reaches(t, verb) for t in quoted) or any(inside(t) for t in verb.ancestors)
        if tied:
            subjects += [
                c
                for c in verb.children
                if c.dep_ in _SUBJECTS and not (span.start <= c.idx < span.end)
            ]
    return subjects


def _spans(doc):  # type: ignore[no-untyped-def]
    """The text's own quotations and made-up ones over every few characters."""
    found = list(find_quoted(doc.text))
    n = len(doc.text)
    for start in range(0, n, 7):
        for end in range(start + 2, n + 2, 11):
            found.append(QuotedSpan(start, end, start + 1, end - 1, True, "straight"))
    return found


def test_positions_from_is_the_whole_doc_walk(docs):  # type: ignore[no-untyped-def]
    for doc in docs:
        n = len(doc.text)
        for start in range(-1, n + 2):
            for end in range(start - 1, n + 2):
                got = list(positions_from(doc, start, end))
                assert got == [t.i for t in doc if start <= t.idx < end], (start, end)


def test_speaker_tokens_unchanged(docs):  # type: ignore[no-untyped-def]
    said = 0
    for doc in docs:
        for span in _spans(doc):
            got = [t.i for t in _speaker_tokens(doc, span)]
            assert got == [t.i for t in _walked_speakers(doc, span)], span
            said += bool(got)
    assert said > 10  # the texts' quotations do have speakers the parse ties to them


def _walked_negated(doc, cue) -> bool:  # type: ignore[no-untyped-def]
    from stancemap.nlp import modality as mod

    verbs = [
        t
        for t in doc
        if cue.start <= t.idx < cue.end and t.pos_ in ("VERB", "AUX", "NOUN") and t.dep_ != "aux"
    ]
    return any(
        any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children) or mod.negative_subject(v)
        for v in verbs[:1]
    )


def _walked_reports(doc, quote) -> bool:  # type: ignore[no-untyped-def]
    lexicon = load_lexicon()
    for tok in doc:
        if quote.cue.start <= tok.idx < quote.cue.end:
            lemma = tok.lemma_.lower()
            verb = lexicon.verbs.get(lemma)
            cls = verb[0] if verb is not None else lexicon.nouns.get(lemma)
            if cls == "evidence":
                return False
    return True


def test_cue_readings_unchanged(docs):  # type: ignore[no-untyped-def]
    negated = evidence = 0
    for doc in docs:
        for a in doc:  # every stretch of one to four words as the cue
            for b in doc[a.i : a.i + 4]:
                cue = SimpleNamespace(start=a.idx, end=b.idx + len(b))
                assert _cue_negated(doc, cue) == _walked_negated(doc, cue), (a.i, b.i)
                quote = SimpleNamespace(cue=cue)
                assert _reports_position(doc, quote) == _walked_reports(doc, quote)
                negated += _cue_negated(doc, cue)
                evidence += not _reports_position(doc, quote)
    assert negated > 0 and evidence > 0  # both answers occur


def test_sentence_starts_and_quote_sentences_unchanged(docs):  # type: ignore[no-untyped-def]
    from stancemap.nlp.view import doc_view
    from stancemap.stances.claims import quote_sentences, tokens_between

    pieces = 0
    for doc in docs:
        assert doc_view(doc).sent_start == [t.sent.start for t in doc]
        n = len(doc.text)
        for start in range(0, n, 5):
            for end in range(start, n + 1, 9):
                quote = SimpleNamespace(content=SimpleNamespace(start=start, end=end))
                tokens = tokens_between(doc, start, end)
                starts = [t.sent.start for t in tokens]
                walked = []  # session 47's partition: each sentence's tokens picked from all
                for sent in sorted(set(starts)):
                    piece = [t for t, s in zip(tokens, starts, strict=True) if s == sent]
                    words = [t for t in piece if not t.is_punct and not t.is_space]
                    if len(words) >= 3 and piece[-1].text != "?":
                        walked.append([t.i for t in piece])
                got = [[t.i for t in piece] for piece in quote_sentences(doc, quote)]
                assert got == walked, (start, end)
                pieces += len(got) > 1
    assert pieces > 0  # stretches over two sentences occur


def test_subtree_on_the_view_is_token_subtree(docs):  # type: ignore[no-untyped-def]
    from stancemap.actors.pronoun_chains import _subtree
    from stancemap.nlp.view import doc_view

    for doc in docs:
        view = doc_view(doc)
        for tok in doc:
            assert _subtree(view, tok.i) == {t.i for t in tok.subtree}, tok.i
