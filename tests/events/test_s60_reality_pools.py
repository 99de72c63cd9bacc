"""Session 60 (engineer RF): the learned event reality across news pools - a leave-one-pool-
out evaluation (``bench/events_reality_pools.py``) and a fit on every pool's judged tune
census (rule ``events.reality.refit_s60``, shipped off: the session-28 fit stays).
Sentences and items written for these tests."""

from __future__ import annotations

import json

import pytest
from misread_helpers import StageRunner
from refit_checks import (
    check_the_refit_changes_the_probability,
    check_the_refit_drops_under_its_own_threshold,
)

from bench_modules import load_bench
from stancemap.events import reality, reality_pools

REFIT60 = "+events.reality.refit_s60"  # shipped off: switched on where a test reads its fit


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _item(group: str, file: str, label: int, feats: dict[str, float]) -> dict:
    verdict = "right" if label else "no_event"
    return {"group": group, "id": f"{group}:1", "label": label, "verdict": verdict,
            "file": file, "sentences": 20, "features": {"bias": 1.0, **feats},
            "confidence": 0.5}  # fmt: skip


def _cache() -> list[dict]:
    """A small census of two pools and gold items: 'x' marks a real event in both pools,
    'only_b' marks one only in pool b (an in-pool feature)."""
    items = []
    for n in range(40):
        real = n % 2
        items.append(_item(f"a{n}", "events_tune_s99.jsonl", real, {"x": float(real)}))
        feats = {"x": float(real), "only_b": float(real)} if n % 4 else {"x": float(real)}
        items.append(_item(f"b{n}", "events_tune_s99lee.jsonl", real, feats))
    items += [_item("plover", "", 1, {"x": 1.0, "type:ASSAULT": 1.0}) for _ in range(5)]
    return items


def test_the_fitting_script_reads_every_pool_and_no_check_file():
    fit = load_bench("events_reality_fit")
    for pool, paths in fit.POOLS.items():
        assert all(p.name.startswith("events_tune_") for p in paths), pool
    assert "events_tune_s51lee.jsonl" in [p.name for p in fit.POOLS["lee"]]
    assert "events_tune_s51lee.jsonl" not in [p.name for p in fit.CENSUS]  # shipped glob
    assert fit.pool_of("events_tune_s60bbc.jsonl") == "bbc"
    assert fit.pool_of("events_tune_s52lee.jsonl") == "lee"
    assert fit.pool_of("events_tune_s24.jsonl") == "polnear"


def test_a_feature_group_is_left_out_by_its_prefixes():
    pools = load_bench("events_reality_pools")
    shipped = set(pools.leave_of("shipped"))
    assert "lemma:" in shipped and "sent:" not in shipped
    less = set(pools.leave_of("-quote-lex"))
    assert less == shipped | {"reported", "in_quote", "lex:"}
    feats = {"lex:verb.contact": 1.0, "in_quote": 1.0, "type:ASSAULT": 1.0, "bias": 1.0}
    assert pools.FIT.subset(feats, tuple(less)) == {"type:ASSAULT": 1.0}


def test_the_held_pool_never_trains():
    pools = load_bench("events_reality_pools")
    items = _cache()
    seen: list[set[str]] = []
    real_fit = pools.fit

    def spy(train, leave, c, balance=False):
        seen.append({pools.pool(i) for i in train if not pools.is_gold(i)})
        return real_fit(train, leave, c, balance)

    pools.fit = spy
    pools.shipped_kept = lambda item: True  # every reading kept by the shipped decision
    row = pools.held_out(items, "lee", ("lemma:",), 1.0, 0.6, False)
    assert seen and all(s == {"polnear"} for s in seen)
    # 'x' carries from one pool to the other; 'only_b' never trained
    assert row["auc"] == 1.0
    assert set(row) >= {"threshold", "net", "nr_dropped", "right_lost"}


def test_write_is_deterministic_and_names_each_pools_file(tmp_path):
    pools = load_bench("events_reality_pools")
    pools.shipped_kept = lambda item: True
    items = _cache()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    pools.write(items, "shipped", 1.0, 0.6, False, first)
    pools.write(_cache(), "shipped", 1.0, 0.6, False, second)
    assert first.read_text() == second.read_text()
    fitted = json.loads(first.read_text())
    assert "events_tune_s99lee.jsonl" in fitted["about"] and "check" not in fitted["about"]
    assert fitted["weights"]["x"] > 0 and fitted["census_items"] == 80


def test_the_rules_choose_the_pooled_fit():
    assert reality.fit_of(True, True, refit60=True) == "s60"
    assert reality.fit_of(True, True, True, True, True, True) == "s60"
    assert reality.fit_of(True, True) == "s28"  # as shipped
    assert reality.FILES["s60"] == reality_pools.FILE


def test_the_pooled_fit_file_reads_every_pool_and_no_check_file():
    fitted = reality.model("s60")
    if not fitted:
        pytest.skip("no session-60 fit file")
    about = fitted["about"]
    for name in ("s24", "s41", "s51lee", "s52lee"):
        assert f"events_tune_{name}.jsonl" in about
    assert "check" not in about
    assert not any(name.startswith("lemma:") for name in fitted["weights"])
    assert 0.0 < fitted["threshold"] < 1.0
    assert reality.fit_groups("s60") <= {"poll", "sense1", "heads", "known"}


def test_the_pooled_fit_changes_the_probability(runner):
    if not reality.model("s60"):
        pytest.skip("no session-60 fit file")
    check_the_refit_changes_the_probability(runner, REFIT60)


def test_the_pooled_fit_drops_under_its_own_threshold(runner, monkeypatch):
    if not reality.model("s60"):
        pytest.skip("no session-60 fit file")
    check_the_refit_drops_under_its_own_threshold(runner, monkeypatch, "s60", REFIT60)
