"""An act directed on someone read as the verb WordNet glosses it by (session 54, TR).

Rule ``events.trigger.directed_causative``: "Burkina Faso's junta ordered three French
diplomats to leave the country" is an expulsion (COERCE, CAMEO 174), though neither
"order" nor "leave" is one: WordNet 3.0 glosses expel.v.03 "force to leave or move out".
A verb of directing or forcing with an object and a 'to' infinitive of V is read by the
own bare row (``triggers.tsv``) of a verb C whose WordNet gloss is "force to V" or "compel
to V": the directing subject is the source, the one directed the target. The table
(``data/events/directed_causatives.tsv``, written by this module's importer):

- kind ``causative``: V and C for every synset whose gloss opens "force to V" or "compel
  to V", that is the most frequent sense of C, C a one-word verb with a bare event row of
  our own (written for the word's political sense) - today "leave" -> expel;
- kind ``embedded``: the one-word verbs of V's most frequent sense and of the synsets
  directly under it (its troponyms: "depart", "exit", "quit"), each whose most frequent
  sense is that synset, with their C;
- kind ``directive``: the one-word verbs of the most frequent sense of each word the
  glosses force with ("force": coerce, pressure ...; "compel": oblige, obligate) and of
  order.v.01 and command.v.02 (order, tell, enjoin, command, require), each whose most
  frequent sense that synset is.

Only active clauses whose subject names a party and whose object is someone (a name, a
pronoun or a noun of people) are read; a negated infinitive ("told them not to leave")
is no expulsion. Issue 12 (recall): the wire sets' tune parts had a government that
"ordered" foreign diplomats "to leave" read as nothing.

    python -m stancemap.events.directed_causatives [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import data_path, read_table
from ..rules import declare
from ..wordnet_files import WORDNET, Synsets, senses, synsets
from . import arguments as args
from .lexicon import Lexicon, TriggerEntry, is_bare
from .near_verbs import bare_coded

DIRECTED_CAUSATIVE = declare(
    "events.trigger.directed_causative",
    "'ordered three diplomats to leave the country': a verb of ordering or forcing (WordNet) "
    "with someone as object and a 'to' infinitive of V is read by the bare row of ours of a "
    "verb WordNet glosses 'force to V' (expel: 'force to leave'; "
    "data/events/directed_causatives.tsv), its subject the source and its object the target",
    order=29.7,
)
CAUSATIVE_ROW = "rule:directed_causative"
TABLE = "events/directed_causatives.tsv"
KINDS = ("directive", "embedded", "causative")
GLOSS = re.compile(r"(force|compel) to ([a-z]+)\b")
# the senses of ordering that direct someone to act (WordNet order.v.01, command.v.02)
ORDER_SENSES = (("order", 1), ("command", 2))
OWN_TRIGGERS = ("events/triggers.tsv",)
# how far down a word's senses the act's (or the directing) synset may be: the act's
# first ("start", "run" leave in a rare sense), "tell" is order.v.01's fourth
EMBEDDED_RANK = 1
DIRECTIVE_RANK = 4


@lru_cache(maxsize=1)
def table() -> tuple[frozenset[str], dict[str, str]]:
    """(directive verbs, embedded verb -> causative verb)."""
    directives: set[str] = set()
    embedded: dict[str, str] = {}
    for row in read_table(TABLE, required=("word", "kind", "causative")):
        if row["kind"] == "directive":
            directives.add(row["word"])
        elif row["kind"] == "embedded":
            embedded[row["word"]] = row["causative"]
    return frozenset(directives), embedded


def _someone(noun: Token, actors: ActorLayer) -> bool:
    """The phrase names an actor, is a personal pronoun or a noun of people."""
    if args.is_pronoun(noun):
        return noun.lower_ in ("him", "her", "them", "us")
    if args.phrase_actors(noun, actors):
        return True
    from .matching import is_agent_noun  # matching imports this module

    return is_agent_noun(noun)


def causative_row(verb: Token, lexicon: Lexicon, actors: ActorLayer | None) -> TriggerEntry | None:
    """The causative's own bare row, as the directing verb's, when the verb directs someone
    (its object) to do an act a causative names; else None."""
    directives, embedded = table()
    if actors is None or verb.lemma_.lower() not in directives:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    objects = [o for d in args.children(verb, "dobj", "obj") for o in args.conjuncts(d)]
    if not objects or not all(_someone(o, actors) for o in objects):
        return None
    subjects = [s for s in args.children(verb, "nsubj") if not args.is_pronoun(s)]
    if not any(args.phrase_actors(s, actors) for s in subjects):
        return None
    for comp in verb.children:
        if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ != "VERB":
            continue
        if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in comp.children):
            continue
        if any(c.dep_ == "neg" for c in comp.children):
            continue  # "told them not to leave"
        causative = embedded.get(comp.lemma_.lower())
        if causative is None:
            continue
        for row in lexicon.candidates(causative, "V"):
            if row.weight >= 1 and row.role == "event" and row.cameo and is_bare(row):
                return TriggerEntry(
                    verb.lemma_.lower(),
                    "V",
                    "event",
                    row.cameo,
                    (),
                    row.type,
                    f"{CAUSATIVE_ROW}:{causative}",
                )
    return None


def _sense_words(graph: Synsets, index: dict[str, list[str]], offset: str, rank: int) -> list[str]:
    """The one-word verbs of a synset that is among their ``rank`` most frequent senses."""
    words = [w.split("(")[0] for w in graph[offset][0]]
    return [w for w in words if w.isalpha() and offset in index.get(w, [])[:rank]]


def rows(root: Path = WORDNET) -> list[tuple[str, str, str]]:
    """(word, kind, causative) rows of the table (module docstring), sorted."""
    graph = synsets(root / "data.verb")
    index = senses(root / "index.verb")
    own = bare_coded(OWN_TRIGGERS)
    glosses: dict[str, str] = {}
    for line in (root / "data.verb").read_text("latin-1").splitlines():
        if line and not line.startswith(" ") and " | " in line:
            glosses[line.split(" ", 1)[0]] = line.split(" | ", 1)[1]
    out: set[tuple[str, str, str]] = set()
    forcing: set[str] = set()
    for offset, gloss in sorted(glosses.items()):
        found = GLOSS.match(gloss)
        if found is None:
            continue
        causatives = [w for w in _sense_words(graph, index, offset, 1) if w in own]
        acted = index.get(found.group(2), [])
        if not causatives or not acted:
            continue
        forcing.add(found.group(1))
        first = acted[0]
        near = [t for s, t in graph[first][1] if s in ("~", "$")]
        for synset in [first, *near]:
            for word in _sense_words(graph, index, synset, EMBEDDED_RANK):
                if word not in own:  # a verb of its own event ("withdraw") keeps it
                    out |= {(word, "embedded", c) for c in causatives}
    directing = [index[w][0] for w in sorted(forcing) if w in index]
    directing += [index[w][n - 1] for w, n in ORDER_SENSES if len(index.get(w, [])) >= n]
    for offset in directing:
        out |= {(w, "directive", "-") for w in _sense_words(graph, index, offset, DIRECTIVE_RANK)}
    return sorted(out, key=lambda r: (KINDS.index(r[1]), r[0], r[2]))


def write(root: Path = WORDNET) -> None:
    header = [
        "# Verbs of directing someone and the acts WordNet glosses 'force to V' by one verb:",
        "# events.trigger.directed_causative (events/directed_causatives.py). Imported from",
        "# Princeton WordNet 3.0 (Debian wordnet-base) and the shipped triggers.tsv by",
        "# `python -m stancemap.events.directed_causatives`: do not edit by hand.",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "word\tkind\tcausative",
    ]
    lines = header + ["\t".join(r) for r in rows(root)]
    data_path(TABLE).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
