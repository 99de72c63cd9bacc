"""Every blind A/B round of a rule, pooled: the first test of docs/judging.md's criterion.

A rule that fires a few times per round cannot pass "rule better >= 2 x default better,
and by >= 3" in one round; the criterion pools the rounds (session 44). Each round is a
``X.key.json`` in ``bench/data/firing`` and the judged files beside it: ``X.json`` or
``X_<suffix>.json``. Judged files of one key whose item ids overlap are different judges of
the same items (``_j1``, ``_j2``); files with disjoint ids are halves of one judging
(``_a``, ``_b``) and count together. A round counts the mean of its judges, so a round
judged twice weighs as much as a round judged once.

    python bench/firing_pool.py [--folder bench/data/firing] [--all] [--json OUT]

Prints, per rule, each round's rule/default counts and the pooled ones, and whether the
pooled counts pass; by default only the rules shipped off now. A rule's name is its
identity: a rule changed between rounds is pooled over its forms (the rounds are printed
so a reader can drop the old ones).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from firing_sample import score

FOLDER = Path(__file__).resolve().parent / "data" / "firing"


def rounds(folder: Path) -> dict[str, list[list[dict[str, Any]]]]:
    """Round name -> its judgings, each the judged items of one judge (halves joined)."""
    keys = sorted(p.name[: -len(".key.json")] for p in folder.glob("*.key.json"))
    judged: dict[str, list[list[dict[str, Any]]]] = {k: [] for k in keys}
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".key.json"):
            continue
        stem = path.name[: -len(".json")]
        owners = [k for k in keys if stem == k or stem.startswith(k + "_")]
        if not owners:
            continue
        items = json.loads(path.read_text("utf-8"))["items"]
        judgings = judged[max(owners, key=len)]
        ids = {i["id"] for i in items}
        half_of = next((j for j in judgings if not ids & {i["id"] for i in j}), None)
        if half_of is None:
            judgings.append(list(items))
        else:
            half_of.extend(items)
    return {k: v for k, v in judged.items() if v}


def passes(rule_better: float, default_better: float) -> bool:
    """docs/judging.md criterion 1 on pooled counts."""
    return rule_better >= 2 * default_better and rule_better - default_better >= 3


def pool(folder: Path) -> dict[str, dict[str, Any]]:
    """Rule -> {"rounds": [{round, judges, rule_better, default_better}], pooled counts}."""
    out: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"rounds": [], "rule_better": 0.0, "default_better": 0.0}
    )
    for name, judgings in rounds(folder).items():
        key = json.loads((folder / f"{name}.key.json").read_text("utf-8"))
        scored = [score(items, key) for items in judgings]
        for rule in key["firings"]:
            judged = [s[rule] for s in scored if s[rule]["judged"]]
            if not judged:
                continue
            rule_better = sum(r["rule_better"] for r in judged) / len(judged)
            default_better = sum(r["default_better"] for r in judged) / len(judged)
            row = out[rule]
            row["rounds"].append(
                {
                    "round": name,
                    "judges": len(judged),
                    "rule_better": rule_better,
                    "default_better": default_better,
                }
            )
            row["rule_better"] += rule_better
            row["default_better"] += default_better
    for row in out.values():
        row["passes"] = passes(row["rule_better"], row["default_better"])
    return dict(out)


def _n(x: float) -> str:
    return f"{x:g}"


def markdown(pooled: dict[str, dict[str, Any]], names: list[str]) -> str:
    lines = [
        "| rule | rounds (rule/default) | pooled rule/default | criterion 1 |",
        "|---|---|---|---|",
    ]
    for name in names:
        row = pooled[name]
        each = "; ".join(
            f"{r['round'].removeprefix('check_')} {_n(r['rule_better'])}/{_n(r['default_better'])}"
            for r in row["rounds"]
        )
        pooled_counts = f"{_n(row['rule_better'])}/{_n(row['default_better'])}"
        lines.append(
            f"| `{name}` | {each} | {pooled_counts} | {'passes' if row['passes'] else '-'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=FOLDER)
    ap.add_argument("--all", action="store_true", help="every judged rule, not only those off now")
    ap.add_argument("--json", type=Path, help="also the pooled counts as JSON")
    args = ap.parse_args(argv)
    pooled = pool(args.folder)
    names = sorted(pooled)
    if not args.all:
        from firing_sample import off_rules

        off = {r.name for r in off_rules()}
        names = [n for n in names if n in off]
    sys.stdout.write(markdown(pooled, names))
    if args.json:
        args.json.write_text(json.dumps({n: pooled[n] for n in names}, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
