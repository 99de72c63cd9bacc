"""A change point's size is read from shrunk side means (``alignment.turns.shrunk_change``):
a few articles on one side of a cut no longer clear ``min_delta`` on their own noise."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from alignment_builders import analysis, write_jsonl

from stancemap.alignment.corpus import Corpus, load_corpus
from stancemap.alignment.scoring import Observation
from stancemap.alignment.turns import (
    SHRINK_UNITS,
    Dated,
    Search,
    detect_turns,
    shrunk_means,
)
from stancemap.rules import RuleSwitches

RULE = "alignment.turns.shrunk_change"
START = date(2016, 1, 4)


def _series(signs: list[float]) -> dict[tuple[str, str], list[Dated]]:
    """One article every third day per sign (+1 aligned, 0 no lean, -1 opposed)."""
    seq = [
        Dated(START + timedelta(days=3 * i), Observation(v, 1.0, "issue", "x", [f"d{i}#s1"]))
        for i, v in enumerate(signs)
    ]
    return {("ann", "bob"): seq}


def _corpus(tmp_path: Path, *off: str) -> Corpus:
    doc = analysis("only", "2016-01-01", [("ann", "x", 1)])
    # the shipped rules with RULE on but for ``off`` (session 64: not every rule on)
    switches = RuleSwitches.shipped(on=[r for r in (RULE,) if r not in off], off=off)
    return load_corpus(write_jsonl(tmp_path / "c.jsonl", [doc]), switches=switches)


def test_two_unsigned_articles_after_a_long_opposed_course_are_no_turn(tmp_path: Path) -> None:
    # eleven articles report the pair opposed, then two report it leaning neither way:
    # the raw means say -1 -> 0, a change of 1, and the shuffles rarely put both quiet
    # articles last; but two articles are too little to move the pair's course that far
    table = _series([-1.0] * 11 + [0.0, 0.0])
    assert detect_turns(_corpus(tmp_path), table) == []
    (turn,) = detect_turns(_corpus(tmp_path, RULE), table)  # the rule off: a false turn
    assert (turn.start, turn.direction, turn.before, turn.after) == (
        START + timedelta(days=33),
        "towards alignment",
        -1.0,
        0.0,
    )
    assert turn.p_value <= 0.1


def test_a_dense_step_still_turns_with_its_raw_means(tmp_path: Path) -> None:
    # ten articles leaning neither way, then ten opposed: the same change of 1, on enough
    # articles a side; the turn reports the raw means, not the shrunk ones
    table = _series([0.0] * 10 + [-1.0] * 10)
    for corpus in (_corpus(tmp_path), _corpus(tmp_path, RULE)):
        (turn,) = detect_turns(corpus, table)
        assert (turn.start, turn.direction) == (START + timedelta(days=30), "towards disagreement")
        assert (turn.before, turn.after, turn.n_before, turn.n_after) == (0.0, -1.0, 10, 10)


def test_a_full_reversal_on_few_articles_still_turns(tmp_path: Path) -> None:
    # three articles aligned, three opposed: the largest change there is, kept
    table = _series([1.0] * 3 + [-1.0] * 3)
    (turn,) = detect_turns(_corpus(tmp_path), table, search=Search(alpha=0.1))
    assert (turn.before, turn.after) == (1.0, -1.0)


def test_shrunk_means_pull_small_sides_hardest() -> None:
    table = _series([1.0] * 2 + [-1.0] * 20)
    part = table[("ann", "bob")]
    whole = (2 - 20) / 22
    small, large = shrunk_means(part, [0, 2, 22], SHRINK_UNITS)
    k = SHRINK_UNITS
    assert abs(small - (2 * 1.0 + k * whole) / (2 + k)) < 1e-9
    assert abs(large - (20 * -1.0 + k * whole) / (20 + k)) < 1e-9
    assert shrunk_means(part, [0, 2, 22], 0.0) == [1.0, -1.0]  # no prior: the raw means
    # the change shrinks, and the side of two is pulled further than the side of twenty
    assert 0 < small - large < 2.0
    assert abs(small - 1.0) > abs(large + 1.0)


def test_an_explicit_shrink_overrides_the_rule(tmp_path: Path) -> None:
    table = _series([-1.0] * 11 + [0.0, 0.0])
    assert detect_turns(_corpus(tmp_path), table, search=Search(shrink=0.0))
    assert detect_turns(_corpus(tmp_path, RULE), table, search=Search(shrink=SHRINK_UNITS)) == []


def _endorsement(doc_id: str, day: str) -> dict:
    doc = analysis(doc_id, day, [], events=[("SUPPORT", "bob", "ann")])
    ev = doc["events"][0]
    ev["trigger"] = {"start": 0, "end": 8, "text": "endorsed"}
    sentence = "Bob endorsed Ann on Friday."
    ev["evidence"] = {"start": 0, "end": len(sentence), "text": sentence}
    return doc


def test_a_declared_turn_needs_a_course_of_two_articles(tmp_path: Path) -> None:
    # ``declared_min_baseline_articles`` = 2 (session 28; the retired rule
    # alignment.turns.declared_needs_course raised 1 to 2): one earlier article is no course
    # to turn from; two are (the least a change point needs on each side of its cut)
    from stancemap.alignment.declared import MIN_BASELINE_ARTICLES, declared_turns

    assert MIN_BASELINE_ARTICLES == Search().min_obs == 2
    one = [analysis("r0", "2016-01-05", [], events=[("ACCUSE", "ann", "bob")])]
    path = write_jsonl(tmp_path / "one.jsonl", [*one, _endorsement("e1", "2016-03-11")])
    assert declared_turns(load_corpus(path)) == []
    two = [*one, analysis("r1", "2016-02-10", [], events=[("ACCUSE", "ann", "bob")])]
    path = write_jsonl(tmp_path / "two.jsonl", [*two, _endorsement("e1", "2016-03-11")])
    (turn,) = declared_turns(load_corpus(path))
    assert (turn.direction, turn.articles_before) == ("towards alignment", 2)
