"""Peak memory of the store's v4 upgrade (filling ``relations.confidence`` and
``relation_evidence`` from the stored relation records): this tree's migration
against the same migration at a baseline revision, in one process.

A v3 SQLite store of ``--relations`` relations is built once (a synthetic relation
record replicated, with ``--pieces`` evidence pieces of ~150 characters each, i.e.
roughly a real record's size), copied, and upgraded by each migration in turn,
alternating (baseline, current, ...). Each upgrade runs the way ``Store`` opens an
old store (``engine.upgrade_schema``: one transaction); the baseline's migration
folder is this tree's with ``v0004_relation_evidence.py`` taken from
``--baseline`` (``git show``). Memory is the Python heap's peak during the upgrade
(``tracemalloc``, reset before each), which is what the upgrade itself holds: row
tuples, record strings, parsed JSON, evidence dicts. Seconds are printed too (under
tracemalloc, so slower than plain; only their ratio means anything, and only at a
low load average). One JSON line.

    .venv/bin/python bench/store_upgrade.py --baseline fc875dd [--relations 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MIGRATION = "src/stancemap/store/migrations/versions/v0004_relation_evidence.py"
sys.path.insert(0, str(ROOT / "tests" / "store"))  # store_builders: the synthetic record


def build_v3(path: Path, relations: int, pieces: int) -> None:
    """A v3 store (schema 0003) with ``relations`` relations of ``pieces`` pieces each."""
    from sqlalchemy import column, insert, table
    from store_builders import synthetic

    from stancemap.store import models as m
    from stancemap.store.engine import make_engine, upgrade_schema
    from stancemap.store.writer import _document_row, derived_rows

    template = synthetic("template", "2024-03-01")
    row = derived_rows(template)["relations"][0]
    record = json.loads(row["record"])
    piece = record["evidence_spans"][0]
    words = (piece["span"]["text"] + " ") * 4
    record["evidence_spans"] = [
        {**piece, "id": f"s{n}", "span": {**piece["span"], "text": words[:150]}}
        for n in range(pieces)
    ]
    record["confidence"] = 0.8
    old = ("doc_id", "a", "b", "score", "cooperation", "conflict", "record")
    relations_v3 = table("relations", *(column(name) for name in old))
    engine = make_engine(path)
    upgrade_schema(engine, "0003")
    per_doc = 4
    with engine.begin() as connection:
        for first in range(0, relations, 5000):
            docs, rows = [], []
            for n in range(first, min(relations, first + 5000)):
                doc_id = f"d{n // per_doc:07d}"
                if n % per_doc == 0:
                    info = template.document.model_copy(
                        update={"id": doc_id, "sha256": f"{n:064d}"}
                    )
                    docs.append(_document_row(info, template.text, None))
                b = f"person:b{n % per_doc}"
                text = json.dumps({**record, "b": b})
                rows.append({k: row[k] for k in old} | {"doc_id": doc_id, "b": b, "record": text})
            connection.execute(insert(m.documents), docs)
            connection.execute(insert(relations_v3), rows)
    engine.dispose()


def migrations_folder(work: Path, name: str, revision: str | None) -> Path:
    """This tree's migrations, with v0004 from ``revision`` (None: as it is here)."""
    folder = work / name
    shutil.copytree(ROOT / "src/stancemap/store/migrations", folder)
    if revision is not None:
        source = subprocess.run(
            ["git", "show", f"{revision}:{MIGRATION}"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        (folder / "versions" / Path(MIGRATION).name).write_text(source, "utf-8")
    return folder


def upgrade(path: Path, folder: Path) -> dict[str, Any]:
    """Upgrade the store at ``path`` to head with the migrations in ``folder``."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import func, select

    from stancemap.store import models as m
    from stancemap.store.engine import make_engine, schema_revision

    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(folder))
    tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.perf_counter()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert schema_revision(engine) == "0004"
    with engine.connect() as connection:
        pieces = connection.execute(select(func.count()).select_from(m.relation_evidence)).scalar()
        filled = connection.execute(
            select(func.count()).where(m.relations.c.confidence.is_not(None))
        ).scalar()
    engine.dispose()
    return {"peak_mb": round(peak / 2**20, 1), "seconds": round(seconds, 2),
            "pieces": pieces, "filled": filled}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--baseline", required=True, help="git revision of the old migration")
    parser.add_argument("--relations", type=int, default=20_000)
    parser.add_argument("--pieces", type=int, default=6, help="evidence pieces per relation")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="store-upgrade-"))
    result: dict[str, Any] = {
        "bench": "store_upgrade",
        "relations": args.relations,
        "pieces_per_relation": args.pieces,
        "baseline_revision": args.baseline,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        v3 = work / "v3.db"
        build_v3(v3, args.relations, args.pieces)
        result["store_mb"] = round(v3.stat().st_size / 2**20, 1)
        kinds = {
            "baseline": migrations_folder(work, "baseline", args.baseline),
            "current": migrations_folder(work, "current", None),
        }
        runs: dict[str, list[dict[str, Any]]] = {k: [] for k in kinds}
        for n in range(args.rounds):
            for kind, folder in kinds.items():
                copy = work / f"{kind}-{n}.db"
                shutil.copy(v3, copy)
                runs[kind].append(upgrade(copy, folder))
                copy.unlink()
        for kind, found in runs.items():
            result[kind] = {
                "peak_mb": min(r["peak_mb"] for r in found),
                "seconds": min(r["seconds"] for r in found),
                "pieces": found[0]["pieces"],
                "filled": found[0]["filled"],
            }
        same = all(r["pieces"] == runs["baseline"][0]["pieces"] for rs in runs.values() for r in rs)
        result["same_rows"] = same
        result["peak_ratio"] = round(
            result["current"]["peak_mb"] / result["baseline"]["peak_mb"], 3
        )
        result["seconds_ratio"] = round(
            result["current"]["seconds"] / result["baseline"]["seconds"], 3
        )
        result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
