"""Actor sector and country in running text, scored on the PLOVER gold's coded actors.

``python -m stancemap.evaluate.actors_in_text GOLD.jsonl --part tune|check [--json]``

The NGEC cases (``evaluate.actors``) are mentions without a sentence, so what the text
says about a person ("X's government", "X, who heads the ministry") is never tested
there. PLOVER records code their source and target actors with a sector
(``{"actorText": "Alassane Ouattara", "code": "CIV", "sector": "ELI"}``); this scorer
runs the actors stage over each record's text, takes the actor whose mention overlaps
the gold ``actorText`` most (the last such mention on a tie: the head of "German
Foreign Minister Oskar Fischer" comes last) and compares the first three letters of the
sector (``REFKUR`` -> ``REF``; ``***`` is not scored) and the country (ISO3, else the
actor's CAMEO bloc code). ``people`` are the cases whose actor is a named person (no
generic agent): the cases a bare name's sector depends on. Errors are listed on tune only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..config import Settings, load_settings
from ..records import is_agent_id
from .metrics import accuracy
from .split import select


def gold_actors(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(actorText, country code, sector) of a record's coded source and target actors."""
    found = []
    for side in ("source", "target"):
        actors = record.get(side)
        if not isinstance(actors, list):
            continue
        for actor in actors:
            sector = str(actor.get("sector") or "")[:3]
            text = str(actor.get("actorText") or "").strip()
            if text and sector and sector != "***":
                found.append((text, str(actor.get("code") or ""), sector))
    return found


def _locate(text: str, words: str) -> tuple[int, int] | None:
    start = text.find(words)
    if start < 0:
        start = text.lower().find(words.lower())
    return (start, start + len(words)) if start >= 0 else None


def _actor_at(analysis: Any, start: int, end: int) -> Any:
    """The actor whose mention overlaps [start, end) most (the later one on a tie)."""
    best: tuple[int, int] | None = None
    chosen = None
    for actor in analysis.actors:
        for mention in actor.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best is None or (overlap, mention.start) >= best):
                best, chosen = (overlap, mention.start), actor
    return chosen


def evaluate_in_text(
    path: Path, settings: Settings | None = None, *, part: str = "all"
) -> dict[str, Any]:
    """Sector and country accuracy of the actors the gold codes, found in the record's text."""
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings, stages=("actors",))
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    records = select(records, lambda r: str(r["id"]), part)
    hits: dict[str, list[bool]] = {"sector": [], "country": [], "people_sector": []}
    misses = []
    for record in records:
        actors = gold_actors(record)
        if not actors:
            continue
        analysis = pipeline.analyze(record["text"], date=record.get("date"), doc_id=record["id"])
        for words, code, sector in actors:
            where = _locate(record["text"], words)
            if where is None:
                continue
            actor = _actor_at(analysis, *where)
            got_sector = actor.sector[:3] if actor is not None and actor.sector else None
            got_country = (actor.country or actor.cameo) if actor is not None else None
            sector_ok = got_sector == sector
            hits["sector"].append(sector_ok)
            hits["country"].append(got_country == code)
            person = actor is not None and actor.type == "person" and ":" in actor.id
            if person and not is_agent_id(actor.id):
                hits["people_sector"].append(sector_ok)
            if not sector_ok:
                misses.append(
                    {
                        "id": record["id"],
                        "actor": words,
                        "sector": sector,
                        "got": None if actor is None else [actor.id, actor.sector, actor.role],
                    }
                )
    result: dict[str, Any] = {
        "part": part,
        "records": len(records),
        **{name: {"accuracy": accuracy(sum(v), len(v)), "n": len(v)} for name, v in hits.items()},
    }
    if part == "tune":
        result["misses"] = misses  # errors are read on tune only
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--part", default="all", choices=("all", "tune", "check"))
    parser.add_argument("--config", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = evaluate_in_text(args.gold, load_settings(args.config), part=args.part)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for name in ("sector", "country", "people_sector"):
        print(f"{name}: {result[name]['accuracy']} (n={result[name]['n']})")


if __name__ == "__main__":
    main()
