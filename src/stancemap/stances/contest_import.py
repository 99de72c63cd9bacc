"""Build ``data/stances/contest_nouns.txt``: nouns that name a contest between parties.

"His campaign against Y", "X's race against Y": a noun of contest with "against" a named
person sets its holder against that person (rule ``stances.relations.contest_against``,
session 40 RM; written in session 39 CV for ``contest_between``, removed in session 40 as
worth nothing measured). Which nouns name a contest is
read from Princeton WordNet 3.0: every one-word noun whose most frequent sense is, or lies
under (hyponyms, no instances), contest.n.01 ("an occasion on which a winner is selected
from among two or more contestants": race, campaign, tournament), rivalry.n.01 ("the act of
competing as for profit or a prize") or battle.n.01 ("a hostile meeting of opposing
military forces": battle, fight, combat). The nouns whose first sense is a conflict or a
disagreement are ``conflict_nouns.txt`` (``between_import``), read by
``stances.relations.between_wordnet``. No word is added or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.contest_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, first_sense_nouns, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "contest_nouns.txt"
ROOTS = (("contest", 1), ("rivalry", 1), ("battle", 1))  # (lemma, sense number)


def contest_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is (under) one of ``ROOTS``, sorted."""
    kinds = tuple((word, number - 1) for word, number in ROOTS)
    return first_sense_nouns(wordnet, kinds, (), instances=False)


HEADER = [
    "# Nouns whose most frequent WordNet 3.0 sense is, or lies under, contest.n.01,",
    "# rivalry.n.01 or battle.n.01 (no instances): a contest 'against Y'",
    "# (stances.relations.contest_against). Built by stancemap.stances.contest_import;",
    "# do not edit. WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    write_word_list(OUT, HEADER, contest_nouns(wordnet))


if __name__ == "__main__":
    main()
