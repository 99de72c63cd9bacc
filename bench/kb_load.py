"""Knowledge-base load benchmark: time and memory of loading the actor KB with the
generated office-holder files (``stancemap kb build``) against today's hand-written KB
alone, both measured in this run (ratios, since the machine's speed varies).

Each variant runs in a fresh subprocess (nothing cached between them); time is the
wall time of ``load_kb()`` plus the ``Linker`` built over it, memory the growth of
the process's peak resident set while doing so. Prints one JSON line.

    .venv/bin/python bench/kb_load.py [--repeat 3]

Targets (issue 13): under 2 s and under 250 MB extra for the full KB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
from stancemap.actors import kb as kbmod
from stancemap.actors.countries import country_actors
from stancemap.actors.lexicon import agent_words
country_actors(); agent_words()  # tables shared by both variants, loaded before timing
hand_only = sys.argv[1] == "hand"
if hand_only:
    real = kbmod.shipped_files
    kbmod.shipped_files = lambda: (
        (n, t) for n, t in real() if n.rsplit("/", 1)[-1] not in kbmod.GENERATED_FILES
    )
from stancemap.actors.linker import Linker
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
kb = kbmod.load_kb()
Linker(kb)
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": seconds, "mb": grown / 1024, "actors": len(kb.actors)}))
"""


def measure(variant: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, variant], capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"hand": [], "full": []}
    for _ in range(args.repeat):
        for variant in runs:
            runs[variant].append(measure(variant))
    best = {v: min(r, key=lambda x: x["seconds"]) for v, r in runs.items()}
    mb = {v: min(x["mb"] for x in r) for v, r in runs.items()}
    print(
        json.dumps(
            {
                "hand_written_kb": {**best["hand"], "mb": round(mb["hand"], 1)},
                "full_kb": {**best["full"], "mb": round(mb["full"], 1)},
                "time_ratio": round(best["full"]["seconds"] / best["hand"]["seconds"], 2),
                "extra_mb": round(mb["full"] - mb["hand"], 1),
                "full_under_2s": best["full"]["seconds"] < 2.0,
                "extra_under_250mb": mb["full"] - mb["hand"] < 250,
            }
        )
    )


if __name__ == "__main__":
    main()
