"""Session 16: reporting cues from WordNet's structure, gated by the parse. Sentences
written for the test.

* ``quotes.cue.wordnet_judgment`` (on): "X derided Y", "X castigated Y" - a verb below
  criticize/praise/mock/spurn in WordNet, with a speaker subject and an object.
(``quotes.cue.wordnet_verb`` and ``quotes.cue.wordnet_noun``, shipped off, were removed in
session 21.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.quotes import cue_import
from stancemap.quotes.wordnet_cues import load_wordnet_cues

JUDGMENT = "quotes.cue.wordnet_judgment"
WORDNET = Path("/usr/share/wordnet")


def _cues(quotes) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {q.cue.text: q.content.text for q in quotes if q.cue is not None}


def test_a_verb_of_judging_in_words_reports_its_object(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Dana Whitfield derided the water plan as a gimmick."
    assert _cues(quotes_without(text)).get("derided") == "the water plan as a gimmick"
    assert "derided" not in _cues(quotes_without(text, (JUDGMENT,)))
    text = "Mayor Lena Ortiz castigated the council over the missing funds."
    assert "castigated" in _cues(quotes_without(text))
    assert "castigated" not in _cues(quotes_without(text, (JUDGMENT,)))


def test_a_verb_mostly_of_victory_judges_nothing(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # "trounce" has a sense under criticize.v.01, but its first sense is a defeat
    text = "Mayor Lena Ortiz trounced her rival in the spring primary."
    assert "trounced" not in _cues(quotes_without(text))


def test_a_judging_verb_needs_a_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The heavy rain derided the efforts of the road crews."
    assert "derided" not in _cues(quotes_without(text))


def test_the_list_holds_the_shapes_it_names() -> None:
    cues = load_wordnet_cues()
    assert cues.verbs.get("theorize") == "belief"
    assert cues.nouns.get("speculation") is not None
    assert {"deride", "castigate", "rebuff"} <= cues.judging
    assert "trounce" not in cues.judging
    assert ("spell", "out") in cues.phrasal


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 not installed")
def test_the_shipped_list_is_what_the_importer_writes() -> None:
    from stancemap.datafiles import data_path

    shipped = data_path("quotes/wordnet_cues.tsv").read_text("utf-8")
    rows = ["\t".join(r) for r in cue_import.rows(WORDNET)]
    assert [x for x in shipped.splitlines() if x and not x.startswith("#")][1:] == rows
