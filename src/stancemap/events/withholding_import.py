"""Import the verbs of withholding an act from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) into ``data/events/withholding_verbs.tsv``, which
``events/contest.py`` reads: "refrained from backing X", "held off on endorsing X",
"abstained from criticizing X", "balked at endorsing X", "declined to criticize X". The act
in the complement is not done.

- the seeds (WordNet 3.0 offsets): 02725714 refrain.v.01 ("resist doing something":
  refrain, forbear), 01196055 (abstain, refrain, desist), 02641463 wait.v.02 ("wait before
  acting": wait, hold off, hold back) and 00797448 refuse.v.01 ("show unwillingness
  towards": refuse, decline). Every word of a seed
  counts, whatever its rank among the word's senses.
- their troponyms, at any depth (forbear.v.02, abstain.v.02, balk "refuse to comply"):
  a word counts only where that sense is its most frequent one ("regret", "decline
  formally", is first a feeling; "resist" first a fight), and never a sense WordNet's gloss
  marks "always used with a negative" ("could not help watching": it was done).
- a word counts only with a WordNet verb frame that takes an act as complement: 28
  "Somebody ----s to INFINITIVE" (``to``), 33 "Somebody ----s VERB-ing" (``ing``, and the
  gerund under ``on`` / ``from``), 22 "Somebody ----s PP" (the gerund under ``from`` /
  ``on`` / ``at``); "sit out", "spare", "stand by" (no complement) are left out.
- ``kind``: ``refusal`` for a word the trigger lexicon (``triggers.tsv``) already codes as
  a refusal of its complement ("refuse", "decline": the complement is folded into it),
  ``withholding`` for the rest (the verb is no event; its complement is not done).
- ``HAND``: phrases WordNet 3.0 lacks ("stop short of endorsing"), marked ``hand``.

    python -m stancemap.events.withholding_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ..datafiles import data_path, read_table
from ..wordnet_files import WORDNET, _records, senses

VERSION = "2026.12.1"
FILE = "events/withholding_verbs.tsv"
# refrain.v.01, abstain/refrain/desist, wait.v.02, refuse.v.01
SEEDS = ("02725714", "01196055", "02641463", "00797448")
# WordNet verb frames -> the complements of an act they allow
FRAME_COMPLEMENTS = {
    28: ("to",),  # Somebody ----s to INFINITIVE
    33: ("ing", "on", "from"),  # Somebody ----s VERB-ing
    22: ("from", "on", "at"),  # Somebody ----s PP
}
NEGATIVE_ONLY = "always used with a negative"
# phrases WordNet 3.0 lacks: (phrase, complements, why)
HAND = (("stop short", ("of",), "'stopped short of endorsing X'"),)
COMPLEMENT_ORDER = ("to", "ing", "from", "on", "at", "of")

HEADER = (
    '# Verbs of withholding an act: the act in their complement is not done ("refrained\n'
    '# from backing X", "held off on endorsing X", "declined to criticize X").\n'
    "# Columns: verb (a particle verb with a space), kind (withholding: the verb is no event;\n"
    "# refusal: a refusal trigger of triggers.tsv that folds its complement), complements\n"
    "# (to: a 'to' infinitive; ing: a gerund object; from/on/at/of: a gerund under that\n"
    "# preposition), sense (the WordNet 3.0 sense it comes from, or hand).\n"
    "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.withholding_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
    "verb\tkind\tcomplements\tsense\n"
)


def _verb_records(root: Path) -> dict[str, tuple[list[str], list[str], dict[str, set[int]], str]]:
    """offset -> (words, troponym offsets, word -> its verb frames, gloss) of ``data.verb``."""
    out = {}
    for line in _records(root / "data.verb"):
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * n].lower().split("(")[0] for n in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        links = [fields[at + 1 + 4 * n : at + 5 + 4 * n] for n in range(pointers)]
        troponyms = [offset for symbol, offset, _pos, _n in links if symbol == "~"]
        at += 1 + 4 * pointers
        frames: dict[str, set[int]] = {}
        if at < len(fields):
            listed = fields[at + 1 : at + 1 + 3 * int(fields[at])]
            for n in range(0, len(listed), 3):
                number, word_number = int(listed[n + 1]), int(listed[n + 2], 16)
                for word in words if word_number == 0 else [words[word_number - 1]]:
                    frames.setdefault(word, set()).add(number)
        out[fields[0]] = (words, troponyms, frames, gloss)
    return out


def _refusal_triggers() -> set[str]:
    """The verbs ``triggers.tsv`` codes as a refusal of their complement."""
    return {
        row["lemma"].lower()
        for row in read_table("events/triggers.tsv", required=("lemma", "pos", "role"))
        if row["pos"] == "V" and row["role"] == "refuse"
    }


def troponym_words(
    graph: dict, index: dict[str, list[str]], seeds: tuple[str, ...], frame_complements: dict
) -> Iterator[tuple[str, str, set[str]]]:
    """(offset, word, complements) for every word of the ``seeds`` (whatever its rank among
    the word's senses) and of their troponyms at any depth where that sense is the word's
    most frequent, with the act complements its verb frames allow (a word with none is
    left out). Breadth first, each synset once: the order the importers' rows keep.
    Shared by this importer and ``failure_import``."""
    seen: set[str] = set()
    todo = [(offset, True) for offset in seeds]
    while todo:
        offset, seed = todo.pop(0)
        if offset in seen:
            continue
        seen.add(offset)
        words, troponyms, frames, _gloss = graph[offset]
        todo += [(t, False) for t in troponyms]
        for word in words:
            ranks = index.get(word, [])
            if offset not in ranks or (not seed and ranks[0] != offset):
                continue
            complements = {c for f in frames.get(word, ()) for c in frame_complements.get(f, ())}
            if complements:
                yield offset, word, complements


def withholding_verbs(root: Path) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(verb, kind, complements, sense) for the seeds' words and their troponyms'."""
    graph = _verb_records(root)
    index = senses(root / "index.verb")
    refusals = _refusal_triggers()
    found: dict[str, tuple[set[str], str]] = {}
    for offset, word, complements in troponym_words(graph, index, SEEDS, FRAME_COMPLEMENTS):
        if NEGATIVE_ONLY in graph[offset][3] or not word.replace("_", "").isalpha():
            continue
        name = f"{graph[offset][0][0]}.v.{index[graph[offset][0][0]].index(offset) + 1:02d}"
        have, first = found.get(word, (set(), name))
        found[word] = (have | complements, first)
    rows: list[tuple[str, str, tuple[str, ...], str]] = []
    for word, (forms, name) in found.items():
        verb = word.replace("_", " ")
        kind = "refusal" if verb in refusals else "withholding"
        rows.append((verb, kind, tuple(c for c in COMPLEMENT_ORDER if c in forms), name))
    for phrase, hand_forms, _why in HAND:
        rows.append((phrase, "withholding", hand_forms, "hand"))
    return sorted(rows)


def write(root: Path = WORDNET) -> None:
    rows = [
        f"{verb}\t{kind}\t{','.join(complements)}\t{sense}\n"
        for verb, kind, complements, sense in withholding_verbs(root)
    ]
    data_path(FILE).write_text(HEADER.format(version=VERSION) + "".join(rows), "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
