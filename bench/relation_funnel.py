"""Where judged missed relations are lost: a funnel by pipeline stage (session 45, issue 14).

For every judged missed pair of the realnews relation files given (``{"missed": true,
"names": [A, B], "sign", "start", "end", "article"}``; tune files: read them freely) this
analyses the article and asks, in order:

1. actors: does each judge's name name an actor of the article (``pair_names``: the
   linker's reading or a mention written so, or a word match on actor names)?
2. evidence: in the judge's evidence span, is there a quote, event or statement carrying
   both actors (an event with one as source and the other as target or co-party; a quote
   by one whose content mentions the other; a statement of one on the other) - or one
   carrying one of them while the other is only mentioned there, or nothing?
3. relation: is a relation of the pair read (with the judge's sign, the other sign,
   unsigned)? If not, is it dropped by one of the alignment cuts (relate_document run
   again with each enabled ``alignment.*`` rule off in turn)?

Prints the counts per reason (``--json`` for a machine-readable report, ``--list`` for
one line per pair). A measure only: no reading of the tree changes.

    PYTHONPATH=src python bench/relation_funnel.py bench/data/realnews/relations_tune_*.jsonl \
        --cache /tmp/funnel [--config C]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from stancemap.alignment import relate_document  # noqa: E402
from stancemap.config import load_settings  # noqa: E402
from stancemap.evaluate.judged_news import analyse, articles_for  # noqa: E402
from stancemap.evaluate.news_file import read_judged  # noqa: E402
from stancemap.evaluate.news_score import party_matches  # noqa: E402
from stancemap.evaluate.pair_names import judged_name_ids  # noqa: E402
from stancemap.records import Analysis  # noqa: E402
from stancemap.rules import RuleSwitches, load_all  # noqa: E402


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def ids_of(name: str, analysis: dict[str, Any], kb: frozenset[str]) -> set[str]:
    """The article's actor ids a judge's name names: the KB/mention reading, else a word
    match on the actors' names."""
    out = set(kb)
    for actor in analysis["actors"]:
        if party_matches(name, [actor.get("name") or actor["id"]]):
            out.add(actor["id"])
    return out


def mentioned(analysis: dict[str, Any], ids: set[str], span: tuple[int, int]) -> bool:
    return any(
        _overlap(span, (m["start"], m["end"]))
        for a in analysis["actors"]
        if a["id"] in ids
        for m in a.get("mentions", [])
    )


def carriers(
    analysis: dict[str, Any], span: tuple[int, int], a: set[str], b: set[str]
) -> tuple[list[str], list[str]]:
    """(records in the span carrying both actors, records in it carrying one of them)."""
    both: list[str] = []
    one: list[str] = []

    def sort(rid: str, parties: set[str], other: set[str]) -> None:
        # ``parties``: the record's own parties; ``other``: actors it only names
        has_a, has_b = bool(parties & a), bool(parties & b)
        if (has_a and (has_b or other & b)) or (has_b and other & a):
            both.append(rid)
        elif has_a or has_b:
            one.append(rid)

    for e in analysis["events"]:
        spans = [(e["trigger"]["start"], e["trigger"]["end"])]
        if e.get("evidence"):
            spans.append((e["evidence"]["start"], e["evidence"]["end"]))
        if any(_overlap(span, s) for s in spans):
            sort(e["id"], set(e["source"]) | set(e["target"]), set())
    quotes = analysis["quotes"] + analysis.get("embedded_quotes", [])
    for q in quotes:
        content = (q["content"]["start"], q["content"]["end"])
        if not _overlap(span, content):
            continue
        inside = {
            act["id"]
            for act in analysis["actors"]
            for m in act.get("mentions", [])
            if content[0] <= m["start"] and m["end"] <= content[1]
        }
        sort(q["id"], {q["speaker"]} if q.get("speaker") else set(), inside)
    for s in analysis["statements"]:
        spans = [(x["start"], x["end"]) for x in s.get("spans") or []]
        if s.get("text"):
            spans.append((s["text"]["start"], s["text"]["end"]))
        if any(_overlap(span, x) for x in spans):
            target = {s["target"]} if s.get("target") else set()
            issue = (s.get("issue") or {}).get("id") or ""
            named = {act["id"] for act in analysis["actors"] if act["id"] in issue} | target
            sort(s["id"], {s["actor"]}, named)
    return both, one


def relation_of(relations: list[Any], a: set[str], b: set[str]) -> Any:
    for r in relations:
        ra, rb = (r["a"], r["b"]) if isinstance(r, dict) else (r.a, r.b)
        if (ra in a and rb in b) or (ra in b and rb in a):
            return r
    return None


