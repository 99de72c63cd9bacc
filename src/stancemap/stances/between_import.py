"""Build ``data/stances/conflict_nouns.txt``: nouns that name a conflict between parties.

"A showdown between X and Y", "the controversy between X and Y", "a dispute between X
and Y": a noun of conflict with "between X and Y" sets X and Y against each other
(rule ``stances.relations.between_wordnet``). Which nouns name a conflict is read from
Princeton WordNet 3.0: every one-word noun whose most frequent sense has among its
hypernyms (or is) conflict.n.01 ("an open clash between two opposing groups"),
disagreement.n.01 ("a conflict of people's opinions or actions") or disagreement.n.03
("the speech act of disagreeing or arguing"). No word is added or removed by hand; the
hand-written ``between`` rows of ``data/stances/relations.tsv`` stay as they are.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.between_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, senses, synsets, under, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "conflict_nouns.txt"
ROOTS = (("conflict", 1), ("disagreement", 1), ("disagreement", 3))  # (lemma, sense number)


def conflict_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is (under) a conflict or disagreement, sorted."""
    graph = synsets(wordnet / "data.noun")
    meanings = senses(wordnet / "index.noun")
    conflicts = under(graph, {meanings[word][number - 1] for word, number in ROOTS})
    found = []
    for word, offsets in meanings.items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        if offsets[0] in conflicts:  # the first sense is a root or lies below one
            found.append(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    words = conflict_nouns(wordnet)
    header = [
        "# Nouns naming a conflict between parties: their first WordNet 3.0 sense is, or lies",
        "# under, conflict.n.01, disagreement.n.01 or disagreement.n.03.",
        "# Built by stancemap.stances.between_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, words)


if __name__ == "__main__":
    main()
