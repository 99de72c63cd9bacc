"""``data/events/prospects.tsv`` is what ``events.prospects_import`` makes from WordNet 3.0
(skips where the Debian package wordnet-base is not installed)."""

from __future__ import annotations

import pytest

from stancemap.datafiles import read_table
from stancemap.events import prospects, prospects_import

NO_WORDNET = not (prospects_import.WORDNET / "data.verb").exists()


def _shipped() -> list[tuple[str, str, str]]:
    rows = read_table("events/prospects.tsv", required=("word", "kind", "mode"))
    return [(r["word"], r["kind"], r["mode"]) for r in rows]


@pytest.mark.skipif(NO_WORDNET, reason="no WordNet")
def test_the_importer_reproduces_the_shipped_table():
    assert prospects_import.prospect_rows(prospects_import.WORDNET) == _shipped()


def test_the_hand_kept_rows_are_only_those_wordnet_does_not_give():
    imported = {(w, k) for w, k, _ in _shipped()}
    kept = read_table("events/prospects_kept.tsv", required=("word", "kind", "mode"))
    assert kept and not {(r["word"], r["kind"]) for r in kept} & imported


def test_the_table_reads_the_classes_of_prospect():
    words = prospects.prospect_words()
    # verbs with the frame "Somebody ----s to INFINITIVE" below intend / promise / try
    assert words[("verb", "plan")] == words[("verb", "vow")] == "hypothetical"
    assert words[("verb", "expect")] == "hypothetical"
    assert words[("verb", "try")] == words[("verb", "strive")] == "attempt"
    assert ("verb", "decide") not in words and ("verb", "manage") not in words  # implicative
    assert words[("adjective", "likely")] == words[("adjective", "ready")] == "hypothetical"
    assert words[("adjective", "reluctant")] == "negated"
    assert words[("noun", "reluctance")] == "negated"  # derived from "reluctant"
    assert words[("noun", "intention")] == words[("noun", "plan")] == "hypothetical"
    assert words[("noun", "attempt")] == "attempt"
    assert words[("verb", "going")] == "future"  # grammar: "be going to"
    assert ("adjective", "happy") not in words  # its most frequent sense is another
    assert ("noun", "promiser") not in words  # a person, no act
    # kept by hand: no "to INFINITIVE" frame, a gerund, a sense that is not the first
    assert words[("verb", "consider")] == words[("adjective", "prepared")] == "hypothetical"
    assert words[("noun", "call")] == "hypothetical"


@pytest.mark.skipif(NO_WORDNET, reason="no WordNet")
def test_a_verb_without_the_frame_in_its_sense_is_not_read():
    rows = prospects_import.prospect_rows(prospects_import.WORDNET)
    verbs = {w for w, k, _ in rows if k == "verb"}
    assert "hope" not in verbs  # hope.v.01 lists no "to INFINITIVE" frame in WordNet 3.0
    assert "pledge" not in verbs  # pledge.v.01 lists none either
