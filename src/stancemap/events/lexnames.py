"""The WordNet lexicographer file of a verb or trigger noun, and its importer.

Every single-word verb of Princeton WordNet 3.0 (the Debian package ``wordnet-base``,
``/usr/share/wordnet``) with the lexicographer file of its most frequent sense
("verb.communication", "verb.motion", ...), and the same for the nouns of the trigger
lexicon (``triggers.tsv``), into ``data/events/trigger_lexnames.tsv``. The learned event
reality (``events/reality.py``) reads a trigger's lexicographer file as a feature (a verb
of motion or of being is seldom an act between parties); ``thing_subjects.py`` and
``stances/relations.py`` read it too.

    python -m stancemap.events.lexnames [/usr/share/wordnet]
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from ..datafiles import data_path, word_list
from ..wordnet_files import LEXNAMES, WORDNET, first_senses, lexfiles, senses, synsets, under
from . import wordnet_import


@lru_cache(maxsize=1)
def lexnames() -> dict[tuple[str, str], str]:
    """(lemma, "V" or "N") -> WordNet lexicographer file of its first sense
    (``data/events/trigger_lexnames.tsv``)."""
    path = data_path("events/trigger_lexnames.tsv")
    out = {}
    for line in path.read_text("utf-8").splitlines()[6:]:
        lemma, pos, name = line.split("\t")
        out[(lemma, pos)] = name
    return out


def trigger_nouns() -> set[str]:
    path = data_path("events/triggers.tsv")
    rows = (x.split("\t") for x in path.read_text("utf-8").splitlines() if x and x[0] != "#")
    return {r[0] for r in rows if len(r) > 1 and r[1] == "N" and " " not in r[0]}


def rows(root: Path = WORDNET) -> list[tuple[str, str, str]]:
    """(lemma, pos, lexicographer file) of every single-word verb and trigger noun."""
    out = []
    for pos, keep in (("verb", None), ("noun", trigger_nouns())):
        files = lexfiles(root / f"data.{pos}")
        for lemma, offset in sorted(first_senses(root / f"index.{pos}").items()):
            if "_" in lemma or (keep is not None and lemma not in keep):
                continue
            name = LEXNAMES.get(files.get(offset, ""))
            if name:
                out.append((lemma, pos[0].upper(), name))
    return out


@lru_cache(maxsize=1)
def abstract_nouns() -> dict[str, str]:
    """alphabetic noun lemma -> the abstract lexicographer file of its most frequent WordNet
    sense (the rows of ``data/events/abstract_nouns.txt``, written by
    ``events.wordnet_import``; a noun whose first sense is concrete is absent)."""
    rows = (w.split("\t") for w in word_list("events/abstract_nouns.txt"))
    return {r[0]: r[1] for r in rows if len(r) == 2 and r[0].isalpha()}


def noun_rows(root: Path = WORDNET) -> list[tuple[str, str]]:
    """(lemma, lexicographer file) of every single-word alphabetic noun whose most frequent
    sense is in an abstract file, read from WordNet as the importer reads it."""
    rows = (line.split("\t") for line in wordnet_import.abstract_nouns(root))
    return [(lemma, name) for lemma, name in rows if lemma.isalpha()]


@lru_cache(maxsize=1)
def trigger_senses() -> dict[tuple[str, str], tuple[int, tuple[str, ...]]]:
    """(lemma, "V" or "N") -> (its number of WordNet senses, the lexicographer files of its
    senses, most frequent first, each once) for every polysemous single-word verb and trigger
    noun (``data/events/trigger_senses.tsv``; a lemma with one sense is absent): a feature of
    the learned event reality (a rare sense of a common verb, session 28)."""
    out = {}
    for line in data_path("events/trigger_senses.tsv").read_text("utf-8").splitlines()[6:]:
        lemma, pos, count, names = line.split("\t")
        prefix = "verb." if pos == "V" else "noun."
        out[(lemma, pos)] = (int(count), tuple(prefix + n for n in names.split(",")))
    return out


def sense_rows(root: Path = WORDNET) -> list[tuple[str, str, str, str]]:
    """(lemma, pos, number of senses, comma-joined lexicographer files without "verb."/"noun."
    in sense order, each once) of every polysemous single-word verb and trigger noun."""
    out = []
    for pos, keep in (("verb", None), ("noun", trigger_nouns())):
        files = lexfiles(root / f"data.{pos}")
        for lemma, offsets in sorted(senses(root / f"index.{pos}").items()):
            if "_" in lemma or len(offsets) < 2 or (keep is not None and lemma not in keep):
                continue
            names: list[str] = []
            for offset in offsets:
                name = LEXNAMES.get(files.get(offset, ""), "").split(".", 1)[-1]
                if name and name not in names:
                    names.append(name)
            out.append((lemma, pos[0].upper(), str(len(offsets)), ",".join(names)))
    return out


# the opinion poll synset (WordNet 3.0 noun 05800998: poll, opinion poll, canvass)
OPINION_POLL = "05800998"


def poll_nouns(root: Path = WORDNET) -> list[str]:
    """Single-word nouns of the opinion poll synset and its hyponyms, and the nouns derived
    from them ("pollster"): a sentence about a poll, a feature of the learned reality."""
    graph = synsets(root / "data.noun")
    kinds = under(graph, {OPINION_POLL})
    words = {w for o in kinds for w in graph[o][0]}
    words |= {
        w for o in kinds for s, t in graph[o][1] if s == "+" and t in graph for w in graph[t][0]
    }
    return sorted(w for w in words if w.isalpha())


@lru_cache(maxsize=1)
def noun_lexnames() -> dict[str, str]:
    """alphabetic noun lemma -> the lexicographer file of its most frequent WordNet sense,
    concrete or abstract ("noun.person", "noun.group", "noun.artifact", "noun.act", ...;
    ``data/events/noun_lexnames.tsv``): the subject's and object's heads for the learned
    event reality (session 43, ``events.reality.refit_s43``)."""
    out = {}
    for line in data_path("events/noun_lexnames.tsv").read_text("utf-8").splitlines()[6:]:
        lemma, name = line.split("\t")
        out[lemma] = "noun." + name
    return out


def all_noun_rows(root: Path = WORDNET) -> list[tuple[str, str]]:
    """(lemma, lexicographer file without "noun.") of every single-word lowercase alphabetic
    noun's most frequent WordNet sense."""
    files = lexfiles(root / "data.noun")
    out = []
    for lemma, offset in sorted(first_senses(root / "index.noun").items()):
        name = LEXNAMES.get(files.get(offset, ""))
        if name and lemma.isalpha() and lemma.islower():
            out.append((lemma, name.split(".", 1)[1]))
    return out


