"""Import the nouns of works - films, plays, songs, albums, novels, shows, sequels - that
``events/private_heads.py`` reads, from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) - session 69, engineer PA (issue 12).

- ``data/events/work_nouns.txt``: one-word nouns whose most frequent sense lies under a
  work of entertainment or art (``ROOTS``: movie.n.01, program.n.02 (a broadcast; not
  show.n.01, whose kinds hold a demonstration), dramatic_composition.n.01,
  musical_composition.n.01, album.n.02, fiction.n.01, book.n.01, work_of_art.n.01,
  computer_game.n.01, recording.n.01, sequel.n.02, drama.n.03: the genre), or whose
  second sense does where the first is an event (WordNet noun.event: "sequel", first
  "something that follows", second "a part added to a book or play that continues it");
  neither of whose two most frequent senses lies under person.n.01 or social_group.n.01
  (a word that may name who acts). A news medium and a written act of state (a
  newspaper, a report, a treaty: publications and documents) are not read here.

    python -m stancemap.events.work_nouns_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexfiles, senses, synsets, under, write_word_list

VERSION = "2026.12.1"
WORKS = "events/work_nouns.txt"
# WordNet 3.0 offsets of the works' roots
ROOTS = (
    "06613686",  # movie.n.01
    "06619428",  # program.n.02 (a broadcast: a radio or television show)
    "07007684",  # dramatic_composition.n.01 (a play)
    "07037465",  # musical_composition.n.01 (a song, an opus)
    "06591815",  # album.n.02 (a record album)
    "06367107",  # fiction.n.01 (a novel, a story)
    "06410904",  # book.n.01 (a written work published)
    "04601690",  # work_of_art.n.01
    "00458890",  # computer_game.n.01
    "04063661",  # recording.n.01
    "06399503",  # sequel.n.02 (a part added to a book or play that continues it)
    "06376154",  # drama.n.03 (the genre: a comedy, a sitcom, a tragedy)
)
# offsets neither of a word's two most frequent senses may lie under: who may act
NOT_ROOTS = (
    "00007846",  # person.n.01
    "07950920",  # social_group.n.01
)
# lexicographer files of a first sense that lets the second decide: an event (not a
# message: "dialogue", first a conversation, second the lines of a play)
SECOND_SENSE_FILES = ("11",)  # noun.event


def work_nouns(root: Path = WORDNET) -> list[str]:
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    files = lexfiles(root / "data.noun")
    wanted = under(graph, set(ROOTS), instances=False)
    excluded = under(graph, set(NOT_ROOTS), instances=False)  # "song": not the Sung dynasty
    out = []
    for word, offsets in index.items():
        if not word.isalpha() or any(o in excluded for o in offsets[:2]):
            continue
        first = offsets[0] in wanted
        second = (
            len(offsets) > 1 and offsets[1] in wanted and files[offsets[0]] in SECOND_SENSE_FILES
        )
        if first or second:
            out.append(word)
    return sorted(out)


def write(root: Path = WORDNET) -> None:
    header = [
        f"# work_nouns {VERSION}: one-word nouns whose most frequent WordNet sense lies under",
        "# movie.n.01, program.n.02, dramatic_composition.n.01,",
        "# musical_composition.n.01, album.n.02, fiction.n.01, book.n.01, work_of_art.n.01,",
        "# computer_game.n.01, recording.n.01 or sequel.n.02 (or whose second sense does, the",
        "# first an event), neither of whose two first senses under person.n.01 or",
        "# social_group.n.01; drama.n.03 (the genre) too.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.work_nouns_import`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    ]
    write_word_list(data_path(WORKS), header, work_nouns(root))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
