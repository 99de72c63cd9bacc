"""One list per concept: pronouns, reporting verbs, lemma fallback, union-find."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.datafiles import read_table, word_list
from stancemap.errors import KnowledgeBaseError
from stancemap.nlp.lemmas import inflections, irregular_past
from stancemap.nlp.reporting import load_lexicon, speech_verbs
from stancemap.nlp.words import pronoun_gender, pronouns
from stancemap.unionfind import UnionFind


def test_pronoun_features_select_the_right_words() -> None:
    assert pronouns(person=1, forms=("subject", "object")) == {"i", "me", "we", "us"}
    assert pronouns(person=3, number="pl", forms=("subject", "object", "possessive")) == {
        "they",
        "them",
        "their",
    }
    assert pronouns(gender="f") == {"she", "her", "hers", "herself"}
    assert pronoun_gender("Him") == "m" and pronoun_gender("they") is None
    assert pronoun_gender("it") is None  # neuter is not a person's gender


def test_speech_verbs_come_from_the_reporting_lexicon() -> None:
    verbs = speech_verbs()
    lexicon = load_lexicon()
    assert {"say", "tell", "warn", "tweet"} <= verbs
    assert "believe" not in verbs and lexicon.verb_class("believe") == "belief"
    assert all(lexicon.verb_class(v) == "speech" for v in verbs)


def test_quotes_lexicon_is_the_shared_one() -> None:
    from stancemap.quotes import lexicon as quotes_lexicon

    assert quotes_lexicon.load_lexicon() is load_lexicon()


def test_lemma_fallback_maps_inflected_and_irregular_forms() -> None:
    assert {"hopes", "hoped", "hoping"} <= inflections("hope")
    assert {"plans", "planned", "planning"} <= inflections("plan")
    assert {"denies", "denied"} <= inflections("deny")
    assert irregular_past("Said") == "say" and irregular_past("walked") is None
    assert load_lexicon().inflected_verb("told") == "tell"


def test_union_find_groups_transitively_with_the_smallest_root() -> None:
    groups = UnionFind(["d", "c", "b", "a", "e"])
    groups.union("d", "c")
    groups.union("b", "c")
    assert groups.find("d") == "b"
    assert groups.groups() == [["a"], ["b", "c", "d"], ["e"]]
    assert groups.union("a", "a") == "a"


def test_a_malformed_table_names_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# comment\nword\tperson\nhe\t3\nhe\t3\n", "utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad.tsv:4.*already on line 3"):
        read_table(bad, required=("word",), unique="word")
    missing = tmp_path / "missing.tsv"
    missing.write_text("word\tperson\nhe\t\n", "utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"missing.tsv:2: field 'person': empty"):
        read_table(missing, required=("word", "person"))
    twice = tmp_path / "twice.txt"
    twice.write_text("say\nSay\n", "utf-8")
    with pytest.raises(KnowledgeBaseError, match="twice.txt:2"):
        word_list(twice)
