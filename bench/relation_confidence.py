"""Fit, cross-validate and test the learned relation confidence (issue 14).

The relations of hand-judged samples (``bench/real_news_sample.py draw relations``,
verdicts right / wrong / no_relation) are matched on this tree by article and pair;
a relation whose sign changed since it was judged takes the opposite verdict (right <->
wrong; no_relation stays). Label: 1 right, 0 wrong or no_relation. The features are
``stancemap.alignment.confidence.relation_features``: a logistic regression over them,
standardised, L2 strength chosen by leave-one-article-group-out cross-validation.

    python bench/relation_confidence.py fit S501.json S502.json S503.json [--write]
    python bench/relation_confidence.py test GUIDE.json HELD.json
    python bench/relation_confidence.py loo bench/data/realnews/relations_tune_s2*.jsonl

``loo`` (session 31) fits on all files but one and tests on the one left out, for each
file, and prints the reliability table of the pooled held-out confidences beside the
shipped model's on the same relations; the repository's JSON Lines files are read too.

``fit`` prints the cross-validated log loss, Brier score and AUC and, with ``--write``,
writes ``src/stancemap/data/stances/relation_confidence.json``; ``test`` prints the
reliability table and precision at thresholds of the shipped model (and of the older
noisy-or confidence, read with the learned rule off) on other samples. ``--cache DIR``
reads or keeps each article's analysis there (per tree: give a new folder per tree).
The judged files quote the articles: keep them outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_news_sample as rns  # noqa: E402
from stancemap.alignment.confidence import (  # noqa: E402
    FEATURES,
    MODEL_FILE,
    Doc,
    predict,
    relation_features,
)
from stancemap.evaluate.news_file import read_judged  # noqa: E402
from stancemap.records import Analysis  # noqa: E402

FLIP = {"right": "wrong", "wrong": "right", "no_relation": "no_relation"}


DISABLE: list[str] = []  # rules switched off for the analyses (--disable)


def analyses(stems: list[str], cache: Path | None, pipeline: Any) -> dict[str, Analysis]:
    """Each article's analysis on this tree (from ``cache`` where it is there)."""
    by_stem = {p.stem: p for p in rns.tune_articles(rns.POLNEAR)}
    out = {}
    for stem in dict.fromkeys(stems):
        kept = cache / f"{stem}.json" if cache else None
        if kept and kept.exists():
            data = json.loads(kept.read_text("utf-8"))
        else:
            if pipeline[0] is None:
                pipeline[0] = rns._pipeline(DISABLE, [])
            _, data = rns._analyse(pipeline[0], by_stem[stem])
            if kept:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_text(json.dumps(data), "utf-8")
        out[stem] = Analysis.model_validate(data)
    return out


def rows(samples: list[Path], cache: Path | None) -> list[dict[str, Any]]:
    """One row per judged relation still read on this tree: features, label, old
    confidence, article."""
    pipeline: list[Any] = [None]
    out = []
    for path in samples:
        _, items = read_judged(path)
        items = [i for i in items if i.get("verdict") and not i.get("missed")]
        docs = analyses([i["article"] for i in items], cache, pipeline)
        for item in items:
            analysis = docs[item["article"]]
            doc = Doc(
                analysis.actors,
                analysis.events,
                analysis.statements,
                analysis.quotes + analysis.embedded_quotes,
            )
            for r in analysis.relations:
                if sorted((r.a, r.b)) != item["pair"] or not r.score:
                    continue
                sign = "+" if r.score > 0 else "-"
                verdict = item["verdict"] if sign == item["read_as"] else FLIP[item["verdict"]]
                out.append(
                    {
                        "article": item["article"],
                        "x": relation_features(r, doc),
                        "y": int(verdict == "right"),
                        "confidence": r.confidence,
                        "sample": path.stem,
                    }
                )
    return out


def _matrix(data: list[dict[str, Any]]) -> Any:
    import numpy as np

    return np.array([[d["x"][f] for f in FEATURES] for d in data])


