"""Import the WordNet word lists of the non-actor rules (``actors.not_actors``) from
Princeton WordNet 3.0 (the Debian package ``wordnet-base``, ``/usr/share/wordnet``):

* ``data/lexicon/verb_noun_idioms.txt``: two-word verb lemmas whose second word is a noun
  or a noun's plural ("join forces", "take office"): the noun is part of the verb, no
  actor (``actors.agent.verb_idiom_object``);
* ``data/lexicon/name_word_compounds.txt``: two-word nouns written with a capitalised
  first word and a lower-case second ("Trojan horse", "Molotov cocktail") none of whose
  senses is a person or a group: the capitalised word names no one
  (``actors.names.name_word_compound``);
* ``data/lexicon/group_nouns.txt`` and ``data/lexicon/act_nouns.txt``: one-word nouns
  with a sense in noun.group ("police", "bank") and those whose most frequent sense is in
  noun.act,
  noun.event, noun.process or noun.phenomenon ("raid", "strike"), for
  ``actors.agent.field_compound``;
* ``data/lexicon/group_frequent_nouns.txt`` (session 30): those with a noun.group sense
  among their two most frequent senses ("party", "administration"; not "number"), for
  ``actors.generic.thing_head_frequent_group``;
* ``data/lexicon/user_nouns.txt`` (session 31): one-word nouns whose most frequent sense
  is a person (noun.person) derived from a verb of consumption ("user", "consumer"): "a
  Twitter user" names someone who uses Twitter, not Twitter (``actors.names.platform_medium``),
  and ``data/lexicon/phrasal_to_verbs.txt``: verbs that make a WordNet phrasal verb with
  "to" ("take to", "turn to"), for the same rule.

    python -m stancemap.actors.idiom_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import (
    WORDNET,
    first_senses,
    lexfiles,
    lexical_pointers,
    senses,
    synsets,
    under,
    write_word_list,
)

VERSION = "2026.12.1"
GROUP = "14"  # noun.group
PERSON = "18"  # noun.person
CONSUMPTION = "34"  # verb.consumption
FREQUENT_SENSES = 2  # group_frequent_nouns.txt: a group sense among the two most frequent
ACTS = ("04", "11", "19", "22")  # noun.act, noun.event, noun.phenomenon, noun.process


def _lemmas(index: Path) -> list[str]:
    return [line.split()[0] for line in index.read_text("latin-1").splitlines() if line[:1] != " "]


def verb_noun_idioms(root: Path) -> list[str]:
    nouns = set(senses(root / "index.noun"))
    out = set()
    for lemma in _lemmas(root / "index.verb"):
        words = lemma.split("_")
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        noun = words[1]
        if noun in nouns or (noun.endswith("s") and noun[:-1] in nouns):
            out.add(" ".join(words))
    return sorted(out)


def name_word_compounds(root: Path) -> list[str]:
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    bodies = under(graph, {index["person"][0], index["group"][0]})
    written: set[str] = set()
    for line in (root / "data.noun").read_text("latin-1").splitlines():
        if line[:1] == " ":
            continue
        fields = line.split(" | ", 1)[0].split()
        for n in range(int(fields[3], 16)):
            word = fields[4 + 2 * n]
            parts = word.split("_")
            if (
                len(parts) == 2
                and parts[0][:1].isupper()
                and parts[0].isalpha()
                and parts[1].isalpha()
                and parts[1].islower()
            ):
                written.add(word.lower())
    first = first_senses(root / "index.noun")
    return sorted(
        w.replace("_", " ")
        for w in written
        if w in index and first.get(w.split("_")[1]) not in bodies | {None}
    )


def group_sense_nouns(root: Path, within: int | None = None) -> list[str]:
    """One-word nouns with a noun.group sense (among their ``within`` most frequent senses
    when given)."""
    index = senses(root / "index.noun")
    lex = lexfiles(root / "data.noun")
    return sorted(
        w
        for w, offsets in index.items()
        if w.isalpha() and any(lex[o] == GROUP for o in offsets[:within])
    )


def first_sense_nouns(root: Path, files: tuple[str, ...]) -> list[str]:
    first = first_senses(root / "index.noun")
    lex = lexfiles(root / "data.noun")
    return sorted(w for w, offset in first.items() if lex[offset] in files and w.isalpha())


def user_nouns(root: Path) -> list[str]:
    """One-word nouns whose most frequent sense is in noun.person and is derived (WordNet's
    "+" pointer, from that word) from a verb in verb.consumption ("user" <- "use")."""
    first = first_senses(root / "index.noun")
    nouns = lexical_pointers(root / "data.noun")
    verbs = lexfiles(root / "data.verb")
    out = set()
    for word, offset in first.items():
        if not word.isalpha():
            continue
        lexfile, words, links = nouns[offset]
        if lexfile != PERSON or word not in words:
            continue
        number = words.index(word) + 1
        if any(
            symbol == "+" and pos == "v" and source == number and verbs.get(target) == CONSUMPTION
            for symbol, target, pos, source, _ in links
        ):
            out.add(word)
    return sorted(out)


def phrasal_to_verbs(root: Path) -> list[str]:
    """One-word verbs V for which WordNet has the verb "V_to" ("take_to", "turn_to")."""
    return sorted(
        lemma[:-3]
        for lemma in senses(root / "index.verb")
        if lemma.endswith("_to") and lemma[:-3].isalpha()
    )


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    tail = [
        "# Generated by python -m stancemap.actors.idiom_import from Princeton WordNet 3.0",
        "# (WordNet licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
    ]
    write_word_list(
        data_path("lexicon/verb_noun_idioms.txt"),
        ["# Two-word WordNet verb lemmas whose second word is a noun or its plural."] + tail,
        verb_noun_idioms(root),
    )
    write_word_list(
        data_path("lexicon/name_word_compounds.txt"),
        [
            "# Two-word WordNet nouns written 'Capitalised lower' ('Trojan horse') whose second",
            "# word's most frequent sense lies under neither person.n.01 nor group.n.01.",
        ]
        + tail,
        name_word_compounds(root),
    )
    write_word_list(
        data_path("lexicon/group_nouns.txt"),
        ["# One-word nouns with a WordNet sense in noun.group ('bank', 'newspaper')."] + tail,
        group_sense_nouns(root),
    )
    write_word_list(
        data_path("lexicon/group_frequent_nouns.txt"),
        [
            f"# One-word nouns with a noun.group sense among their {FREQUENT_SENSES} most frequent WordNet",
            "# senses ('party', 'administration', 'newspaper'; not 'number': its group sense is its",
            "# 7th), for actors.generic.thing_head_frequent_group.",
        ]
        + tail,
        group_sense_nouns(root, FREQUENT_SENSES),
    )
    write_word_list(
        data_path("lexicon/user_nouns.txt"),
        [
            "# One-word nouns whose most frequent WordNet sense is a person derived from a verb of",
            "# consumption ('user', 'consumer'): 'a Twitter user' is no party Twitter, for",
            "# actors.names.platform_medium.",
        ]
        + tail,
        user_nouns(root),
    )
    write_word_list(
        data_path("lexicon/phrasal_to_verbs.txt"),
        [
            "# One-word verbs V for which WordNet has the phrasal verb 'V_to' ('take to'): an",
            "# organisation after it is a medium, for actors.names.platform_medium.",
        ]
        + tail,
        phrasal_to_verbs(root),
    )
    write_word_list(
        data_path("lexicon/act_nouns.txt"),
        [
            "# One-word nouns whose most frequent WordNet sense is in noun.act, noun.event,",
            "# noun.phenomenon or noun.process.",
        ]
        + tail,
        first_sense_nouns(root, ACTS),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
