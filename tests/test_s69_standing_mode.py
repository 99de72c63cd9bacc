"""Session 69 (MP, issue 14): a relation told by a noun of standing is no dated news.

``stances.mode.standing_undated``: "Newt Gingrich, a Trump ally", "her opponent, Y" - a
relation read from a noun of standing (``ally_possessor``, ``rival_possessor``) in an
asserted clause gets the mode ``standing``; it weighs as asserted in its document, and the
corpus series (monthly windows, change points) leave it out. Ships off. Sentences written
for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from rule_pairs import pairs_of
from rule_settings import with_rules
from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.timeseries import Window, pair_series
from stancemap.config import Settings
from stancemap.pipeline import Analyzer
from stancemap.rules import RuleSwitches
from stancemap.stances.modes import most_real

STANDING = "stances.mode.standing_undated"
RIVAL = "stances.mode.standing_rival_undated"
ALLY = "stances.relations.ally_possessor"

ALLY_TEXT = (
    "Donald Trump spoke on Monday. Former House speaker Newt Gingrich, a Trump ally, "
    "said the speech was strong."
)
RIVAL_TEXT = (
    "Hillary Clinton spoke on Monday. Her opponent, Bernie Sanders, said the speech was weak."
)


def _analyzer(standing: bool, rival: bool = False) -> Analyzer:
    rules = [ALLY, STANDING] if standing else [ALLY]
    if rival:
        rules.append(RIVAL)
    return Analyzer(with_rules(enable=rules, disable=[] if standing else [STANDING]))


def test_standing_on_rival_off() -> None:
    """standing_undated on since session 69 (with ally_possessor); the rival one off."""
    disabled = set(Settings().rules.disable)
    assert RIVAL in disabled
    assert STANDING not in disabled and ALLY not in disabled


def _modes(text: str, analyzer: Analyzer) -> set[str | None]:
    analysis = analyzer.analyze_text(text, doc_id="s69mp", date="2016-07-02")
    return {s.mode for s in analysis.statements if s.issue.id.startswith("alignment")}


def test_a_standing_noun_reads_mode_standing_and_the_same_relation() -> None:
    off, on, rival = _analyzer(False), _analyzer(True), _analyzer(True, rival=True)
    for text in (ALLY_TEXT, RIVAL_TEXT):
        a_off = off.analyze_text(text, doc_id="s69mp", date="2016-07-02")
        for analyzer in (on, rival):
            a_on = analyzer.analyze_text(text, doc_id="s69mp", date="2016-07-02")
            assert pairs_of(a_on) == pairs_of(a_off) and pairs_of(a_on)
        assert "standing" not in _modes(text, off)
        assert "standing" in _modes(text, rival)
    assert "standing" in _modes(ALLY_TEXT, on)
    # a hostile noun only with the second rule
    assert "standing" not in _modes(RIVAL_TEXT, on)


def test_a_clause_of_the_day_keeps_its_mode() -> None:
    assert most_real(["standing", "asserted"]) == "asserted"
    assert most_real(["future", "standing"]) == "standing"
    # a relation read from a verb is no standing noun
    text = "Newt Gingrich praised Donald Trump on Tuesday."
    assert "standing" not in _modes(text, _analyzer(True))


def _corpus(tmp_path: Path, standing_on: bool):
    analyzer = _analyzer(True)
    path = tmp_path / "c.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n, (text, day) in enumerate(
            [(ALLY_TEXT, "2016-07-02"), ("Newt Gingrich praised Donald Trump.", "2016-08-03")]
        ):
            analysis = analyzer.analyze_text(text, doc_id=f"d{n}", date=day)
            fh.write(json.dumps(analysis.model_dump(mode="json", by_alias=True)) + "\n")
    off = [r for r in Settings().rules.disable if r != STANDING]
    if not standing_on:
        off.append(STANDING)
    return load_corpus(path, switches=RuleSwitches(off))


def _months(series: dict) -> set[str]:
    return {p.start.isoformat()[:7] for points in series.values() for p in points}


def test_the_corpus_series_leaves_a_standing_out(tmp_path: Path) -> None:
    on = _corpus(tmp_path, True)
    off = _corpus(tmp_path, False)
    assert _months(pair_series(off, Window.parse("month"))) == {"2016-07", "2016-08"}
    assert _months(pair_series(on, Window.parse("month"))) == {"2016-08"}
    # the whole-corpus view keeps it
    assert pair_series(on, Window.parse("all"))
