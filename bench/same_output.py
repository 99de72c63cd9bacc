"""Dump the full analysis of the project's examples, the founding example, N PolNeAR
dev articles and the PLOVER dev sentences, for a byte-for-byte comparison before and
after a change that must not change output (a speed change). One JSON line per
document, keys sorted; diff two dumps with ``cmp`` or ``diff``.

    .venv/bin/python bench/same_output.py OUT.jsonl [--docs 40] [--plover 163]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "gold" / "polnear" / "dev" / "text"
PLOVER = SHARED / "gold" / "plover-gsr" / "dev.jsonl"
FOUNDING = SHARED / "examples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=40, help="PolNeAR dev articles")
    parser.add_argument("--plover", type=int, default=163, help="PLOVER dev records")
    args = parser.parse_args()

    from stancemap import Pipeline
    from stancemap.ingest import make_document

    files = (
        sorted((ROOT / "examples").rglob("*.txt"))
        + sorted(FOUNDING.glob("*.txt"))
        + sorted(POLNEAR.glob("*.txt"))[: args.docs]
    )
    names = [p.name for p in files]
    docs = [make_document(p.read_text("utf-8"), doc_id=p.stem, date="2016-10-01") for p in files]
    if PLOVER.exists():
        lines = PLOVER.read_text("utf-8").splitlines()[: args.plover]
        for line in lines:
            record = json.loads(line)
            names.append(record["id"])
            docs.append(make_document(record["text"], doc_id=record["id"], date=record["date"]))
    pipeline = Pipeline()
    with args.out.open("w", encoding="utf-8") as out:
        for name, result in zip(names, pipeline.pipe(docs), strict=True):
            record = (
                result.to_json_dict()
                if hasattr(result, "to_json_dict")
                else {"failure": result.reason, "stage": result.stage}
            )
            out.write(json.dumps({"file": name, **record}, sort_keys=True) + "\n")
    print(f"{len(names)} documents -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
