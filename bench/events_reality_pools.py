"""Leave one news POOL out: does the learned event reality carry from one pool to another?

Session 60 (engineer RF, issue 12). The learned reality (``events/reality.py``) was fitted
on one pool of judged news, the PolNeAR tune census (US 2016 campaign news), with the PLOVER
and W4/W6/W15 wire tune gold. On the Lee (ABC, 2001) and BBC (2004-2005) judged checks
most kept readings are no events. This script asks which features carry across pools and
whether a fit on several pools scores a pool it never saw better than the shipped fit.

It reads a cache of ``bench/events_reality_fit.py collect --pools polnear,lee[,bbc]`` (each
census item with its ``pool``; ``add --files`` appends a pool judged later) and, for each
held pool, fits on the gold tune items and the census of the OTHER pools only, then scores
the held pool's census items:

- AUC on the held pool, beside the shipped session-28 weights' AUC there (out of pool for
  Lee and BBC; in sample for the PolNeAR files s24-s28, which it trained on: ``unseen``
  gives the PolNeAR files it never saw, s29, s31, s41);
- the drop threshold chosen on the training pools only (out-of-fold by article, the
  highest net against the shipped decision; ``--top`` caps it), and what it does on the
  held pool against the shipped decision (the session-28 weights with the shipped type, mode
  and type x mode group thresholds): not-right readings dropped, right lost, and the net
  of docs/judging.md (not-right dropped + right regained - not-right regained - 3 x right
  lost).

Feature sets: the shipped set (``s27+poll``) less one feature group at a time
(``GROUPS``), so a group that helps only inside one pool shows as a gain out of pool when
it is left out.

    python bench/events_reality_pools.py loo --cache /tmp/reality_pools.json
    python bench/events_reality_pools.py loo --cache C --sets shipped,-lemma --grid 0.1,0.3
    python bench/events_reality_pools.py write --cache C --drop lex,wordnet --out F

``write`` fits the chosen set on every pool's census and the gold tune items and writes a
candidate fit file in the shape of ``data/events/reality*.json`` (``--out``), its threshold
chosen on tune only by the same net rule, out of fold by article. Session 60 shipped none:
no refit scored a held pool better than the shipped session-28 weights (docs/benchmarks.md,
session 60 RF); a later session with more judged pools reruns ``loo`` and ships one behind a
new off rule only where it does.

``inpool`` deals every pool's articles into folds together (out of fold by article) and
gives AUC and net per pool, and on ``unseen``, the PolNeAR files the shipped fit never
trained on.

Needs scikit-learn (a dev dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = Path("/tmp/reality_pools_fit.json")  # a candidate, never a shipped file by default
VERSION = "2026.12.60"
LOST = 3  # a right reading lost counts three not-right ones (docs/judging.md)
GRID = [round(0.01 * n, 2) for n in range(2, 61)]
FOLDS = 5
Item = dict[str, Any]

# the feature groups of events.reality.features, by what they read (prefixes of names)
GROUPS: dict[str, tuple[str, ...]] = {
    "type": ("type:",),
    "mode": ("mode:", "modal", "neg_child", "conditional", "question"),
    "sides": ("has_source", "has_target", "has_both", "source:", "target:"),
    "kinds": ("source:", "target:"),  # the sides' actor kinds (new to the KB, person, ...)
    "args": ("no_subject", "subject:", "object:", "subj_kind:", "obj_kind:", "no_object"),
    "syntax": (
        "pos:", "dep:", "tag:", "to_infinitive", "passive", "multiword", "position", "governor:",
    ),
    "lex": ("lex:",),
    "wordnet": ("sense:", "sense_obj:", "obj_lex:", "obj_abstract", "obj_number"),
    "origin": ("origin:", "role:", "confidence"),
    "quote": ("reported", "in_quote"),
    "context": ("repeated", "has_context"),
    "poll": ("sent:",),
}  # fmt: skip


def _fit_module() -> Any:
    path = ROOT / "bench" / "events_reality_fit.py"
    spec = importlib.util.spec_from_file_location("events_reality_fit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIT = _fit_module()
SHIPPED_SET = "s27+poll"


def leave_of(name: str) -> tuple[str, ...]:
    """The prefixes a set name leaves out: ``shipped`` (s27+poll), ``-g1-g2`` (the shipped
    set less groups g1, g2) or a set of the fit script (``s28`` in ``loo``: the shipped
    weights as they are)."""
    if name in FIT.SETS:
        return tuple(FIT.SETS[name])
    base = list(FIT.SETS[SHIPPED_SET])
    if name == "shipped":
        return tuple(base)
    for part in name.split("-")[1:]:
        base += list(GROUPS[part])
    return tuple(base)


def pool(item: Item) -> str:
    return str(item.get("pool") or FIT.pool_of(item.get("file", "")))


def is_gold(item: Item) -> bool:
    return bool(item["group"] in FIT.GOLD)


def right(item: Item) -> bool:
    return bool(item["label"]) if is_gold(item) else item.get("verdict") == "right"


def fit(
    items: list[Item], leave: tuple[str, ...], c: float, balance: bool = False
) -> tuple[dict[str, float], float]:
    """Logistic weights and intercept (as the fit script's ``fit``; ``balance``: each
    pool's census weighs as much in all as the largest, the gold items as they are)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True, sparse=False)
    x = vec.fit_transform([FIT.subset(i["features"], leave) for i in items])
    y = [i["label"] for i in items]
    weight = None
    if balance:
        sizes: dict[str, int] = {}
        for i in items:
            if not is_gold(i):
                sizes[pool(i)] = sizes.get(pool(i), 0) + 1
        top = max(sizes.values(), default=1)
        weight = [1.0 if is_gold(i) else top / sizes[pool(i)] for i in items]
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, y, sample_weight=weight)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)}
    return {k: v for k, v in weights.items() if v != 0.0}, round(float(model.intercept_[0]), 4)


