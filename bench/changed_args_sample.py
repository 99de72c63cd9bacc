"""Blind A/B items for judged event readings whose source or target a rule changes.

``stancemap eval realnews`` counts an event kept with other arguments as *changed*: its
old argument verdict no longer applies, and a net count must treat it as unjudged. This
finds those readings on the judged files named, the judged arguments (A or B) against the
rule's (the other), for two blind judges; ``bench/firing_sample.py score`` scores them
with the key written beside the items (session 50 lead).

    python bench/changed_args_sample.py RULE OUT_STEM SEED FILE.jsonl ...
    -> OUT_STEM.json (items, no rule name), OUT_STEM.key.json (item -> rule side, the
       old verdict); the items quote check articles: only judges read them.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from firing_sample import sentence_of
from stancemap.config import load_settings
from stancemap.evaluate.judged_news import Articles, read_judged, read_now
from stancemap.evaluate.news_score import _args, key_of
from stancemap.pipeline import Pipeline

Readings = dict[tuple[Any, str], list[dict[str, Any]]]


def readings(pipeline: Pipeline, articles: Articles, stems: list[str]) -> Readings:
    """This tree's events by judged place and type."""
    out: Readings = {}
    for item in read_now(pipeline, articles, stems, "events"):
        out.setdefault((key_of(item), item["read_as"]), []).append(item)
    return out


def changed(path: Path, off: Pipeline, on: Pipeline, articles: Articles) -> list[dict[str, Any]]:
    """The judged events read with the judged arguments by default, otherwise with the rule."""
    header, judged = read_judged(path)
    stems = header.get("articles") or sorted({i["article"] for i in judged})
    before, after = readings(off, articles, stems), readings(on, articles, stems)
    found = []
    for item in judged:
        if item.get("args_verdict") is None:  # a missed item or an event judged absent
            continue
        place = (key_of(item), item["read_as"])
        old, new = before.get(place, []), after.get(place, [])
        if not old or not new:
            continue
        if _args(item) not in [_args(x) for x in old] or _args(item) in [_args(x) for x in new]:
            continue
        text = articles.text(item["article"]) or ""
        now = next(x for x in new if _args(x) != _args(item))
        found.append(
            {
                "file": path.name,
                "article": item["article"],
                "verdict": item["args_verdict"],
                "title": text.strip().split("\n")[0][:120],
                "sentence": sentence_of(text, [(item["start"], item["end"])]),
                "trigger": text[item["start"] : item["end"]],
                "type": item["read_as"],
                "default": (item.get("source") or [], item.get("target") or []),
                "with_rule": (now.get("source") or [], now.get("target") or []),
            }
        )
    return found


def items_and_key(rule: str, found: list[dict[str, Any]], seed: int) -> tuple[list, dict]:
    rng = random.Random(seed)
    rng.shuffle(found)
    items, key = [], {}
    for n, f in enumerate(found, 1):
        side = rng.choice("AB")

        def render(args: tuple[list[str], list[str]], f: dict[str, Any] = f) -> str:
            return (
                f"event at '{f['trigger']}': {f['type']}, "
                f"source {args[0] or '-'}, target {args[1] or '-'}"
            )

        sides = {side: render(f["with_rule"]), "AB"[side == "A"]: render(f["default"])}
        item_id = f"i{n:03d}"
        items.append(
            {
                "id": item_id,
                "title": f["title"],
                "sentence": f["sentence"],
                "what": "event (judge only its source and target)",
                "A": sides["A"],
                "B": sides["B"],
                "better": None,
                "cause": None,
            }
        )
        key[item_id] = {
            "rule": rule,
            "rule_side": side,
            "article": f["article"],
            "file": f["file"],
            "judged_args": f["verdict"],
        }
    return items, {"firings": {rule: len(found)}, "items": key}


def main(argv: list[str]) -> int:
    rule, stem, seed, files = argv[0], Path(argv[1]), int(argv[2]), argv[3:]
    config = stem.with_suffix(".toml")
    config.write_text(f'[rules]\nenable = ["{rule}"]\n')
    off, on = Pipeline(load_settings(None)), Pipeline(load_settings(config))
    articles = Articles()
    found = [f for path in files for f in changed(Path(path), off, on, articles)]
    items, key = items_and_key(rule, found, seed)
    stem.with_suffix(".json").write_text(json.dumps({"items": items}, indent=1))
    stem.with_suffix(".key.json").write_text(json.dumps(key, indent=1))
    print(f"{len(found)} changed readings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
