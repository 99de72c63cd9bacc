"""Build ``data/stances/quality_nouns.txt``: nouns that name a quality or a mind's work.

"Bolton called Obama's ignorance of advice disrespectful", "X called Y's judgment
reckless": a verb of naming that judges a party's quality, understanding or plan judges
the party (``stances.claims.judged_owner_naming``), as one that judges its act or message
does (``data/stances/act_nouns.txt``, ``act_import``). Which nouns name a quality or a
mind's work is read from Princeton WordNet 3.0: every one-word noun whose most frequent
sense lies in the lexicographer files ``noun.attribute`` (07: honesty, carelessness,
arrogance) or ``noun.cognition`` (09: ignorance, judgment, policy, idea). No word is added
or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.quality_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, first_senses, lexfiles, write_word_list

LEX_FILES = {"07": "noun.attribute", "09": "noun.cognition"}
OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "quality_nouns.txt"


def quality_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is an attribute or a cognition, sorted."""
    lex = lexfiles(wordnet / "data.noun")
    found = []
    for word, first_sense in first_senses(wordnet / "index.noun").items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        if lex.get(first_sense) in LEX_FILES:
            found.append(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    header = [
        "# Nouns naming a quality or a mind's work: their first WordNet 3.0 sense is in",
        "# noun.attribute or noun.cognition. Built by stancemap.stances.quality_import; do not",
        "# edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, quality_nouns(wordnet))


if __name__ == "__main__":
    main()
