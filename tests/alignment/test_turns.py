"""Change points over a pair's dated evidence (alignment/turns.py), on hand-built corpora."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import load_corpus
from stancemap.alignment.timeseries import Window, detect_shifts, pair_series
from stancemap.alignment.turns import Search, detect_turns


def test_a_turn_is_dated_to_its_first_evidence(drifting_corpus: Path) -> None:
    corpus = load_corpus(drifting_corpus)
    turns = detect_turns(corpus)
    ab = [t for t in turns if (t.a, t.b) == ("ann", "bob")]
    assert len(ab) == 1
    (turn,) = ab
    assert turn.method == "change-point"
    assert turn.start == date(2026, 4, 5)  # the first April document, not the window's start
    assert turn.last_before == date(2026, 3, 20)
    assert turn.direction == "towards disagreement"
    assert turn.before > 0.9 and turn.after < -0.9
    assert turn.p_value <= 0.1
    assert turn.n_before == 6 and turn.n_after == 4  # two issues a month, three months before
    assert (turn.articles_before, turn.articles_after, turn.sign_change) == (6, 4, True)
    # evidence on both sides: what the pair turned to, and what it turned away from
    assert {s.doc for s in turn.statements} <= {"d4-5", "d4-20", "d5-5", "d5-20"}
    assert turn.evidence and turn.evidence_before
    assert all(ref.startswith(("d4-", "d5-")) for ref in turn.evidence)
    assert all(ref.startswith(("d1-", "d2-", "d3-")) for ref in turn.evidence_before)
    assert not [t for t in turns if (t.a, t.b) == ("ann", "cy")]


def _events(doc: str, day: str, kind: str) -> dict:
    return analysis(doc, day, [], events=[(kind, "a", "b"), (kind, "b", "a")])


def test_a_dip_and_a_recovery_in_one_month_are_two_turns(tmp_path: Path) -> None:
    docs = [_events(f"j{d}", f"2026-01-{d:02d}", "COOPERATE") for d in (3, 8, 13, 18, 23)]
    docs += [_events(f"f{d}", f"2026-02-{d:02d}", "ASSAULT") for d in (2, 5, 8, 11, 14)]
    docs += [_events(f"g{d}", f"2026-02-{d:02d}", "COOPERATE") for d in (17, 20, 23, 25, 27)]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    # a dip in the middle is no single cut: the default search does not see it whole
    assert detect_turns(corpus) == []
    turns = detect_turns(corpus, search=Search(stretch=True))
    assert [(t.start, t.direction) for t in turns] == [
        (date(2026, 2, 2), "towards disagreement"),
        (date(2026, 2, 17), "towards alignment"),
    ]
    assert turns[0].evidence[0].startswith("f2#")
    assert turns[1].last_before == date(2026, 2, 14)
    # monthly windows see February as one mixed month: no date inside it
    monthly = detect_shifts(corpus, pair_series(corpus, Window.parse("month")))
    assert all(s.start == date(2026, 2, 1) for s in monthly)


def test_alternating_evidence_has_no_turn(tmp_path: Path) -> None:
    docs = [
        _events(f"d{d}", f"2026-03-{d:02d}", "COOPERATE" if d % 2 else "ASSAULT")
        for d in range(1, 21)
    ]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert detect_turns(corpus) == []


def test_one_crowded_day_is_one_piece_of_evidence(tmp_path: Path) -> None:
    # five quiet days of cooperation, then one day on which five articles report a clash:
    # ten observations, but one moment; shuffling single observations would call it
    # certain, shuffling days gives it the 1-in-6 chance of any day to come last
    docs = [_events(f"d{d}", f"2026-03-{d:02d}", "COOPERATE") for d in range(1, 6)]
    docs += [_events(f"x{k}", "2026-03-09", "ASSAULT") for k in range(5)]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert detect_turns(corpus) == []
    by_unit = detect_turns(corpus, search=Search(by_day=False, unit="observation"))
    assert [(t.start, t.direction, t.n_after) for t in by_unit] == [
        (date(2026, 3, 9), "towards disagreement", 10)
    ]
    assert by_unit[0].p_value < 0.01
    assert (by_unit[0].articles_before, by_unit[0].articles_after) == (5, 5)


def test_a_step_change_is_one_cut_on_its_day(tmp_path: Path) -> None:
    docs = [_events(f"a{d}", f"2026-05-{d:02d}", "COOPERATE") for d in (2, 6, 9, 13, 17)]
    docs += [_events(f"b{d}", f"2026-05-{d:02d}", "ASSAULT") for d in (20, 23, 26, 29, 31)]
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    for search in (Search(), Search(stretch=True), Search(by_day=False)):
        (turn,) = detect_turns(corpus, search=search)
        assert (turn.start, turn.last_before, turn.direction) == (
            date(2026, 5, 20),
            date(2026, 5, 17),
            "towards disagreement",
        )
        assert turn.p_value <= 0.1


def test_one_contrary_day_is_not_a_turn(tmp_path: Path) -> None:
    docs = [_events(f"d{d}", f"2026-03-{d:02d}", "COOPERATE") for d in range(1, 9)]
    docs.append(analysis("x", "2026-03-20", [], events=[("ASSAULT", "a", "b")]))
    corpus = load_corpus(write_jsonl(tmp_path / "c.jsonl", docs))
    assert detect_turns(corpus) == []  # fewer than min_obs observations after any cut
    # the limit is what stops it, with the shrunk change (alignment.turns.shrunk_change),
    # which sizes a one-article side at a fraction of its raw change
    assert detect_turns(corpus, min_obs=1, alpha=0.5) == []
    assert detect_turns(corpus, search=Search(min_obs=1, alpha=0.5, shrink=0.0)) != []


def test_the_store_reader_gives_turns_on_request(drifting_corpus: Path, tmp_path: Path) -> None:
    import json

    from stancemap.records import Analysis
    from stancemap.store import Store, timeline

    store = Store(str(tmp_path / "store.db"))
    try:
        for line in drifting_corpus.read_text("utf-8").splitlines():
            store.write(Analysis.model_validate(json.loads(line)))
        windows = timeline.shifts(store, window="month")
        turns = timeline.shifts(store, method="turns")
    finally:
        store.close()
    # the default answer is the windowed one, with its old fields and the new ones defaulted
    (w,) = [s for s in windows if (s.a.id, s.b.id) == ("ann", "bob")]
    assert (w.start, w.method, w.last_before) == ("2026-04-01", "window", None)
    (t,) = [s for s in turns if (s.a.id, s.b.id) == ("ann", "bob")]
    assert (t.start, t.end, t.method, t.last_before) == (
        "2026-04-05",
        "2026-04-05",
        "change-point",
        "2026-03-20",
    )
    assert {e.doc_id for e in t.evidence} <= {"d4-5", "d4-20", "d5-5", "d5-20"}
    assert t.evidence_before and all(e.doc_id < "d4" for e in t.evidence_before)


def test_shifts_command_searches_stretches_on_request(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from stancemap.cli.main import app

    docs = [_events(f"j{d}", f"2026-01-{d:02d}", "COOPERATE") for d in (3, 8, 13, 18, 23)]
    docs += [_events(f"f{d}", f"2026-02-{d:02d}", "ASSAULT") for d in (2, 5, 8, 11, 14)]
    docs += [_events(f"g{d}", f"2026-02-{d:02d}", "COOPERATE") for d in (17, 20, 23, 25, 27)]
    path = write_jsonl(tmp_path / "c.jsonl", docs)
    base = ["shifts", str(path), "--json", "--registry", str(tmp_path / "r.json")]
    runner = CliRunner()
    default = runner.invoke(app, base)
    assert default.exit_code == 0, default.output
    assert default.stdout.strip() == ""  # one cut at a time does not see the dip whole
    res = runner.invoke(app, [*base, "--search", "stretch"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [(r["window"]["start"], r["direction"]) for r in rows] == [
        ("2026-02-02", "towards disagreement"),
        ("2026-02-17", "towards alignment"),
    ]
    # how long each course held, in articles, and whether the sign flipped
    assert [(r["articles_before"], r["articles_after"], r["sign_change"]) for r in rows] == [
        (5, 5, True),
        (5, 5, True),
    ]
    plain = ["shifts", str(path), "--registry", str(tmp_path / "r.json"), "--search", "stretch"]
    text = runner.invoke(app, plain).stdout
    assert "articles 5 before, 5 after; sign change" in text
    bad = runner.invoke(app, [*base, "--search", "wide"])
    assert bad.exit_code != 0 and "unknown search 'wide'" in bad.output
