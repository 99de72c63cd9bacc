"""The fresh relation passages (``data/relation_fresh.toml``, sessions 17-18) are a measuring
set, not a test floor: written blind by five writers (sessions 17-19), scored by
``python -m stancemap.evaluate.relation_set`` and reported in docs/benchmarks.md. Here only
that the file is well formed: every item can be scored, and every name it asks about is in
its passage (a name that is not there would count as a miss of the system)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from stancemap.evaluate.relation_set import load_items

FRESH = Path(__file__).parent / "data" / "relation_fresh.toml"
KINDS = {"rejection", "opposing_claims", "headline_rivalry", "spokesperson", "campaign", "control"}


def test_the_fresh_passages_are_well_formed() -> None:
    items = load_items(FRESH)
    assert len(items) == 240 and len({i["id"] for i in items}) == 240
    assert set(Counter(i["kind"] for i in items)) == KINDS
    assert 60 <= len(load_items(FRESH, "check")) <= 120
    for item in items:
        names = [n for p in item.get("pairs", []) for n in (p["a"], p["b"])]
        names += [n for pair in item.get("no_relation", []) for n in pair]
        names += [n for pair in item.get("same_side", []) for n in pair]
        assert names, item["id"]
        for name in names:
            assert name in item["text"], (item["id"], name)
        for pair in item.get("pairs", []):
            assert pair["sign"] in (-1, 1) and pair["evidence"] in item["text"], item["id"]