def shipped_prob(item: Item) -> float:
    from stancemap.events import reality

    fitted = reality.model("s28")
    return float(FIT.predict(fitted["weights"], float(fitted["intercept"]), item["features"]))


def _feature(features: dict[str, float], prefix: str, default: str) -> str:
    return next((k.removeprefix(prefix) for k in features if k.startswith(prefix)), default)


def shipped_threshold(item: Item) -> float:
    """The threshold the shipped rules give an item under the session-28 fit: the type x
    mode group cell's from a document of min_sentences up (events.reality.group_thresholds_
    sized), else the type / mode thresholds (type_thresholds, two_sided_kept(_asserted_only),
    mode_thresholds)."""
    from stancemap.events import reality

    feats = item["features"]
    kind = _feature(feats, "type:", "?")
    mode = _feature(feats, "mode:", "plain")
    modality = None if mode in ("plain", "subtype") else mode
    cut = reality.group_min_sentences()
    if not is_gold(item) and cut is not None and int(item.get("sentences", 0)) >= cut:
        grouped = reality.group_threshold("s28", kind, modality)
        if grouped is not None:
            return grouped
    two_sided = bool(feats.get("has_both")) and modality not in reality.MARKED
    return float(
        reality.threshold_of(reality.model("s28"), modality, False, kind, not two_sided, True)
    )


def shipped_kept(item: Item) -> bool:
    if "_shipped_kept" not in item:
        item["_shipped_kept"] = shipped_prob(item) >= shipped_threshold(item)
    return bool(item["_shipped_kept"])


def refit_threshold(item: Item, t: float) -> float:
    """The threshold the pipeline gives an item under a refit of one threshold ``t`` (the
    group thresholds have no cell for it; the shipped type and mode thresholds stand)."""
    from stancemap.events import reality

    feats = item["features"]
    kind = _feature(feats, "type:", "?")
    mode = _feature(feats, "mode:", "plain")
    modality = None if mode in ("plain", "subtype") else mode
    two_sided = bool(feats.get("has_both")) and modality not in reality.MARKED
    return float(reality.threshold_of({"threshold": t}, modality, False, kind, not two_sided, True))


def refit_kept(item: Item, score: float, t: float) -> bool:
    return score >= refit_threshold(item, t)


def gain(item: Item, kept: bool) -> int:
    """The net of one reading against the shipped decision (docs/judging.md weights)."""
    base = shipped_kept(item)
    if kept == base:
        return 0
    if right(item):
        return 1 if kept else -LOST
    return -1 if kept else 1


def fold_of(group: str) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % FOLDS


def oof_scores(items: list[Item], leave: tuple[str, ...], c: float, balance: bool) -> list[float]:
    """Each item's score out of fold by article (census) or in sample (gold items)."""
    scores = [0.0] * len(items)
    for f in range(FOLDS):
        train = [i for i in items if is_gold(i) or fold_of(i["group"]) != f]
        w, b = fit(train, leave, c, balance)
        for n, i in enumerate(items):
            if not is_gold(i) and fold_of(i["group"]) == f:
                scores[n] = FIT.predict(w, b, i["features"])
    w, b = fit(items, leave, c, balance)
    for n, i in enumerate(items):
        if is_gold(i):
            scores[n] = FIT.predict(w, b, i["features"])
    return scores


