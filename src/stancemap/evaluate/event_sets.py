"""The event gold sets the argument benches score, loaded one way for all of them.

PLOVER dev, split by ``split.part_of`` into ``tune`` and ``check``, and the project's
three wire sets (``wire``, ``second``, ``third``, under tests/events/data). A set whose
file is absent (no ../shared in a fresh clone) is left out, not an error: the benches
measure what is there. ``bench/args_ablation.py`` and ``bench/events_sources.py`` both
read their sets here, so the two always score the same records.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import plover
from .split import select

# the PLOVER dev records, relative to the shared data folder
PLOVER_DEV = Path("gold") / "plover-gsr" / "dev.jsonl"
# set name -> file under the wire folder (tests/events/data)
WIRE_FILES = {
    "wire": "wire_sanity.jsonl",
    "second": "wire_second.jsonl",
    "third": "wire_third.jsonl",
}
PLOVER_PARTS = ("tune", "check")


def event_sets(
    dev: Path, wire_dir: Path, labels: Mapping[str, str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Set name -> gold records: the PLOVER dev parts (from ``dev``), then the wire sets
    (from ``wire_dir``), in that order. ``labels`` renames a set in the result (a bench
    that has always printed "wire_second" keeps its keys)."""
    rename = dict(labels or {})
    sets: dict[str, list[dict[str, Any]]] = {}
    if dev.exists():
        records = plover.read_records(dev)
        for part in PLOVER_PARTS:
            sets[rename.get(part, part)] = select(records, lambda r: str(r["id"]), part)
    for name, file in WIRE_FILES.items():
        path = wire_dir / file
        if path.exists():
            sets[rename.get(name, name)] = plover.read_records(path)
    return sets
