"""Every accuracy figure the lead reports, on one tree, in one run (docs/benchmarks.md, "the
final tree, measured once").

    .venv/bin/python bench/accuracy_suite.py --out /tmp/suite-HEAD [--jobs 2]
    .venv/bin/python bench/accuracy_suite.py --summary /tmp/suite-HEAD      # print it again

Runs, with the package this interpreter imports (``PYTHONPATH=<worktree>/src`` measures a
worktree): ``stancemap eval plover`` on the PLOVER dev parts and the project's wire sets (the
blind W4, W6, W15, W20, W23 by part), ``stancemap eval actors`` (NGEC), ``stancemap eval polnear``,
``stancemap.evaluate.speakers``, the relation sets (``relation_set``, ``relation_fresh`` and the
blind W14, W17, W18, W19, W21 by part, each with ``--no-mentions`` and with ``--mentions``),
``bench/relation_unseen.py`` (counts only), ``stancemap eval realnews`` on each hand-judged
real-news file of ``bench/data/realnews`` (totals) and the founding example. Each command's JSON goes to ``OUT/<name>.json``; the
summary prints one line per set. Sets whose gold is absent (no ../shared) are left out.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVENTS = ROOT / "tests" / "events" / "data"
RELATIONS = ROOT / "tests" / "alignment" / "data"
REALNEWS = ROOT / "bench" / "data" / "realnews"
PARTS = ("tune", "check")


def commands() -> dict[str, list[str]]:
    """Output name -> argv (after the interpreter), for every set present."""
    py = ["-m", "stancemap"]
    out: dict[str, list[str]] = {}
    gold = SHARED / "gold"
    for part in PARTS:
        if (gold / "plover-gsr" / "dev.jsonl").exists():
            out[f"plover_{part}"] = [
                *py,
                "eval",
                "plover",
                str(gold / "plover-gsr" / "dev.jsonl"),
                "--part",
                part,
                "--json",
            ]
            out[f"ngec_{part}"] = [
                *py,
                "eval",
                "actors",
                str(gold / "ngec-actors" / "dev.jsonl"),
                "--part",
                part,
                "--json",
            ]
            out[f"polnear_{part}"] = [
                *py,
                "eval",
                "polnear",
                str(gold / "polnear" / "dev"),
                "--part",
                part,
                "--json",
            ]
            out[f"speakers_{part}"] = ["-m", "stancemap.evaluate.speakers", "--part", part]
        for name in ("w4", "w6", "w15", "w20", "w23"):
            out[f"{name}_{part}"] = [
                *py,
                "eval",
                "plover",
                str(EVENTS / f"wire_{name}.jsonl"),
                "--part",
                part,
                "--json",
            ]
    for name in ("sanity", "second", "third"):
        out[f"wire_{name}"] = [
            *py,
            "eval",
            "plover",
            str(EVENTS / f"wire_{name}.jsonl"),
            "--part",
            "all",
            "--json",
        ]
    scorer = ["-m", "stancemap.evaluate.relation_set"]
    for name in (
        "relation_set",
        "relation_fresh",
        "relation_w14",
        "relation_w17",
        "relation_w18",
        "relation_w19",
        "relation_w21",
        "relation_w22",
    ):
        # "<name>" keeps its meaning across sessions (names only); "_mentions" is the
        # scorer's default since session 23 (a capital matches the country it was resolved to)
        out[name] = [*scorer, str(RELATIONS / f"{name}.toml"), "--part", "both", "--no-mentions"]
        out[f"{name}_mentions"] = [*out[name][:-1], "--mentions"]
    out["unseen"] = [str(ROOT / "bench" / "relation_unseen.py"), "--no-baseline"]
    # hand-judged real news (session 25): precision of what the tree asserts, one row a file
    # (totals only: check-part files judged blind are scored, never read)
    for path in sorted(REALNEWS.glob("*.jsonl")):
        out[f"realnews_{path.stem}"] = [*py, "eval", "realnews", str(path), "--json"]
    example = SHARED / "examples" / "tokayev-putin.txt"
    if example.exists():
        out["founding"] = [*py, "analyze", str(example), "--json"]
    return out


def _events(x: dict[str, Any]) -> str:
    s = x["stancemap"]
    return (
        f"{s['type_accuracy']:.3f}/{s['source_country_accuracy']:.3f}/"
        f"{s['target_country_accuracy']:.3f} ({s['predicted_per_gold']:.2f} per gold, {x['records']} records)"
    )


def _realnews(x: dict[str, Any]) -> str:
    """One judged real-news file's totals: precision, bounds, kept/dropped/changed/new."""
    if "skipped" in x:
        return f"skipped ({x['skipped']})"
    line = (
        f"precision {x['precision']} bounds {x['precision_bounds']} kept {x['kept']} "
        f"dropped {x['dropped']} changed {x['changed']} new {x['new']}"
    )
    if "sign_precision" in x:
        line += f" sign {x['sign_precision']}"
    if "args" in x:
        line += f" args {x['args']['precision']}"
    if "asserted" in x:  # events not marked hypothetical/negated/future (session 26)
        unreal = x["unreal_marked"]
        line += (
            f" asserted {x['asserted']['precision']} ({x['asserted']['kept']})"
            f" unreal marked {unreal['marked']}/{unreal['judged']}"
        )
    if "missed" in x:
        line += f" missed found {x['missed']['found']}/{x['missed']['items']}"
    return line