def fit(data: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, float]]:
    """The model fitted on ``data`` and its cross-validated scores."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
    from sklearn.model_selection import GroupKFold

    x, y = _matrix(data), np.array([d["y"] for d in data])
    groups = [d["article"] for d in data]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    best: tuple[float, float, Any] | None = None
    for c in (0.01, 0.03, 0.1, 0.3, 1.0):
        p = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=5).split(z, y, groups):
            m = LogisticRegression(C=c, max_iter=2000).fit(z[train], y[train])
            p[test] = m.predict_proba(z[test])[:, 1]
        loss = log_loss(y, p)
        if best is None or loss < best[0]:
            best = (loss, c, p)
    assert best is not None
    loss, c, p = best
    m = LogisticRegression(C=c, max_iter=2000).fit(z, y)
    model = {
        "about": "relation confidence (alignment/confidence.py), fitted by "
        "bench/relation_confidence.py on hand-judged real-news relations",
        "n": len(y),
        "positives": int(y.sum()),
        "C": c,
        "intercept": round(float(m.intercept_[0]), 5),
        "weights": {f: round(float(w), 5) for f, w in zip(FEATURES, m.coef_[0], strict=True)},
        "mean": {f: round(float(v), 5) for f, v in zip(FEATURES, mean, strict=True)},
        "scale": {f: round(float(v), 5) for f, v in zip(FEATURES, scale, strict=True)},
    }
    cv = {
        "C": c,
        "log_loss": round(loss, 4),
        "log_loss_base_rate": round(log_loss(y, np.full(len(y), y.mean())), 4),
        "brier": round(brier_score_loss(y, p), 4),
        "auc": round(roc_auc_score(y, p), 3),
    }
    return model, cv


def table(probs: list[float], labels: list[int]) -> dict[str, Any]:
    """Reliability by confidence band, precision and kept share at thresholds, AUC."""
    bands = []
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        hit = [
            y
            for p, y in zip(probs, labels, strict=True)
            if lo <= p < lo + 0.2 or p == 1.0 == lo + 0.2
        ]
        ps = [p for p in probs if lo <= p < lo + 0.2]
        if hit:
            bands.append(
                {
                    "band": f"{lo:.1f}-{lo + 0.2:.1f}",
                    "n": len(hit),
                    "mean_conf": round(sum(ps) / len(ps), 3),
                    "right": round(sum(hit) / len(hit), 3),
                }
            )
    at = {}
    for t in (0.0, 0.3, 0.4, 0.5, 0.6):
        kept = [y for p, y in zip(probs, labels, strict=True) if p >= t]
        at[str(t)] = {
            "kept": len(kept),
            "right": sum(kept),
            "precision": round(sum(kept) / len(kept), 3) if kept else None,
        }
    pairs = [(p, y) for p, y in zip(probs, labels, strict=True)]
    pos = [p for p, y in pairs if y]
    neg = [p for p, y in pairs if not y]
    auc = (
        sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg))
        if pos and neg
        else None
    )
    brier = sum((p - y) ** 2 for p, y in pairs) / len(pairs) if pairs else None
    return {
        "n": len(labels),
        "right": sum(labels),
        "auc": round(auc, 3) if auc is not None else None,
        "brier": round(brier, 4) if brier is not None else None,
        "bands": bands,
        "at": at,
    }


def _loo(samples: list[Path], cache: Path | None) -> int:
    """Leave one file out: fit on the others, predict the one left out."""
    data = rows(samples, cache)
    held: list[float] = []
    labels: list[int] = []
    shipped: list[float] = []
    for path in samples:
        train = [d for d in data if d["sample"] != path.stem]
        test = [d for d in data if d["sample"] == path.stem]
        if not train or not test:
            continue
        model, _ = fit(train)
        p = [predict(d["x"], model) for d in test]
        y = [d["y"] for d in test]
        old = [d["confidence"] if d["confidence"] is not None else 0.0 for d in test]
        print(path.name, "held out", json.dumps(table(p, y)))
        print(path.name, "shipped ", json.dumps(table(old, y)))
        held += p
        labels += y
        shipped += old
    print("pooled held out", json.dumps(table(held, labels)))
    print("pooled shipped ", json.dumps(table(shipped, labels)))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("fit", "test", "loo"))
    ap.add_argument("samples", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--model", default=MODEL_FILE, help="the model file --write writes")
    ap.add_argument("--disable", action="append", default=[], help="a rule off in the analyses")
    args = ap.parse_args(argv)
    DISABLE[:] = args.disable
    if not rns.POLNEAR.exists():
        print(f"skipped: {rns.POLNEAR} is absent", file=sys.stderr)
        return 0
    if args.command == "fit":
        data = rows(args.samples, args.cache)
        model, cv = fit(data)
        print(json.dumps({"rows": len(data), "cv": cv, "weights": model["weights"]}, indent=1))
        if args.write:
            out = Path(__file__).resolve().parent.parent / "src/stancemap/data" / args.model
            out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
            print(f"wrote {out}")
        return 0
    if args.command == "loo":
        return _loo(args.samples, args.cache)
    for path in args.samples:
        data = rows([path], args.cache)
        labels = [d["y"] for d in data]
        learned = [predict(d["x"]) for d in data]
        old = [d["confidence"] if d["confidence"] is not None else 0.0 for d in data]
        print(path.name)
        print(" learned", json.dumps(table(learned, labels)))
        print(" shipped field", json.dumps(table(old, labels)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
