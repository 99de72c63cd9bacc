"""The attribution lexicon: the shipped files load, and bad files fail clearly."""

from __future__ import annotations

import pytest

from stancemap.errors import KnowledgeBaseError
from stancemap.quotes.lexicon import load_lexicon, parse_nouns, parse_phrases, parse_verbs


def test_shipped_lexicon_loads_with_the_core_reporting_words() -> None:
    lexicon = load_lexicon()
    for lemma in ("say", "tell", "warn", "accuse", "deny", "insist", "claim", "argue", "complain"):
        assert lexicon.verb_class(lemma) == "speech", lemma
    assert lexicon.verb_class("believe") == "belief"
    assert lexicon.verb_class("want") == "intention"
    assert lexicon.verb_class("walk") is None
    assert lexicon.nouns["claim"] == "speech"
    assert any(p.words == ("according", "to") for p in lexicon.phrases)


def test_speech_words_are_told_from_beliefs() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_speech("say")
    assert lexicon.is_speech("According")
    assert lexicon.is_speech("statement")
    assert not lexicon.is_speech("believe")
    assert not lexicon.is_speech("table")


def test_comments_and_blank_lines_are_skipped() -> None:
    verbs = parse_verbs("v.tsv", "# header\n\nsay\tspeech\tclause\n")
    assert verbs == {"say": ("speech", "clause")}


@pytest.mark.parametrize(
    ("content", "line", "field"),
    [
        ("say\tspeech\n", 1, None),  # a column missing
        ("say\tspeech\tclause\nwarn\tshouting\tclause\n", 2, "class"),
        ("say\tspeech\tsideways\n", 1, "frame"),
        ("Say\tspeech\tclause\n", 1, "lemma"),
        ("say\tspeech\tclause\n# note\nsay\tspeech\tto\n", 3, "lemma"),  # listed twice
    ],
)
def test_bad_verb_rows_name_file_line_and_field(content: str, line: int, field: str | None) -> None:
    with pytest.raises(KnowledgeBaseError) as info:
        parse_verbs("verbs.tsv", content)
    assert info.value.line == line
    assert info.value.field == field
    assert "verbs.tsv" in str(info.value)


def test_bad_noun_and_phrase_rows_are_refused() -> None:
    with pytest.raises(KnowledgeBaseError, match="class"):
        parse_nouns("nouns.tsv", "claim\tgossip\n")
    with pytest.raises(KnowledgeBaseError, match="two words"):
        parse_phrases("phrases.tsv", "according\tspeech\tobject\n")
    with pytest.raises(KnowledgeBaseError, match="how"):
        parse_phrases("phrases.tsv", "according to\tspeech\tbeside\n")


def test_shipped_adjectives_load_with_their_classes() -> None:
    lexicon = load_lexicon()
    assert lexicon.adjectives["confident"] == "belief"
    assert lexicon.adjectives["critical"] == "stance"
    assert lexicon.adjectives["eager"] == "intention"
    assert "tall" not in lexicon.adjectives


def test_a_duplicate_adjective_names_its_line() -> None:
    with pytest.raises(KnowledgeBaseError) as caught:
        parse_nouns("a.tsv", "# adjectives\nsure\tbelief\nsure\tbelief\n")
    assert caught.value.path == "a.tsv"
    assert caught.value.line == 3
    assert caught.value.field == "lemma"
