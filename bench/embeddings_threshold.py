"""Tune ``[stances] similarity_threshold``: merge precision/recall/F1 on labelled issue pairs.

Encodes every label of bench/data/issue_label_pairs.tsv with the encoder the
corpus commands use (``stances.similarity.load_encoder``) and, for thresholds
0.50..0.95 step 0.05, counts a pair as "merge" when its cosine reaches the
threshold - the rule of ``similar_issues``. ``same`` = 1 marks pairs an analyst
would merge; the 0 pairs include hard negatives that share words ("carbon tax"
vs "income tax"). Prints one JSON object: the table, and the chosen threshold -
the lowest one whose merge precision reaches --min-precision, because a wrong
merge silently corrupts a corpus while a missed one stays visible in
``stancemap issues list``.

Needs the optional extra (pip install 'stancemap[embeddings]'); without it the
script says so and exits 0.

    .venv/bin/python bench/embeddings_threshold.py [--pairs FILE] [--min-precision 0.9]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from stancemap.stances.similarity import cosine, load_encoder

PAIRS = Path(__file__).resolve().parent / "data" / "issue_label_pairs.tsv"
THRESHOLDS = [round(0.50 + 0.05 * i, 2) for i in range(10)]  # 0.50 .. 0.95


def read_pairs(path: Path) -> list[tuple[str, str, bool]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(r["label_a"], r["label_b"], r["same"].strip() == "1") for r in rows]


def scores(pairs: list[tuple[str, str, bool]], threshold: float, sims: list[float]) -> dict:
    tp = sum(1 for (_, _, same), s in zip(pairs, sims, strict=True) if same and s >= threshold)
    fp = sum(1 for (_, _, same), s in zip(pairs, sims, strict=True) if not same and s >= threshold)
    fn = sum(1 for (_, _, same), s in zip(pairs, sims, strict=True) if same and s < threshold)
    # no merge at all: precision is undefined, not perfect
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return {
        "threshold": threshold,
        "merged": tp + fp,
        "wrong_merges": fp,
        "missed_merges": fn,
        "precision": None if precision is None else round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def choose(table: list[dict], min_precision: float) -> tuple[float, str]:
    for row in table:  # ascending: the lowest threshold that is precise enough
        if row["precision"] is not None and row["precision"] >= min_precision:
            return row["threshold"], f"lowest threshold with merge precision >= {min_precision}"
    best = max(table, key=lambda r: (r["f1"], r["threshold"]))
    return best["threshold"], f"no threshold reaches precision {min_precision}: best F1"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--min-precision", type=float, default=0.9)
    args = parser.parse_args()
    encoder = load_encoder()
    if encoder is None:
        print("skipped: needs the optional extra: pip install 'stancemap[embeddings]'")
        return 0
    pairs = read_pairs(args.pairs)
    labels = sorted({label for a, b, _ in pairs for label in (a, b)})
    vector = dict(zip(labels, encoder(labels), strict=True))
    sims = [cosine(vector[a], vector[b]) for a, b, _ in pairs]
    table = [scores(pairs, t, sims) for t in THRESHOLDS]
    chosen, rule = choose(table, args.min_precision)
    errors = [
        {"a": a, "b": b, "same": same, "cosine": round(s, 3)}
        for (a, b, same), s in zip(pairs, sims, strict=True)
        if (s >= chosen) != same
    ]
    result = {
        "pairs": len(pairs),
        "same": sum(same for _, _, same in pairs),
        "table": table,
        "chosen": chosen,
        "rule": rule,
        "errors_at_chosen": sorted(errors, key=lambda e: -e["cosine"]),
        "python": sys.version.split()[0],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
