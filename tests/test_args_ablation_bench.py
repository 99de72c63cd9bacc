"""bench/args_ablation.py --real: how changed events and actors are counted.

Pure counting over hand-made multisets (no parse), so it is fast: a rule whose flip
adds, drops or alters an event must count, one that changes nothing must not.
"""

from __future__ import annotations

from collections import Counter
from types import ModuleType

from bench_modules import load_bench


def _bench() -> ModuleType:
    return load_bench("args_ablation")


EVENT = (10, 16, "ACCUSE", None, ("('Iran', 'country', 'IRN')",), ())
ACTOR = ("Iran", "country", "IRN", None, None, ((0, 4),))


def test_identical_outputs_change_nothing() -> None:
    changed = _bench()._changed
    base = [(Counter([EVENT]), Counter([ACTOR])), None]
    same = [(Counter([EVENT]), Counter([ACTOR])), None]
    assert changed(base, same) == {"events": 0, "actors": 0, "articles": 0}


def test_an_altered_event_counts_on_both_sides_and_the_article_once() -> None:
    changed = _bench()._changed
    retargeted = (*EVENT[:5], ("('Iraq', 'country', 'IRQ')",))
    base = [(Counter([EVENT]), Counter([ACTOR])), (Counter(), Counter([ACTOR]))]
    other = [(Counter([retargeted]), Counter([ACTOR])), (Counter(), Counter())]
    # one event replaced by another (2), one actor lost (1), two articles touched
    assert changed(base, other) == {"events": 2, "actors": 1, "articles": 2}


def test_a_duplicate_event_lost_counts_once() -> None:
    changed = _bench()._changed
    base = [(Counter([EVENT, EVENT]), Counter())]
    other = [(Counter([EVENT]), Counter())]
    assert changed(base, other) == {"events": 1, "actors": 0, "articles": 1}


def test_a_document_that_fails_in_one_run_only_counts_as_changed() -> None:
    changed = _bench()._changed
    base = [(Counter([EVENT]), Counter())]
    assert changed(base, [None])["articles"] == 1
