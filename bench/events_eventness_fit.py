"""Fit the event-ness model (``events.eventness.*``) on hand-judged real-news events.

Each judged file is a ``bench/real_news_sample.py draw events`` sample whose items
carry a ``verdict`` (right / wrong / no_event). The script analyses the judged
articles (PolNeAR tune texts in ../shared), records the features of every coded event
(``events.eventness.features``) and pairs them with the verdicts (trigger span and
type; an item the tree no longer codes that way is left out). Label: an event at all
(right or wrong type) = 1, no event = 0.

Every judged FILE is a group: the model (an L2 logistic regression over a feature set)
is chosen by leave-one-sample-out cross-validation (fit on the other files, the L2
strength picked by leave-one-sample-out inside them; score the left-out file) and
compared, fold by fold, with the event's current confidence (raw and calibrated):
AUC, precision of the top half, and what the drop threshold keeps. ``--write`` refits
the chosen set on all files and writes ``data/events/eventness.json`` (the drop
threshold keeps 95% of the judged events, cross-validated, and every event coded on a
PLOVER dev tune sentence; the confidence scale's reference is a quantile of the
probabilities of the PLOVER dev tune events, the one ``bench/events_calibration.py
--write-reference`` chose on tune: ``scale_quantile`` in the shipped file, kept on refit).

``--held FILE ...`` fits nothing: it scores the shipped model (``eventness.json``)
against the events' current confidence on judged files drawn on any tree (AUC).
The judged files quote the articles: keep them outside the repository.

    python bench/events_eventness_fit.py /tmp/a.json /tmp/b.json /tmp/c.json --cv
    python bench/events_eventness_fit.py /tmp/a.json /tmp/b.json /tmp/c.json --set full --write
    python bench/events_calibration.py --write-reference   # the scale reference, on tune
    python bench/events_eventness_fit.py --held /tmp/blind1.json /tmp/blind2.json
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
PLOVER_DEV = ROOT.parent / "shared" / "gold" / "plover-gsr" / "dev.jsonl"
OUT = ROOT / "src" / "stancemap" / "data" / "events" / "eventness.json"
GRID = [0.03, 0.1, 0.3, 1.0, 3.0]

# the feature sets compared (prefixes of events.eventness.features' names); "full" is all
SETS: dict[str, tuple[str, ...] | None] = {
    "full": None,
    # no PLOVER type or mode: what a trigger is as a word and in its sentence
    "general": (
        "confidence", "multiword", "has_", "source:", "target:", "reported", "in_quote",
        "pos:", "dep:", "lex:", "tag:", "to_infinitive", "passive", "no_subject",
        "subject:", "object:", "question",
    ),
    # fewer, broader: the trigger's word class, place in the parse, WordNet file, arguments
    "small": ("confidence", "has_source", "has_target", "pos:", "dep:", "lex:", "subject:"),
    # the fewest: the raw confidence, the WordNet file, whether it has both parties
    "tiny": ("confidence", "lex:", "has_source", "has_target", "multiword"),
}  # fmt: skip

Pair = tuple[dict[str, float], dict[str, Any]]


def collect(files: list[Path]) -> list[Pair]:
    """(features, judged item) for every judged item the tree still codes the same way;
    the item gains ``sample`` (its file's stem)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from real_news_sample import _analyse, _pipeline, tune_articles
    from stancemap.events import eventness

    judged: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        for item in json.loads(f.read_text("utf-8"))["items"]:
            if item.get("verdict") in ("right", "wrong", "no_event"):
                judged.setdefault(item["article"], []).append(item | {"sample": f.stem})
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


def plover_tune_features() -> list[dict[str, float]]:
    """The features of every event coded on a PLOVER dev tune sentence (each holds an
    event): the drop threshold stays under their lowest probability, and the
    confidence scale's reference is their lower quartile."""
    sys.path.insert(0, str(ROOT / "bench"))
    from real_news_sample import _pipeline
    from stancemap.evaluate.plover import read_records
    from stancemap.evaluate.split import part_of
    from stancemap.events import eventness

    seen: list[dict[str, float]] = []
    pipeline = _pipeline([], [])
    eventness.RECORDER = lambda doc, item, feats: seen.append(feats)
    try:
        for r in read_records(PLOVER_DEV):
            if part_of(r["id"]) == "tune":
                pipeline.analyze(r["text"], date=r.get("date"), doc_id=r["id"])
    finally:
        eventness.RECORDER = None
    return seen


def label(item: dict[str, Any]) -> int:
    return int(item["verdict"] != "no_event")


def subset(feats: dict[str, float], chosen: tuple[str, ...] | None) -> dict[str, float]:
    return {
        k: v
        for k, v in feats.items()
        if k != "bias" and (chosen is None or any(k.startswith(p) for p in chosen))
    }


def calibrated(raw: float) -> float:
    """The raw confidence as the shipped calibration table maps it."""
    from stancemap.stances.confidence import default_calibrator, event_key

    table = (default_calibrator().events or {}).get("map", {})
    return float(table.get(event_key(raw), raw))


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def fit(pairs: list[Pair], chosen: tuple[str, ...] | None, c: float) -> dict[str, float]:
    """Logistic weights (names -> weight, "bias" the intercept)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([subset(f, chosen) for f, _ in pairs])
    y = np.array([label(i) for _, i in pairs])
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    weights = {"bias": round(float(lr.intercept_[0]), 4)}
    weights |= {n: round(float(w), 4) for n, w in zip(vec.feature_names_, lr.coef_[0], strict=True)}
    return weights


def grouped_predictions(pairs: list[Pair], chosen: tuple[str, ...] | None, c: float) -> list[float]:
    """Leave-one-sample-out probabilities of every pair."""
    out = [0.0] * len(pairs)
    for sample in sorted({i["sample"] for _, i in pairs}):
        train = [p for p in pairs if p[1]["sample"] != sample]
        weights = fit(train, chosen, c)
        for n, (f, i) in enumerate(pairs):
            if i["sample"] == sample:
                out[n] = probability(weights, f)
    return out


def auc(y: list[int], p: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return round(float(roc_auc_score(y, p)), 3) if 0 < sum(y) < len(y) else float("nan")


def top_half(y: list[int], p: list[float]) -> str:
    """Precision of the half with the highest scores (ties broken by order)."""
    order = sorted(range(len(y)), key=lambda n: -p[n])[: max(1, len(y) // 2)]
    return f"{sum(y[n] for n in order) / len(order):.2f}"


def cross_validate(pairs: list[Pair], plover: list[dict[str, float]], quantile: float) -> None:
    """Every feature set, leave-one-sample-out; C by leave-one-sample-out inside."""
    samples = sorted({i["sample"] for _, i in pairs})
    y_all = [label(i) for _, i in pairs]
    raw = [f["confidence"] for f, _ in pairs]
    cal = [calibrated(r) for r in raw]
    header = (
        "fold            n  ev | AUC raw  cal  model  shipped | top-half cal model shipped | drop"
    )
    for name, chosen in SETS.items():
        print(f"\n== feature set {name}")
        print(header)
        pooled: dict[str, list[float]] = {"model": [], "shipped": []}
        pooled_y: list[int] = []
        pooled_cal: list[float] = []
        pooled_raw: list[float] = []
        drops = []
        for sample in samples:
            train = [p for p in pairs if p[1]["sample"] != sample]
            c, _, weights, threshold, reference = fit_chosen(train, chosen, plover, quantile)
            idx = [n for n, (_, i) in enumerate(pairs) if i["sample"] == sample]
            y = [y_all[n] for n in idx]
            p = [probability(weights, pairs[n][0]) for n in idx]
            shipped = [cal[n] * min(1.0, p[k] / reference) for k, n in enumerate(idx)]
            pooled["model"] += p
            pooled["shipped"] += shipped
            pooled_y += y
            pooled_cal += [cal[n] for n in idx]
            pooled_raw += [raw[n] for n in idx]
            drop = drop_effect(y, p, threshold)
            drops.append(drop)
            print(
                f"{sample:<14} {len(y):>3} {sum(y):>3} | {auc(y, [raw[n] for n in idx]):.3f} "
                f"{auc(y, [cal[n] for n in idx]):.3f} {auc(y, p):.3f}  {auc(y, shipped):.3f}   | "
                f"{top_half(y, [cal[n] for n in idx])} {top_half(y, p)} {top_half(y, shipped)} | "
                f"C={c} t={threshold} "
                f"ref={reference:.3f} {drop}"
            )
        print(
            f"{'pooled':<14} {len(pooled_y):>3} {sum(pooled_y):>3} | {auc(pooled_y, pooled_raw):.3f} "
            f"{auc(pooled_y, pooled_cal):.3f} {auc(pooled_y, pooled['model']):.3f}  "
            f"{auc(pooled_y, pooled['shipped']):.3f}   | {top_half(pooled_y, pooled_cal)} "
            f"{top_half(pooled_y, pooled['model'])} {top_half(pooled_y, pooled['shipped'])}"
        )


def threshold_keeping(y: list[int], p: list[float], share: float = 0.95) -> float:
    """The highest probability that, cross-validated, still keeps ``share`` of the events."""
    events = sorted(v for v, lab in zip(p, y, strict=True) if lab == 1)
    return round(events[int(len(events) * (1 - share))], 3) if events else 0.0


def drop_effect(y: list[int], p: list[float], threshold: float) -> str:
    """Precision before -> after dropping under the threshold; events and non-events lost."""
    kept = [lab for lab, v in zip(y, p, strict=True) if v >= threshold]
    lost_events = sum(y) - sum(kept)
    lost_non = (len(y) - sum(y)) - (len(kept) - sum(kept))
    before = sum(y) / len(y) if y else 0.0
    after = sum(kept) / len(kept) if kept else 0.0
    return f"prec {before:.3f}->{after:.3f}, lost {lost_events} events, {lost_non} non-events"


def held(files: list[Path]) -> None:
    """The shipped model against the current confidence on judged files (no fitting)."""
    from stancemap.events import eventness

    fitted = eventness.model()
    reference = float(fitted.get("scale_reference", 1.0)) or 1.0
    pairs = collect(files)
    judged = sum(
        i.get("verdict") in ("right", "wrong", "no_event")
        for f in files
        for i in json.loads(f.read_text("utf-8"))["items"]
    )
    print(f"{len(pairs)} of {judged} judged events still coded the same way (the rest: skipped)")
    print("file            n  ev | AUC raw  calibrated  model  calibrated x factor")
    groups = sorted({i["sample"] for _, i in pairs}) + ["pooled"]
    for group in groups:
        chosen = [(f, i) for f, i in pairs if group in ("pooled", i["sample"])]
        y = [label(i) for _, i in chosen]
        raw = [f["confidence"] for f, _ in chosen]
        cal = [calibrated(r) for r in raw]
        p = [eventness.probability(f) or 0.0 for f, _ in chosen]
        shipped = [c * min(1.0, v / reference) for c, v in zip(cal, p, strict=True)]
        print(
            f"{group:<14} {len(y):>3} {sum(y):>3} | {auc(y, raw):.3f}  {auc(y, cal):.3f}"
            f"       {auc(y, p):.3f}  {auc(y, shipped):.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("judged", nargs="*", type=Path, help="judged samples to fit on (groups)")
    ap.add_argument("--held", type=Path, nargs="+", help="score the shipped model on these")
    ap.add_argument("--cv", action="store_true", help="leave-one-sample-out, every feature set")
    ap.add_argument("--set", choices=sorted(SETS), default="full", help="feature set to write")
    ap.add_argument("--write", action="store_true", help="write data/events/eventness.json")
    ap.add_argument("--cache", type=Path, help="a JSON file keeping the recorded features")
    ap.add_argument(
        "--quantile",
        type=float,
        default=None,
        help="the scale reference's quantile of the PLOVER tune probabilities (default: the "
        "shipped file's scale_quantile, chosen on tune by bench/events_calibration.py)",
    )
    args = ap.parse_args(argv)
    if not POLNEAR.exists():
        print(f"skipped: {POLNEAR} is absent", file=sys.stderr)
        return 0
    if args.held:
        held(args.held)
    if not args.judged:
        return 0
    if args.cache and args.cache.exists():
        cached = json.loads(args.cache.read_text("utf-8"))
        pairs = [(f, i) for f, i in cached["pairs"]]
        plover = cached["plover"]
    else:
        pairs = collect(args.judged)
        plover = plover_tune_features()
        if args.cache:
            args.cache.write_text(json.dumps({"pairs": pairs, "plover": plover}), "utf-8")
    if args.quantile is None:
        args.quantile = shipped_quantile()
    y = [label(i) for _, i in pairs]
    print(f"{len(pairs)} judged events paired; {sum(y)} events, {len(y) - sum(y)} not")
    if args.cv:
        cross_validate(pairs, plover, args.quantile)
    if args.write:
        write(pairs, plover, args.set, args.quantile)
    return 0


def shipped_quantile() -> float:
    if OUT.exists():
        return float(json.loads(OUT.read_text("utf-8")).get("scale_quantile", 0.25))
    return 0.25


def at_quantile(values: list[float], quantile: float) -> float:
    """The value at ``quantile`` of the sorted ``values`` (1.0 when there are none)."""
    return values[min(len(values) - 1, math.floor(quantile * len(values)))] if values else 1.0


def fit_chosen(
    pairs: list[Pair],
    chosen: tuple[str, ...] | None,
    plover: list[dict[str, float]],
    quantile: float,
) -> tuple[float, list[float], dict[str, float], float, float]:
    """C picked by leave-one-sample-out inside ``pairs``, those cross-validated
    predictions, the weights fitted on all of ``pairs``, the drop threshold (keeps 95% of
    the judged events and every PLOVER tune event) and the scale reference (an event as
    likely as this quantile of PLOVER tune events keeps its confidence)."""
    y = [label(i) for _, i in pairs]
    c = max(GRID, key=lambda c: auc(y, grouped_predictions(pairs, chosen, c)))
    cv = grouped_predictions(pairs, chosen, c)
    weights = fit(pairs, chosen, c)
    on_plover = sorted(probability(weights, f) for f in plover)
    floor = math.floor(on_plover[0] * 100) / 100 if on_plover else 0.0
    return c, cv, weights, min(threshold_keeping(y, cv), floor), at_quantile(on_plover, quantile)


def write(pairs: list[Pair], plover: list[dict[str, float]], name: str, quantile: float) -> None:
    y = [label(i) for _, i in pairs]
    c, p_cv, weights, threshold, reference = fit_chosen(pairs, SETS[name], plover, quantile)
    reference = round(reference, 3)
    p_all = [probability(weights, f) for f, _ in pairs]
    fitted = {
        "about": "events.eventness: logistic weights over events.eventness.features, fitted by "
        "bench/events_eventness_fit.py on hand-judged real-news events (PolNeAR tune)",
        "feature_set": name,
        "samples": len({i["sample"] for _, i in pairs}),
        "items": len(y),
        "events": sum(y),
        "C": c,
        "grouped_cv_auc": auc(y, p_cv),
        "threshold": threshold,
        "mean_event": round(sum(v for v, lab in zip(p_all, y, strict=True) if lab) / sum(y), 3),
        "scale_reference": reference,
        "scale_quantile": quantile,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }
    print(f"{name}: C={c}, grouped CV AUC {fitted['grouped_cv_auc']}, threshold {threshold}")
    print(f"scale reference {reference}; top weights:", list(fitted["weights"].items())[:12])
    OUT.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    raise SystemExit(main())
