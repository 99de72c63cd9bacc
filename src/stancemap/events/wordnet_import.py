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
from ..wordnet_files import WORDNET, first_senses, lexfiles, senses, synsets, under

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
# increase.v.01 ("become bigger or greater in amount") and decrease.v.01 ("decrease in
# size, extent, or range"): verbs of a change in amount ("support fell", "support grew")
AMOUNT_ROOTS = ("00156601", "00151689")
# military action, violence (an act of aggression), military operation, attack: a noun whose
# most frequent sense lies below one of these and that is also a verb ("raid", "ambush")
FORCE_NOUN_ROOTS = ("00952963", "00965404", "00955060", "00773814")
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


def amount_verbs(root: Path) -> list[str]:
    """One-word verbs with any sense under increase.v.01 or decrease.v.01 ("fell", "rose",
    "dipped", "grew"): with a support noun as an intransitive subject, a measure."""
    graph = synsets(root / "data.verb")
    below = under(graph, AMOUNT_ROOTS)
    return sorted(
        lemma
        for lemma, offsets in senses(root / "index.verb").items()
        if lemma.isalpha() and set(offsets) & below
    )


def force_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is a military action, an act of violence,
    a military operation or an attack, and that are verbs as well ("raid", "ambush",
    "foray"): the noun names the act of the verb (``events.trigger.force_nouns``)."""
    graph = synsets(root / "data.noun")
    below = under(graph, FORCE_NOUN_ROOTS)
    verbs = senses(root / "index.verb")
    return sorted(
        lemma
        for lemma, offset in first_senses(root / "index.noun").items()
        if lemma.isalpha() and offset in below and lemma in verbs
    )


HEADER = (
    "# {what}\n# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.wordnet_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
)


def _write(name: str, what: str, rows: list[str]) -> None:
    """One data file: the import header, then ``rows`` (each ending in a newline)."""
    data_path(name).write_text("".join([HEADER.format(what=what, version=VERSION), *rows]), "utf-8")


def write(root: Path = WORDNET) -> None:
    what = (
        "Particle verbs and the one-word verbs of their most frequent sense: a verb with\n"
        "# the particle is read as the particle verb (events.trigger.particle_verbs)."
    )
    rows = [f"{phrase}\t{' '.join(synonyms) or '-'}\n" for phrase, synonyms in particle_verbs(root)]
    _write("events/particle_verbs.tsv", what, ["phrase\tsynonyms\n", *rows])
    what = "Nouns under WordNet's 'bad person' (swindler, traitor, crook): evaluative names."
    _write("events/bad_person_nouns.txt", what, [f"{noun}\n" for noun in bad_person_nouns(root)])
    what = (
        "Nouns whose most frequent sense is a weapon, an armed body, a building or vehicle\n"
        "# (physical), or an idea or words (verbal): events.sense.wordnet_nouns."
    )
    rows = [f"{noun}\t{kind}\n" for noun, kind in sense_nouns(root)]
    _write("events/sense_nouns.tsv", what, ["word\tkind\n", *rows])
    what = (
        "Verbs with a sense under increase.v.01 / decrease.v.01 (a change in amount): a\n"
        "# support noun as their intransitive subject is measured (events.sense.poll_share_change)."
    )
    _write("events/amount_verbs.txt", what, [f"{verb}\n" for verb in amount_verbs(root)])
    what = (
        "Nouns whose most frequent sense is a military action, violence, a military\n"
        "# operation or an attack, and that are verbs too: events.trigger.force_nouns."
    )
    _write("events/force_nouns.txt", what, [f"{noun}\n" for noun in force_nouns(root)])


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
