"""Acceptance on the founding example: the 8 quotations of its expected.md.

The article is only read here, as test input; nothing in the code knows it.
Speaker ids must equal the actor the actors stage gives the named source.
"""

from __future__ import annotations

import pytest

from shared_data import shared_path
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Quote


@pytest.fixture(scope="module")
def example(analyzer):  # type: ignore[no-untyped-def]
    text = shared_path("examples", "tokayev-putin.txt").read_text("utf-8")
    document = make_document(text, doc_id="tokayev-putin", date="2022-06-17")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    return text, layer, analyzer.quotes(doc, document, layer)


def _quote(quotes: list[Quote], start_words: str) -> Quote:
    found = [q for q in quotes if start_words in q.content.text]
    assert len(found) == 1, start_words
    return found[0]


def _actor_of(text: str, layer, name: str) -> str:  # type: ignore[no-untyped-def]
    start = text.index(name)
    actor = layer.actor_at(start, start + len(name))
    assert actor is not None, name
    return actor


# (words in the quotation, kind, cue, source as written, the name the speaker must share)
EXPECTED = [
    ("this principle also applies", {"direct"}, None, None, "Kassym-Jomart Tokayev"),
    ("There are different views", {"direct"}, "said", "he", "Kassym-Jomart Tokayev"),
    ("you have to realize", {"direct"}, None, None, "Kassym-Jomart Tokayev"),
    ("I think that is our failure", {"direct"}, None, None, "Kassym-Jomart Tokayev"),
    ("was forced and necessary", {"direct"}, "said", "Putin", "Vladimir Putin"),
    ("literally pumped up Ukraine", {"mixed"}, "said", "the Kremlin chief", "Vladimir Putin"),
    ("What is happening now", {"direct"}, "said", "Putin", "Vladimir Putin"),
    ("systematic mistakes", {"mixed", "direct"}, None, None, "Vladimir Putin"),
]


@pytest.mark.parametrize(("words", "kinds", "cue", "source", "speaker"), EXPECTED)
def test_the_eight_quotations_and_their_speakers(
    example, words, kinds, cue, source, speaker
) -> None:  # type: ignore[no-untyped-def]
    text, layer, quotes = example
    q = _quote(quotes, words)
    assert q.kind in kinds
    if cue is not None:
        assert q.cue is not None and q.cue.text == cue
    if source is not None:
        assert q.source is not None and q.source.text == source
    assert q.speaker == _actor_of(text, layer, speaker)


def test_reported_speech_of_the_example(example) -> None:  # type: ignore[no-untyped-def]
    text, layer, quotes = example
    tokayev = _actor_of(text, layer, "Kassym-Jomart Tokayev")
    passive = _quote(quotes, "Kazakhstan will not recognize")
    assert passive.kind == "indirect" and passive.speaker == tokayev
    crisis = _quote(quotes, "There is a crisis")
    assert crisis.source is not None and crisis.source.text == "Tokyo"
    assert crisis.speaker == tokayev
    assert crisis.channel_span is not None and crisis.channel_span.text == "Russian agencies"
    accused = _quote(quotes, "economic policies of global inflation")
    assert accused.cue is not None and accused.cue.text == "accused"


def test_nothing_from_the_comment_form(example) -> None:  # type: ignore[no-untyped-def]
    text, _, quotes = example
    footer = text.index("Leave a Reply")
    assert all(q.content.end <= footer for q in quotes)
