"""The attribution lexicon: the shipped files load, and bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.datafiles import data_path
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


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_comments_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = _file(tmp_path, "v.tsv", "# a note\nlemma\tclass\tframe\n\nsay\tspeech\tclause\n")
    assert parse_verbs(path) == {"say": ("speech", "clause")}


_VERB_HEADER = "lemma\tclass\tframe\n"


@pytest.mark.parametrize(
    ("content", "line", "field"),
    [
        ("say\tspeech\n", 2, "frame"),  # a column missing
        ("say\tspeech\tclause\twide\n", 2, None),  # a column too many
        ("say\tspeech\tclause\nwarn\tshouting\tclause\n", 3, "class"),
        ("say\tspeech\tsideways\n", 2, "frame"),
        ("Say\tspeech\tclause\n", 2, "lemma"),
        ("say\tspeech\tclause\n# note\nsay\tspeech\tto\n", 4, "lemma"),  # listed twice
    ],
)
def test_bad_verb_rows_name_file_line_and_field(
    tmp_path: Path, content: str, line: int, field: str | None
) -> None:
    path = _file(tmp_path, "verbs.tsv", _VERB_HEADER + content)
    with pytest.raises(KnowledgeBaseError) as info:
        parse_verbs(path)
    assert info.value.line == line
    assert info.value.field == field
    assert "verbs.tsv" in str(info.value)


def test_a_file_without_its_header_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="column missing") as info:
        parse_verbs(_file(tmp_path, "verbs.tsv", "say\tspeech\tclause\n"))
    assert info.value.line == 1


def test_bad_noun_and_phrase_rows_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="class"):
        parse_nouns(_file(tmp_path, "n.tsv", "lemma\tclass\nclaim\tgossip\n"))
    phrases = "phrase\tclass\thow\n"
    with pytest.raises(KnowledgeBaseError, match="two words"):
        parse_phrases(_file(tmp_path, "p.tsv", phrases + "according\tspeech\tobject\n"))
    with pytest.raises(KnowledgeBaseError, match="how"):
        parse_phrases(_file(tmp_path, "p.tsv", phrases + "according to\tspeech\tbeside\n"))


def test_the_quotes_files_are_read_through_the_shared_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every data/quotes file goes through datafiles.read_table (one validating reader):
    the lexicon's files and the WordNet cues (``quotes.wordnet_cues``)."""
    import stancemap.nlp.reporting as reporting
    import stancemap.quotes.wordnet_cues as wordnet_cues

    seen: list[str] = []
    original = reporting.read_table

    def spy(relative, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(str(relative))
        return original(relative, **kwargs)

    monkeypatch.setattr(reporting, "read_table", spy)
    monkeypatch.setattr(wordnet_cues, "read_table", spy)
    reporting.load_lexicon.cache_clear()
    wordnet_cues.load_wordnet_cues.cache_clear()
    try:
        reporting.load_lexicon()
        wordnet_cues.load_wordnet_cues()
    finally:
        reporting.load_lexicon.cache_clear()
        wordnet_cues.load_wordnet_cues.cache_clear()
    shipped = sorted(p.name for p in data_path("quotes").iterdir() if p.suffix == ".tsv")
    assert sorted(Path(s).name for s in seen) == shipped


def test_shipped_adjectives_load_with_their_classes() -> None:
    lexicon = load_lexicon()
    assert lexicon.adjectives["confident"] == "belief"
    assert lexicon.adjectives["critical"] == "stance"
    assert lexicon.adjectives["eager"] == "intention"
    assert "tall" not in lexicon.adjectives


def test_a_duplicate_adjective_names_its_line(tmp_path: Path) -> None:
    path = _file(tmp_path, "a.tsv", "# adjectives\nlemma\tclass\nsure\tbelief\nsure\tbelief\n")
    with pytest.raises(KnowledgeBaseError) as caught:
        parse_nouns(path)
    assert caught.value.path == path
    assert caught.value.line == 4
    assert caught.value.field == "lemma"
