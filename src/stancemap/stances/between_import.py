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

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "conflict_nouns.txt"
ROOTS = (("conflict", 1), ("disagreement", 1), ("disagreement", 3))  # (lemma, sense number)


def _hypernyms(data_noun: Path) -> dict[str, list[str]]:
    """synset offset -> the offsets of its hypernyms (instance hypernyms too)."""
    out: dict[str, list[str]] = {}
    for line in data_noun.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        cells = line.split("|", 1)[0].split()
        n_words = int(cells[3], 16)
        at = 4 + 2 * n_words
        n_ptrs = int(cells[at])
        ptrs = [cells[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(n_ptrs)]
        out[cells[0]] = [p[1] for p in ptrs if p[0] in ("@", "@i")]
    return out


def _senses(index_noun: Path) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first."""
    out: dict[str, list[str]] = {}
    for line in index_noun.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        cells = line.split()
        out[cells[0]] = cells[-int(cells[2]) :]
    return out


def conflict_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is (under) a conflict or disagreement, sorted."""
    hypernyms = _hypernyms(wordnet / "data.noun")
    senses = _senses(wordnet / "index.noun")
    roots = {senses[word][number - 1] for word, number in ROOTS}
    found = []
    for word, offsets in senses.items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        seen: set[str] = set()
        stack = [offsets[0]]
        while stack:
            offset = stack.pop()
            if offset not in seen:
                seen.add(offset)
                stack += hypernyms.get(offset, [])
        if seen & roots:
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
    OUT.write_text("\n".join(header + words) + "\n", "utf-8")
    print(f"{len(words)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
