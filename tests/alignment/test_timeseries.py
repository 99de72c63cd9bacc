"""Windows, per-window pair scores and shift detection on hand-built corpora."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.timeseries import Window, detect_shifts, pair_series, permutation_p


def test_window_bounds() -> None:
    origin = date(2026, 1, 1)
    assert Window.parse("week").bounds(date(2026, 4, 16), origin) == (
        date(2026, 4, 13),
        date(2026, 4, 19),
    )
    assert Window.parse("month").bounds(date(2024, 2, 10), origin) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert Window.parse("14d").bounds(date(2026, 1, 20), origin) == (
        date(2026, 1, 15),
        date(2026, 1, 28),
    )
    with pytest.raises(ValueError, match="unknown window"):
        Window.parse("fortnight")


def test_permutation_p() -> None:
    # all-ones before and all-minus-ones after: only 1 of C(6,2)=15 splits is as extreme
    assert permutation_p([1, 1, 1, 1], [-1, -1]) == pytest.approx(1 / 15)
    assert permutation_p([1, -1, 1, -1], [1, -1]) == pytest.approx(1.0)
    assert permutation_p([], [1]) == 1.0


def test_series_scores_each_month(drifting_corpus: Path) -> None:
    series = pair_series(load_corpus(drifting_corpus), Window.parse("month"))
    ab = series[("ann", "bob")]
    assert [p.start.month for p in ab] == [1, 2, 3, 4, 5]
    assert [round(p.score) for p in ab] == [1, 1, 1, -1, -1]
    assert all(round(p.score) == 1 for p in series[("ann", "cy")])


def test_shift_is_found_in_the_month_it_happens_and_not_for_the_control(
    drifting_corpus: Path,
) -> None:
    corpus = load_corpus(drifting_corpus)
    shifts = detect_shifts(corpus, pair_series(corpus, Window.parse("month")))
    by_pair = {(s.a, s.b): s for s in shifts}
    assert ("ann", "cy") not in by_pair
    ab = by_pair[("ann", "bob")]
    assert ab.start == date(2026, 4, 1)
    assert ab.before == pytest.approx(1.0) and ab.after == pytest.approx(-1.0)
    assert ab.direction == "towards disagreement"
    assert ab.issues == ["tax", "trade"]
    # the statements that caused it are April's, by both actors
    assert {s.doc for s in ab.statements} == {"d4-5", "d4-20"}
    assert {s.actor for s in ab.statements} == {"ann", "bob"}
    # the baseline is January-March's six articles; April holds two
    assert (ab.articles_before, ab.articles_after, ab.sign_change) == (6, 2, True)
    # reported once: May continues April's new state
    assert [s.start for s in shifts if (s.a, s.b) == ("ann", "bob")] == [date(2026, 4, 1)]


def test_a_single_contrary_statement_is_not_a_shift(tmp_path: Path) -> None:
    docs = [
        analysis(
            f"d{m}",
            f"2026-{m:02d}-10",
            [("a", "x", 1), ("b", "x", 1), ("a", "y", 1), ("b", "y", 1)],
        )
        for m in (1, 2, 3)
    ]
    docs.append(
        analysis("d4", "2026-04-10", [("a", "x", 1), ("b", "x", -1), ("a", "y", 1), ("b", "y", 1)])
    )
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert detect_shifts(corpus, pair_series(corpus, Window.parse("month"))) == []


def test_events_move_a_pair_too(tmp_path: Path) -> None:
    docs = [
        analysis(
            f"d{m}", f"2026-{m:02d}-10", [], events=[("COOPERATE", "a", "b"), ("AID", "b", "a")]
        )
        for m in (1, 2)
    ]
    docs.append(
        analysis("d3", "2026-03-10", [], events=[("ASSAULT", "a", "b"), ("THREATEN", "b", "a")])
    )
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    series = pair_series(corpus, Window.parse("month"))
    (shift,) = detect_shifts(corpus, series, alpha=0.2)
    assert shift.start == date(2026, 3, 1)
    assert shift.evidence == ["d3#e1", "d3#e2"]


def test_undated_documents_are_left_out_of_the_series(tmp_path: Path) -> None:
    docs = [analysis("u", None, [("a", "x", 1), ("b", "x", -1)])]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert pair_series(corpus, Window.parse("month")) == {}


def test_window_all_scores_undated_documents_too(tmp_path: Path) -> None:
    docs = [
        analysis("u", None, [("a", "x", 1), ("b", "x", -1)]),
        analysis("d", "2026-01-05", [("a", "y", 1), ("b", "y", 1)]),
    ]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    (point,) = pair_series(corpus, Window.parse("all"))[("a", "b")]
    assert point.pair.agree == ["y"] and point.pair.disagree == ["x"]
    assert point.score == pytest.approx(0.0)


def test_corpus_events_between_states_stay_between_the_states(tmp_path: Path) -> None:
    doc = analysis(
        "d", "2026-01-05", [("putin", "war", 1), ("tok", "war", -1)], events=[("AID", "RUS", "KAZ")]
    )
    doc["actors"] = [
        {"id": "RUS", "name": "Russia", "type": "country", "country": "RUS", "mentions": []},
        {"id": "KAZ", "name": "Kazakhstan", "type": "country", "country": "KAZ", "mentions": []},
        {
            "id": "putin",
            "name": "Putin",
            "type": "person",
            "country": "RUS",
            "sector": "GOV",
            "mentions": [],
        },
        {
            "id": "tok",
            "name": "Tokayev",
            "type": "person",
            "country": "KAZ",
            "sector": "GOV",
            "mentions": [],
        },
    ]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", [doc]))
    assert corpus.leaders == {"RUS": ["putin"], "KAZ": ["tok"]}
    series = pair_series(corpus, Window.parse("all"))
    (point,) = series[("putin", "tok")]
    assert point.pair.cooperation == 0 and point.pair.disagree == ["war"]
    assert point.score == pytest.approx(-1.0)  # the aid between the states is not theirs
    # and the states follow their leaders' relation, with their own act weighing less
    (states,) = series[("KAZ", "RUS")]
    assert states.pair.cooperation == 1 and states.score < 0
