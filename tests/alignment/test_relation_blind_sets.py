"""The blind relation sets of sessions 22 and 23 (``data/relation_w14.toml``, ``relation_w17.toml``,
``relation_w18.toml``, ``relation_w19.toml``, ``relation_w21.toml``, ``relation_w22.toml``): measuring sets written by writers who saw no code, docs or output, not
test floors - scored by ``python -m stancemap.evaluate.relation_set FILE --part both`` and
reported in docs/benchmarks.md. Here only that each is well formed: 60 items (W21: 50 longer articles) with unique ids in
the scorer's format, a kind each, every pair's names and evidence words in the item's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.evaluate.relation_set import load_items
from stancemap.evaluate.split import part_of

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "name",
    [
        "relation_w14.toml",
        "relation_w17.toml",
        "relation_w18.toml",
        "relation_w19.toml",
        "relation_w21.toml",
        "relation_w22.toml",
    ],
)
def test_a_blind_relation_set_is_well_formed(name: str) -> None:
    items = load_items(DATA / name)
    assert len(items) in (50, 60) and len({i["id"] for i in items}) == len(items)
    assert 10 <= sum(part_of(i["id"]) == "check" for i in items) <= 30
    for item in items:
        text = item["text"]
        assert item["kind"], item["id"]
        named = [(p["a"], p["b"]) for p in item.get("pairs", [])]
        named += [tuple(x) for x in item.get("same_side", []) + item.get("no_relation", [])]
        assert named, item["id"]
        for a, b in named:
            assert a in text and b in text, (item["id"], a, b)
        for pair in item.get("pairs", []):
            assert pair["sign"] in (-1, 1) and pair["evidence"] in text, item["id"]
