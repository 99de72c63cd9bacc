"""Ingestion benchmark: throughput (docs/s) for plain text, HTML and WARC inputs,
and peak traced memory at growing corpus sizes (flat = streaming).

Corpora are synthetic English news-like articles generated into a temporary
directory (every article distinct, so none is dropped as a duplicate); nothing
is read from ../shared. Prints one JSON line.

    .venv/bin/python bench/ingest_bench.py [--sizes 200,400,800] [--words 400]
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import platform
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

SUBJECTS = [
    "The finance minister", "The opposition leader", "A government spokesperson", "The central bank",
    "The foreign ministry", "Union representatives", "The prime minister", "Regional officials",
    "The defence ministry", "Election observers", "The trade commissioner", "Local farmers",
]  # fmt: skip
VERBS = [
    "said on {day} that", "warned that", "announced that", "denied reports that", "insisted that",
    "told reporters that", "argued in parliament that", "confirmed on {day} that",
]  # fmt: skip
CLAUSES = [
    "the budget for {year} would include {n} million for new schools",
    "talks with the neighbouring country would resume within {n} days",
    "fuel taxes would be cut by {n} percent to ease pressure on households",
    "the sanctions had cost the economy about {n} billion so far",
    "{n} soldiers had been moved closer to the border in recent weeks",
    "the new rules on water rights would be reviewed by an independent panel",
    "inflation had slowed to {n} percent, the lowest level since {year}",
    "the coalition would present a reform of the pension system in {month}",
    "protesters had blocked {n} roads near the capital on {day}",
    "the agreement would be signed at a summit in {month}",
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "June", "September", "November"]


def article(rng: random.Random, words: int) -> str:
    """A distinct news-like article of about ``words`` words, in paragraphs."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentence = (
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}.".format(
                    day=rng.choice(DAYS), year=rng.randint(1990, 2024),
                    n=rng.randint(2, 9999), month=rng.choice(MONTHS),
                )
            )  # fmt: skip
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def html_page(title: str, text: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>"
        "<meta property='article:published_time' content='2023-03-04'></head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>Subscribe to our newsletter</p></footer></body></html>"
    )


def make_corpus(kind: str, n: int, words: int, root: Path, seed: int) -> Path:
    """``n`` documents of one kind under ``root``: a folder of files, or one WARC."""
    rng = random.Random(seed)
    target = root / f"{kind}-{n}"
    target.mkdir()
    if kind == "text":
        for i in range(n):
            (target / f"doc{i:06d}.txt").write_text(
                f"Headline {i}\n\n" + article(rng, words), "utf-8"
            )
        return target
    if kind == "html":
        for i in range(n):
            (target / f"doc{i:06d}.html").write_text(
                html_page(f"Headline {i}", article(rng, words)), "utf-8"
            )
        return target
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = target / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(n):
            body = html_page(f"Headline {i}", article(rng, words)).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(record)
    return path


def consume(path: Path) -> int:
    """Run ingest over ``path`` holding nothing but a count (how a batch streams)."""
    from stancemap.ingest import Document, IngestOptions, ingest

    _, stream = ingest([str(path)], IngestOptions())
    return sum(isinstance(item, Document) for item in stream)


def measure(fn: Callable[[], int], *, trace: bool) -> tuple[int, float, int]:
    gc.collect()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    count = fn()
    elapsed = time.perf_counter() - start
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return count, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default="200,400,800", help="corpus sizes for the memory curve")
    parser.add_argument("--words", type=int, default=400, help="words per article")
    parser.add_argument("--kinds", default="text,html,warc")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = list(dict.fromkeys(args.kinds.split(",")))

    result: dict[str, object] = {
        "bench": "ingest",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "words_per_doc": args.words,
        "sizes": sizes,
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for kind in kinds:
            # Warm-up: lazy imports (trafilatura, warcio) and langdetect's
            # profiles load once per process; they are not part of the curve.
            warm_root = root / f"warm-{kind}"
            warm_root.mkdir()
            consume(make_corpus(kind, 5, args.words, warm_root, seed=0))
            peaks = []
            for n in sizes:
                corpus = make_corpus(kind, n, args.words, root, seed=n)
                count, _, peak = measure(partial(consume, corpus), trace=True)
                assert count == n, f"{kind}: {count} of {n} documents ingested"
                peaks.append(round(peak / 2**20, 2))
            largest = root / f"{kind}-{sizes[-1]}"
            corpus = largest if kind != "warc" else largest / "crawl.warc.gz"
            count, elapsed, _ = measure(partial(consume, corpus), trace=False)
            result[kind] = {
                "docs_per_s": round(count / elapsed, 1),
                "docs": count,
                "seconds": round(elapsed, 2),
                "peak_mib_by_size": dict(zip(map(str, sizes), peaks, strict=True)),
            }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
