"""Build ``data/stances/lead_nouns.txt``: nouns of a contestant's lead or win over another.

"Her lead over Y", "X's victory over Y", "X won a landslide over Y": a noun of advantage in
a contest or of a contest won, with "over" a named person, sets its holder against that
person (rule ``stances.relations.lead_over``, session 42 BR). Which nouns name it is read
from Princeton WordNet 3.0: every one-word noun whose most frequent sense is, or lies under
(hyponyms, no instances), advantage.n.01 ("the quality of having a superior or more
favorable position": lead, edge, upper hand) or victory.n.01 ("a successful ending of a
struggle or contest": win, landslide, triumph). No word is added or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.lead_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, first_sense_nouns, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "lead_nouns.txt"
ROOTS = (("advantage", 1), ("victory", 1))  # (lemma, sense number)


def lead_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is (under) one of ``ROOTS``, sorted."""
    kinds = tuple((word, number - 1) for word, number in ROOTS)
    return first_sense_nouns(wordnet, kinds, (), instances=False)


HEADER = [
    "# Nouns whose most frequent WordNet 3.0 sense is, or lies under, advantage.n.01 or",
    "# victory.n.01 (no instances): a lead or win 'over Y' (stances.relations.lead_over).",
    "# Built by stancemap.stances.lead_import; do not edit.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    write_word_list(OUT, HEADER, lead_nouns(wordnet))


if __name__ == "__main__":
    main()
