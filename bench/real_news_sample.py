"""Hand-judged samples of real news: events, actor mentions or actor-pair relations of
PolNeAR TUNE articles.

The dev gold sets no longer tell a rule that generalises from one fitted to them
(session 14), so rules are also judged on real 2016 news: a seeded sample of what the
pipeline reads in PolNeAR articles of the ``tune`` part (train and dev folders; check
articles are never drawn), judged by hand, then scored again on a later tree.

    python bench/real_news_sample.py draw events --seed 1401 --articles 30 --items 80 --out S.json
    (fill each item's "verdict": "right", "wrong" or "no_event"; events also take
     "args_verdict"; relations take "right" (the sign is right), "wrong" (wrong sign) or
     "no_relation" (the pair should not be related), and "cause" (free text))
    python bench/real_news_sample.py score S.json [--disable RULE] [--enable RULE]

``score`` analyses the sample's articles again and matches each judged item by article
and span: an item still read the same way keeps its verdict, one read otherwise is
"changed" (judge it again), one no longer read is "dropped" (counted by its verdict).
Precision is right / kept judged items. A relation is matched by article and pair (either
order), or (session 17) where the pair is gone by article and the same evidence spans under
another pair (an end re-keyed by a merge: ``rekeyed`` counts them), and read as its sign;
its ``kind`` names its heaviest evidence (``event``, ``quote``, a statement resting on a
quote or an event, a ``headline`` or other ``claim`` statement - claims and rejections - a
spokesperson's ``voice`` or a ``carried`` leaders' relation), and ``score`` adds the sign precision (right / right + wrong) by kind and
(session 16) the precision among the kept relations whose confidence on this tree is at or
above 0.3, 0.5 and 0.7. The judged files quote the articles: keep them outside the
repository (``../shared`` holds the texts). Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear"
VERDICTS = ("right", "wrong", "no_event")
RELATION_VERDICTS = ("right", "wrong", "no_relation")


def tune_articles(root: Path) -> list[Path]:
    """The PolNeAR article texts of the tune part, train and dev folders, sorted."""
    from stancemap.evaluate.split import part_of

    return sorted(
        p
        for folder in ("train", "dev")
        for p in (root / folder / "text").glob("*.txt")
        if part_of(p.stem) == "tune"
    )


def items_of(article: str, text: str, analysis: dict[str, Any], what: str) -> list[dict[str, Any]]:
    """The judgeable items of one analysis (the contract's JSON): events or mentions."""
    names = {a["id"]: a.get("name", a["id"]) for a in analysis["actors"]}
    if what == "relations":
        return relation_items(article, text, analysis, names)
    if what == "mentions":
        return [
            {
                "article": article,
                "start": m["start"],
                "end": m["end"],
                "text": text[m["start"] : m["end"]],
                "read_as": a["id"],
                "verdict": None,
            }
            for a in analysis["actors"]
            for m in a.get("mentions", [])
        ]
    out = []
    for e in analysis["events"]:
        span = e.get("evidence") or e["trigger"]
        out.append(
            {
                "article": article,
                "start": e["trigger"]["start"],
                "end": e["trigger"]["end"],
                "text": text[e["trigger"]["start"] : e["trigger"]["end"]],
                "read_as": e["type"],
                "cameo": e.get("cameo"),
                "mode": e.get("mode"),
                "source": [names.get(s, s) for s in e["source"]],
                "target": [names.get(t, t) for t in e["target"]],
                "sentence": text[span["start"] : span["end"]],
                "verdict": None,
                "args_verdict": None,
            }
        )
    return out


def _title_end(text: str) -> int:
    """Where the headline (the text's first paragraph) ends."""
    cut = text.find("\n\n")
    return len(text) if cut < 0 else cut


def evidence_kind(
    ref: dict[str, Any], statements: dict[str, dict[str, Any]], title_end: int
) -> str:
    """What one evidence item of a relation is: event, quote, statement on a quote or an
    event, a headline or other claim statement (claims, rejections), voice, carried."""
    via = ref.get("via") or ""
    if via.startswith("voice:"):
        return "voice"
    if via.startswith("leaders:"):
        return "carried"
    if ref["kind"] != "statement":
        return str(ref["kind"])
    rests = statements.get(ref["id"], {}).get("evidence", [])
    if any(r.startswith("q") for r in rests):
        return "statement:quote"
    if rests:
        return "statement:event"
    span = ref.get("span") or {}
    return "headline" if span.get("end", title_end + 1) <= title_end else "claim"


def relation_items(
    article: str, text: str, analysis: dict[str, Any], names: dict[str, str]
) -> list[dict[str, Any]]:
    """One item per related pair: the pair (sorted ids), its sign and score, and each
    evidence item's kind, weight, span and words; ``kind`` is the heaviest item's."""
    statements = {s["id"]: s for s in analysis.get("statements", [])}
    title_end = _title_end(text)
    out = []
    for r in analysis.get("relations", []):
        if not r.get("score"):
            continue
        a, b = sorted((r["a"], r["b"]))
        evidence = []
        for ref in r.get("evidence_spans", []):
            span = ref.get("span") or {}
            evidence.append(
                {
                    "id": ref["id"],
                    "kind": evidence_kind(ref, statements, title_end),
                    "weight": ref.get("weight", 0.0),
                    "start": span.get("start"),
                    "end": span.get("end"),
                    "text": text[span["start"] : span["end"]] if span else None,
                    "via": ref.get("via"),
                }
            )
        heaviest = max(evidence, key=lambda e: e["weight"], default=None)
        out.append(
            {
                "article": article,
                "pair": [a, b],
                "names": [names.get(a, a), names.get(b, b)],
                "start": min((e["start"] for e in evidence if e["start"] is not None), default=0),
                "end": max((e["end"] for e in evidence if e["end"] is not None), default=0),
                "read_as": "+" if r["score"] > 0 else "-",
                "score": r["score"],
                "confidence": r.get("confidence"),
                "kind": heaviest["kind"] if heaviest else None,
                "evidence": evidence,
                "verdict": None,
                "cause": None,
            }
        )
    return out


def _key(item: dict[str, Any]) -> tuple[Any, ...]:
    """Where an item is: article and span, or article and pair for a relation."""
    if "pair" in item:
        return (item["article"], *item["pair"])
    return (item["article"], item["start"], item["end"])


def _spans(item: dict[str, Any]) -> frozenset[tuple[int, int]]:
    """A relation item's evidence spans (empty for items drawn without evidence)."""
    return frozenset(
        (e["start"], e["end"])
        for e in item.get("evidence") or []
        if e.get("start") is not None and e.get("end") is not None
    )


def rekeyed(
    judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Judged relations whose pair is gone but whose evidence is read on this tree by
    another pair of the same article (an end re-keyed: a merge gave an actor a new id):
    judged key -> that relation. Only relations whose pair no judged item names are
    candidates; a relation matches on the same set of evidence spans, and if several do,
    on sharing an end with the judged pair; an unclear match is no match (session 17)."""
    now = [i for i in now if "pair" in i]
    judged = [i for i in judged if "pair" in i]
    named = {_key(i) for i in judged}
    present = {_key(i) for i in now}
    free: dict[tuple[str, frozenset[tuple[int, int]]], list[dict[str, Any]]] = {}
    for item in now:
        spans = _spans(item)
        if spans and _key(item) not in named:
            free.setdefault((item["article"], spans), []).append(item)
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    taken: set[tuple[Any, ...]] = set()
    for item in judged:
        if _key(item) in present:
            continue
        found = free.get((item["article"], _spans(item)), [])
        if len(found) > 1:
            found = [f for f in found if set(f["pair"]) & set(item["pair"])]
        if len(found) == 1 and _key(found[0]) not in taken:
            taken.add(_key(found[0]))
            out[_key(item)] = found[0]
    return out


def draw(items: list[dict[str, Any]], seed: int, k: int) -> list[dict[str, Any]]:
    """``k`` items drawn with ``seed`` (seed + 1: the articles used ``seed``), in text order."""
    picked = random.Random(seed + 1).sample(items, min(k, len(items)))
    return sorted(picked, key=lambda i: (i["article"], i["start"], _key(i)))


def draw_kind(items: list[dict[str, Any]], kind: str, seed: int, k: int) -> list[dict[str, Any]]:
    """``k`` relations of one kind (their heaviest evidence's), drawn with ``seed``."""
    return draw([i for i in items if i.get("kind") == kind], seed, k)


def score(judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Verdicts carried to the current reading: kept, changed, dropped, and precision."""
    judged, now = list(judged), list(now)
    current: dict[tuple[Any, ...], set[str]] = {}
    confidence: dict[tuple[Any, ...], float] = {}  # a relation's confidence on this tree
    moved = rekeyed(judged, now)  # a pair re-keyed by a merge: judged key -> its relation
    for item in now:
        current.setdefault(_key(item), set()).add(item["read_as"])
        if item.get("confidence") is not None:
            confidence[(*_key(item), item["read_as"])] = item["confidence"]
    for key, item in moved.items():
        current.setdefault(key, set()).add(item["read_as"])
        if item.get("confidence") is not None:
            confidence[(*key, item["read_as"])] = item["confidence"]
    sure: list[tuple[float, str]] = []
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    changed = unjudged = 0
    by_kind: dict[str, Counter[str]] = {}
    for item in judged:
        verdict = item.get("verdict")
        if verdict is None:
            unjudged += 1
            continue
        read = current.get(_key(item), set())
        if item["read_as"] in read:
            kept[verdict] += 1
            if "pair" in item:
                by_kind.setdefault(str(item.get("kind")), Counter())[verdict] += 1
                at = confidence.get((*_key(item), item["read_as"]))
                if at is not None:
                    sure.append((at, verdict))
        elif read:
            changed += 1
        else:
            dropped[verdict] += 1
    total = sum(kept.values())
    out: dict[str, Any] = {
        "kept": dict(kept),
        "dropped": dict(dropped),
        "changed": changed,
        "unjudged": unjudged,
        "precision": round(kept["right"] / total, 3) if total else None,
    }
    if any("pair" in item for item in judged):
        out["rekeyed"] = len(moved)  # kept or changed under another pair (session 17)
    if by_kind:
        out["sign_precision"] = _sign_precision(kept)
        out["by_kind"] = {
            k: {**dict(c), "sign_precision": _sign_precision(c)} for k, c in sorted(by_kind.items())
        }
    if sure:  # precision among the kept relations at or above a confidence (session 16)
        out["at_confidence"] = {
            str(t): {
                "kept": len(above),
                "precision": round(sum(v == "right" for v in above) / len(above), 3)
                if above
                else None,
            }
            for t in (0.3, 0.5, 0.7)
            for above in [[v for c, v in sure if c >= t]]
        }
    return out


def _sign_precision(verdicts: Counter[str]) -> float | None:
    """Right signs among the relations that should exist (right + wrong sign)."""
    signed = verdicts["right"] + verdicts["wrong"]
    return round(verdicts["right"] / signed, 3) if signed else None


def _pipeline(disable: list[str], enable: list[str]) -> Any:
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    settings = load_settings()
    off = [r for r in settings.rules.disable if r not in enable] + disable
    rules = settings.rules.model_copy(update={"disable": off})
    return Pipeline(settings.model_copy(update={"rules": rules}))


def _analyse(pipeline: Any, path: Path) -> tuple[str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    date = path.stem.split("_")[1] if path.stem.count("_") >= 2 else None
    analysis = pipeline.analyze(text, date=date, doc_id=path.stem)
    return text, analysis.model_dump(mode="json", by_alias=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw a seeded sample to judge")
    d.add_argument("what", choices=("events", "mentions", "relations"))
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, default=30)
    d.add_argument("--items", type=int, default=80)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--exclude", type=Path, help="an earlier sample: draw other articles")
    d.add_argument(
        "--kind",
        action="append",
        default=[],
        help="relations only: draw --items of each of these kinds (rare kinds: claim, voice)",
    )
    s = sub.add_parser("score", help="score a judged sample on this tree")
    s.add_argument("sample", type=Path)
    for p in (d, s):
        p.add_argument("--disable", action="append", default=[], metavar="RULE")
        p.add_argument("--enable", action="append", default=[], metavar="RULE")
    args = ap.parse_args(argv)
    if not POLNEAR.exists():
        print(f"skipped: {POLNEAR} is absent", file=sys.stderr)
        return 0
    pipeline = _pipeline(args.disable, args.enable)
    by_stem = {p.stem: p for p in tune_articles(POLNEAR)}
    if args.command == "draw":
        skip = set(json.loads(args.exclude.read_text())["articles"]) if args.exclude else set()
        pool = [by_stem[s] for s in sorted(by_stem) if s not in skip]
        chosen = random.Random(args.seed).sample(pool, min(args.articles, len(pool)))
        items = [i for p in chosen for i in items_of(p.stem, *_analyse(pipeline, p), args.what)]
        if args.kind:
            drawn = [x for k in args.kind for x in draw_kind(items, k, args.seed, args.items)]
        else:
            drawn = draw(items, args.seed, args.items)
        sample = {
            "what": args.what,
            "seed": args.seed,
            "articles": [p.stem for p in chosen],
            "read": len(items),
            "kinds": args.kind,
            "items": drawn,
        }
        args.out.write_text(json.dumps(sample, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} {args.what} in {len(chosen)} articles; {len(sample['items'])} drawn")
        return 0
    sample = json.loads(args.sample.read_text(encoding="utf-8"))
    now = [
        i
        for stem in sample["articles"]
        for i in items_of(stem, *_analyse(pipeline, by_stem[stem]), sample["what"])
    ]
    print(json.dumps(score(sample["items"], now), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
