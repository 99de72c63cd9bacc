"""Fingerprints of the whole analysis of many articles under several settings, to show that a change is
output-neutral (session 48 PS: the throughput work may change no output).

For each article and each settings file it writes one line: the article's name, the
settings' name and a SHA-256 of the analysis JSON (``to_json_dict``, keys sorted) - no
text, so the check articles (``bench/same_output.py`` writes the whole JSON) can be compared without reading them. Run it on two trees
(each with its own PYTHONPATH) and compare the files with ``--compare``:

    PYTHONPATH=TREE/src .venv/bin/python bench/same_fingerprints.py --set tune \\
        --config - --config both.toml --out A.tsv
    .venv/bin/python bench/same_fingerprints.py --compare A.tsv B.tsv

``--set``: ``tune`` (PolNeAR dev articles of the tune part and every article of the
realnews ``*_tune_*`` files) or ``check`` (the realnews ``*_check_*`` articles not in a
tune file). ``--config -`` is the default settings. The texts are parsed once; each
settings runs the stages on the same parses (``Pipeline.run``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "polnear"
REALNEWS = ROOT / "bench" / "data" / "realnews"
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def _realnews(kind: str) -> set[str]:
    names: set[str] = set()
    for path in sorted(REALNEWS.glob(f"*_{kind}_*.jsonl")):
        with path.open(encoding="utf-8") as f:
            names |= set(json.loads(f.readline())["articles"])
    return names


def articles(which: str) -> list[Path]:
    from stancemap.evaluate.split import part_of

    tune = _realnews("tune")
    if which == "tune":
        polnear = [p.stem for p in (GOLD / "dev" / "text").glob("*.txt")]
        names = tune | {n for n in polnear if part_of(n) == "tune"}
    else:
        names = _realnews("check") - tune
    out = []
    for name in sorted(names):
        found = [GOLD / s / "text" / f"{name}.txt" for s in ("dev", "train")]
        out += [p for p in found if p.exists()][:1]
    return out


def fingerprint(value: object) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def run(which: str, configs: list[str], out: Path, batch: int) -> None:
    from stancemap import Pipeline
    from stancemap.config import load_settings
    from stancemap.ingest import make_document

    settings = {c: (None if c == "-" else load_settings(c)) for c in configs}
    pipeline = Pipeline()
    paths = articles(which)
    with out.open("w", encoding="utf-8") as f:
        for at in range(0, len(paths), batch):
            chunk = paths[at : at + batch]
            docs = []
            for p in chunk:
                day = _DATE.search(p.name)
                date = day.group(1) if day else "2016-10-01"
                docs.append(make_document(p.read_text("utf-8"), doc_id=p.stem, date=date))
            parsed = pipeline.parse(docs)
            for name, s in settings.items():
                results = pipeline.run(parsed, s)
                for path, result in zip(chunk, results, strict=True):
                    body = result.to_json_dict() if hasattr(result, "to_json_dict") else "failure"
                    f.write(f"{path.stem}\t{Path(name).stem}\t{fingerprint(body)}\n")
            f.flush()
            print(f"{at + len(chunk)}/{len(paths)}", file=sys.stderr, flush=True)


def compare(a: Path, b: Path) -> int:
    def rows(p: Path) -> dict[tuple[str, str], str]:
        return {
            (n, c): h
            for n, c, h in (line.split("\t") for line in p.read_text().split("\n") if line)
        }

    left, right = rows(a), rows(b)
    keys = sorted(set(left) | set(right))
    differ = [k for k in keys if left.get(k) != right.get(k)]
    by_config: dict[str, list[int]] = {}
    for k in keys:
        by_config.setdefault(k[1], [0, 0])[0] += 1
        if k in differ:
            by_config[k[1]][1] += 1
    for config, (total, bad) in sorted(by_config.items()):
        print(f"{config}: {total} articles, {bad} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("tune", "check"), default="tune")
    parser.add_argument("--config", action="append", default=None)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    run(args.set, args.config or ["-"], args.out, args.batch)


if __name__ == "__main__":
    main()
