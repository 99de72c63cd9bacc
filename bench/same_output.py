"""Dump the full analysis of the project's examples and N PolNeAR articles, for a
byte-for-byte comparison before and after a change that must not change output
(a speed change). One JSON line per document, keys sorted; diff two dumps with
``cmp`` or ``diff``.

    .venv/bin/python bench/same_output.py OUT.jsonl [--docs 40]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear" / "dev" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=40, help="PolNeAR dev articles")
    args = parser.parse_args()

    from stancemap import Pipeline
    from stancemap.ingest import make_document

    files = sorted((ROOT / "examples").rglob("*.txt")) + sorted(POLNEAR.glob("*.txt"))[: args.docs]
    docs = [make_document(p.read_text("utf-8"), doc_id=p.stem, date="2016-10-01") for p in files]
    pipeline = Pipeline()
    with args.out.open("w", encoding="utf-8") as out:
        for path, result in zip(files, pipeline.pipe(docs), strict=True):
            record = (
                result.to_json_dict()
                if hasattr(result, "to_json_dict")
                else {"failure": result.reason, "stage": result.stage}
            )
            out.write(json.dumps({"file": path.name, **record}, sort_keys=True) + "\n")
    print(f"{len(files)} documents -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
