"""The NLP layer: paragraph splitting keeps offsets exact; headlines stay apart."""

from __future__ import annotations

import pytest

from stancemap.config import NlpSettings
from stancemap.errors import ConfigError
from stancemap.nlp import parse_documents, resolve_model_name
from stancemap.nlp.pipeline import split_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "One line",
        "Headline\n\nBody one. Body two.\n",
        "\n\nLeading blank lines\r\nWindows line\r\n\r\nend",
        "A" * 50 + ". " + "B" * 50 + ". " + "C" * 10,
        "",
    ],
)
def test_split_paragraphs_concatenates_back_to_the_text(text):
    pieces = split_paragraphs(text, max_chars=40)
    assert "".join(pieces) == text
    assert all(len(p) <= 40 for p in pieces)


def test_long_paragraph_is_cut_after_a_sentence_end():
    text = "First sentence here. Second sentence here. Third one."
    pieces = split_paragraphs(text, max_chars=30)
    assert pieces[0] == "First sentence here. "


def test_unknown_model_is_a_config_error():
    assert resolve_model_name("my_model") == "my_model"
    from stancemap.nlp import load_pipeline

    with pytest.raises(ConfigError, match="no_such_pipeline"):
        load_pipeline(NlpSettings(model="no_such_pipeline"))


def test_headline_does_not_merge_with_the_next_paragraph(analyzer):
    text = "Leaders meet in Paris\n\nThe talks began on Monday. They ended late.\n"
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    assert doc.text == text
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Leaders meet in Paris"
    assert "The talks began on Monday." in sentences


def test_many_documents_come_back_in_order_with_exact_text(analyzer):
    texts = [f"Title {i}\n\nParagraph {i} says hello.\n" for i in range(7)]
    docs = list(parse_documents(analyzer.nlp, texts, analyzer.settings.nlp))
    assert [d.text for d in docs] == texts


def test_doc_text_is_the_text_and_cached(analyzer):
    from stancemap.nlp.text import doc_text

    text = "Paris\n\nThe talks went on.\n"
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    assert doc_text(doc) == text
    doc.user_data["stancemap.text"] = "cached"  # the second call reads the cache
    assert doc_text(doc) == "cached"
