"""Worker start-up: the CPU seconds a fresh process takes to build a ``Pipeline``
(imports, the KB, every stage, the spaCy pipeline with the KB entity ruler), with
the entity ruler's KB patterns computed (``STANCEMAP_NO_PATTERN_CACHE=1``: the
session-6 start) and read from the pattern cache (``nlp.pattern_cache``), as a
ratio in one run.

Each start is a new interpreter, as a worker is; the two kinds alternate so the
machine's load falls on both alike, and the least CPU time of ``--rounds`` is
kept for each (CPU time, not wall time: on a loaded machine the wall clock
mostly measures the other processes). The cache is filled once before the
rounds. Also checks that both starts load the same ruler patterns. Prints one
JSON line with the load average.

    .venv/bin/python bench/worker_start.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

CHILD = r"""
import hashlib, json, resource, sys, time
started = time.process_time()
from stancemap import Pipeline
pipeline = Pipeline()
ready = time.process_time()
patterns = pipeline.actors.ruler_patterns()
print(json.dumps({
    "cpu_s": ready - started,
    "cpu_with_imports_s": resource.getrusage(resource.RUSAGE_SELF).ru_utime
        + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
    "patterns": hashlib.sha256(json.dumps(patterns, sort_keys=True).encode()).hexdigest(),
}))
"""


def start(cached: bool) -> dict[str, float | str]:
    env = dict(os.environ)
    if cached:
        env.pop("STANCEMAP_NO_PATTERN_CACHE", None)
    else:
        env["STANCEMAP_NO_PATTERN_CACHE"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    start(cached=True)  # fills the cache
    best: dict[str, dict[str, float]] = {"computed": {}, "cached": {}}
    digests: dict[str, set[str]] = {"computed": set(), "cached": set()}
    for _ in range(options.rounds):
        for name in ("computed", "cached"):
            found = start(cached=name == "cached")
            digests[name].add(str(found.pop("patterns")))
            for field, value in found.items():
                best[name][field] = min(float(value), best[name].get(field, float("inf")))
    print(
        json.dumps(
            {
                "bench": "worker_start",
                "rounds": options.rounds,
                "computed_cpu_s": round(best["computed"]["cpu_s"], 3),
                "cached_cpu_s": round(best["cached"]["cpu_s"], 3),
                "ratio_cached_over_computed": round(
                    best["cached"]["cpu_s"] / best["computed"]["cpu_s"], 3
                ),
                "computed_cpu_with_imports_s": round(best["computed"]["cpu_with_imports_s"], 3),
                "cached_cpu_with_imports_s": round(best["cached"]["cpu_with_imports_s"], 3),
                "same_patterns": len(digests["computed"] | digests["cached"]) == 1,
                "load_average": round(os.getloadavg()[0], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
