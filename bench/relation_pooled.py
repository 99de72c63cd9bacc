"""Relation confidence on pooled judged samples, one sample left out at a time (issue 14).

Session 17. The judged relation samples (``bench/real_news_sample.py draw relations``,
verdicts right / wrong / no_relation; drawn on any tree) are re-matched on this tree by
article and pair, or by the same evidence spans under a re-keyed pair
(``real_news_sample.rekeyed``); a relation whose sign changed since it was judged takes the
opposite verdict (right <-> wrong; no_relation stays). Label: 1 right, 0 otherwise. Each
judged article is analysed once (``--cache DIR`` keeps the analyses: one folder per tree);
the relations are made again from each analysis with this tree's rule switches
(``--disable``/``--enable`` on top of the shipped ones), so a rule about relations is
switched without analysing again.

    python bench/relation_pooled.py cv S1.json ... S5.json --cache DIR [--json]
    python bench/relation_pooled.py fit S1.json ... S5.json --cache DIR [--scheme small] [--write]
    python bench/relation_pooled.py auc J.json J2.json J3.json --cache DIR
    python bench/relation_pooled.py switch S1.json ... --cache DIR --rule RULE

``cv``: leave-one-SAMPLE-out. Per fold (the left-out sample) and pooled (every fold's
left-out predictions together) the AUC against "right" and the precision among relations
at or above 0.5 of four schemes: ``noisy_or`` (the confidence the tree writes with
``alignment.relations.learned_confidence`` off), ``learned`` (the 22-feature logistic
regression of ``alignment/confidence.py`` refitted on the other samples, L2 strength by an
inner leave-one-sample-out), ``small`` (a logistic regression over three features it should
rise with: the number of evidence items, the heaviest item's weight and |score|), ``blend``
(the mean of noisy_or and learned) and ``abs_score`` (the relation's |score|). Then the drop:
per fold the highest threshold whose loss of right relations on the other samples is at most
one in ten, applied to the left-out sample (right lost, others removed, precision before
and after). ``fit`` refits a scheme on all samples and (``--write``) writes its weights to
``data/stances/relation_confidence.json`` (``small`` as the same 22 weights, the others 0).
``auc`` scores the tree's confidences on other judged files (the lead's blind samples):
noisy_or, the shipped weights (``model``: what the tree writes with
``alignment.relations.learned_confidence`` on), their mean (``blend``, no rule) and
abs_score, per file and pooled. ``switch``:
what one rule changes among the judged relations (kept, dropped, sign turned, per verdict)
and the precision with it on and off. The judged files quote the articles: keep them
outside the repository. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_news_sample as rns  # noqa: E402
from relation_confidence import analyses  # noqa: E402  (one analysis cache for both benches)
from stancemap.alignment.confidence import (  # noqa: E402
    FEATURES,
    MODEL_FILE,
    Doc,
    predict,
    relation_features,
)
from stancemap.records import Analysis, Relation  # noqa: E402

FLIP = {"right": "wrong", "wrong": "right", "no_relation": "no_relation"}
SMALL = ("log_items", "max_weight", "abs_score")
SCHEMES = ("noisy_or", "learned", "small", "blend", "abs_score")
CS = (0.01, 0.03, 0.1, 0.3, 1.0)
MAX_RIGHT_LOST = 0.1


def switches(disable: list[str], enable: list[str]) -> Any:
    """The shipped rule switches with ``disable`` off and ``enable`` on."""
    from stancemap.config import load_settings
    from stancemap.rules import RuleSwitches

    off = [r for r in load_settings().rules.disable if r not in enable] + disable
    return RuleSwitches(off)


def relate(analysis: Analysis, on: Any) -> list[Relation]:
    """The document's relations made again from its records under the switches ``on``
    (as the pipeline makes them)."""
    from stancemap.alignment import relate_document

    return relate_document(
        analysis.statements,
        analysis.events,
        actors=analysis.actors,
        quotes=analysis.quotes + analysis.embedded_quotes,
        switches=on,
    )


def read_now(analysis: Analysis, relations: list[Relation]) -> list[dict[str, Any]]:
    """The bench's relation items of ``relations``, each with its ``Relation``."""
    data = analysis.model_dump(mode="json", by_alias=True)
    data["relations"] = [r.model_dump(mode="json", by_alias=True) for r in relations]
    items = rns.items_of(analysis.document.id, analysis.text, data, "relations")
    signed = [r for r in relations if r.score]
    for item, r in zip(items, signed, strict=True):
        item["relation"] = r
    return items


