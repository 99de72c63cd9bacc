"""The ingest API the CLI and other callers rely on."""

from __future__ import annotations

from stancemap.config import IngestSettings
from stancemap.ingest import Document, IngestOptions, Skip, iter_documents, make_document

from .conftest import ARTICLE_A


def test_iter_documents_keeps_its_first_signature(write, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", ARTICLE_A + "\nAdvertisement\n")
    items = list(
        iter_documents(
            [str(path), str(tmp_path / "none.txt")], date="2020-01-02", strip_boilerplate=False
        )
    )
    doc, skip = items
    assert isinstance(doc, Document) and isinstance(skip, Skip)
    assert doc.date == "2020-01-02" and doc.excluded == []


def test_options_from_settings_with_overrides() -> None:
    settings = IngestSettings(max_bytes=1000, languages=["en", "fr"], min_chars=5)
    options = IngestOptions.from_settings(settings, allow_private=True, languages=None)
    assert options.max_bytes == 1000 and options.min_chars == 5
    assert options.languages == ("en", "fr")  # None means "not given", not "any"
    assert options.allow_private
    assert IngestOptions.from_settings(settings, languages=()).languages == ()


def test_make_document_lists_boilerplate_and_keeps_text() -> None:
    text = "Body line.\nShare this article:\nMore body.\n"
    doc = make_document(text, doc_id="x", author="A. Writer")
    assert doc.text == text and doc.info().author == "A. Writer"
    assert [text[e.start : e.end] for e in doc.excluded] == ["Share this article:"]
    assert doc.is_excluded(text.index("Share"), text.index("Share") + 5)