# a noun of an undertaking whose next sense is the body that undertakes it ("leadership":
# the activity of leading, then the body of people who lead)
UNDERTAKING_FILES = ("noun.act", "noun.event")
BODY_FILE = "noun.group"


def body_sense_rows(root: Path = WORDNET) -> list[str]:
    """Single-word lowercase nouns whose most frequent WordNet sense is an act or an event and
    whose second is a group ("leadership", "administration", "management"): the body that
    undertakes it (``events.sense.undertaking_subject_body``)."""
    files = lexfiles(root / "data.noun")
    out = []
    for lemma, offsets in sorted(senses(root / "index.noun").items()):
        if len(offsets) < 2 or not (lemma.isalpha() and lemma.islower()):
            continue
        first, second = (LEXNAMES.get(files.get(o, ""), "") for o in offsets[:2])
        if first in UNDERTAKING_FILES and second == BODY_FILE:
            out.append(lemma)
    return out


@lru_cache(maxsize=1)
def body_sense_nouns() -> frozenset[str]:
    """``data/events/body_sense_nouns.txt``: nouns of an undertaking whose second sense is
    its body (``body_sense_rows``)."""
    return word_list("events/body_sense_nouns.txt")


def _write_table(name: str, header: list[str], rows: list[str]) -> None:
    data_path(name).write_text("\n".join(header + rows) + "\n", "utf-8")


def write(root: Path = WORDNET) -> None:
    header = [
        "# The lexicographer file of each single-word verb's (and each trigger noun's) most",
        "# frequent WordNet sense, a feature of the learned event reality (events/reality.py).",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.lexnames`: do not edit by hand. WordNet 3.0",
        "# Copyright 2006 by Princeton University. All rights reserved.",
        "lemma\tpos\tlexname",
    ]
    _write_table("events/trigger_lexnames.tsv", header, ["\t".join(r) for r in rows(root)])
    header = [
        "# Each polysemous single-word verb's (and trigger noun's) number of WordNet senses and",
        "# the lexicographer files of its senses, most frequent first, each once (a feature of",
        "# the learned event reality, events/reality.py). Imported from Princeton WordNet 3.0",
        "# (Debian wordnet-base) by `python -m stancemap.events.lexnames`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "lemma\tpos\tsenses\tlexnames",
    ]
    _write_table("events/trigger_senses.tsv", header, ["\t".join(r) for r in sense_rows(root)])
    header = [
        "# Nouns of an opinion poll (WordNet 3.0 noun 05800998 and its hyponyms, and nouns",
        "# derived from them): a sentence about a poll, a feature of the learned event reality.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "# `python -m stancemap.events.lexnames`: do not edit by hand. WordNet 3.0",
        "# Copyright 2006 by Princeton University. All rights reserved.",
    ]
    _write_table("events/poll_nouns.txt", header, list(poll_nouns(root)))
    header = [
        "# The lexicographer file (without noun.) of each single-word lowercase noun's most",
        "# frequent WordNet sense: the subject's and object's heads, features of the learned",
        "# event reality (session 43). Imported from Princeton WordNet 3.0 (Debian wordnet-base)",
        "# by `python -m stancemap.events.lexnames`: do not edit by hand. WordNet 3.0",
        "# Copyright 2006 by Princeton University. All rights reserved.",
        "lemma\tlexname",
    ]
    _write_table("events/noun_lexnames.tsv", header, ["\t".join(r) for r in all_noun_rows(root)])
    header = [
        "# Nouns whose most frequent WordNet sense is an act or an event and whose second is a",
        "# group (leadership, administration): the body that undertakes it, read by",
        "# events.sense.undertaking_subject_body. Imported from Princeton WordNet 3.0 (Debian",
        "# wordnet-base) by `python -m stancemap.events.lexnames`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    ]
    _write_table("events/body_sense_nouns.txt", header, body_sense_rows(root))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
