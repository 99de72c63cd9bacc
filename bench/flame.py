"""The workload behind the flame graph in docs/flamegraph.svg.

Loads the pipeline, warms it on four other texts, then analyses ``--rounds``
sets of ``--docs`` texts it has not seen, so that the profile is dominated by
steady-state work on new text, not loading (analysing the warm-up texts again,
as before session 6, hid every memoised cost: new names, new words). Run it under
py-spy (a dev dependency) to get the SVG:

    .venv/bin/py-spy record -r 50 -o docs/flamegraph.svg -- .venv/bin/python bench/flame.py --docs 20

The widest towers are where time goes; the bare spaCy parse is the
``English.pipe`` tower, everything else is stancemap's own stage work.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load_texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from stancemap import Pipeline
    from stancemap.ingest import make_document

    def documents(texts: list[str]) -> list:  # type: ignore[type-arg]
        return [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(texts)]

    pipeline = Pipeline()
    warm, _ = load_texts(4, skip=args.docs * args.rounds)
    list(pipeline.pipe(documents(warm)))  # warm-up: KB, lexicons
    for r in range(args.rounds):
        texts, _ = load_texts(args.docs, skip=r * args.docs)
        list(pipeline.pipe(documents(texts)))


if __name__ == "__main__":
    main()
