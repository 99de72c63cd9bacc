"""The fourth wire set (``data/wire_w4.jsonl``, session 18) is a measuring set written blind, not a
test floor: scored by ``stancemap eval plover`` and reported in docs/benchmarks.md. Here only that
it is well formed: every record has a PLOVER type and every actor's words are in its sentence."""

from __future__ import annotations

import json
from pathlib import Path

from stancemap.evaluate.split import part_of
from stancemap.events import ontology

W4 = Path(__file__).parent / "data" / "wire_w4.jsonl"


def test_the_fourth_wire_set_is_well_formed() -> None:
    plover = ontology.load_ontology()
    records = [json.loads(line) for line in W4.read_text("utf-8").splitlines() if line.strip()]
    assert len(records) == 90 and len({r["id"] for r in records}) == 90
    assert 20 <= sum(part_of(r["id"]) == "check" for r in records) <= 40
    for record in records:
        assert plover.canonical_type(record["event"]) in plover.types, record["id"]
        for actor in (record.get("source") or []) + (record.get("target") or []):
            assert actor["code"] and actor["actorText"] in record["text"], record["id"]
