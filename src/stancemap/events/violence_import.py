"""Import the nouns of violence and of the armed from Princeton WordNet 3.0 (the Debian
package ``wordnet-base``, ``/usr/share/wordnet``) into ``data/events/violence_nouns.txt``.

A noun is one of violence when its most frequent sense lies under attack.n.01 (an
offensive: raid, air raid, ambush), military_action.n.01, violence.n.01 (an act of
aggression: assault, beating), bombing.n.01, shooting.n.01, terrorism.n.01, war.n.01, or
names what and who fights: weapon.n.01 (gun, bomb, missile), military_vehicle.n.01
(warplane, tank), bomber.n.01, armed_forces.n.01, military_personnel.n.01 (troops),
attacker.n.01, terrorist.n.01, gunman.n.01. One-word alphabetic nouns only. The events
rule ``events.sense.no_political_party`` (``events/apolitical_acts.py``) reads it: a
sentence that holds one tells of an act of force by someone ("24 civilians were killed
in bombing raids"), not of a storm or a crash.

A noun names a political person (``data/events/political_person_nouns.txt``) when its
most frequent sense lies under leader.n.01 (politician, candidate, nominee),
advocate.n.01 (supporter, campaigner), representative.n.01 (delegate) or official.n.01:
the same rule reads such a subject or object as a party of unknown kind, never as an
ordinary person.

A noun names an authority or where it acts (``data/events/authority_nouns.txt``, session
54 NV) when its most frequent sense lies under court.n.01 or .02, courthouse.n.01,
judiciary.n.01, jury.n.01, judge.n.01, prosecutor.n.01, coroner.n.01,
law_enforcement_agency.n.01, lawman.n.01, government.n.01, legal_proceeding.n.01,
inquest.n.01, verdict.n.01, litigant.n.01 (defendant, plaintiff), detention.n.01,
correctional_institution.n.01, bail.n.01 or arrest.n.01: an act told with
one in its clause ("appeared in court", "was taken into custody", "complained to the
police") is an authority's business, never dropped by the same rule.

Session 55 NV: three lists more, read by ``events/violence_kept.py``, so that the same
rule keeps violence told by its weapon or as a clash, and an act on a protest:

- ``data/events/clash_nouns.txt``: nouns whose first sense in the WordNet file of acts
  (``noun.act``) lies under conflict.n.01 (an open clash between opposing groups: fight,
  skirmish, brawl, uprising) and whose most frequent sense is an act, a communication, an
  event, a state or an attribute - "clash", whose first sense is a noise, is one; "shock"
  (a feeling) and "fencing" (an artifact) are not;
- ``data/events/weapon_nouns.txt``: nouns whose most frequent sense lies under weapon.n.01,
  weaponry.n.01 (munition), armament.n.01 or explosive_device.n.01 (missile, bomb, shell,
  grenade, artillery): such a doer is the violence of whoever fired it;
- ``data/events/protest_nouns.txt``: nouns one of whose senses lies under protest.n.02
  (a public manifestation of dissent: demonstration, boycott), strike.n.01 (work stoppage),
  rally.n.01 (mass meeting) or march.n.04 (a procession): the act of a protest, or on one
  ("called off the rally"), is political.

    python -m stancemap.events.violence_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import (
    WORDNET,
    first_sense_nouns,
    lexfiles,
    senses,
    synsets,
    under,
    write_word_list,
)

VERSION = "2026.12.1"
LIST = "events/violence_nouns.txt"
# (lemma, sense index in index.noun order) of the roots
ROOTS = (
    ("attack", 0),
    ("military_action", 0),
    ("violence", 0),
    ("bombing", 0),
    ("shooting", 0),
    ("terrorism", 0),
    ("war", 0),
    ("weapon", 0),
    ("military_vehicle", 0),
    ("bomber", 0),
    ("armed_forces", 0),
    ("military_personnel", 0),
    ("military_personnel", 1),
    ("attacker", 0),
    ("terrorist", 0),
    ("gunman", 0),
)


AUTHORITIES = "events/authority_nouns.txt"
# an authority and where it acts: courts, juries, judges, prosecutors, police, governments,
# their proceedings, custody and jails (session 54 NV)
AUTHORITY_ROOTS = (
    ("court", 0),
    ("court", 1),
    ("courthouse", 0),
    ("judiciary", 0),
    ("jury", 0),
    ("judge", 0),
    ("prosecutor", 0),
    ("coroner", 0),
    ("law_enforcement_agency", 0),
    ("lawman", 0),
    ("government", 0),
    ("legal_proceeding", 0),
    ("inquest", 0),
    ("verdict", 0),
    ("litigant", 0),
    ("detention", 0),
    ("correctional_institution", 0),
    ("bail", 0),
    ("arrest", 0),
)

PERSONS = "events/political_person_nouns.txt"
PERSON_ROOTS = (("leader", 0), ("advocate", 0), ("representative", 0), ("official", 0))


CLASHES = "events/clash_nouns.txt"
# an open clash between opposing groups, and what its first act sense must be (session 55)
CLASH_ROOTS = (("conflict", 0),)
# WordNet lexicographer files (numbers) a clash noun's most frequent sense may lie in:
# noun.act, noun.attribute, noun.communication, noun.event, noun.state
CLASH_FIRST_FILES = ("04", "07", "10", "11", "26")
ACT_FILE = "04"

WEAPONS = "events/weapon_nouns.txt"
WEAPON_ROOTS = (("weapon", 0), ("weaponry", 0), ("armament", 0), ("explosive_device", 0))

PROTESTS = "events/protest_nouns.txt"
# protest.n.02 (the act of protesting), strike.n.01, rally.n.01 (mass meeting), march.n.04
PROTEST_ROOTS = (("protest", 1), ("strike", 0), ("rally", 0), ("march", 3))


def clash_nouns(root: Path) -> list[str]:
    """One-word nouns whose first ``noun.act`` sense lies under ``CLASH_ROOTS`` and whose
    most frequent sense lies in one of ``CLASH_FIRST_FILES`` (session 55)."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    files = lexfiles(root / "data.noun")
    below = under(graph, {index[w][i] for w, i in CLASH_ROOTS}, instances=False)
    out = []
    for word, offsets in index.items():
        acts = [o for o in offsets if files[o] == ACT_FILE]
        if word.isalpha() and acts and acts[0] in below and files[offsets[0]] in CLASH_FIRST_FILES:
            out.append(word)
    return sorted(out)