def choose(items: list[Item], scores: list[float], top: float) -> tuple[float, int]:
    """The grid threshold of the highest net against the shipped decision (ties: lower)."""
    best = (0.0, -(10**9))
    for t in GRID:
        if t > top:
            break
        net = sum(gain(i, refit_kept(i, s, t)) for i, s in zip(items, scores, strict=True))
        if net > best[1]:
            best = (t, net)
    return best


def outcome(items: list[Item], scores: list[float], t: float) -> dict[str, int]:
    """Against the shipped decision: not-right dropped / regained, right lost / regained, net."""
    row = {"nr_dropped": 0, "nr_back": 0, "right_lost": 0, "right_back": 0, "net": 0}
    for i, s in zip(items, scores, strict=True):
        kept, base = refit_kept(i, s, t), shipped_kept(i)
        if kept == base:
            continue
        key = (
            ("right_back" if kept else "right_lost")
            if right(i)
            else ("nr_back" if kept else "nr_dropped")
        )
        row[key] += 1
        row["net"] += gain(i, kept)
    return row


def held_out(
    items: list[Item],
    held: str,
    leave: tuple[str, ...] | None,
    c: float,
    top: float,
    balance: bool,
    trained: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Fit on the gold items and the other pools' census (of ``trained`` only, where
    given); score the held pool. ``leave`` None: the shipped session-28 weights as they
    are, only their one threshold chosen on the other pools (in sample on s24-s28)."""
    train = [
        i for i in items if is_gold(i) or (pool(i) != held and (not trained or pool(i) in trained))
    ]
    test = [i for i in items if not is_gold(i) and pool(i) == held]
    if leave is None:
        t, train_net = choose(train, [shipped_prob(i) for i in train], top)
        scores = [shipped_prob(i) for i in test]
    else:
        t, train_net = choose(train, oof_scores(train, leave, c, balance), top)
        w, b = fit(train, leave, c, balance)
        scores = [FIT.predict(w, b, i["features"]) for i in test]
    labels = [i["label"] for i in test]
    return {
        "auc": FIT.auc(scores, labels),
        "threshold": t,
        "train_net": train_net,
        **outcome(test, scores, t),
    }


def shipped_row(items: list[Item], held: str) -> str:
    test = [i for i in items if not is_gold(i) and pool(i) == held]
    labels = [i["label"] for i in test]
    probs = [shipped_prob(i) for i in test]
    kept = [i for i in test if shipped_kept(i)]
    text = (
        f"{held}: {len(test)} census items ({sum(labels)} real, "
        f"{sum(1 for i in test if right(i))} right) in {len({i['group'] for i in test})} "
        f"articles; shipped s28 AUC {FIT.auc(probs, labels)}, its thresholds keep {len(kept)} "
        f"(precision {sum(i['label'] for i in kept) / max(1, len(kept)):.3f}); coded "
        f"confidence AUC {FIT.auc([i['confidence'] for i in test], labels)}"
    )
    if held == "polnear":
        unseen = [i for i in test if i["file"] not in SEEN_BY_S28]
        text += (
            f"; on the files s28 never saw ({len(unseen)} items) AUC "
            f"{FIT.auc([shipped_prob(i) for i in unseen], [i['label'] for i in unseen])}"
        )
    return text


# the census files the shipped session-28 fit trained on (its "about")
SEEN_BY_S28 = ("events_tune_s24.jsonl", "events_tune_s27.jsonl", "events_tune_s28.jsonl")


def loo(
    items: list[Item],
    sets: list[str],
    grid: list[float],
    top: float,
    balance: bool,
    trained: tuple[str, ...] = (),
) -> None:
    pools = sorted({pool(i) for i in items if not is_gold(i)})
    for held in pools:
        print(shipped_row(items, held), flush=True)
    for name in sets:
        leave = None if name == "s28" else leave_of(name)
        for c in grid if leave is not None else grid[:1]:
            parts = []
            for held in pools:
                r = held_out(items, held, leave, c, top, balance, trained)
                parts.append(
                    f"{held} AUC {r['auc']:.3f} t {r['threshold']:.2f} net {r['net']:+d} "
                    f"(nr -{r['nr_dropped']}/+{r['nr_back']}, right -{r['right_lost']}/"
                    f"+{r['right_back']}; train net {r['train_net']:+d})"
                )
            print(f"{name:18s} C={c:<5} " + " | ".join(parts), flush=True)


def in_pool(
    items: list[Item], sets: list[str], grid: list[float], top: float, balance: bool
) -> None:
    """Out-of-fold by article over every pool's census together: AUC and net per pool."""
    pools = sorted({pool(i) for i in items if not is_gold(i)})
    for name in sets:
        leave = leave_of(name)
        for c in grid:
            scores = oof_scores(items, leave, c, balance)
            t, net = choose(items, scores, top)
            parts = []
            for p in [*pools, "unseen"]:
                # "unseen": the PolNeAR files the shipped fit never trained on (s29, s31, s41)
                idx = [
                    n
                    for n, i in enumerate(items)
                    if not is_gold(i)
                    and (
                        pool(i) == p
                        or (p == "unseen" and pool(i) == "polnear" and i["file"] not in SEEN_BY_S28)
                    )
                ]
                sub = [items[n] for n in idx]
                sc = [scores[n] for n in idx]
                r = outcome(sub, sc, t)
                parts.append(
                    f"{p} AUC {FIT.auc(sc, [i['label'] for i in sub]):.3f} net {r['net']:+d} "
                    f"(nr -{r['nr_dropped']}/+{r['nr_back']}, right -{r['right_lost']}/"
                    f"+{r['right_back']})"
                )
            print(f"{name:18s} C={c:<5} t {t:.2f} all net {net:+d} | " + " | ".join(parts))


