"""The workload behind the flame graph in docs/flamegraph.svg.

Loads the pipeline, warms it on the texts once, then analyses them twice, so
that the profile is dominated by steady-state work, not loading. Run it under
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

    texts, _ = load_texts(args.docs)
    docs = [make_document(t, doc_id=str(i), date="2016-10-01") for i, t in enumerate(texts)]
    pipeline = Pipeline()
    list(pipeline.pipe(docs))  # warm-up: KB, lexicons, caches
    for _ in range(args.rounds):
        list(pipeline.pipe(docs))


if __name__ == "__main__":
    main()
