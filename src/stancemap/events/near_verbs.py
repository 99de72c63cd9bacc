"""Verbs no lexicon row codes, read through a coded WordNet neighbour (session 37).

Rule ``events.trigger.near_verbs``: "Trump has repudiated decades of Republican support",
"Sanders spent his campaign railing against superdelegates": a verb that has no bare row
in the trigger lexicon (``triggers.tsv`` or the imported CAMEO dictionary) takes the bare
code of a near verb that has one, where WordNet 3.0 ties them
(``data/events/near_verbs.tsv``, written by this module's importer):

- the verb's most frequent sense is in verb.communication, verb.social or
  verb.competition (words and dealings between parties);
- that sense holds at least half of the verb's tagged occurrences in WordNet's sense
  counts (``cntlist.rev``) where it has any ("play", whose sense of competing is a
  quarter of its uses, is left out);
- the near verb is a one-word synonym of that sense, a word of its direct hypernym (the
  verb is a troponym of it: "repudiate" -> reject, "rail" -> complain) or of its verb
  group, whose own most frequent sense is that synset and which has at most
  ``MAX_NEAR_SENSES`` senses: its bare code was written for that sense ("call", with 28
  senses, does not lend its code to "name");
- the near verb's bare code is a row of our own ``triggers.tsv``, written for the word's
  political sense from the PLOVER and CAMEO definitions, never the imported dictionary's
  bare code, which the dictionary gives a word for any of its senses ("ascertain" 090
  would make "count" an investigation, "interact" 040 "affiliate" a meeting: session 37
  judged such readings on the tune files mostly not events).

The events stage reads the first near verb whose lexicon has a bare event row, only where
no row of the verb's own fits and its object (or its at/against/on/to/with object) names an
actor: no party, no event. The reality, sense and mode rules then treat it as any reading.

    python -m stancemap.events.near_verbs [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import data_path, read_table
from ..rules import declare
from ..wordnet_files import LEXNAMES, WORDNET, lexfiles, senses, synsets
from . import arguments as args
from .lexicon import Lexicon, TriggerEntry, is_bare, read_lexicon
from .ontology import load_ontology

NEAR_VERBS = declare(
    "events.trigger.near_verbs",
    "'repudiated decades of support', 'railing against superdelegates': a verb with no bare "
    "lexicon row whose most frequent WordNet sense (communication, social, competition; at "
    "least half its tagged uses) is a synonym, troponym or verb-group mate of a verb our "
    "triggers.tsv codes (data/events/near_verbs.tsv) takes that row's bare code, when its "
    "object or an at/against/on/to/with object names an actor",
    order=29.6,
)
NEAR_ROW = "rule:near_verb"
TABLE = "events/near_verbs.tsv"
# the lexicographer files of acts between parties (words, dealings, contests)
LEXFILES = ("verb.communication", "verb.social", "verb.competition")
RELATIONS = {"synonym": None, "hypernym": "@", "group": "$"}
# a near verb with more senses than this has a bare code of uncertain sense
MAX_NEAR_SENSES = 7
# the least share of the verb's tagged uses its most frequent sense must hold
MIN_FIRST_SHARE = 0.5
TARGET_PREPS = ("at", "against", "on", "to", "with")
NOT_CODED = ("light", "none")
LEXICON_FILES = ("events/triggers.tsv", "events/cameo_verbs.tsv")


@lru_cache(maxsize=1)
def near_verbs() -> dict[str, tuple[str, ...]]:
    """verb -> its coded near verbs, nearest first (data/events/near_verbs.tsv)."""
    out: dict[str, list[str]] = {}
    for row in read_table(TABLE, required=("verb", "lexname", "relation", "near")):
        out.setdefault(row["verb"], []).append(row["near"])
    return {verb: tuple(near) for verb, near in out.items()}


def near_row(tok: Token, lexicon: Lexicon, actors: ActorLayer | None) -> TriggerEntry | None:
    """The bare row of the verb's first coded near verb, as the verb's own row, when the
    verb is in the table, has no particle and names an actor as object; else None."""
    if actors is None or tok.pos_ != "VERB" or args.children(tok, "prt"):
        return None
    near = near_verbs().get(tok.lemma_.lower())
    if not near:
        return None
    objects = args.children(tok, "dobj", "obj") + args.prep_objects(tok, TARGET_PREPS)
    if not any(args.phrase_actors(o, actors) for o in objects):
        return None
    for word in near:
        for row in lexicon.candidates(word, "V"):
            own = row.weight >= 1  # a row of triggers.tsv, not the dictionary's
            if own and row.role not in NOT_CODED and row.cameo and row.type and is_bare(row):
                return TriggerEntry(
                    tok.lemma_.lower(),
                    "V",
                    "event",
                    row.cameo,
                    (),
                    row.type,
                    f"{NEAR_ROW}:{word}",
                    row.weight,
                )
    return None


def bare_coded(files: tuple[str, ...] = LEXICON_FILES) -> set[str]:
    """Verbs with a bare coded row in the shipped lexicon files (a CAMEO code, any role but
    a support verb's or no event's), read by the events stage's own lexicon reader."""
    ontology = load_ontology()
    out = set()
    for name in files:
        for (lemma, pos), entries in read_lexicon(name, ontology).entries.items():
            if pos == "V" and any(
                e.cameo and e.role not in NOT_CODED and is_bare(e) for e in entries
            ):
                out.add(lemma)
    return out


