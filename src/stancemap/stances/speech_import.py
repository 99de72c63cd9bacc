"""Build two WordNet 3.0 lists for the relation rules (session 19, issue 14).

- ``data/stances/judging_verbs.tsv`` (read by ``stances.relations.response_prep``: "scoffed
  at the claim"): every one-word verb whose most frequent sense is, or lies under, mock.v.01
  ("treat with contempt": taunt, lampoon, ridicule, jeer) with sign -1, or praise.v.01
  ("express approval of": laud, extol, eulogize) with sign +1.
- ``data/stances/rivalry_nouns.txt`` (``stances.relations.headline_rivalry_noun``): see
  ``rivalry_nouns``.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.speech_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, senses, synsets, under, write_word_list

JUDGING_OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "judging_verbs.tsv"
JUDGING_ROOTS = ((("mock", 1), -1), (("praise", 1), 1))


def judging_verbs(wordnet: Path = WORDNET) -> list[tuple[str, int]]:
    """(verb, sign) for the one-word verbs whose first sense is (under) mock.v.01 (-1) or
    praise.v.01 (+1), sorted."""
    graph = synsets(wordnet / "data.verb")
    meanings = senses(wordnet / "index.verb")
    found: dict[str, int] = {}
    for (word, number), sign in JUDGING_ROOTS:
        below = under(graph, {meanings[word][number - 1]})
        for verb, offsets in meanings.items():
            if verb.isalpha() and offsets[0] in below:
                found.setdefault(verb, sign)
    return sorted(found.items())


CONFLICT_OUT = JUDGING_OUT.with_name("rivalry_nouns.txt")
CONFLICT_ROOTS = (("conflict", 1), ("disagreement", 1), ("disagreement", 3))


def rivalry_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns with ANY sense (not only the first) that is, or lies under,
    conflict.n.01, disagreement.n.01 or disagreement.n.03 ("war", "row", "clash", "words"),
    sorted: read only in a headline, where the word order vouches for the sense."""
    graph = synsets(wordnet / "data.noun")
    meanings = senses(wordnet / "index.noun")
    below = under(graph, {meanings[w][n - 1] for w, n in CONFLICT_ROOTS}, instances=False)
    return sorted(
        w for w, offsets in meanings.items() if w.isalpha() and any(o in below for o in offsets)
    )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    verbs = judging_verbs(wordnet)
    JUDGING_OUT.write_text(
        "\n".join(
            [
                "# Verbs of judging a person: the first WordNet 3.0 sense is, or lies under,",
                "# mock.v.01 (sign -1) or praise.v.01 (sign +1).",
                "# Built by stancemap.stances.speech_import; do not edit.",
                "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
                "verb\tsign",
                *(f"{v}\t{s}" for v, s in verbs),
            ]
        )
        + "\n",
        "utf-8",
    )
    print(f"{len(verbs)} verbs -> {JUDGING_OUT}")
    header = [
        "# Nouns with a WordNet 3.0 sense (any, not only the first) that is, or lies under,",
        "# conflict.n.01, disagreement.n.01 or disagreement.n.03: a rivalry named in a headline.",
        "# Built by stancemap.stances.speech_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(CONFLICT_OUT, header, rivalry_nouns(wordnet))


if __name__ == "__main__":
    main()
