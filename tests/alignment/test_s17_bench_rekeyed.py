"""Session 17 (E): ``bench/real_news_sample.py score`` follows a judged relation whose pair
was re-keyed (the same evidence read under a new actor id after a merge) instead of
counting it dropped. Items written by hand."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from bench_modules import load_bench


def _bench() -> ModuleType:
    return load_bench("real_news_sample")


def _rel(a: str, b: str, sign: str, spans: list[tuple[int, int]], **extra: Any) -> dict[str, Any]:
    evidence = [{"id": f"e{s}", "kind": "event", "weight": 0.5, "start": s, "end": e}
                for s, e in spans]  # fmt: skip
    return {"article": "a1", "pair": sorted([a, b]), "read_as": sign, "kind": "event",
            "evidence": evidence, **extra}  # fmt: skip


def test_a_re_keyed_pair_with_the_same_evidence_keeps_its_verdict() -> None:
    bench = _bench()
    judged = [_rel("new:ann-lee", "kb:bo", "-", [(10, 40)], verdict="right", confidence=0.4)]
    # after a merge "Ann Lee" is the KB person kb:ann: same evidence, new id
    now = [_rel("kb:ann", "kb:bo", "-", [(10, 40)], confidence=0.6)]
    result = bench.score(judged, now)
    assert result["kept"] == {"right": 1}
    assert result["dropped"] == {}
    assert result["rekeyed"] == 1
    assert result["at_confidence"]["0.5"] == {"kept": 1, "precision": 1.0}


def test_a_re_keyed_pair_read_with_the_other_sign_is_changed() -> None:
    bench = _bench()
    judged = [_rel("new:ann-lee", "kb:bo", "-", [(10, 40)], verdict="right")]
    now = [_rel("kb:ann", "kb:bo", "+", [(10, 40)])]
    result = bench.score(judged, now)
    assert result["changed"] == 1 and result["dropped"] == {}


def test_other_evidence_or_a_pair_judged_itself_is_no_match() -> None:
    bench = _bench()
    judged = [
        _rel("new:ann-lee", "kb:bo", "-", [(10, 40)], verdict="right"),
        _rel("kb:cy", "kb:di", "+", [(50, 80)], verdict="wrong"),
    ]
    # another passage under a new pair is another relation; a pair judged itself is not
    # taken for a re-keyed one even with the same evidence
    now = [_rel("kb:ann", "kb:bo", "-", [(12, 40)]), _rel("kb:cy", "kb:di", "+", [(10, 40)])]
    result = bench.score(judged, now)
    assert result["dropped"] == {"right": 1}
    assert result["rekeyed"] == 0


def test_two_candidates_are_settled_by_a_shared_end() -> None:
    bench = _bench()
    judged = [_rel("new:ann-lee", "kb:bo", "-", [(10, 40)], verdict="right")]
    now = [_rel("kb:ann", "kb:bo", "-", [(10, 40)]), _rel("kb:ann", "kb:ed", "+", [(10, 40)])]
    assert bench.score(judged, now)["kept"] == {"right": 1}
