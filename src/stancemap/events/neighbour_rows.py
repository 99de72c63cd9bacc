"""Verbs no lexicon names, read by a WordNet neighbour's conditioned rows (session 54, TR).

Rule ``events.trigger.neighbour_conditioned_rows``: "Kenya inked a trade deal with
Ethiopia": a verb that has no row at all in the trigger lexicon (``triggers.tsv``) or the
imported CAMEO dictionary (``cameo_verbs.tsv``), alone or as a phrasal verb's first word
("walk" of "walk out" is left out), is read by the *conditioned* rows of a
verb WordNet 3.0 ties it to, where the verb's own words meet the row's conditions
("sign" + obj=deal -> 057, AGREE). The ties (``data/events/neighbour_rows.tsv``, written
by this module's importer):

- the verb's most frequent WordNet sense holds at least half of its tagged uses in
  WordNet's sense counts (``cntlist.rev``) where it has any;
- the neighbour is a one-word synonym of that sense, or a word of its direct hypernym (the
  verb is a troponym of it: "ink" -> sign, "append one's signature to"), whose senses
  number that synset among its first ``MAX_NEIGHBOUR_RANK``;
- the neighbour has conditioned event rows of our own (``triggers.tsv``): the imported
  dictionary's conditioned rows are not lent ("limit" -> control, whose CAMEO row
  "control" + attack codes 113, read "did not limit her attacks to" as a complaint).

Why conditioned rows only: ``near_verbs.py`` (session 37) lends a neighbour's *bare* code,
and only from our own rows and the lexicographer files of dealings between parties,
because a bare code holds for any object and the dictionary gives one for any sense of
its word. A conditioned row names what its verb acts on ("sign" a deal, a treaty, a
pact): the object's word fixes the sense, so a troponym that meets the condition is that
act, whatever its file. Rows whose only condition is that the object names an actor
("@actor") fix no sense and are not lent, and a row's "@actor" alternative is dropped
("free" a prisoner, a hostage or anyone: "rid the party of superdelegates" is no release). The issue (12, recall): a quarter of unseen
PLOVER sentences get no event; verbs that news uses for signing, sending or seizing and
that no dictionary row names are among the causes.

The events stage reads the lent rows only where no other reading of the verb fits (after
``near_verbs``); the sense, argument and mode rules then treat them as the verb's own.

    python -m stancemap.events.neighbour_rows [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table
from ..rules import declare
from ..wordnet_files import LEXNAMES, WORDNET, lexfiles, senses, synsets
from .lexicon import Lexicon, Requirement, TriggerEntry, read_lexicon
from .near_verbs import dominant_first_sense, sense_counts, sense_neighbours
from .ontology import load_ontology

NEIGHBOUR_ROWS = declare(
    "events.trigger.neighbour_conditioned_rows",
    "'inked a deal with X': a verb with no lexicon row whose most frequent WordNet sense "
    "(at least half its tagged uses) is a synonym or troponym of a verb with conditioned "
    "triggers.tsv rows (data/events/neighbour_rows.tsv) is read by those its own words meet "
    "(sign + obj=deal: 057); rows asking only for an actor are not lent",
    order=29.7,
)
NEIGHBOUR_ROW = "rule:neighbour_row"
TABLE = "events/neighbour_rows.tsv"
RELATIONS = {"synonym": None, "hypernym": "@"}
# the neighbour's sense must be among its first few: its rows were written for those
MAX_NEIGHBOUR_RANK = 3
# a hypernym with more troponyms than this names no one act ("change", "move", "utter")
MAX_TROPONYMS = 12
LEXICON_FILES = ("events/triggers.tsv", "events/cameo_verbs.tsv")
ACTOR_WORD = "@actor"  # the lexicon's condition that a slot names an actor (matching.py)


@lru_cache(maxsize=1)
def neighbours() -> dict[str, tuple[str, ...]]:
    """verb -> its neighbours with conditioned rows, nearest first (the table)."""
    out: dict[str, list[str]] = {}
    for row in read_table(TABLE, required=("verb", "lexname", "relation", "neighbour")):
        out.setdefault(row["verb"], []).append(row["neighbour"])
    return {verb: tuple(words) for verb, words in out.items()}


def lendable(row: TriggerEntry) -> bool:
    """An event row of our own (``triggers.tsv``, not the dictionary's) with a condition on
    some slot's words other than naming an actor."""
    if row.role != "event" or not row.cameo or not row.type or row.weight < 1:
        return False
    return any(
        not r.negative and r.words and not (set(r.words) <= {ACTOR_WORD}) for r in row.requires
    )


def _named_words(req: Requirement) -> Requirement:
    """The condition without its "or anyone" ("free" a prisoner, a hostage or @actor): a
    party as object fixes no sense ("rid the party of superdelegates")."""
    if req.negative or ACTOR_WORD not in req.words:
        return req
    return replace(req, words=req.words - {ACTOR_WORD})


def neighbour_rows(
    tok: Token, lexicon: Lexicon, satisfies: Callable[[TriggerEntry], bool]
) -> list[TriggerEntry]:
    """The lendable rows of the verb's first neighbour that has any its words meet, as the
    verb's own rows (their source naming the neighbour); [] where the verb is not in the
    table, has a particle, or no row fits."""
    if tok.pos_ != "VERB" or any(c.dep_ == "prt" for c in tok.children):
        return []
    for word in neighbours().get(tok.lemma_.lower(), ()):
        lent = [
            replace(
                row,
                lemma=tok.lemma_.lower(),
                requires=tuple(_named_words(r) for r in row.requires),
                source=f"{NEIGHBOUR_ROW}:{word}:{row.source}",
            )
            for row in lexicon.candidates(word, "V")
            if lendable(row)
        ]
        found = [row for row in lent if satisfies(row)]
        if found:
            return found
    return []


def listed_verbs(files: tuple[str, ...] = LEXICON_FILES) -> tuple[set[str], set[str]]:
    """(verbs with any row, verbs with a lendable row) in the shipped lexicon files."""
    ontology = load_ontology()
    listed: set[str] = set()
    lending: set[str] = set()
    for name in files:
        for (lemma, pos), entries in read_lexicon(name, ontology).entries.items():
            if pos != "V":
                continue
            word = lemma.split()[0]
            listed.add(lemma)
            listed.add(word)  # "walk out" listed: "walk" is the lexicon's word
            own = name == LEXICON_FILES[0]  # read alone, every file's rows weigh 1
            if own and " " not in lemma and any(lendable(e) for e in entries):
                lending.add(lemma)
    return listed, lending


def rows(root: Path = WORDNET) -> list[tuple[str, str, str, str]]:
    """(verb, lexname, relation, neighbour) for every one-word verb no lexicon row names
    whose most frequent sense is dominant, and each neighbour of that sense with lendable
    rows (module docstring), synonyms first."""
    graph = synsets(root / "data.verb")
    index = senses(root / "index.verb")
    lexfile = lexfiles(root / "data.verb")
    counts = sense_counts(root)
    listed, lending = listed_verbs()
    out: list[tuple[str, str, str, str]] = []
    for lemma, offsets in sorted(index.items()):
        if not lemma.isalpha() or lemma in listed:
            continue
        first = offsets[0]
        if not dominant_first_sense(counts, lemma):
            continue
        name = LEXNAMES.get(lexfile[first], "")
        seen: set[str] = set()
        for relation, offset, word in sense_neighbours(graph, first, RELATIONS):
            if word == lemma or word in seen or word not in lending:
                continue
            if offset not in index.get(word, [])[:MAX_NEIGHBOUR_RANK]:
                continue
            troponyms = sum(1 for s, _ in graph[offset][1] if s == "~")
            if RELATIONS[relation] is not None and troponyms > MAX_TROPONYMS:
                continue  # "change", "move": too general to name one act
            seen.add(word)
            out.append((lemma, name, relation, word))
    return out


def write(root: Path = WORDNET) -> None:
    header = [
        "# Verbs no trigger row names, each with the verbs near its most frequent WordNet",
        "# sense (synonym, direct hypernym) that have conditioned event rows:",
        "# events.trigger.neighbour_conditioned_rows. Imported from Princeton WordNet 3.0",
        "# (Debian wordnet-base) and the shipped trigger lexicon by",
        "# `python -m stancemap.events.neighbour_rows`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "verb\tlexname\trelation\tneighbour",
    ]
    lines = header + ["\t".join(r) for r in rows(root)]
    data_path(TABLE).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
