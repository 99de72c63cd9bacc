"""Two blind judges' verdicts on one drawn sample, and a third judge's on their disagreements.

A new judged check file (docs/judging.md) is drawn with ``bench/real_news_sample.py draw``,
judged by two judges who each also list the missed items (``"missed"``), then:

    python bench/judge_merge.py third J1.json J2.json THIRD.json     # the items they disagree on
    python bench/judge_merge.py final J1.json J2.json [THIRD_JUDGED.json] FINAL.json

An item is a disagreement where the verdicts differ, or (events) both give the event and
differ on its arguments. ``final`` takes the agreed verdicts and the third judge's elsewhere,
and keeps a missed item where both judges list it: events by overlapping spans in the same
article, relations by the same sign and the same two names (one name inside the other, or
the same last word: "Paris prosecutors" ~ "prosecutors"). Then ``real_news_sample.py strip``.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

VERDICT_FIELDS = ("verdict", "args_verdict", "cause")


def item_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (
        item["article"],
        item.get("start"),
        item.get("end"),
        tuple(item.get("pair") or ()),
        item.get("read_as"),
    )


def disagree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("verdict") != b.get("verdict"):
        return True
    gives_event = a.get("verdict") in ("right", "wrong")
    return gives_event and "args_verdict" in a and a.get("args_verdict") != b.get("args_verdict")


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a["article"] == b["article"]
        and a.get("start", 0) < b.get("end", 0)
        and b.get("start", 0) < a.get("end", 0)
    )


def _name(name: str) -> str:
    name = name.lower().strip()
    return name[4:] if name.startswith("the ") else name


def _same_name(x: str, ys: list[str]) -> bool:
    return any(
        x in y or y in x or x.split()[-1] == y.split()[-1] for y in ys if x.strip() and y.strip()
    )


def same_pair(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["article"] != b["article"] or a.get("sign") != b.get("sign"):
        return False
    xs = [_name(n) for n in a.get("names", [])]
    ys = [_name(n) for n in b.get("names", [])]
    if len(xs) != 2 or len(ys) != 2:
        return False
    return all(_same_name(x, ys) for x in xs) and all(_same_name(y, xs) for y in ys)


def third(j1: dict[str, Any], j2: dict[str, Any]) -> dict[str, Any]:
    """The sample's header with the items the two judges disagree on, verdicts emptied."""
    second = {item_key(i): i for i in j2["items"]}
    items = []
    for item in j1["items"]:
        if disagree(item, second[item_key(item)]):
            blank = copy.deepcopy(item)
            blank.update({k: None for k in VERDICT_FIELDS if k in blank})
            items.append(blank)
    head = {k: v for k, v in j1.items() if k not in ("items", "missed")}
    return {**head, "items": items, "missed": []}


def final(
    j1: dict[str, Any], j2: dict[str, Any], third_judged: dict[str, Any] | None
) -> dict[str, Any]:
    """The merged sample; an unresolved disagreement is an error (judge it first)."""
    second = {item_key(i): i for i in j2["items"]}
    thirds = {item_key(i): i for i in (third_judged or {"items": []})["items"]}
    items = []
    for item in j1["items"]:
        merged = copy.deepcopy(item)
        if disagree(item, second[item_key(item)]):
            settled = thirds.get(item_key(item))
            if settled is None or settled.get("verdict") is None:
                raise ValueError(f"no third verdict for {item_key(item)}")
            merged.update({k: settled[k] for k in VERDICT_FIELDS if k in settled})
        items.append(merged)
    match = _overlap if j1.get("what") == "events" else same_pair
    theirs = j2.get("missed", [])
    missed = [m for m in j1.get("missed", []) if any(match(m, t) for t in theirs)]
    head = {k: v for k, v in j1.items() if k not in ("items", "missed")}
    return {**head, "items": items, "missed": missed}


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[0] not in ("third", "final"):
        print(__doc__)
        return 2
    load = lambda p: json.loads(Path(p).read_text("utf-8"))  # noqa: E731
    out = Path(argv[-1])
    if argv[0] == "third":
        result = third(load(argv[1]), load(argv[2]))
    else:
        result = final(load(argv[1]), load(argv[2]), load(argv[3]) if len(argv) == 5 else None)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")
    print(f"{len(result['items'])} items, {len(result['missed'])} missed -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
