"""The UNSEEN relation set (issue 14): aggregate counts only, by part, kind and style.

    .venv/bin/python bench/relation_unseen.py                  # stancemap and the baseline
    .venv/bin/python bench/relation_unseen.py --no-baseline
    .venv/bin/python bench/relation_unseen.py --disable stances.relations.x   # rule off

The set (``tests/alignment/data/relation_unseen.toml``) is news written like real
wire, broadsheet, regional and machine-translated copy, with the pair signs an analyst
gives, written before any stancemap code ran on it. It stays unseen: this script
prints ONLY counts (there is no option to list items, pairs or outputs), and nobody
reads the items' output to write rules. Each item is scored by the relation set's own
scorer (``stancemap.evaluate.relation_set.score_item``) and the counts are summed per
part (``split.part_of(item id)``: tune, check, all), per ``kind`` (what the item was
written to test) and per ``style``.

The reference is a co-occurrence baseline with no dictionary of the project's: every
two actors (the same actors stage) named in one sentence are related, signed by the
sentence's AFINN polarity (Finn Arup Nielsen's general sentiment word list, the
``afinn`` package), the sentence as the evidence. It shows what the set rewards when
a system reads no syntax at all.

Counts: ``missing`` pairs have no signed relation (of them, ``missing_actor_not_found``
lack an actor the actors stage never named); ``one_side_related`` and
``cooccurrence_related`` read related / both actors found / pairs written.

Prints one JSON object with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "alignment" / "data" / "relation_unseen.toml"
PARTS = ("tune", "check", "all")
# a sentence ends at . ! ? before white space, or at a line break (headline, dateline)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def counts(scored: Iterable[Any]) -> dict[str, Any]:
    """Sum the scorer's per-item results into the aggregate figures (no item is named)."""
    pairs, right, missing, wrong, hit = 0, 0, 0, 0, 0
    unsupported = one_side = cooccurrence = unnamed = relations = items = 0
    same_side_pairs = no_relation_pairs = 0
    found: dict[str, int] = {
        "pair_actor_not_found": 0,
        "same_side_found": 0,
        "no_relation_found": 0,
    }
    for item, result, extra in scored:
        items += 1
        relations += extra["relations"]
        for key in found:
            found[key] += extra[key]
        same_side_pairs += len(item.get("same_side", []))
        no_relation_pairs += len(item.get("no_relation", []))
        for p in result.pairs:
            pairs += 1
            right += p.correct
            missing += p.score is None
            wrong += p.score is not None and not p.correct
            hit += p.evidence_ok
        unsupported += len(result.unsupported)
        one_side += len(result.one_side)
        cooccurrence += len(result.cooccurrence)
        unnamed += len(result.unnamed)
    return {
        "items": items,
        "pairs": pairs,
        "sign_accuracy": round(right / pairs, 3) if pairs else None,
        "right": right,
        "missing": missing,
        # of the missing: an expected actor the actors stage did not name at all
        "missing_actor_not_found": found["pair_actor_not_found"],
        "wrong_sign": wrong,
        "evidence_hits": hit,
        "relations": relations,
        "relations_without_evidence": unsupported,
        "evidence_without_words": unnamed,
        # related / both actors found / written; a pair whose actor is not found is unrelated
        "one_side_related": f"{one_side}/{found['same_side_found']}/{same_side_pairs}",
        "cooccurrence_related": f"{cooccurrence}/{found['no_relation_found']}/{no_relation_pairs}",
    }


def grouped(
    scored: list[tuple[dict[str, Any], Any, dict[str, int]]], key: Callable[[dict[str, Any]], str]
) -> dict[str, dict[str, Any]]:
    names = sorted({key(item) for item, _r, _x in scored})
    return {name: counts(s for s in scored if key(s[0]) == name) for name in names}


def report(scored: list[tuple[dict[str, Any], Any, dict[str, int]]]) -> dict[str, Any]:
    from stancemap.evaluate.split import part_of

    out: dict[str, Any] = {}
    for part in PARTS:
        chosen = [s for s in scored if part == "all" or part_of(s[0]["id"]) == part]
        out[part] = counts(chosen)
    out["by_kind"] = grouped(scored, lambda item: item.get("kind", "?"))
    out["by_kind_check"] = grouped(
        [s for s in scored if part_of(s[0]["id"]) == "check"], lambda item: item.get("kind", "?")
    )
    out["by_style"] = grouped(scored, lambda item: item.get("style", "?"))
    return out