def _relation_lines(text: str) -> list[str]:
    """``tune {json}`` / ``check {json}`` lines of the relation-set scorer as right/pairs."""
    lines = []
    for line in text.splitlines():
        m = re.match(r"^(tune|check|all) (\{.*\})$", line)
        if m:
            x = json.loads(m.group(2))
            right = round(x["sign_accuracy"] * x["pairs"])
            lines.append(
                f"{m.group(1)} {right}/{x['pairs']} found {x['found']} by kind {x['by_kind']}"
            )
    return lines


def summarise(results: dict[str, str]) -> list[str]:
    """One line per set from each command's standard output (name -> text)."""
    lines: list[str] = []
    for name, text in results.items():
        try:
            if name.startswith(("plover_", "w4_", "w6_", "w15_", "w20_", "w23_", "wire_")):
                lines.append(f"{name}: {_events(json.loads(text))}")
            elif name.startswith("ngec_"):
                a = json.loads(text)["all"]
                lines.append(
                    f"{name}: country {a['country']['accuracy']} sector {a['sector']['accuracy']}"
                )
            elif name.startswith("polnear_"):
                f1 = json.loads(text)["stancemap"]["all"]["content_overlap"]["f1"]
                lines.append(f"{name}: content F1 {f1}")
            elif name.startswith("speakers_"):
                lines.append(f"{name}: {json.loads(text)['accuracy']}")
            elif name.startswith("relation_"):
                lines += [f"{name} {line}" for line in _relation_lines(text)]
            elif name.startswith("realnews_"):
                lines.append(f"{name}: {_realnews(json.loads(text))}")
            elif name == "unseen":
                u = json.loads(text)["stancemap"]
                lines.append(
                    f"unseen: tune {u['tune']['right']}/{u['tune']['pairs']}, check {u['check']['right']}/{u['check']['pairs']}"
                )
            elif name == "founding":
                analysis = json.loads(text)
                analysis = analysis[0] if isinstance(analysis, list) else analysis
                strong = [r for r in analysis["relations"] if abs(r["score"]) >= 0.5]
                lines += [f"founding: {r['a']} ~ {r['b']} {r['score']}" for r in strong]
        except (ValueError, KeyError) as exc:
            lines.append(f"{name}: unreadable output ({exc!r})")
    return lines


def _run(name: str, argv: list[str], out: Path) -> tuple[str, str]:
    done = subprocess.run([sys.executable, *argv], capture_output=True, text=True, cwd=ROOT)
    (out / f"{name}.json").write_text(done.stdout, encoding="utf-8")
    (out / f"{name}.err").write_text(done.stderr, encoding="utf-8")
    return name, done.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="folder for each command's output")
    ap.add_argument("--summary", type=Path, help="print the summary of an earlier --out folder")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if args.summary:
        results = {}
        for name in commands():
            path = args.summary / f"{name}.json"
            if path.exists():
                results[name] = path.read_text(encoding="utf-8")
        print("\n".join(summarise(results)))
        return 0
    if not args.out:
        ap.error("give --out DIR (or --summary DIR)")
    args.out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        done = dict(pool.map(lambda item: _run(item[0], item[1], args.out), commands().items()))
    print("\n".join(summarise({name: done[name] for name in commands()})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