def rows(
    samples: list[Path], cache: Path | None, on: Any, pipeline: list[Any] | None = None
) -> list[dict[str, Any]]:
    """One row per judged relation still read on this tree (by pair or re-keyed): sample,
    article, label, features, noisy-or confidence, |score|, the judged item."""
    pipeline = pipeline if pipeline is not None else [None]
    out = []
    for path in samples:
        sample = json.loads(path.read_text("utf-8"))
        judged = [i for i in sample["items"] if i.get("verdict") in rns.RELATION_VERDICTS]
        docs = analyses([i["article"] for i in judged], cache, pipeline)
        now: dict[str, list[dict[str, Any]]] = {}
        for stem, analysis in docs.items():
            now[stem] = read_now(analysis, relate(analysis, on))
        for stem in now:
            mine = [i for i in judged if i["article"] == stem]
            by_key = {rns._key(i): i for i in now[stem]}
            moved = rns.rekeyed(mine, now[stem])
            analysis = docs[stem]
            doc = Doc(
                analysis.actors,
                analysis.events,
                analysis.statements,
                analysis.quotes + analysis.embedded_quotes,
            )
            for item in mine:
                hit = by_key.get(rns._key(item)) or moved.get(rns._key(item))
                if hit is None:
                    continue
                r = hit["relation"]
                verdict = (
                    item["verdict"] if hit["read_as"] == item["read_as"] else FLIP[item["verdict"]]
                )
                out.append(
                    {
                        "sample": path.stem,
                        "article": stem,
                        "key": rns._key(item),
                        "y": int(verdict == "right"),
                        "verdict": verdict,
                        "x": relation_features(r, doc),
                        "noisy_or": r.confidence if r.confidence is not None else 0.0,
                        "abs_score": abs(r.score),
                        "sign": hit["read_as"],
                    }
                )
    return out


def _matrix(data: list[dict[str, Any]], names: tuple[str, ...]) -> Any:
    import numpy as np

    return np.array([[d["x"][f] for f in names] for d in data], dtype=float)


