"""Import four word lists for the event-argument rules of session 15 from Princeton
WordNet 3.0 (the Debian package ``wordnet-base``, ``/usr/share/wordnet``):

* ``data/lexicon/object_control_verbs.txt``: verbs with a sense that has WordNet's verb
  frame 24, "Somebody ----s somebody to INFINITIVE" ("drove his followers to donate",
  "urged them to leave"): the infinitive's doer is the verb's object, not its subject
  (``events.args.object_control``). One-word verbs only.
* ``data/lexicon/kin_nouns.txt``: nouns whose most frequent sense lies under
  relative.n.01 (son, wife, father, sibling ...): "his son", "Trump's wife" name a
  person other than the possessor (``events.args.relational_possessor``).
* ``data/lexicon/kin_sense_nouns.txt``: nouns with a kin sense that is not their most
  frequent (boy, child, kid, heir, successor): "his boy was murdered" is not aimed at
  "his" (``events.args.kin_sense_possessor``, a person's possessor only).
* ``data/lexicon/occasion_nouns.txt``: nouns whose most frequent sense is an occasion
  (a meeting, rally, social event that is no contest, session, debate or hearing):
  "voted at the convention", "at the debate, she blamed X" name when and where, no
  party (``events.args.occasion_not_party``).

    python -m stancemap.events.arg_words_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, _records, first_senses, senses, synsets, under, write_word_list

OBJECT_CONTROL_FRAME = 24  # "Somebody ----s somebody to INFINITIVE"
RELATIVE = ("10235549",)  # relative.n.01 (spouse.n.01 lies below it)
# occasions: meeting.n.01 (conventions, conferences, caucuses), rally.n.01,
# social_event.n.01 (ceremonies, contests, performances), conference.n.03 (sessions),
# debate.n.01, hearing.n.01 (a proceeding)
OCCASIONS = ("08307589", "08358332", "07288639", "07142566", "07140978", "01199697")
# less contest.n.01 (races, campaigns, tournaments): "attacked the Trump campaign" names a side
CONTESTS = ("07456188",)
VERSION = "2026.11.30"


def verbs_with_frame(data: Path, frame: int) -> list[str]:
    """One-word verbs with a sense (or a word of a sense) that lists ``frame``."""
    out: set[str] = set()
    for line in _records(data):
        fields = line.split(" | ", 1)[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * n].lower() for n in range(count)]
        at = 4 + 2 * count
        at += 1 + 4 * int(fields[at])
        if at >= len(fields):
            continue
        listed = fields[at + 1 : at + 1 + 3 * int(fields[at])]
        for n in range(0, len(listed), 3):
            if int(listed[n + 1]) != frame:
                continue
            word_number = int(listed[n + 2], 16)
            out.update(words if word_number == 0 else [words[word_number - 1]])
    return sorted(w for w in out if "_" not in w and "-" not in w)


def kin_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is a relative (kin or spouse)."""
    graph = synsets(root / "data.noun")
    kin, todo = set(RELATIVE), list(RELATIVE)
    while todo:  # hyponyms only: instances (Abraham, Mary) are persons, no kin terms
        for symbol, target in graph[todo.pop()][1]:
            if symbol == "~" and target not in kin:
                kin.add(target)
                todo.append(target)
    return sorted(
        word
        for word, offset in first_senses(root / "index.noun").items()
        if offset in kin and "_" not in word and "-" not in word
    )


def kin_sense_nouns(root: Path) -> list[str]:
    """One-word nouns with a sense under relative.n.01 that is not their most frequent
    (boy, girl, child, kid, heir, successor ...): "his boy" may be his son."""
    graph = synsets(root / "data.noun")
    kin = under(graph, RELATIVE)
    first = first_senses(root / "index.noun")
    return sorted(
        word
        for word, offsets in senses(root / "index.noun").items()
        if first.get(word) not in kin and any(o in kin for o in offsets)
        if "_" not in word and "-" not in word
    )


def occasion_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is an occasion (a meeting, rally, social
    event, session, debate or hearing): "at the convention" is when and where, no party."""
    graph = synsets(root / "data.noun")
    occasions = under(graph, OCCASIONS) - under(graph, CONTESTS)
    return sorted(
        word
        for word, offset in first_senses(root / "index.noun").items()
        if offset in occasions and "_" not in word and "-" not in word
    )


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    source = "from Princeton WordNet 3.0 (WordNet licence, see data/events/README.md); do not edit."
    write_word_list(
        data_path("lexicon/object_control_verbs.txt"),
        [
            "# Verbs of object control: a sense with WordNet 3.0 verb frame 24, 'Somebody ----s",
            "# somebody to INFINITIVE'; the infinitive's doer is the object. One-word verbs.",
            "# Generated by python -m stancemap.events.arg_words_import",
            f"# {source}",
            f"# Version {VERSION}.",
        ],
        verbs_with_frame(root / "data.verb", OBJECT_CONTROL_FRAME),
    )
    write_word_list(
        data_path("lexicon/kin_nouns.txt"),
        [
            "# Kin: nouns whose most frequent WordNet 3.0 sense lies under relative.n.01 (son,",
            "# wife, father ...); 'his son' is another person than 'his'. One-word nouns.",
            "# Generated by python -m stancemap.events.arg_words_import",
            f"# {source}",
            f"# Version {VERSION}.",
        ],
        kin_nouns(root),
    )
    write_word_list(
        data_path("lexicon/occasion_nouns.txt"),
        [
            "# Occasions: nouns whose most frequent WordNet 3.0 sense lies under meeting.n.01,",
            "# rally.n.01, social_event.n.01, conference.n.03, debate.n.01 or hearing.n.01;",
            "# 'voted at the convention' names when and where, no party. One-word nouns.",
            "# Generated by python -m stancemap.events.arg_words_import",
            f"# {source}",
            f"# Version {VERSION}.",
        ],
        occasion_nouns(root),
    )
    write_word_list(
        data_path("lexicon/kin_sense_nouns.txt"),
        [
            "# Nouns with a WordNet 3.0 sense under relative.n.01 that is not their most",
            "# frequent (boy, child, heir, successor ...): 'his boy' is another person than",
            "# 'his'. One-word nouns. Generated by python -m stancemap.events.arg_words_import",
            f"# {source}",
            f"# Version {VERSION}.",
        ],
        kin_sense_nouns(root),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
