"""Import the nouns of private people of entertainment, sport, art and business that
``events/private_ends.py`` reads, from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) - session 68, engineer PA (issue 12).

- ``data/events/private_people_nouns.txt``: one-word nouns whose most frequent sense lies
  under entertainer.n.01 (a singer, a rapper, an actor, a comedian), creator.n.02 (an
  artist, a composer, a film maker, a designer), athlete.n.01, businessperson.n.01 (a
  businessman, a tycoon, a merchant) or celebrity.n.01, and none of whose senses lies under
  leader.n.01, politician.n.02, official.n.01, lawgiver.n.01, serviceman.n.01 or
  lawman.n.01 (a word that may name a party of politics, the state or force). A person the
  text describes so takes part in public life as a private person.

    python -m stancemap.events.private_people_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, first_sense_nouns, sense_numbers, write_word_list

VERSION = "2026.12.1"
PRIVATE = "events/private_people_nouns.txt"
# (lemma, WordNet 3.0 offset) of each root: its sense index is read from index.noun
KINDS = (
    ("entertainer", "09616922"),  # entertainer.n.01: singers, actors, comedians
    ("creator", "09614315"),  # creator.n.02: artists, composers, film makers
    ("athlete", "09820263"),  # athlete.n.01
    ("businessperson", "09882716"),  # businessperson.n.01
    ("celebrity", "09903153"),  # celebrity.n.01
)
NOT_KINDS = (
    ("leader", "09623038"),  # leader.n.01 (heads of anything, politicians' leaders)
    ("politician", "10451263"),  # politician.n.02
    ("official", "10372373"),  # official.n.01
    ("lawgiver", "10249270"),  # lawgiver.n.01 (legislators)
    ("serviceman", "10582746"),  # serviceman.n.01 (soldiers)
    ("lawman", "10249459"),  # lawman.n.01 (police)
)


def private_nouns(root: Path = WORDNET) -> list[str]:
    return first_sense_nouns(root, sense_numbers(root, KINDS), sense_numbers(root, NOT_KINDS))


def write(root: Path = WORDNET) -> None:
    header = [
        f"# private_people_nouns {VERSION}: one-word nouns whose most frequent WordNet sense",
        "# lies under entertainer.n.01, creator.n.02, athlete.n.01, businessperson.n.01 or",
        "# celebrity.n.01, and none of whose senses under leader.n.01, politician.n.02,",
        "# official.n.01, lawgiver.n.01, serviceman.n.01 or lawman.n.01.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.private_people_import`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    ]
    write_word_list(data_path(PRIVATE), header, private_nouns(root))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