def cut_by(analysis: dict[str, Any], a: set[str], b: set[str], disabled: list[str]) -> str | None:
    """The first enabled alignment rule whose switching off yields a scored relation of
    the pair, else "all cuts off" if switching all of them off does, else None."""
    record = Analysis.model_validate(analysis)
    rules = [
        name
        for name in sorted(load_all().names())
        if name.startswith("alignment.") and RuleSwitches(disabled).enabled(name)
    ]

    def run(off: list[str]) -> Any:
        rels = relate_document(
            record.statements,
            record.events,
            actors=record.actors,
            quotes=record.quotes + record.embedded_quotes,
            switches=RuleSwitches(disabled + off),
        )
        hit = relation_of(rels, a, b)
        return hit if hit is not None and hit.score else None

    for name in rules:
        if run([name]) is not None:
            return name
    return "all alignment rules off" if run(rules) is not None else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--cache", type=Path, help="a folder for the analyses (reused)")
    ap.add_argument("--config", help="a stancemap config file (e.g. a rule switched on)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", action="store_true", help="one line per missed pair")
    args = ap.parse_args(argv)
    from stancemap.pipeline import Pipeline

    settings = load_settings(args.config)
    disabled = list(settings.rules.disable)
    pipeline = Pipeline(settings)
    missed: list[dict[str, Any]] = []
    sources: dict[str, Any] = {}
    for path in args.files:
        header, judged = read_judged(path)
        found = [
            dict(i, file=path.name) for i in judged if i.get("missed") and len(i["names"]) == 2
        ]
        missed += found
        # the texts the file's header names: PolNeAR, Lee or BBC (session 60 RR)
        articles = articles_for(header)
        sources.update({m["article"]: articles for m in found})
    analyses: dict[str, tuple[dict[str, Any], str]] = {}
    for stem in sorted({m["article"] for m in missed}):
        text = sources[stem].text(stem)
        if text is None:
            continue
        cached = args.cache / f"{stem}.json" if args.cache else None
        if cached is not None and cached.exists():
            analysis = json.loads(cached.read_text())
        else:
            analysis = analyse(pipeline, stem, text)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps(analysis))
        analyses[stem] = (analysis, text)
    kb = judged_name_ids(missed, analyses, pipeline.actors.linker)
    counts: Counter[str] = Counter()
    cuts: Counter[str] = Counter()
    rows = []
    for m in missed:
        if m["article"] not in analyses:
            counts["0 article absent"] += 1
            continue
        analysis, _ = analyses[m["article"]]
        na, nb = m["names"]
        a = ids_of(na, analysis, kb.get((m["article"], na), frozenset()))
        b = ids_of(nb, analysis, kb.get((m["article"], nb), frozenset()))
        span = (m.get("start") or 0, m.get("end") or 0)
        reason: str
        cut = None
        if not a or not b:
            reason = (
                "1 actors: neither name is an actor"
                if not (a or b)
                else ("1 actors: one name is no actor")
            )
        else:
            rel = relation_of([r for r in analysis["relations"] if r.get("score")], a, b)
            both, one = carriers(analysis, span, a, b)
            if rel is not None:
                sign = "+" if rel["score"] > 0 else "-"
                reason = (
                    "4 relation: read with the judge's sign"
                    if sign == m["sign"]
                    else "4 relation: read with the other sign"
                )
            elif both:
                cut = cut_by(analysis, a, b, disabled)
                reason = (
                    "3 carried in span, cut in alignment"
                    if cut
                    else "3 carried in span, no relation scored (no sign / no weight)"
                )
            elif one:
                in_span = mentioned(analysis, a, span) and mentioned(analysis, b, span)
                reason = (
                    "2 evidence: a record carries one, the other only mentioned in span"
                    if in_span
                    else "2 evidence: a record carries one, the other not linked in span"
                )
            else:
                in_span = mentioned(analysis, a, span) and mentioned(analysis, b, span)
                reason = (
                    "2 evidence: no record in span, both mentioned there"
                    if in_span
                    else "2 evidence: no record in span, not both mentioned there"
                )
        counts[reason] += 1
        if cut:
            cuts[cut] += 1
        rows.append(
            {
                **{k: m[k] for k in ("file", "article", "names", "sign")},
                "reason": reason,
                "cut": cut,
                "span": list(span),
            }
        )
    report = {
        "pairs": len(missed),
        "reasons": dict(sorted(counts.items())),
        "cut_by": dict(cuts.most_common()),
    }
    if args.json:
        print(json.dumps(report | ({"rows": rows} if args.list else {}), indent=1))
        return 0
    print(f"judged missed pairs: {len(missed)}")
    for reason, n in sorted(counts.items()):
        print(f"  {n:4d}  {reason}")
    for cut, n in cuts.most_common():
        print(f"        {n:4d}  cut by {cut}")
    if args.list:
        for r in rows:
            print(json.dumps(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
