"""Knowledge-base load benchmark: time and memory of loading the full actor KB (the
generated office-holder files included) four ways, all measured in this run (ratios,
since the machine's speed varies):

* ``hand``: the hand-written KB files alone, read from the files (the baseline for memory);
* ``files``: the full KB read from its files - what a fresh machine did before the
  shipped index (no index, no cache);
* ``cache``: the full KB from the user's cache (``~/.cache/stancemap``), written by an
  earlier load on this machine;
* ``index``: the full KB from the prebuilt index shipped in the package
  (``data/kb/index.bin``, ``stancemap kb index``) - what a fresh machine does now;
* ``lists``: ``index`` plus the Wikipedia nationality list, the name model, the
  GeoNames gazetteer and the swot institutions list (``actors/nationality.py``,
  ``actors/namemodel.py``, ``actors/gazetteer.py``, ``actors/institutions.py``), which load lazily on the first unknown full name or place -
  what a process that links one pays in all;
* ``before`` (with ``--against SRC``): ``index`` run from another source tree, e.g. the
  last commit's (``git archive HEAD src | tar -x -C /tmp/base``, then
  ``--against /tmp/base/src``) - the ratio against today's KB and its index format.

Each variant runs in a fresh subprocess (nothing shared between them), alternated and
repeated; time is the wall time of ``load_kb()`` plus the ``Linker`` built over it (and
its CPU time, which a loaded machine inflates far less), memory the growth of the process's peak resident set while doing so. Prints one JSON
line; state the load average (``uptime``) beside any number you record.

    .venv/bin/python bench/kb_load.py [--repeat 3] [--against /tmp/base/src]

Targets (issue 13): under 2 s and under 250 MB extra for the full KB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

CHILD = r"""
import json, resource, sys, time
from stancemap.actors import kb as kbmod, kbindex
from stancemap.actors.countries import country_actors
from stancemap.actors.lexicon import agent_words
country_actors(); agent_words()  # tables shared by every variant, loaded before timing
variant = sys.argv[1]
if variant == "hand":
    real = kbmod.shipped_files
    kbmod.shipped_files = lambda: (
        (n, t) for n, t in real() if n.rsplit("/", 1)[-1] not in kbmod.GENERATED_FILES
    )
if variant not in ("index", "lists"):
    kbindex.read_index = lambda path=None: None
if variant in ("index", "lists"):
    assert kbindex.read_header() == kbindex.header(), "stale index: run stancemap kb index"
from stancemap.actors.linker import Linker
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
kb = kbmod.load_kb()
Linker(kb)
if variant == "lists":
    from stancemap.actors.gazetteer import shipped_gazetteer
    from stancemap.actors.namemodel import shipped_model
    from stancemap.actors.nationality import shipped_table
    assert shipped_table() is not None and shipped_model() is not None
    assert shipped_gazetteer() is not None
    from stancemap.actors.institutions import shipped_institutions
    institutions = shipped_institutions()
    assert institutions is not None and institutions.head_words()
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"seconds": seconds, "cpu": cpu, "mb": grown / 1024, "actors": len(kb.actors)}))
"""
VARIANTS = ("hand", "files", "cache", "index", "lists")


def measure(variant: str, cache_home: str, against: str | None = None) -> dict[str, float]:
    env = dict(os.environ, XDG_CACHE_HOME=cache_home)
    env.pop("STANCEMAP_NO_KB_CACHE", None)
    if variant != "cache":
        env["STANCEMAP_NO_KB_CACHE"] = "1"
    if variant == "before" and against:
        env["PYTHONPATH"] = against  # ahead of the installed package
    child = "index" if variant == "before" else variant
    out = subprocess.run(
        [sys.executable, "-c", CHILD, child], capture_output=True, text=True, check=True, env=env
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", help="another source tree's src/ (its shipped index)")
    args = parser.parse_args()
    variants = (*VARIANTS, "before") if args.against else VARIANTS
    runs: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
    with tempfile.TemporaryDirectory() as cache_home:
        measure("cache", cache_home)  # writes the user cache the "cache" variant reads
        for _ in range(args.repeat):
            for variant in variants:
                runs[variant].append(measure(variant, cache_home, args.against))
    best = {v: min(r, key=lambda x: x["seconds"]) for v, r in runs.items()}
    cpu = {v: min(x["cpu"] for x in r) for v, r in runs.items()}
    mb = {v: min(x["mb"] for x in r) for v, r in runs.items()}
    report: dict[str, object] = {
        v: {
            **best[v],
            "seconds": round(best[v]["seconds"], 3),
            "cpu": round(cpu[v], 3),
            "mb": round(mb[v], 1),
        }
        for v in variants
    }
    report["index_vs_files_time"] = round(best["index"]["seconds"] / best["files"]["seconds"], 3)
    report["index_vs_cache_time"] = round(best["index"]["seconds"] / best["cache"]["seconds"], 3)
    report["index_vs_files_cpu"] = round(cpu["index"] / cpu["files"], 3)
    report["extra_mb"] = round(mb["index"] - mb["hand"], 1)
    if args.against:
        report["index_vs_before_time"] = round(
            best["index"]["seconds"] / best["before"]["seconds"], 3
        )
        report["index_vs_before_cpu"] = round(cpu["index"] / cpu["before"], 3)
        report["index_vs_before_mb"] = round(mb["index"] - mb["before"], 1)
    report["lists_vs_index_time"] = round(best["lists"]["seconds"] / best["index"]["seconds"], 3)
    report["lists_extra_mb"] = round(mb["lists"] - mb["hand"], 1)
    report["lists_under_2s"] = best["lists"]["seconds"] < 2.0
    report["lists_under_2s_cpu"] = cpu["lists"] < 2.0
    report["lists_extra_under_250mb"] = mb["lists"] - mb["hand"] < 250
    report["full_under_2s"] = best["index"]["seconds"] < 2.0
    report["full_under_2s_cpu"] = cpu["index"] < 2.0
    report["extra_under_250mb"] = mb["index"] - mb["hand"] < 250
    report["load_average"] = os.getloadavg()[0]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