def cooccurrence_relations(analysis: Any, polarity: Callable[[str], float]) -> list[Any]:
    """Every two actors named in one sentence, signed by that sentence's polarity."""
    from stancemap.records import EvidenceRef, Relation, Span

    text = analysis.text
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    by_pair: dict[tuple[str, str], list[tuple[float, Span]]] = {}
    for s, e in bounds:
        if s >= e:
            continue
        named = sorted({a.id for a in analysis.actors for m in a.mentions if s <= m.start < e})
        if len(named) < 2:
            continue
        sign = polarity(text[s:e])
        span = Span(start=s, end=e, text=text[s:e])
        for i, a in enumerate(named):
            for b in named[i + 1 :]:
                by_pair.setdefault((a, b), []).append((sign, span))
    relations = []
    for (a, b), found in by_pair.items():
        total = sum((1 if v > 0 else -1 if v < 0 else 0) for v, _ in found)
        refs = [
            EvidenceRef(id=f"cooc-{k}", kind="statement", span=span, weight=1.0)
            for k, (_v, span) in enumerate(found)
        ]
        relations.append(
            Relation(
                a=a,
                b=b,
                score=max(-1.0, min(1.0, total / len(found))),
                evidence=[r.id for r in refs],
                evidence_spans=refs,
            )
        )
    return relations


def found_counts(item: dict[str, Any], analysis: Any) -> dict[str, int]:
    """How many of the item's actors the actors stage named (counts, not names)."""
    from stancemap.evaluate.relation_set import find_actor

    def both(x: str, y: str) -> bool:
        return find_actor(analysis, x) is not None and find_actor(analysis, y) is not None

    return {
        "relations": len(analysis.relations),
        "pair_actor_not_found": sum(not both(p["a"], p["b"]) for p in item["pairs"]),
        "same_side_found": sum(both(x, y) for x, y in item.get("same_side", [])),
        "no_relation_found": sum(both(x, y) for x, y in item.get("no_relation", [])),
    }


def afinn_polarity() -> Callable[[str], float] | None:
    try:
        from afinn import Afinn  # type: ignore[import-untyped]
    except ImportError:  # a dev dependency; the baseline is skipped without it
        return None
    scorer = Afinn()
    return lambda sentence: float(scorer.score(sentence))


def measure(
    path: Path, baseline: bool, disable: list[str], enable: list[str] | None = None
) -> dict[str, Any]:
    from stancemap.analyze import Analyzer
    from stancemap.config import load_settings
    from stancemap.evaluate.relation_set import SetResult, load_items, score_item

    settings = load_settings()
    if disable or enable:
        off = [r for r in settings.rules.disable if r not in (enable or [])]
        rules = settings.rules.model_copy(update={"disable": [*off, *disable]})
        settings = settings.model_copy(update={"rules": rules})
    analyzer = Analyzer(settings)
    polarity = afinn_polarity() if baseline else None
    ours: list[tuple[dict[str, Any], Any, dict[str, int]]] = []
    base: list[tuple[dict[str, Any], Any, dict[str, int]]] = []
    for item in load_items(path):
        analysis = analyzer.analyze_text(item["text"], doc_id=item["id"], date=item.get("date"))
        result = SetResult()
        score_item(item, analysis, result)
        ours.append((item, result, found_counts(item, analysis)))
        if polarity is not None:
            cooc = analysis.model_copy(
                update={"relations": cooccurrence_relations(analysis, polarity)}
            )
            result = SetResult()
            score_item(item, cooc, result)
            base.append((item, result, found_counts(item, cooc)))
    out: dict[str, Any] = {
        "set": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    }
    out["stancemap"] = report(ours)
    if base:
        out["cooccurrence_afinn_baseline"] = report(base)
    elif baseline:
        out["cooccurrence_afinn_baseline"] = "skipped: the afinn package is not installed"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=UNSEEN)
    parser.add_argument("--no-baseline", action="store_true", help="stancemap only")
    parser.add_argument("--disable", action="append", default=[], help="a rule to switch off")
    parser.add_argument("--enable", action="append", default=[], help="a shipped-off rule on")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"relation_unseen: no such set file: {args.path}", file=sys.stderr)
        return 2
    load = os.getloadavg()
    result = measure(args.path.resolve(), not args.no_baseline, args.disable, args.enable)
    import stancemap

    result["package"] = str(Path(stancemap.__file__).parent)  # which tree was measured
    result["disabled"] = args.disable
    result["enabled"] = args.enable
    result["load_average"] = [round(v, 2) for v in load]
    result["load_average_after"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