def weapon_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense lies under ``WEAPON_ROOTS`` (session 55)."""
    return first_sense_nouns(root, WEAPON_ROOTS, (), instances=False)


def protest_nouns(root: Path) -> list[str]:
    """One-word nouns one of whose senses lies under ``PROTEST_ROOTS`` (session 55)."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    below = under(graph, {index[w][i] for w, i in PROTEST_ROOTS}, instances=False)
    return sorted(w for w, offs in index.items() if w.isalpha() and any(o in below for o in offs))


def violence_nouns(root: Path) -> list[str]:
    return first_sense_nouns(root, ROOTS, (), instances=False)


def political_person_nouns(root: Path) -> list[str]:
    return first_sense_nouns(root, PERSON_ROOTS, (), instances=False)


def authority_nouns(root: Path) -> list[str]:
    return first_sense_nouns(root, AUTHORITY_ROOTS, (), instances=False)


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    tail = [
        "# Generated by python -m stancemap.events.violence_import from Princeton WordNet 3.0",
        "# (WordNet licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
    ]
    header = [
        "# Nouns of violence and of the armed: the most frequent WordNet 3.0 sense lies under",
        "# attack.n.01, military_action.n.01, violence.n.01, bombing.n.01, shooting.n.01,",
        "# terrorism.n.01, war.n.01, weapon.n.01, military_vehicle.n.01, bomber.n.01,",
        "# armed_forces.n.01, military_personnel.n.01/.02, attacker.n.01, terrorist.n.01 or",
        "# gunman.n.01. Read by events.sense.no_political_party (events/apolitical_acts.py).",
        *tail,
    ]
    write_word_list(data_path(LIST), header, violence_nouns(root))
    header = [
        "# Nouns of political persons: the most frequent WordNet 3.0 sense lies under leader.n.01,",
        "# advocate.n.01, representative.n.01 or official.n.01 (candidate, nominee, supporter,",
        "# delegate). Read by events.sense.no_political_party (events/apolitical_acts.py).",
        *tail,
    ]
    write_word_list(data_path(PERSONS), header, political_person_nouns(root))
    header = [
        "# Nouns of an authority and of where it acts: the most frequent WordNet 3.0 sense lies",
        "# under court.n.01/.02, courthouse.n.01, judiciary.n.01, jury.n.01, judge.n.01,",
        "# prosecutor.n.01, coroner.n.01, law_enforcement_agency.n.01, lawman.n.01,",
        "# government.n.01, legal_proceeding.n.01, inquest.n.01, verdict.n.01, litigant.n.01,",
        "# detention.n.01, correctional_institution.n.01, bail.n.01 or arrest.n.01 (court, jury,",
        "# magistrate, police, custody, jail, hearing, defendant).",
        "# Read by events.sense.no_political_party (events/apolitical_acts.py, session 54 NV).",
        *tail,
    ]
    write_word_list(data_path(AUTHORITIES), header, authority_nouns(root))
    header = [
        "# Nouns of a clash: the first WordNet 3.0 sense in noun.act lies under conflict.n.01",
        "# (fight, skirmish, brawl, uprising) and the most frequent sense is an act, attribute,",
        "# communication, event or state. Read by events.sense.no_political_party",
        "# (events/violence_kept.py, session 55 NV).",
        *tail,
    ]
    write_word_list(data_path(CLASHES), header, clash_nouns(root))
    header = [
        "# Nouns of weapons: the most frequent WordNet 3.0 sense lies under weapon.n.01,",
        "# weaponry.n.01, armament.n.01 or explosive_device.n.01 (missile, bomb, shell).",
        "# Read by events.sense.no_political_party (events/violence_kept.py, session 55 NV).",
        *tail,
    ]
    write_word_list(data_path(WEAPONS), header, weapon_nouns(root))
    header = [
        "# Nouns of a protest: a WordNet 3.0 sense lies under protest.n.02, strike.n.01,",
        "# rally.n.01 (mass meeting) or march.n.04 (procession). Read by",
        "# events.sense.no_political_party (events/violence_kept.py, session 55 NV).",
        *tail,
    ]
    write_word_list(data_path(PROTESTS), header, protest_nouns(root))


if __name__ == "__main__":
    main(sys.argv[1:])
