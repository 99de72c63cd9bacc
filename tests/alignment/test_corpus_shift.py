"""End to end over examples/corpus: the Carter ~ Berg shift is found in April; Carter ~ Mitchell is steady.

The articles (written for the project) go through every stage; the corpus
tools then read only the contract's JSON.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.timeseries import Window, detect_shifts, pair_series

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
ARTICLES = CORPUS / "articles"


def test_shift_found_in_april_and_not_for_the_control_pair(analyzer) -> None:  # type: ignore[no-untyped-def]
    files = sorted(ARTICLES.glob("*.txt"))
    assert len(files) >= 8
    analyses = []
    for path in files:
        result = analyzer.analyze_text(
            path.read_text("utf-8"), doc_id=path.stem, date=path.name[:10]
        )
        analyses.append((path.name, result.to_json_dict()))
    corpus = build_corpus(analyses)
    carter, berg, mitchell = (
        corpus.find_actor(n) for n in ("Helen Carter", "Tomas Berg", "Sarah Mitchell")
    )
    assert carter and berg and mitchell
    series = pair_series(corpus, Window.parse("month"))
    shifts = detect_shifts(corpus, series)
    drift = [s for s in shifts if {s.a, s.b} == {carter, berg}]
    assert [s.start for s in drift] == [date(2026, 4, 1)]
    assert drift[0].after < 0 < drift[0].before
    assert any(st.actor == berg and st.polarity == -1 for st in drift[0].statements)
    control = [s for s in shifts if {s.a, s.b} == {carter, mitchell}]
    assert control == []
    assert len(series[tuple(sorted((carter, mitchell)))]) == 5  # observed every month, never moved
