"""Spokespeople: the person named beside "spokesman" speaks, for the one named after "for".

The sentences are the project's own (invented events, real office holders' names).
"""

from __future__ import annotations

import pytest

from stancemap.evaluate.speakers import with_disabled
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes import QuoteStage
from stancemap.records import Analysis, Quote


def _said(quotes: list[Quote]) -> Quote:
    return next(q for q in quotes if q.cue is not None and q.cue.text == "said")


def _name(result: Analysis, actor_id: str | None) -> str | None:
    return next((a.name for a in result.actors if a.id == actor_id), None)


@pytest.mark.parametrize(
    ("text", "speaker", "principal"),
    [
        (
            "A spokesman for Turkish President Recep Tayyip Erdogan, Ibrahim Kalin, said on "
            "Wednesday that Sweden had not done enough.",
            "Kalin",
            "Erdo",
        ),
        (
            "Erdogan's spokesman, Ibrahim Kalin, said on Friday that the talks with Sweden "
            "had stalled.",
            "Kalin",
            "Erdo",
        ),
        (
            "Ibrahim Kalin, a spokesman for Recep Tayyip Erdogan, said on Monday that the "
            "vote in Stockholm would not change anything.",
            "Kalin",
            "Erdo",
        ),
        (
            "Zelensky's spokesman Serhiy Nykyforov said on Wednesday that Orban was speaking "
            "for Moscow.",
            "Nykyforov",
            "Zelensky",
        ),
    ],
)
def test_the_named_spokesperson_speaks_for_the_principal(
    analyzer, text: str, speaker: str, principal: str
) -> None:  # type: ignore[no-untyped-def]
    result = analyzer.analyze_text(text, doc_id="t")
    quote = _said(result.quotes)
    assert speaker in (_name(result, quote.speaker) or "")
    assert principal in (_name(result, quote.speaks_for) or "")


def test_a_spokesman_named_for_the_principal_is_no_other_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    # the appositive names the principal himself: nobody else is the speaker
    result = analyzer.analyze_text(
        "A spokesman for the Turkish president, Recep Tayyip Erdogan, said on Monday that "
        "the talks would go on.",
        doc_id="t",
    )
    quote = _said(result.quotes)
    assert quote.speaks_for is None or quote.speaks_for != quote.speaker


def test_switched_off_the_principal_speaks_again(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesman for Turkish President Recep Tayyip Erdogan, Ibrahim Kalin, said on "
        "Wednesday that Sweden had not done enough."
    )
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = analyzer.actors(doc, document)
    off = QuoteStage(with_disabled(analyzer.settings, ["quotes.speaker.spokesperson"]))
    before = _said(off(doc, document, layer))
    after = _said(analyzer.quotes(doc, document, layer))
    assert before.speaker != after.speaker
    assert before.speaks_for is None
    assert "Kalin" in (layer.actors[after.speaker].name if after.speaker else "")


def test_later_quotes_of_a_spokesperson_keep_the_principal(analyzer) -> None:  # type: ignore[no-untyped-def]
    result = analyzer.analyze_text(
        "A spokesman for Turkish President Recep Tayyip Erdogan, Ibrahim Kalin, said on "
        "Wednesday that Sweden had not done enough. Kalin said Ankara would decide in its "
        "own time.",
        doc_id="t",
    )
    kalin = [q for q in result.quotes if "Kalin" in (_name(result, q.speaker) or "")]
    assert len(kalin) == 2
    assert all("Erdo" in (_name(result, q.speaks_for) or "") for q in kalin)
