"""Builders for analysis records written by hand, so corpus tests need no NLP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def analysis(
    doc_id: str,
    day: str | None,
    stances: list[tuple[str, str, int]],
    events: list[tuple[str, str, str]] | None = None,
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One contract object: ``stances`` as (actor, issue id, polarity), ``events`` as (type, source, target)."""
    actors = sorted({a for a, _, _ in stances} | {x for _, s, t in events or [] for x in (s, t)})
    return {
        "schema": "stancemap/analysis@1",
        "document": {"id": doc_id, "sha256": "0" * 64, "date": day},
        "text": "",
        "actors": [
            {"id": a, "name": (names or {}).get(a, a.title()), "type": "person", "mentions": []}
            for a in actors
        ],
        "quotes": [],
        "events": [
            {
                "id": f"e{i}",
                "type": etype,
                "mode": None,
                "trigger": {"start": 0, "end": 0, "text": ""},
                "source": [src],
                "target": [tgt],
                "date": day,
                "confidence": 1.0,
            }
            for i, (etype, src, tgt) in enumerate(events or [], start=1)
        ],
        "statements": [
            {
                "id": f"s{i}",
                "actor": actor,
                "issue": {"id": issue, "label": issue.replace(":", " ")},
                "polarity": pol,
                "evidence": [],
                "confidence": 1.0,
            }
            for i, (actor, issue, pol) in enumerate(stances, start=1)
        ],
        "relations": [],
    }


def write_jsonl(path: Path, objects: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), "utf-8")
    return path
