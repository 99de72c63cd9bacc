"""Write ``data/events/bad_person_nouns.txt``: nouns that name a person as a bad or an
unpleasant one ("opportunist", "phony", "demagogue", "hypocrite"), from Princeton WordNet
3.0, for the names given by a verb of naming ("called Y a political opportunist").

    python -m stancemap.events.bad_person_import [/usr/share/wordnet]

The one-word nouns whose most frequent WordNet sense is bad_person.n.01 ("a person who does
harm to others") or unpleasant_person.n.01 ("a person who is not pleasant or agreeable"), or
a kind of either. Read by ``events/naming.py`` under rule ``events.sense.naming_bad_person``.

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, first_sense_nouns, write_word_list

# (lemma, sense index): bad_person.n.01, unpleasant_person.n.01
KINDS = (("bad_person", 0), ("unpleasant_person", 0))
FILE = "events/bad_person_nouns.txt"
HEADER = [
    "# Nouns whose most frequent WordNet 3.0 sense is bad_person.n.01 or",
    "# unpleasant_person.n.01 or a kind of either: a name given by a verb of naming that is",
    "# one of them is a bad name (events.sense.naming_bad_person).",
    "# Written by `python -m stancemap.events.bad_person_import`: do not edit by hand. WordNet",
    "# 3.0 Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).",
    "# version: 2026.12.4",
]


def bad_person_nouns(root: Path) -> list[str]:
    return first_sense_nouns(root, KINDS, (), any_sense_excluded=False)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    write_word_list(data_path(FILE), HEADER, bad_person_nouns(root))


if __name__ == "__main__":
    main()
