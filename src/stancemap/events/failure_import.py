"""Import the negative-implicative verbs from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) into ``data/events/failure_verbs.tsv``, which
``events/failed_acts.py`` reads (session 69 MD, issue 12): "failed to condemn X",
"neglected to consult X", "forgot to invite X", "avoided criticizing X". The act in the
complement was not done, and nobody refused it: the verb asserts that it did not happen.

- the seeds (WordNet 3.0 offsets): 02529284 fail.v.01 ("fail to do something; leave
  something undone": fail, neglect), 00614847 forget.v.03 ("forget to do something") and
  02463510 avoid.v.03 ("refrain from doing something"). Every word of a seed counts,
  whatever its rank among the word's senses.
- their troponyms, at any depth, where that sense is the word's most frequent one (as
  ``events.withholding_import`` reads its troponyms).
- a word counts only with a WordNet verb frame that takes an act as complement: 28
  "Somebody ----s to INFINITIVE" (``to``), 33 "Somebody ----s VERB-ing" (``ing``). "lose
  track", "default", "choke", "muff", "miss" (troponyms of fail.v.01 with no such frame)
  are left out.
- a verb the withholding file already lists (``withholding_verbs.tsv``: refrain, decline,
  hold off) is left to it: its cooperative complement is a refusal there.

    python -m stancemap.events.failure_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path, read_table
from ..wordnet_files import WORDNET, senses
from .withholding_import import FILE as WITHHOLDING_FILE
from .withholding_import import _verb_records, troponym_words

VERSION = "2026.12.1"
FILE = "events/failure_verbs.tsv"
# fail.v.01 (fail, neglect), forget.v.03, avoid.v.03 (by index.verb rank)
SEEDS = ("02529284", "00614847", "02463510")
# WordNet verb frames -> the complements of an act they allow
FRAME_COMPLEMENTS = {
    28: ("to",),  # Somebody ----s to INFINITIVE
    33: ("ing",),  # Somebody ----s VERB-ing
}
COMPLEMENT_ORDER = ("to", "ing")

HEADER = (
    '# Negative-implicative verbs: the act in their complement was not done ("failed to\n'
    '# condemn X", "forgot to invite X", "avoided criticizing X").\n'
    "# Columns: verb, complements (to: a 'to' infinitive; ing: a gerund), sense (the\n"
    "# WordNet 3.0 sense it comes from).\n"
    "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.failure_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
    "verb\tcomplements\tsense\n"
)


def _withholding() -> set[str]:
    return {row["verb"].lower() for row in read_table(WITHHOLDING_FILE, required=("verb",))}


def failure_verbs(root: Path) -> list[tuple[str, tuple[str, ...], str]]:
    """(verb, complements, sense) for the seeds' words and their troponyms'."""
    graph = _verb_records(root)
    index = senses(root / "index.verb")
    withholding = _withholding()
    found: dict[str, tuple[set[str], str]] = {}
    for offset, word, complements in troponym_words(graph, index, SEEDS, FRAME_COMPLEMENTS):
        verb = word.replace("_", " ")
        if not word.isalpha() or verb in withholding:
            continue
        name = f"{word}.v.{index[word].index(offset) + 1:02d}"
        have, first = found.get(verb, (set(), name))
        found[verb] = (have | complements, first)
    return sorted(
        (verb, tuple(c for c in COMPLEMENT_ORDER if c in forms), name)
        for verb, (forms, name) in found.items()
    )


def write(root: Path = WORDNET) -> None:
    rows = [
        f"{verb}\t{','.join(complements)}\t{sense}\n"
        for verb, complements, sense in failure_verbs(root)
    ]
    data_path(FILE).write_text(HEADER.format(version=VERSION) + "".join(rows), "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