def write(items: list[Item], name: str, c: float, top: float, balance: bool, out: Path) -> None:
    """Fit the set on every pool and the gold items; its threshold by the net rule out of
    fold by article; a candidate file in the shape the pipeline reads (not shipped)."""
    leave = leave_of(name)
    scores = oof_scores(items, leave, c, balance)
    t, net = choose(items, scores, top)
    census = [n for n, i in enumerate(items) if not is_gold(i)]
    cv = FIT.auc([scores[n] for n in census], [items[n]["label"] for n in census])
    weights, intercept = fit(items, leave, c, balance)
    files = sorted({i["file"] for i in items if not is_gold(i)})
    groups = [
        g
        for g, prefixes in {**FIT.ADDED28, **FIT.ADDED43}.items()
        if not set(prefixes) & set(leave)
    ]
    fitted = {
        "about": (
            "a candidate learned reality: logistic weights over events.reality.features, fitted "
            "by bench/events_reality_pools.py write on PLOVER dev tune and W4/W6/W15 wire tune "
            "events (labelled by the gold) and the judged real-news tune census of every news "
            "pool (" + ", ".join(f"bench/data/realnews/{f}" for f in files) + "); threshold "
            "the highest net against the shipped decision out of fold by article"
        ),
        "version": VERSION,
        "feature_set": name,
        "leaves_out": sorted(leave),
        "groups": groups,
        "C": c,
        "balance": balance,
        "items": len(items),
        "census_items": len(census),
        "census_cv_auc": cv,
        "tune_net": net,
        "threshold": t,
        "intercept": intercept,
        "weights": dict(sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))),
    }
    out.write_text(json.dumps(fitted, indent=1) + "\n", "utf-8")
    print(f"wrote {out} ({len(weights)} weights, threshold {t}, tune net {net:+d}, CV AUC {cv})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["loo", "inpool", "write"])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sets", default="shipped," + ",".join(f"-{g}" for g in GROUPS))
    parser.add_argument("--set", default="shipped", help="write: the set")
    parser.add_argument("--grid", default="0.1")
    parser.add_argument("--C", type=float, default=0.1)
    parser.add_argument("--top", type=float, default=0.6, help="the highest threshold tried")
    parser.add_argument("--balance", action="store_true", help="each pool's census weighs alike")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--trained", default="", help="loo: train on these pools only (less the held one)"
    )
    args = parser.parse_args(argv)
    items = json.loads(args.cache.read_text("utf-8"))
    grid = [float(c) for c in args.grid.split(",")]
    if args.command == "loo":
        trained = tuple(p for p in args.trained.split(",") if p)
        loo(items, args.sets.split(","), grid, args.top, args.balance, trained)
    elif args.command == "inpool":
        in_pool(items, args.sets.split(","), grid, args.top, args.balance)
    else:
        write(items, args.set, args.C, args.top, args.balance, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
