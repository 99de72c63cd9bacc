"""Page-reading cost: milliseconds per pasted page, and the ratio to the old
pattern-only cleaner (``find_boilerplate``) measured in the same process.

Reads the labelled pages of tests/ingest/pages/data (written for the project,
nothing from ../shared) and a long synthetic page (a 300-line paste) to show
the cost grows with lines, not worse. Prints one JSON line.

    .venv/bin/python bench/pages_bench.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path

from stancemap.ingest.boilerplate import find_boilerplate
from stancemap.ingest.document import page_fields
from stancemap.ingest.pages import read_page
from stancemap.ingest.pages.labelled import load_pages

DATA = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "pages" / "data"


def _per_page_ms(func: Callable[[str], object], texts: list[str], repeat: int) -> float:
    func(texts[0])  # load data files and the model outside the timing
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            func(text)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    texts = [page.text for page in load_pages(DATA)]
    long_page = "\n".join(texts) * 3  # about 60 pages pasted into one text
    page_ms = _per_page_ms(read_page, texts, args.repeat)
    fields_ms = _per_page_ms(
        lambda t: page_fields(t, default_date="2020-01-01"), texts, args.repeat
    )
    baseline_ms = _per_page_ms(find_boilerplate, texts, args.repeat)
    long_ms = _per_page_ms(read_page, [long_page], max(1, args.repeat // 4))
    result = {
        "bench": "pages",
        "python": platform.python_version(),
        "pages": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "read_page_ms_per_page": round(page_ms, 3),
        "page_fields_ms_per_page": round(fields_ms, 3),
        "patterns_only_ms_per_page": round(baseline_ms, 3),
        "ratio_to_patterns_only": round(page_ms / baseline_ms, 1),
        "long_page_chars": len(long_page),
        "long_page_ms": round(long_ms, 2),
        "long_page_ms_per_1k_chars": round(1000 * long_ms / len(long_page), 3),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
