"""Build ``data/stances/matter_nouns.txt``: nouns that can name a matter two speakers judge.

Rule ``stances.claims.definite_bridge`` reads a bare definite subject met for the first
time in a story ("the result had been stolen", "the measures were dead on arrival", "the
levies are wiping out orders") as the thing another speaker judged just before under
another word ("the vote", "the asylum package", "the import duties"): a definite
description with no antecedent of its own head refers back to what the story is about
(bridging). Only nouns that can name such a thing take part, read from Princeton WordNet
3.0: one-word nouns with one of their two most frequent senses in an abstract or made
thing's lexicographer file (``MATTER_FILES``: act, artifact, cognition, communication,
event, phenomenon, possession, process, state), and whose most frequent sense is no
person, group, place or time (``NOT_MATTER``): "the country", "the economy", "the
people", "the week" name a thing of their own, not the one just judged. No word is added
or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.opposing_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, lexfiles, senses, write_word_list

# noun.act, noun.artifact, noun.cognition, noun.communication, noun.event,
# noun.phenomenon, noun.possession, noun.process, noun.state
MATTER_FILES = frozenset({"04", "06", "09", "10", "11", "19", "21", "22", "26"})
# noun.group, noun.location, noun.person, noun.time
NOT_MATTER = frozenset({"14", "15", "18", "28"})
OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "matter_nouns.txt"


def matter_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns one of whose two first senses names a matter and whose first
    sense names no person, group, place or time, sorted."""
    lex = lexfiles(wordnet / "data.noun")
    found = []
    for word, offsets in senses(wordnet / "index.noun").items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        files = [lex[o] for o in offsets[:2]]
        if files[0] not in NOT_MATTER and any(f in MATTER_FILES for f in files):
            found.append(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    header = [
        "# Nouns that can name a matter two speakers judge (rule stances.claims.definite_bridge):",
        "# one of their two first WordNet 3.0 senses is an act, artifact, cognition,",
        "# communication, event, phenomenon, possession, process or state, and their first",
        "# sense no person, group, place or time. Built by stancemap.stances.opposing_import;",
        "# do not edit. WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, matter_nouns(wordnet))


if __name__ == "__main__":
    main()