def _fit_lr(data: list[dict[str, Any]], names: tuple[str, ...], c: float) -> dict[str, Any]:
    """A standardised L2 logistic regression over ``names``, as the model file's dict
    (every name of ``FEATURES`` has a weight: 0 for those not used)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(data, names), np.array([d["y"] for d in data])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    m = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    weights = dict.fromkeys(FEATURES, 0.0)
    means = dict.fromkeys(FEATURES, 0.0)
    scales = dict.fromkeys(FEATURES, 1.0)
    for i, f in enumerate(names):
        weights[f] = round(float(m.coef_[0][i]), 5)
        means[f] = round(float(mean[i]), 5)
        scales[f] = round(float(scale[i]), 5)
    return {
        "intercept": round(float(m.intercept_[0]), 5),
        "weights": weights,
        "mean": means,
        "scale": scales,
        "C": c,
    }


def _log_loss(probs: list[float], labels: list[int]) -> float:
    import math

    eps = 1e-6
    return -sum(
        y * math.log(max(eps, p)) + (1 - y) * math.log(max(eps, 1 - p))
        for p, y in zip(probs, labels, strict=True)
    ) / max(1, len(labels))


def fit_scheme(data: list[dict[str, Any]], scheme: str) -> dict[str, Any]:
    """``learned`` or ``small`` fitted on ``data``, its L2 strength chosen by leaving one
    of its samples out at a time (log loss)."""
    names = FEATURES if scheme in ("learned", "blend") else SMALL
    groups = sorted({d["sample"] for d in data})
    best: tuple[float, float] | None = None
    for c in CS:
        probs, labels = [], []
        for g in groups:
            train = [d for d in data if d["sample"] != g]
            test = [d for d in data if d["sample"] == g]
            m = _fit_lr(train, names, c)
            probs += [predict(d["x"], m) for d in test]
            labels += [d["y"] for d in test]
        loss = _log_loss(probs, labels)
        if best is None or loss < best[0]:
            best = (loss, c)
    assert best is not None
    return _fit_lr(data, names, best[1])


def auc(probs: list[float], labels: list[int]) -> float | None:
    pos = [p for p, y in zip(probs, labels, strict=True) if y]
    neg = [p for p, y in zip(probs, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    won = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg)
    return round(won / (len(pos) * len(neg)), 3)


def at(probs: list[float], labels: list[int], t: float = 0.5) -> dict[str, Any]:
    kept = [y for p, y in zip(probs, labels, strict=True) if p >= t]
    return {
        "kept": len(kept),
        "right": sum(kept),
        "precision": round(sum(kept) / len(kept), 3) if kept else None,
    }


def summary(probs: list[float], labels: list[int]) -> dict[str, Any]:
    return {"auc": auc(probs, labels), "at_0.5": at(probs, labels)}


def cross_validate(data: list[dict[str, Any]]) -> dict[str, Any]:
    """Every scheme per left-out sample and pooled; the drop threshold per fold."""
    groups = sorted({d["sample"] for d in data})
    pred: dict[str, dict[tuple[Any, ...], float]] = {s: {} for s in SCHEMES}
    for g in groups:
        train = [d for d in data if d["sample"] != g]
        test = [d for d in data if d["sample"] == g]
        learned, small = fit_scheme(train, "learned"), fit_scheme(train, "small")
        for d in test:
            k = (d["sample"], *d["key"])
            pred["noisy_or"][k] = d["noisy_or"]
            pred["abs_score"][k] = d["abs_score"]
            pred["learned"][k] = predict(d["x"], learned)
            pred["small"][k] = predict(d["x"], small)
            pred["blend"][k] = (pred["learned"][k] + d["noisy_or"]) / 2
    out: dict[str, Any] = {"rows": len(data), "right": sum(d["y"] for d in data), "folds": {}}
    for g in [*groups, "pooled"]:
        part = [d for d in data if g in (d["sample"], "pooled")]
        labels = [d["y"] for d in part]
        fold: dict[str, Any] = {"n": len(part), "right": sum(labels)}
        for s in SCHEMES:
            fold[s] = summary([pred[s][(d["sample"], *d["key"])] for d in part], labels)
        out["folds"][g] = fold
    wins = {s: 0 for s in SCHEMES}
    for g in groups:
        scores = {s: out["folds"][g][s]["auc"] or 0.0 for s in SCHEMES}
        top = max(scores.values())
        for s in SCHEMES:
            wins[s] += scores[s] == top
    out["folds_won"] = wins
    out["drop"] = {s: drop_cv(data, pred[s]) for s in ("noisy_or", "learned", "small", "blend")}
    return out


def drop_cv(data: list[dict[str, Any]], pred: dict[tuple[Any, ...], float]) -> dict[str, Any]:
    """Per fold: the highest threshold that loses at most one right relation in ten on the
    other samples (their left-out predictions), applied to the left-out sample."""
    groups = sorted({d["sample"] for d in data})
    grid = [round(0.05 * i, 2) for i in range(1, 13)]

    def cut(part: list[dict[str, Any]], t: float) -> dict[str, Any]:
        p = [pred[(d["sample"], *d["key"])] for d in part]
        right = sum(d["y"] for d in part)
        kept = [d["y"] for d, q in zip(part, p, strict=True) if q >= t]
        return {
            "t": t,
            "right_lost": right - sum(kept),
            "right": right,
            "others_removed": (len(part) - right) - (len(kept) - sum(kept)),
            "others": len(part) - right,
            "precision_before": round(right / len(part), 3) if part else None,
            "precision_after": round(sum(kept) / len(kept), 3) if kept else None,
        }

    folds = {}
    for g in groups:
        train = [d for d in data if d["sample"] != g]
        ok = [
            t
            for t in grid
            if cut(train, t)["right_lost"] <= MAX_RIGHT_LOST * cut(train, t)["right"]
        ]
        t = max(ok) if ok else 0.0
        folds[g] = cut([d for d in data if d["sample"] == g], t)
    every = all(
        f["precision_after"] is not None
        and f["precision_after"] > (f["precision_before"] or 0)
        and f["right_lost"] <= MAX_RIGHT_LOST * f["right"]
        for f in folds.values()
    )
    return {"folds": folds, "raises_precision_every_fold_within_loss": every}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("cv", "fit", "auc", "switch"))
    ap.add_argument("samples", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--scheme", choices=("learned", "small"), default="small")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--rule", help="switch: the rule to compare on and off")
    ap.add_argument("--disable", action="append", default=[], metavar="RULE")
    ap.add_argument("--enable", action="append", default=[], metavar="RULE")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not rns.POLNEAR.exists():
        print(f"skipped: {rns.POLNEAR} is absent", file=sys.stderr)
        return 0
    # the noisy-or is read with the learned confidence off; the shipped weights are
    # applied here (``model``), so the comparison does not depend on the shipped switch
    on = switches(
        [
            *args.disable,
            "alignment.relations.learned_confidence",
        ],
        args.enable,
    )
    if args.command == "switch":
        return _switch(args, on)
    data = rows(args.samples, args.cache, on)
    if args.command == "cv":
        result = cross_validate(data)
        print(json.dumps(result, indent=1) if args.json else _table(result))
        return 0
    if args.command == "fit":
        model = fit_scheme(data, args.scheme)
        model = {
            "about": f"relation confidence (alignment/confidence.py), the '{args.scheme}' scheme "
            "fitted by bench/relation_pooled.py on hand-judged real-news relations "
            f"({', '.join(sorted({d['sample'] for d in data}))})",
            "n": len(data),
            "positives": sum(d["y"] for d in data),
            **model,
        }
        print(json.dumps(model, indent=1))
        if args.write:
            out = Path(__file__).resolve().parent.parent / "src/stancemap/data" / MODEL_FILE
            out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
            print(f"wrote {out}")
        return 0
    result: dict[str, Any] = {}
    for name, part in [
        *((p.stem, [d for d in data if d["sample"] == p.stem]) for p in args.samples),
        ("pooled", data),
    ]:
        labels = [d["y"] for d in part]
        result[name] = {
            "n": len(part),
            "right": sum(labels),
            "noisy_or": summary([d["noisy_or"] for d in part], labels),
            "model": summary([predict(d["x"]) for d in part], labels),
            "blend": summary([(predict(d["x"]) + d["noisy_or"]) / 2 for d in part], labels),
            "abs_score": summary([d["abs_score"] for d in part], labels),
        }
    print(json.dumps(result, indent=1))
    return 0


def _switch(args: argparse.Namespace, on: Any) -> int:
    """What ``--rule`` changes among the judged relations."""
    if not args.rule:
        raise SystemExit("switch needs --rule")
    base = switches(
        [
            *args.disable,
            "alignment.relations.learned_confidence",
        ],
        args.enable,
    )
    rule_on = switches(
        [
            *args.disable,
            "alignment.relations.learned_confidence",
        ],
        [*args.enable, args.rule],
    )
    rule_off = switches(
        [
            *args.disable,
            args.rule,
            "alignment.relations.learned_confidence",
        ],
        args.enable,
    )
    del base
    pipeline: list[Any] = [None]
    result = {}
    for path in args.samples:
        sample = json.loads(path.read_text("utf-8"))
        judged = [i for i in sample["items"] if i.get("verdict") in rns.RELATION_VERDICTS]
        docs = analyses([i["article"] for i in judged], args.cache, pipeline)
        with_on: list[dict[str, Any]] = []
        with_off: list[dict[str, Any]] = []
        for analysis in docs.values():
            with_on += read_now(analysis, relate(analysis, rule_on))
            with_off += read_now(analysis, relate(analysis, rule_off))
        for items in (with_on, with_off):
            for i in items:
                i.pop("relation")
        result[path.stem] = {
            "on": rns.score(judged, with_on),
            "off": rns.score(judged, with_off),
            "relations_on": len(with_on),
            "relations_off": len(with_off),
        }
    print(json.dumps(result, indent=1))
    return 0


def _table(result: dict[str, Any]) -> str:
    lines = [f"rows {result['rows']}, right {result['right']}; AUC / precision at >= 0.5 (kept)"]
    lines.append("fold".ljust(16) + "".join(s.rjust(22) for s in SCHEMES))
    for g, fold in result["folds"].items():
        cells = []
        for s in SCHEMES:
            a = fold[s]
            p = a["at_0.5"]
            cells.append(f"{a['auc']} / {p['precision']} ({p['kept']})".rjust(22))
        lines.append(f"{g} n={fold['n']}".ljust(16) + "".join(cells))
    lines.append(f"folds won (best AUC): {result['folds_won']}")
    for s, d in result["drop"].items():
        lines.append(
            f"drop on {s}: every fold better within loss = {d['raises_precision_every_fold_within_loss']}"
        )
        for g, f in d["folds"].items():
            lines.append(
                f"  {g}: t={f['t']} right lost {f['right_lost']}/{f['right']}, others removed "
                f"{f['others_removed']}/{f['others']}, precision {f['precision_before']} -> {f['precision_after']}"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
