"""Import two tables from Princeton WordNet 3.0 (the Debian package ``wordnet-base``,
``/usr/share/wordnet``) into the project's own data files:

- ``data/events/particle_verbs.tsv``: every two-word WordNet verb whose second word is a
  particle ("turn down", "back off", "walk away"), with the one-word verbs of its most
  frequent sense ("turn down": refuse, reject, decline). The events stage reads a verb
  with that particle as the particle verb (through its synonyms), never as the bare verb.
- ``data/events/bad_person_nouns.txt``: the nouns under "bad person" (swindler, crook,
  traitor, con artist ...), which sign the noun in "X called Y a con artist".
- ``data/events/sense_nouns.tsv``: nouns whose most frequent sense is a weapon, an armed
  body, a building or vehicle, or (WordNet's lexicographer files noun.cognition and
  noun.communication) an idea, a plan or words: the sense rules read the arguments of a
  force verb through them beside the hand-written ``sense.tsv``
  (``events.sense.wordnet_nouns``).

    python -m stancemap.events.wordnet_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, first_senses, lexfiles, synsets, under

# the adverb particles of English phrasal verbs (prepositions alone are not read)
PARTICLES = ("up", "down", "out", "off", "away", "back", "over", "in", "on", "aside", "around")
BAD_PERSON = "09831962"  # bad_person.n.01
# roots of the sense kinds (WordNet 3.0 noun offsets): a noun whose most frequent sense
# lies under one of them is of that kind
SENSE_ROOTS = {
    "weapon": ("04565375", "04566257", "03305522"),  # weapon, weaponry, explosive device
    # military unit, military personnel, soldier, military vehicle (warship, warplane, tank)
    "armed": ("08198398", "08397255", "10622053", "03764276"),
    "physical": ("02913152", "04524313"),  # building, vehicle
}
# lexicographer files whose nouns are ideas and words: noun.cognition, noun.communication
VERBAL_LEXFILES = ("09", "10")
VERSION = "2026.11.1"


def particle_verbs(root: Path) -> list[tuple[str, list[str]]]:
    graph = synsets(root / "data.verb")
    rows = []
    for lemma, offset in sorted(first_senses(root / "index.verb").items()):
        parts = lemma.split("_")
        if len(parts) != 2 or parts[1] not in PARTICLES:
            continue
        words = [w.split("(")[0] for w in graph[offset][0]]
        synonyms = [w for w in dict.fromkeys(words) if "_" not in w]
        rows.append((" ".join(parts), synonyms))
    return rows


def bad_person_nouns(root: Path) -> list[str]:
    graph = synsets(root / "data.noun")
    below = under(graph, (BAD_PERSON,))
    words = {w.split("(")[0].replace("_", " ") for offset in below for w in graph[offset][0]}
    return sorted(words)


def sense_nouns(root: Path) -> list[tuple[str, str]]:
    """(noun, kind) for one-word nouns whose most frequent sense is of a sense kind."""
    graph = synsets(root / "data.noun")
    lexfile = lexfiles(root / "data.noun")
    kinds = {kind: under(graph, roots) for kind, roots in SENSE_ROOTS.items()}
    rows = []
    for lemma, offset in sorted(first_senses(root / "index.noun").items()):
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        kind = next((k for k, offsets in kinds.items() if offset in offsets), None)
        if kind is None and lexfile.get(offset) in VERBAL_LEXFILES:
            kind = "verbal"
        if kind is not None:
            rows.append((lemma, kind))
    return rows


HEADER = (
    "# {what}\n# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.wordnet_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
)


def write(root: Path = WORDNET) -> None:
    verbs = particle_verbs(root)
    what = (
        "Particle verbs and the one-word verbs of their most frequent sense: a verb with\n"
        "# the particle is read as the particle verb (events.trigger.particle_verbs)."
    )
    lines = [HEADER.format(what=what, version=VERSION), "phrase\tsynonyms\n"]
    lines += [f"{phrase}\t{' '.join(synonyms) or '-'}\n" for phrase, synonyms in verbs]
    data_path("events/particle_verbs.tsv").write_text("".join(lines), "utf-8")
    what = "Nouns under WordNet's 'bad person' (swindler, traitor, crook): evaluative names."
    nouns = [HEADER.format(what=what, version=VERSION)]
    nouns += [f"{noun}\n" for noun in bad_person_nouns(root)]
    data_path("events/bad_person_nouns.txt").write_text("".join(nouns), "utf-8")
    what = (
        "Nouns whose most frequent sense is a weapon, an armed body, a building or vehicle\n"
        "# (physical), or an idea or words (verbal): events.sense.wordnet_nouns."
    )
    table = [HEADER.format(what=what, version=VERSION), "word\tkind\n"]
    table += [f"{noun}\t{kind}\n" for noun, kind in sense_nouns(root)]
    data_path("events/sense_nouns.tsv").write_text("".join(table), "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
