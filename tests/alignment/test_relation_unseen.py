"""The unseen relation set (tests/alignment/data/relation_unseen.toml, issue 14).

News-style items written before any stancemap code ran on them. The set stays
unseen: these tests assert only what must hold whatever the rules do - the file
parses, its ids are unique, every name and evidence word it gives is in the item's
text, and on the pipeline's output no relation lacks evidence and no pair of one
side is related. There is deliberately NO sign-accuracy floor here: the score is
measured by bench/relation_unseen.py (aggregate counts only) and recorded in
docs/benchmarks.md, "Session 8 - an unseen relation set".
"""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from stancemap.evaluate.relation_set import SetResult, load_items, score_item
from stancemap.evaluate.split import part_of

SET = Path(__file__).parent / "data" / "relation_unseen.toml"
KINDS = {
    "opposing_claims",
    "rejection",
    "headline_rivalry",
    "speech_tag",
    "spokesperson_side",
    "background",
    "reconciliation",
    "endorsement",
    "hypothetical",
    "country_follows_leader",
    "co_named",
}
STYLES = {"wire", "broadsheet", "regional", "machine_translated"}
FIELDS = {"id", "kind", "style", "region", "date", "text", "pairs", "same_side", "no_relation"}


def _plain(text: str) -> str:
    """Case and accents ignored, as the scorer's ``find_actor`` ignores them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _names(item: dict[str, Any]) -> list[str]:
    names = [p[k] for p in item["pairs"] for k in ("a", "b")]
    for pair in item.get("same_side", []) + item.get("no_relation", []):
        names.extend(pair)
    return names


def test_the_set_parses_with_unique_ids_and_known_fields() -> None:
    with SET.open("rb") as fh:
        items = tomllib.load(fh)["item"]
    assert len(items) >= 45
    ids = [i["id"] for i in items]
    assert len(set(ids)) == len(ids)
    for item in items:
        assert set(item) <= FIELDS, item["id"]
        assert item["kind"] in KINDS, item["id"]
        assert item["style"] in STYLES, item["id"]
        assert len(item["date"]) == 10 and item["date"][4] == "-", item["id"]
        assert item["pairs"], item["id"]
        for pair in item["pairs"]:
            assert pair["sign"] in (1, -1), item["id"]
    # every kind the issue names is there more than once, and both parts are used
    assert {i["kind"] for i in items} == KINDS
    assert all(sum(i["kind"] == k for i in items) >= 4 for k in KINDS)
    assert 0 < sum(part_of(i) == "check" for i in ids) < len(ids) // 2


def test_every_name_and_evidence_word_is_in_its_text() -> None:
    for item in load_items(SET):
        text = _plain(item["text"])
        for name in _names(item):
            assert _plain(name) in text, (item["id"], name)
        for pair in item["pairs"]:
            assert pair["evidence"] in item["text"], (item["id"], pair["evidence"])
            assert _plain(pair["a"]) != _plain(pair["b"]), item["id"]


def test_items_read_like_news_articles() -> None:
    """A headline line, then several sentences: the set is not one-line passages."""
    for item in load_items(SET):
        lines = [line for line in item["text"].splitlines() if line.strip()]
        assert len(lines) >= 4, item["id"]
        assert not lines[0].rstrip().endswith("."), item["id"]  # a headline, no full stop
        assert item["text"].count(". ") + item["text"].count(".\n") >= 3, item["id"]


@pytest.fixture(scope="module")
def scored(analyzer) -> SetResult:  # type: ignore[no-untyped-def]
    result = SetResult()
    for item in load_items(SET):
        analysis = analyzer.analyze_text(item["text"], doc_id=item["id"], date=item["date"])
        score_item(item, analysis, result)
    return result


@pytest.mark.slow
def test_no_relation_without_evidence_and_none_within_one_side(scored) -> None:  # type: ignore[no-untyped-def]
    # Only counts in the messages: the items' output is not for reading.
    assert len(scored.unsupported) == 0, len(scored.unsupported)
    assert len(scored.unnamed) == 0, len(scored.unnamed)
    assert len(scored.one_side) == 0, len(scored.one_side)
