"""Session 60 (engineer RF): the learned event reality across news pools - the fitting
script reads each pool's judged tune census (``collect --pools``, ``add --files``) and a
leave-one-pool-out evaluation fits on the other pools only (``bench/events_reality_pools.py``).
No refit ships (none scored a held pool better than the shipped fit). Items written for
these tests."""

from __future__ import annotations

import json

from bench_modules import load_bench


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
    assert "events_tune_s60bbc.jsonl" in [p.name for p in fit.POOLS["bbc"]]
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
