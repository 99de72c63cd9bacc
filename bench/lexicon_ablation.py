"""Ablation of the stance polarity lexicons' row classes (session 58, engineer CP).

Runs one scorer (``python -m stancemap.evaluate.relation_set`` by default) with the rows of
a class left out of a lexicon *for the stances stage only*: the rows named in ``--drop``
(a TSV of ``file<TAB>word`` lines, ``file`` a path under ``data/``) are skipped when a
module of ``stancemap.stances`` reads that file through ``datafiles.read_table``; the
events stage, which reads ``claim_words.tsv`` and ``wordnet_signs.tsv`` too, reads them
whole. ``--classes`` writes the drop lists of each class (by source, by WordNet lexname)
into a folder::

    python bench/lexicon_ablation.py --classes /tmp/drop
    python bench/lexicon_ablation.py --drop /tmp/drop/claim_words.source.afinn.tsv -- \\
        tests/alignment/data/relation_set.toml --part both
    python bench/lexicon_ablation.py --drop ... --scorer realnews -- bench/data/realnews/F.jsonl

Nothing is cached across runs: one process per class.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

SIGN_FILES = (
    "stances/claim_words.tsv",
    "stances/wordnet_signs.tsv",
    "stances/theme_signs.tsv",
    "stances/judging_verbs.tsv",
)


def _patch(drop: dict[str, set[str]]) -> None:
    from stancemap import datafiles

    lines = datafiles._lines

    def filtered(path: Path):  # type: ignore[no-untyped-def]
        key = next((k for k in drop if str(path).endswith(k)), None)
        caller = sys._getframe(2).f_globals.get("__name__", "")
        if key is None or not caller.startswith("stancemap.stances"):
            return lines(path)
        words = drop[key]
        return ((n, line) for n, line in lines(path) if line.split("\t", 1)[0].strip() not in words)

    datafiles._lines = filtered  # type: ignore[assignment]


def _rows(relative: str) -> list[list[str]]:
    from stancemap.datafiles import data_path

    text = data_path(relative).read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in text if line and not line.startswith("#")]
    return rows[1:]


def classes(folder: Path) -> None:
    """Write one drop list per class of rows: each file by its source (AFINN, VADER, the
    WordNet relation) and by the WordNet lexname most of the word's senses lie in, and
    each whole file."""
    from stancemap.stances.stance_free_import import lexname_counts

    folder.mkdir(parents=True, exist_ok=True)
    for relative in SIGN_FILES:
        name = Path(relative).stem
        rows = _rows(relative)
        groups: dict[str, list[str]] = collections.defaultdict(list)
        groups["all"] = [r[0] for r in rows]
        for row in rows:
            if len(row) > 3:
                groups["source." + row[3].split("=")[0]].append(row[0])
            counts = lexname_counts(row[0])
            total = sum(counts.values())
            top = counts.most_common(1)[0] if counts else ("none", 0)
            groups["lex." + (top[0] if top[1] * 2 > total else "mixed")].append(row[0])
        for group, words in groups.items():
            out = folder / f"{name}.{group}.tsv"
            out.write_text("".join(f"{relative}\t{w}\n" for w in words), "utf-8")
            print(f"{len(words):6d} {out}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench/lexicon_ablation.py")
    parser.add_argument("--classes", type=Path, help="write the classes' drop lists here")
    parser.add_argument("--drop", type=Path, action="append", default=[])
    parser.add_argument("--scorer", default="relation_set", choices=("relation_set", "realnews"))
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args()
    if args.classes:
        classes(args.classes)
        return
    drop: dict[str, set[str]] = collections.defaultdict(set)
    for path in args.drop:
        for line in path.read_text("utf-8").splitlines():
            relative, word = line.split("\t")
            drop[relative].add(word)
    _patch(drop)
    if args.scorer == "relation_set":
        from stancemap.evaluate.relation_set import main as run

        run(args.rest)
    else:
        from stancemap.cli.main import app

        app(["eval", "realnews", *args.rest])


if __name__ == "__main__":
    main()
