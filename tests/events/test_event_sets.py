"""stancemap.evaluate.event_sets: the one loader both argument benches read their gold
sets through (records written here; no ../shared needed)."""

from __future__ import annotations

import json
from pathlib import Path

from stancemap.evaluate.event_sets import event_sets
from stancemap.evaluate.split import part_of


def _write(path: Path, ids: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": f"text {i}"}) + "\n" for i in ids))


def test_dev_is_split_by_part_of_and_wire_sets_follow(tmp_path: Path) -> None:
    ids = [f"rec-{n}" for n in range(30)]
    _write(tmp_path / "dev.jsonl", ids)
    _write(tmp_path / "wire_second.jsonl", ["w1", "w2"])
    sets = event_sets(tmp_path / "dev.jsonl", tmp_path)
    assert list(sets) == ["tune", "check", "second"]  # absent wire files are left out
    assert [r["id"] for r in sets["tune"]] == [i for i in ids if part_of(i) == "tune"]
    assert [r["id"] for r in sets["check"]] == [i for i in ids if part_of(i) == "check"]
    assert sets["tune"] and sets["check"]
    assert [r["id"] for r in sets["second"]] == ["w1", "w2"]


def test_labels_rename_sets_and_a_missing_dev_is_no_error(tmp_path: Path) -> None:
    _write(tmp_path / "wire_third.jsonl", ["w9"])
    sets = event_sets(tmp_path / "absent.jsonl", tmp_path, {"third": "wire_third"})
    assert list(sets) == ["wire_third"]
