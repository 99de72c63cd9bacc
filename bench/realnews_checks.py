"""Every judged real-news check file at once, and the session-44 net between two runs.

A decision on a shipped-off rule (docs/judging.md, "Deciding a shipped-off rule") weighs it
over every judged ``*_check_*`` file; session 71 found the machine bare and wrote these
steps again, so they live here now:

    python bench/realnews_checks.py run OUT [--config on.toml] [--pattern '*_check_*'] [--jobs 2]
    python bench/realnews_checks.py figures OUT
    python bench/realnews_checks.py net OFF_OUT ON_OUT

``run`` writes ``stancemap eval realnews FILE --json`` of each file to ``OUT/<file>.json``
(set ``STANCEMAP_LEE_CORPUS``, ``STANCEMAP_BBC_CORPUS``, ``STANCEMAP_NEWSARTICLES_CORPUS``
first: a file whose source is absent writes its skip note to ``OUT/<file>.err``).
``net`` compares two such folders file by file, from the totals only (it reads no item):
not-right readings dropped +1, right readings or found missed items gained +1, new or
changed unjudged readings -1, right readings, right argument verdicts or found items lost
-3. New readings count -1 until they are re-judged (``bench/rejudge.py``): the net of a
rule is final only after that.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REALNEWS = Path(__file__).resolve().parent / "data" / "realnews"


def totals(report: dict[str, Any]) -> dict[str, int]:
    """The counts the net weighs, from one ``eval realnews --json`` report."""
    kept = report.get("kept") or {}
    args = report.get("args") or {}
    missed = report.get("missed") or {}
    return {
        "right": kept.get("right", 0),
        "not_right": sum(n for verdict, n in kept.items() if verdict != "right"),
        "unjudged": (report.get("unjudged") or 0) + (report.get("new") or 0),
        "changed": report.get("changed") or 0,
        "args_right": args.get("right") or 0,
        "found": missed.get("found") or 0,
    }


def _gain(change: int) -> int:
    """A gain counts once, a loss three times (a right item is rarer than a wrong one)."""
    return change if change >= 0 else 3 * change


def file_net(off: dict[str, Any], on: dict[str, Any]) -> tuple[int, dict[str, int]]:
    """The net of one file and the changed totals (on minus off)."""
    a, b = totals(off), totals(on)
    delta = {key: b[key] - a[key] for key in a}
    net = (
        -delta["not_right"]
        + _gain(delta["right"])
        - max(delta["unjudged"], 0)
        - max(delta["changed"], 0)
        + _gain(delta["args_right"])
        + _gain(delta["found"])
    )
    return net, {key: value for key, value in delta.items() if value}


def net(off_dir: Path, on_dir: Path) -> tuple[int, list[str]]:
    """The net over every file both folders hold, and a line per changed file."""
    total, lines = 0, []
    for off_path in sorted(off_dir.glob("*.json")):
        on_path = on_dir / off_path.name
        if not on_path.exists():
            lines.append(f"{off_path.stem}: missing on the second side")
            continue
        off, on = json.loads(off_path.read_text()), json.loads(on_path.read_text())
        value, delta = file_net(off, on)
        if not delta:
            continue
        total += value
        changes = " ".join(f"{key} {n:+d}" for key, n in delta.items())
        lines.append(
            f"{off_path.stem}: {off.get('precision')} -> {on.get('precision')}; {changes}; "
            f"net {value:+d}"
        )
    return total, lines


def figures(folder: Path) -> list[str]:
    """'events s25 0.419, ...' and 'relations ...': each file's precision."""
    out = []
    for what in ("events", "relations"):
        parts = []
        for path in sorted(folder.glob(f"{what}_check_*.json")):
            report = json.loads(path.read_text())
            parts.append(f"{path.stem.split('_check_', 1)[1]} {report['precision']:.3f}")
        out.append(f"{what} " + ", ".join(parts))
    return out


def run(out: Path, config: Path | None, pattern: str, jobs: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(REALNEWS.glob(f"{pattern}.jsonl"))

    def one(path: Path) -> None:
        command = [sys.executable, "-m", "stancemap", "eval", "realnews", str(path), "--json"]
        if config is not None:
            command += ["--config", str(config)]
        with (
            (out / f"{path.stem}.json").open("w") as stdout,
            (out / f"{path.stem}.err").open("w") as stderr,
        ):
            subprocess.run(command, stdout=stdout, stderr=stderr, check=False)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, files))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="eval realnews --json of every matching file")
    r.add_argument("out", type=Path)
    r.add_argument("--config", type=Path)
    r.add_argument("--pattern", default="*_check_*")
    r.add_argument("--jobs", type=int, default=2)
    f = sub.add_parser("figures", help="each file's precision")
    f.add_argument("folder", type=Path)
    n = sub.add_parser("net", help="the session-44 net between two run folders")
    n.add_argument("off", type=Path)
    n.add_argument("on", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        run(args.out, args.config, args.pattern, args.jobs)
    elif args.command == "figures":
        print("\n".join(figures(args.folder)))
    else:
        total, lines = net(args.off, args.on)
        print("\n".join(lines + [f"net {total:+d}"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
