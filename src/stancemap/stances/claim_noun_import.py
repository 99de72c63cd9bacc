"""Build ``data/stances/claim_nouns_wordnet.txt``: nouns that name another's words - a
charge, a claim, a complaint, a demand, a warning, an account - as WordNet 3.0 files them.

The response readings of ``stances.relations`` ("X rejected the accusations", "brushed
aside the complaint", "waved away warnings from Y", "pushed back against that account")
answer a claimant only when the rejected noun is one of the ``claim`` rows of
``data/stances/relations.tsv``, a list of 17 words written by hand. Session 54 (SP) found
the relation sets' tune failures where the noun was outside it ("complaint", "warnings",
"account") and reads the nouns from WordNet instead (rule
``stances.relations.wordnet_claim_nouns``, shipped off): a one-word noun one of whose
first three senses lies under a speech act charged against or asked of another -
accusation (both senses: accusal; charge), assertion, remark, expostulation and objection
(complaint, protest), criticism, request (both senses: appeal, demand, plea), proposal,
warning, and the news report (account, story). Nothing is added or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.claim_noun_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, senses, synsets, under, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "claim_nouns_wordnet.txt"
# (lemma, sense index in index.noun order) of the speech acts another may answer
ROOTS = (
    ("accusation", 0),
    ("accusation", 1),
    ("assertion", 0),
    ("remark", 0),
    ("objection", 0),
    ("objection", 1),
    ("criticism", 0),
    ("request", 0),
    ("request", 1),
    ("proposal", 0),
    ("warning", 0),
    ("report", 2),
)
# how many of a noun's most frequent senses may carry it ("complaint": its third)
SENSES = 3
HEADER = [
    "# Nouns naming another's words, the object a rejection answers ('brushed aside the",
    "# complaint'): one-word WordNet 3.0 nouns one of whose first three senses lies under",
    "# accusation (n.01, n.02), assertion, remark, expostulation, objection, criticism,",
    "# request (n.01, n.02), proposal, warning or the news report (report.n.03).",
    "# Read by stances.relations.wordnet_claim_nouns (session 54 SP).",
    "# Built by stancemap.stances.claim_noun_import; do not edit.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
]


def claim_nouns(wordnet: Path = WORDNET) -> list[str]:
    """The nouns, sorted."""
    graph = synsets(wordnet / "data.noun")
    index = senses(wordnet / "index.noun")
    below = under(graph, {index[w][i] for w, i in ROOTS}, instances=False)
    return sorted(
        w for w, offsets in index.items() if w.isalpha() and set(offsets[:SENSES]) & below
    )


def write(out: Path = OUT, wordnet: Path = WORDNET) -> None:
    write_word_list(out, HEADER, claim_nouns(wordnet))


def main() -> None:
    write(wordnet=Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)


if __name__ == "__main__":
    main()
