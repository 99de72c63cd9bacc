"""Write ``data/events/labour_nouns.tsv``: the nouns of a work stoppage and of the people who
stop work, for rule ``events.sense.labour_strike`` (``events/labour_strikes.py``, session 62
EL).

    python -m stancemap.events.labour_import [/usr/share/wordnet]

Kind ``stoppage``: one-word nouns one of whose two most frequent Princeton WordNet 3.0 senses
is strike.n.01 "a group's refusal to work in protest against low pay or bad work conditions"
(work stoppage) or a kind of it (walkout, sit-down). Kind ``workers``: one-word nouns whose
most frequent sense is under worker.n.01 (employee, miner, labourer), personnel.n.01 (staff,
workforce) or labor_union.n.01 (union), none of whose senses is under serviceman.n.01,
military_personnel.n.01, military_unit.n.01, military_force.n.01 or police.n.01 (a soldier's strike is an
attack). WordNet 3.0 Copyright 2006 by Princeton University
(the WordNet licence; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, first_sense_nouns, senses, synsets, under

FILE = "events/labour_nouns.tsv"
STOPPAGE = "01243674"  # strike.n.01, work stoppage
WORKERS = (("worker", 0), ("personnel", 0), ("union", 0))
# soldiers and armed units are "workers" and "personnel" in WordNet: their strike is an attack
ARMED = (
    ("serviceman", 0),
    ("military_personnel", 0),
    ("military_unit", 0),
    ("military_force", 0),
    ("police", 0),
)
HEADER = """\
# Nouns of a work stoppage and of the people who stop work: events.sense.labour_strike
# (events/labour_strikes.py). kind stoppage: one of the two most frequent WordNet 3.0 senses
#   is strike.n.01 (work stoppage) or below it. kind workers: the most frequent sense is
#   under worker.n.01, personnel.n.01 or labor_union.n.01, no sense a military one.
# Written by `python -m stancemap.events.labour_import`: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# version: 2026.12.62
word\tkind
"""


def labour_rows(root: Path) -> list[tuple[str, str]]:
    kinds = under(synsets(root / "data.noun"), (STOPPAGE,))
    stoppage = sorted(
        w
        for w, offsets in senses(root / "index.noun").items()
        if w.isalpha() and any(o in kinds for o in offsets[:2])
    )
    workers = first_sense_nouns(root, WORKERS, ARMED, instances=False)
    return [(w, "stoppage") for w in stoppage] + [(w, "workers") for w in workers]


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = labour_rows(root)
    data_path(FILE).write_text(HEADER + "".join(f"{w}\t{k}\n" for w, k in rows), "utf-8")
    print(f"{len(rows)} rows -> {data_path(FILE)}")


if __name__ == "__main__":
    main()