def sense_counts(root: Path) -> dict[str, list[int]]:
    """lemma -> tagged counts of its verb senses by sense number (``cntlist.rev``)."""
    out: dict[str, dict[int, int]] = {}
    path = root / "cntlist.rev"
    if not path.exists():
        return {}
    for line in path.read_text("latin-1").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        if rest.startswith("2:"):
            out.setdefault(lemma, {})[int(number)] = int(count)
    return {k: [v.get(n, 0) for n in range(1, max(v) + 1)] for k, v in out.items()}


def dominant_first_sense(counts: dict[str, list[int]], lemma: str) -> bool:
    """Whether a verb's first sense holds at least ``MIN_FIRST_SHARE`` of its tagged uses
    (a verb never tagged counts as dominant: WordNet lists senses by frequency)."""
    tagged = counts.get(lemma, [])
    total = sum(tagged)
    return total == 0 or tagged[0] >= MIN_FIRST_SHARE * total


def sense_neighbours(
    graph: dict[str, tuple[list[str], list[tuple[str, str]]]],
    first: str,
    relations: dict[str, str | None],
) -> Iterator[tuple[str, str, str]]:
    """(relation, synset offset, word) near one verb sense, in ``relations`` order: the
    sense's own synonyms (symbol None), then the words of each synset the symbol points to."""
    for relation, symbol in relations.items():
        near = [first] if symbol is None else [t for s, t in graph[first][1] if s == symbol]
        for offset in near:
            for word in graph[offset][0]:
                yield relation, offset, word.split("(")[0]


def rows(root: Path = WORDNET) -> list[tuple[str, str, str, str]]:
    """(verb, lexname, relation, near verb) for every one-word verb without a bare lexicon
    row whose most frequent sense is in ``LEXFILES`` and dominant, and each coded near verb
    of that sense (module docstring), nearest relation first."""
    graph = synsets(root / "data.verb")
    index = senses(root / "index.verb")
    lexfile = lexfiles(root / "data.verb")
    counts = sense_counts(root)
    coded = bare_coded()
    own = bare_coded(LEXICON_FILES[:1])
    out: list[tuple[str, str, str, str]] = []
    for lemma, offsets in sorted(index.items()):
        if not lemma.isalpha() or lemma in coded:
            continue
        first = offsets[0]
        name = LEXNAMES.get(lexfile[first], "")
        if name not in LEXFILES or not dominant_first_sense(counts, lemma):
            continue
        seen: set[str] = set()
        for relation, offset, word in sense_neighbours(graph, first, RELATIONS):
            found = index.get(word, [])
            if word == lemma or word in seen or word not in own or not found:
                continue
            if found[0] != offset or len(found) > MAX_NEAR_SENSES:
                continue
            seen.add(word)
            out.append((lemma, name, relation, word))
    return out


def write(root: Path = WORDNET) -> None:
    header = [
        "# Verbs without a bare trigger row, each with the coded verbs near its most frequent",
        "# WordNet sense (synonym, direct hypernym, verb group): events.trigger.near_verbs.",
        "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) and the shipped trigger",
        "# lexicon by `python -m stancemap.events.near_verbs`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "verb\tlexname\trelation\tnear",
    ]
    lines = header + ["\t".join(r) for r in rows(root)]
    data_path(TABLE).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
