"""Import the nouns of made things that ``events/made_things.py`` reads, from Princeton
WordNet 3.0 (the Debian package ``wordnet-base``, ``/usr/share/wordnet``) - session 67,
engineer AP (issue 12).

- ``data/events/made_thing_nouns.txt``: one-word nouns whose most frequent sense lies under
  creation.n.02 ("an artifact that has been brought into existence by someone": a work, a
  film, a book, a product, an edition), commodity.n.01 (goods, wares), software.n.01,
  technology.n.01, or a work of entertainment WordNet files under communication
  (dramatic_composition.n.01, musical_composition.n.01, literary_composition.n.01,
  broadcast.n.02, sound_recording.n.01), and none of whose senses lies under weapon.n.01,
  explosive_device.n.01, structure.n.01, building.n.01 or vehicle.n.01 (a weapon or a physical target is force's own). A film
  shot, a product offered, an edition supplied is commerce or entertainment, not an act
  between parties.
- ``data/events/device_nouns.txt`` (session 68, engineer PA): one-word nouns whose most
  frequent sense lies under device.n.01 or equipment.n.01 (a phone, a computer, a
  receiver, a console), none of whose senses under the same excluded kinds (no weapon, no
  bomb, no vehicle, no building): read as made things only under
  ``events.sense.device_made_thing`` (shipped off).

    python -m stancemap.events.made_things_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, first_sense_nouns, sense_numbers, write_word_list

VERSION = "2026.12.1"
MADE = "events/made_thing_nouns.txt"
# (lemma, WordNet 3.0 offset) of each root: its sense index is read from index.noun
KINDS = (
    ("creation", "03129123"),  # creation.n.02: an artifact brought into existence
    ("commodity", "03076708"),  # commodity.n.01: goods, wares, merchandise
    ("software", "06566077"),  # software.n.01
    ("technology", "00949619"),  # technology.n.01
    # works of entertainment filed under noun.communication
    ("dramatic_composition", "07007684"),  # a play, a drama
    ("musical_composition", "07037465"),  # a song, an opus
    ("literary_composition", "06364329"),  # a novel, a poem
    ("broadcast", "06619428"),  # broadcast.n.02: a programme, a series
    ("sound_recording", "04262678"),  # a record
)
NOT_KINDS = (
    ("weapon", "04565375"),  # weapon.n.01
    ("structure", "04341686"),  # structure.n.01 (buildings, bridges)
    ("building", "02913152"),  # building.n.01
    ("vehicle", "04524313"),  # vehicle.n.01
    ("explosive_device", "03305522"),  # explosive_device.n.01 (a bomb)
)


def made_nouns(root: Path = WORDNET) -> list[str]:
    return first_sense_nouns(root, sense_numbers(root, KINDS), sense_numbers(root, NOT_KINDS))


DEVICES = "events/device_nouns.txt"
# session 68 PA: devices and equipment a firm sells ("who supplies the devices")
DEVICE_KINDS = (
    ("device", "03183080"),  # device.n.01: an instrumentality invented for a purpose
    ("equipment", "03294048"),  # equipment.n.01: phones, computers, receivers
)


def device_nouns(root: Path = WORDNET) -> list[str]:
    return first_sense_nouns(
        root, sense_numbers(root, DEVICE_KINDS), sense_numbers(root, NOT_KINDS)
    )


def write_devices(root: Path = WORDNET) -> None:
    header = [
        f"# device_nouns {VERSION}: one-word nouns whose most frequent WordNet sense lies",
        "# under device.n.01 or equipment.n.01, and none of whose senses under weapon.n.01,",
        "# explosive_device.n.01, structure.n.01, building.n.01 or vehicle.n.01.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.made_things_import`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    ]
    write_word_list(data_path(DEVICES), header, device_nouns(root))


def write(root: Path = WORDNET) -> None:
    header = [
        f"# made_thing_nouns {VERSION}: one-word nouns whose most frequent WordNet sense lies",
        "# under creation.n.02, commodity.n.01, software.n.01, technology.n.01,",
        "# dramatic_composition.n.01, musical_composition.n.01, literary_composition.n.01,",
        "# broadcast.n.02 or sound_recording.n.01, and none of whose senses under weapon.n.01,",
        "# explosive_device.n.01, structure.n.01, building.n.01 or vehicle.n.01.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.made_things_import`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    ]
    write_word_list(data_path(MADE), header, made_nouns(root))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
    write_devices(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
