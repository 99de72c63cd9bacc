"""Long-document benchmark: analysis time must grow linearly with the text.

One process, one pipeline: a 25 000-character text and a 200 000-character
text (the same news sentences repeated, in paragraphs), each analysed with the
shipped settings (windows of ``[ingest] window_chars``). Prints one JSON line
with both times, the ratio 200k/25k (the goal: within 10, i.e. at most 8x for
8x the text plus slack) and the peak resident memory; exits 1 when the ratio
is over the goal.

    .venv/bin/python bench/long_docs.py [--short 25000] [--long 200000] [--goal 10] [--one-line]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

# Written for this benchmark: ordinary news sentences with actors, a quote and an event.
SENTENCES = (
    "The president of France said on Monday that the government would not recognize "
    "the new border and the Kremlin rejected the plan. ",
    "Officials in Berlin warned that talks could collapse, while the foreign minister "
    "met his Polish counterpart in Warsaw. ",
    '"We will not accept this," a spokesman for the ministry told reporters. ',
)


def make_text(chars: int, one_line: bool = False) -> str:
    """``chars`` characters of paragraphs of the sentences above (or the first sentence
    repeated on one line, as in issue 19)."""
    paragraph = SENTENCES[0] if one_line else "".join(SENTENCES) * 2 + "\n\n"
    return (paragraph * (chars // len(paragraph) + 1))[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", type=int, default=25_000)
    parser.add_argument("--long", type=int, default=200_000)
    parser.add_argument("--goal", type=float, default=10.0)
    parser.add_argument("--window", type=int, help="[ingest] window_chars for this run")
    parser.add_argument(
        "--one-line", action="store_true", help="one sentence repeated, no paragraph breaks"
    )
    args = parser.parse_args()

    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    overrides = {"ingest": {"window_chars": args.window}} if args.window else None
    pipeline = Pipeline(load_settings(None, overrides))
    pipeline.analyze(make_text(2_000))  # warm-up: lazy tables, first parse
    times = {}
    for size in (args.short, args.long):
        text = make_text(size, args.one_line)
        started = time.perf_counter()
        analysis = pipeline.analyze(text)
        times[size] = time.perf_counter() - started
        assert all(
            text[q.content.start : q.content.end] == q.content.text for q in analysis.quotes
        ), "offsets must index the text"
    ratio = times[args.long] / times[args.short]
    row = {
        "short_chars": args.short,
        "long_chars": args.long,
        "short_s": round(times[args.short], 2),
        "long_s": round(times[args.long], 2),
        "ratio": round(ratio, 2),
        "goal": args.goal,
        "one_line": args.one_line,
        "window_chars": pipeline.settings.ingest.window_chars,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(row))
    return 0 if ratio <= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
