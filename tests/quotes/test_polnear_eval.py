"""The PolNeAR scorer: brat reading, pairing and the metrics, on made-up data."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_data import shared_path
from stancemap.evaluate.polnear import (
    Predicted,
    _Tally,
    group_quotes,
    pair_greedy,
    score_article,
    trim_span,
)
from stancemap.evaluate.polnear_gold import GoldAttribution, load_split, parse_ann
from stancemap.records import Quote, Span

ANN = (
    "T1\tSource 0 3\tAnn\n"
    "T2\tCue 4 8\tsaid\n"
    "T3\tContent 9 20;30 35\tsomething x\n"
    "T4\tAttribution 4 8\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 40 52\taccording to\n"
    "T6\tContent 60 70\tno source\n"
    "E2\tAttribution-no-source:T5 Content:T6 Cue:T5\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)


def test_parse_ann_reads_fragments_and_roles() -> None:
    first, second = parse_ann(ANN)
    assert first.content == [(9, 20), (30, 35)]
    assert first.cue == [(4, 8)] and first.source == [(0, 3)]
    assert second.source == [] and second.content == [(60, 70)]


def test_load_split_picks_the_first_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art.txt").write_text("Ann said it rains.", "utf-8")
    (tmp_path / "attributions" / "art_b2.ann").write_text(ANN, "utf-8")
    (tmp_path / "attributions" / "art_a1.ann").write_text("", "utf-8")
    (article,) = load_split(tmp_path)
    assert article.name == "art" and article.attributions == []


def test_trim_span_drops_marks_and_edge_punctuation() -> None:
    text = "He said: “We go,” then left."
    start = text.index("“")
    assert trim_span(text, (start, start + 9)) == (start + 1, start + 6)


def test_pairing_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [[(0, 10)], [(20, 30)]]
    pred = [[(5, 25)], [(0, 9)]]
    pairs = pair_greedy(gold, pred)
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 1), (1, 0)]


def test_scores_overlap_exact_source_and_cue() -> None:
    text = "Ann said the tax will rise. Bob thinks it will not."
    gold = [
        GoldAttribution(content=[(9, 26)], cue=[(4, 8)], source=[(0, 3)]),
        GoldAttribution(content=[(39, 50)], cue=[(32, 38)], source=[(28, 31)]),
    ]
    pred = [
        Predicted([(9, 26)], (4, 8), (0, 3)),  # exact, right source
        Predicted([(42, 50)], (32, 38), (9, 12)),  # overlapping, wrong source
        Predicted([(0, 3)], None, None),  # spurious
    ]
    tally = _Tally()
    score_article(text, gold, pred, tally)
    result = tally.as_dict()
    assert result["content_overlap"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["content_overlap"]["recall"] == 1.0
    assert result["content_exact"]["recall"] == 0.5
    assert result["source_match"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert result["cue"]["f1"] == 1.0


def test_quotes_sharing_a_cue_are_one_attribution() -> None:
    def quote(start: int, end: int, cue: tuple[int, int] | None) -> Quote:
        return Quote(
            id="q",
            kind="direct",
            content=Span(start=start, end=end, text="x" * (end - start)),
            cue=Span(start=cue[0], end=cue[1], text="x" * (cue[1] - cue[0])) if cue else None,
            confidence=0.5,
        )

    grouped = group_quotes([quote(0, 5, (10, 14)), quote(20, 30, (10, 14)), quote(40, 50, None)])
    assert [g.content for g in grouped] == [[(0, 5), (20, 30)], [(40, 50)]]


@pytest.mark.slow
def test_dev_split_runs_and_beats_textacy(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.evaluate.polnear import evaluate_polnear

    path = shared_path("gold", "polnear", "dev")
    result = evaluate_polnear(path, analyzer.settings, limit=4)
    ours = result["stancemap"]["all"]["content_overlap"]["f1"]
    theirs = result["textacy"]["all"]["content_overlap"]["f1"]
    assert result["articles"] == 4 and result["failures"] == 0
    assert ours > theirs
