"""Build ``data/stances/criticism_nouns.txt``: nouns that can name criticism aimed at someone.

"Concentrating her fire on Y", "X's broadside at Y", "a potshot at Y": a noun one of whose
senses is criticism, with "on"/"at"/"against" a named person, sets its holder against that
person (rule ``stances.relations.criticism_aimed``, session 43 RS). Which nouns can name it
is read from Princeton WordNet 3.0: every one-word noun one of whose senses is, or lies
under (hyponyms, no instances), criticism.n.01 ("disapproval expressed by pointing out
faults or shortcomings": rebuke, reproach, criticism), or whose most frequent sense is an
act, an event or a phenomenon (noun.act, noun.event, noun.phenomenon: a thing done or
happening, which can be aimed - attack, blast, fire, potshot, thrust); not a noun whose
first sense is a message, a thing, a person or a state ("speech", "lecture", "wig",
"flak" the press agent, "stricture"): "her speech on Y" is no criticism. No word is added
or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.criticism_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, lexfiles, senses, synsets, under, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "criticism_nouns.txt"
ROOT = ("criticism", 1)  # (lemma, sense number)
AIMED = frozenset({"04", "11", "19"})  # noun.act, noun.event, noun.phenomenon


def criticism_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns with a sense (under) criticism.n.01 whose first sense is that, or an
    act, event or phenomenon, sorted."""
    graph = synsets(wordnet / "data.noun")
    index = senses(wordnet / "index.noun")
    files = lexfiles(wordnet / "data.noun")
    word, number = ROOT
    below = under(graph, {index[word][number - 1]}, instances=False)
    return sorted(
        w
        for w, offsets in index.items()
        if w.isalpha()
        and any(o in below for o in offsets)
        and (offsets[0] in below or files[offsets[0]] in AIMED)
    )


HEADER = [
    "# Nouns with a WordNet 3.0 sense that is, or lies under, criticism.n.01 (no instances),",
    "# whose most frequent sense is that or an act, event or phenomenon (noun.act/event/",
    "# phenomenon):",
    "# criticism aimed 'on/at/against' someone (stances.relations.criticism_aimed).",
    "# Built by stancemap.stances.criticism_import; do not edit.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    write_word_list(OUT, HEADER, criticism_nouns(wordnet))


if __name__ == "__main__":
    main()
