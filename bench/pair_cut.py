"""What keeping the leaders' statements in a pair's corpus costs (``store.pairs``,
session 8): ``relation`` computed (cache bypassed) with ``pairs.py`` at a baseline
revision against this tree's, alternated in one process, best of ``--repeat``.

The store is ``tests/store/test_store_pairs.varied``'s generated documents (three
states with leaders, a spokeswoman, a ministry, people of no state), ``--docs`` of
them; every pair with a relation is timed, by month. Also counts the pair x window
answers that differ from the pair's documents scored whole and uncut, for each
version (the fix makes that 0). No NLP runs, nothing is read from ../shared. One
JSON line with the load average.

    .venv/bin/python bench/pair_cut.py --baseline 8733518 [--docs 400] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "store"))


def baseline_pairs(revision: str, folder: Path) -> Any:
    """``store/pairs.py`` at ``revision``, imported beside this tree's (same package)."""
    source = subprocess.run(
        ["git", "show", f"{revision}:src/stancemap/store/pairs.py"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    path = folder / "pairs_baseline.py"
    path.write_text(source, "utf-8")
    spec = importlib.util.spec_from_file_location("stancemap.store.pairs_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("--baseline", required=True, help="git revision of the old pairs.py")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    from test_store_pairs import _pairs, varied

    from stancemap.alignment.timeseries import Window
    from stancemap.store import Store, pairs, timeline

    window = Window.parse("month")
    with tempfile.TemporaryDirectory() as tmp:
        old = baseline_pairs(options.baseline, Path(tmp))
        store = Store(Path(tmp) / "pairs.db")
        rng, first = random.Random(16), date(2024, 1, 1)
        for n in range(options.docs):
            day = (first + timedelta(days=n * 240 // options.docs)).isoformat()
            store.write(varied(f"d{n:05d}", day, rng))
        found = _pairs(store)
        versions = {"baseline": old.pair_corpus, "current": pairs.pair_corpus}

        def answers(cut: Any) -> list[Any]:
            return [
                timeline.relation_points(store, cut(store, a, b), a, b, window) for a, b in found
            ]

        whole = [
            timeline.relation_points(
                store, timeline.store_corpus(store, pairs.pair_documents(store, a, b)), a, b, window
            )
            for a, b in found
        ]
        differ = {
            name: sum(x != y for x, y in zip(answers(cut), whole, strict=True))
            for name, cut in versions.items()
        }
        best: dict[str, float] = {}
        for _ in range(options.repeat):
            for name, cut in versions.items():
                start = time.perf_counter()
                answers(cut)
                elapsed = time.perf_counter() - start
                best[name] = min(elapsed, best.get(name, elapsed))
        store.close()
    print(
        json.dumps(
            {
                "bench": "pair_cut",
                "docs": options.docs,
                "pairs": len(found),
                "repeat": options.repeat,
                "baseline_ms_per_pair": round(1000 * best["baseline"] / len(found), 1),
                "current_ms_per_pair": round(1000 * best["current"] / len(found), 1),
                "ratio_current_over_baseline": round(best["current"] / best["baseline"], 3),
                "pairs_differing_from_whole_documents": differ,
                "load_average": [round(x, 2) for x in os.getloadavg()],
            }
        )
    )


if __name__ == "__main__":
    main()
