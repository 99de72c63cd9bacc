"""The blind wire sets (``data/wire_w4.jsonl``, session 18; ``data/wire_w6.jsonl``, session 19;
``data/wire_w15.jsonl``, session 22; ``data/wire_w20.jsonl``, session 23;
``data/wire_w23.jsonl``, session 24)
are measuring sets written by engineers who saw no code, docs or output, not test floors: scored
by ``stancemap eval plover`` and reported in docs/benchmarks.md. Here only that each is well
formed: 90 records, a PLOVER type each, every actor's words in its sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.evaluate.split import part_of
from stancemap.events import ontology

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "name",
    ["wire_w4.jsonl", "wire_w6.jsonl", "wire_w15.jsonl", "wire_w20.jsonl", "wire_w23.jsonl"],
)
def test_a_blind_wire_set_is_well_formed(name: str) -> None:
    plover = ontology.load_ontology()
    text = (DATA / name).read_text("utf-8")
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(records) == 90 and len({r["id"] for r in records}) == 90
    assert 20 <= sum(part_of(r["id"]) == "check" for r in records) <= 40
    for record in records:
        assert plover.canonical_type(record["event"]) in plover.types, record["id"]
        for actor in (record.get("source") or []) + (record.get("target") or []):
            assert actor["code"] and actor["actorText"] in record["text"], record["id"]
