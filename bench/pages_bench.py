"""Page-reading cost: milliseconds per pasted page, short and full-size, and its
ratio to a fixed reference pass measured in the same process.

Pages: the labelled pages of tests/ingest/pages/data (written for the project,
nothing from ../shared; ~700 chars each) and full-size pages of 3,000, 6,000
and 10,000 chars built from them: one labelled page's head and tail chrome
around body paragraphs drawn from every page's body lines (a long article is
long in its body, not in its chrome).

The reader keeps no cache keyed on a line or a page, so a repeat reads each
page as afresh as the first time (check this if a cache is ever added).

The reference pass is ``str.splitlines`` plus one word regex over every line:
on a loaded machine absolute milliseconds move with the load, the ratio much
less. Prints one JSON line.

    .venv/bin/python bench/pages_bench.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import time
from collections.abc import Callable
from pathlib import Path

from stancemap.ingest.boilerplate import find_boilerplate
from stancemap.ingest.pages import read_page
from stancemap.ingest.pages.labelled import LabelledPage, load_pages

DATA = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "pages" / "data"
SIZES = (3_000, 6_000, 10_000)
_WORD = re.compile(r"\w+")


def reference(text: str) -> int:
    """The stable yardstick: split the text into lines and find its words once."""
    return sum(len(_WORD.findall(line)) for line in text.splitlines())


def _full_size(page: LabelledPage, bodies: list[str], size: int) -> str:
    """``page``'s chrome around body paragraphs until the page reaches ``size`` chars."""
    rows = page.text.split("\n")
    kinds = page.kinds
    first = next(i for i, k in enumerate(kinds) if k == "body")
    last = max(i for i, k in enumerate(kinds) if k == "body")
    head, tail = rows[: last + 1], rows[last + 1 :]
    middle: list[str] = []
    i = first
    while len("\n".join(head + middle + tail)) < size:
        middle += ["", bodies[i % len(bodies)]]
        i += 1
    return "\n".join(head + middle + tail)


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
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    pages = load_pages(DATA)
    bodies = [
        line
        for page in pages
        for line, kind in zip(page.text.split("\n"), page.kinds, strict=False)
        if kind == "body" and len(line) > 80
    ]
    sets = {"labelled": [page.text for page in pages]}
    for size in SIZES:
        sets[f"{size}_chars"] = [_full_size(page, bodies, size) for page in pages[::4]]
    result: dict[str, object] = {
        "bench": "pages",
        "python": platform.python_version(),
        "load_average": round(os.getloadavg()[0], 2),
    }
    for name, texts in sets.items():
        # alternate candidate and reference, best of each: the load moves both
        page_ms = ref_ms = float("inf")
        for _ in range(2):
            page_ms = min(page_ms, _per_page_ms(read_page, texts, args.repeat))
            ref_ms = min(ref_ms, _per_page_ms(reference, texts, args.repeat))
        result[name] = {
            "pages": len(texts),
            "mean_chars": round(sum(map(len, texts)) / len(texts)),
            "read_page_ms": round(page_ms, 3),
            "reference_ms": round(ref_ms, 4),
            "ratio_to_reference": round(page_ms / ref_ms, 1),
        }
    labelled = sets["labelled"]
    patterns_ms = _per_page_ms(find_boilerplate, labelled, args.repeat)
    result["patterns_only_ms_labelled"] = round(patterns_ms, 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
