"""Fit the event-ness model (``events.eventness.*``) on hand-judged real-news events.

Each judged file is a ``bench/real_news_sample.py draw events`` sample whose items
carry a ``verdict`` (right / wrong / no_event). The script analyses the judged
articles (PolNeAR tune texts in ../shared), records the features of every coded event
(``events.eventness.features``), pairs them with the verdicts (trigger span and type),
cross-validates an L2 logistic regression (label: an event at all, right or wrong
type), fits it on all the pairs and writes ``data/events/eventness.json``.
The drop threshold keeps 95% of the judged events (cross-validated) and every event
coded on a PLOVER dev tune sentence. ``--held FILE`` scores a held-out judged sample with the fitted model (no refit).
The judged files quote the articles: keep them outside the repository.

    python bench/events_eventness_fit.py /tmp/a.json /tmp/b.json [--held c.json] [--write]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear"
OUT = ROOT / "src" / "stancemap" / "data" / "events" / "eventness.json"


def collect(files: list[Path]) -> list[tuple[dict[str, float], dict[str, Any]]]:
    """(features, judged item) for every judged item the tree still codes the same way."""
    sys.path.insert(0, str(ROOT / "bench"))
    from real_news_sample import _analyse, _pipeline, tune_articles
    from stancemap.events import eventness

    judged: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        for item in json.loads(f.read_text("utf-8"))["items"]:
            if item.get("verdict") in ("right", "wrong", "no_event"):
                judged.setdefault(item["article"], []).append(item)
    by_stem = {p.stem: p for p in tune_articles(POLNEAR)}
    pipeline = _pipeline([], [])
    pairs = []
    for stem, items in sorted(judged.items()):
        text = by_stem[stem].read_text("utf-8")
        seen: dict[tuple[int, int, str], dict[str, float]] = {}

        def record(
            doc: Any, item: Any, feats: dict[str, float], text: str = text, seen: Any = seen
        ) -> None:
            shift = 0 if doc.text == text else max(text.find(doc.text[:300]), 0)
            start, end = item.trigger
            seen[(start + shift, end + shift, item.type)] = feats

        eventness.RECORDER = record
        try:
            _analyse(pipeline, by_stem[stem])
        finally:
            eventness.RECORDER = None
        for item in items:
            feats = seen.get((item["start"], item["end"], item["read_as"]))
            if feats is not None:
                pairs.append((feats, item))
    return pairs


def plover_tune_probabilities(weights: dict[str, float]) -> list[float]:
    """The probabilities the weights give the events coded on PLOVER dev tune sentences
    (every one of which holds an event), sorted: the drop threshold stays under the
    lowest, and the confidence scale's reference is their lower quartile."""
    sys.path.insert(0, str(ROOT / "bench"))
    from real_news_sample import _pipeline
    from stancemap.evaluate.plover import read_records
    from stancemap.evaluate.split import part_of
    from stancemap.events import eventness

    seen: list[float] = []

    def record(doc: Any, item: Any, feats: dict[str, float]) -> None:
        z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
        seen.append(1.0 / (1.0 + math.exp(-z)))

    pipeline = _pipeline([], [])
    eventness.RECORDER = record
    try:
        for r in read_records(ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"):
            if part_of(r["id"]) == "tune":
                pipeline.analyze(r["text"], date=r.get("date"), doc_id=r["id"])
    finally:
        eventness.RECORDER = None
    return sorted(seen)


def label(item: dict[str, Any]) -> int:
    return int(item["verdict"] != "no_event")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("judged", nargs="+", type=Path)
    ap.add_argument("--held", type=Path, help="a held-out judged sample to score")
    ap.add_argument("--write", action="store_true", help="write data/events/eventness.json")
    ap.add_argument("--c", type=float, default=None, help="L2 strength (default: by CV)")
    args = ap.parse_args(argv)
    if not POLNEAR.exists():
        print(f"skipped: {POLNEAR} is absent", file=sys.stderr)
        return 0
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    pairs = collect(args.judged)
    feats = [{k: v for k, v in f.items() if k != "bias"} for f, _ in pairs]
    y = np.array([label(i) for _, i in pairs])
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(feats)
    print(f"{len(pairs)} judged events paired; {int(y.sum())} events, {len(y) - int(y.sum())} not")
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=16)
    best = None
    for c in [args.c] if args.c else [0.03, 0.1, 0.3, 1.0, 3.0]:
        lr = LogisticRegression(C=c, max_iter=2000)
        p = cross_val_predict(lr, x, y, cv=cv, method="predict_proba")[:, 1]
        auc = roc_auc_score(y, p)
        print(f"C={c}: CV AUC {auc:.3f}, " + _at(y, p))
        if best is None or auc > best[0]:
            best = (auc, c, p)
    assert best is not None
    auc, c, p_cv = best
    lr = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    weights = {"bias": round(float(lr.intercept_[0]), 4)}
    weights |= {n: round(float(w), 4) for n, w in zip(vec.feature_names_, lr.coef_[0], strict=True)}
    # drop no more than 5% of the judged events (cross-validated), and no event coded on a
    # PLOVER tune sentence (the dev gold, every sentence an event: recall there must stay)
    plover = plover_tune_probabilities(weights)
    floor = math.floor(plover[0] * 100) / 100 if plover else 0.0
    threshold = min(_threshold(y, p_cv), floor)
    # an event as likely as the lower quartile of PLOVER tune events keeps its confidence
    reference = round(plover[len(plover) // 4], 3) if plover else 1.0
    print(f"threshold: CV {_threshold(y, p_cv)}, PLOVER tune floor {floor}; scale {reference}")
    p_all = lr.predict_proba(x)[:, 1]
    fitted = {
        "about": "events.eventness: logistic weights over events.eventness.features, fitted by "
        "bench/events_eventness_fit.py on hand-judged real-news events (PolNeAR tune)",
        "items": len(y),
        "events": int(y.sum()),
        "C": c,
        "cv_auc": round(float(auc), 3),
        "threshold": threshold,
        "mean_event": round(float(p_all[y == 1].mean()), 3),
        "scale_reference": reference,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }
    print(f"chosen C={c}; threshold {threshold}; mean p on events {fitted['mean_event']}")
    print("top weights:", list(fitted["weights"].items())[:14])
    if args.held:
        held = collect([args.held])
        hx = vec.transform([{k: v for k, v in f.items() if k != "bias"} for f, _ in held])
        hy = np.array([label(i) for _, i in held])
        hp = lr.predict_proba(hx)[:, 1]
        print(f"held-out: {len(hy)} paired, AUC {roc_auc_score(hy, hp):.3f}, " + _at(hy, hp))
        print("held-out at threshold:", _confusion(held, hp, threshold))
    if args.write:
        OUT.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT}")
    return 0


def _at(y: Any, p: Any) -> str:
    parts = []
    for t in (0.3, 0.4, 0.5):
        keep = p >= t
        kept_events = int((y[keep] == 1).sum())
        parts.append(f"t={t}: keep {int(keep.sum())} ({kept_events}/{int(y.sum())} events)")
    return "; ".join(parts)


def _threshold(y: Any, p: Any) -> float:
    """The highest probability that, cross-validated, still keeps 95% of the events."""
    events = sorted(float(v) for v, lab in zip(p, y, strict=True) if lab == 1)
    return round(events[int(len(events) * 0.05)], 3) if events else 0.0


def _confusion(pairs: list[Any], p: Any, threshold: float) -> dict[str, int]:
    out: dict[str, int] = {}
    for (_, item), v in zip(pairs, p, strict=True):
        key = f"{item['verdict']}:{'kept' if v >= threshold else 'dropped'}"
        out[key] = out.get(key, 0) + 1
    return out


if __name__ == "__main__":
    raise SystemExit(main())
