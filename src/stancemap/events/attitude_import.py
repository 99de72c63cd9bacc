"""Write ``data/events/attitude_words.tsv``: adjectives and person nouns that predicate an
attitude of criticism or support towards someone ("critical of X", "supportive of X", "a
supporter of X", "a critic of X"), from Princeton WordNet 3.0 and our own trigger lexicon.

    python -m stancemap.events.attitude_import [/usr/share/wordnet]

A word is kept when its most frequent WordNet sense is an adjective, or a person
(noun.person), and WordNet relates that very word by a derivational pointer to a verb or
noun that ``data/events/triggers.tsv`` codes on its own (a row with no condition but any
object) as criticism (ACCUSE) or support (SUPPORT); adjectives also as a refusal (REJECT:
"dismissive of"). The code is that row's; adjectives of anger (the cluster of angry.a.01:
"furious at", "outraged with") are criticism too. A noun needs an agent's ending (-er, -or, -ic,
-ist: "defendant" is the one defended), an adjective in -able/-ible is left out
("blamable" is the one blamed). Electoral rivals are no refusal ("an opponent
of X"), so nouns keep ACCUSE and SUPPORT only. Read by ``events/attitudes.py`` (rule
``events.trigger.attitude_predicates``).

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexical_pointers, senses
from .lexicon import read_lexicon
from .ontology import load_ontology

# the rows of triggers.tsv that code a word on its own: no condition, or any object
OPEN_REQUIRES = ("", "obj=*", "obj=@actor")
ROLES = ("event", "refuse")
ADJECTIVE_TYPES = ("ACCUSE", "SUPPORT", "REJECT")
NOUN_TYPES = ("ACCUSE", "SUPPORT")
PERSON_LEXFILE = "18"  # noun.person
# a person noun is the doer of its verb only with an agent's ending ("supporter", "critic",
# "accuser"); "defendant", "convict" are the ones it was done to
AGENT_ENDINGS = ("er", "or", "ic", "ist")
# an adjective in -able/-ible says what may be done to one ("blamable", "defensible")
PATIENT_ENDINGS = ("able", "ible")
# angry.a.01 ("feeling or showing anger"): anger at someone is disapproval of them
# ("furious at the company", "outraged with X"); WordNet derives it from no verb, so its
# cluster (the head and its similar-to satellites) is read as criticism itself, for
# adjectives with that cluster among their two most frequent senses
ANGER_HEAD = "00113818"
ANGER = ("111", "ACCUSE", "angry")
ANGER_SENSES = 2
DERIVED = "+"  # WordNet's derivationally related form
HEADER = """\
# Adjectives (A) and person nouns (N) that predicate criticism or support of someone
# ("critical of X", "supportive of X", "a supporter of X"): events.trigger.attitude_predicates.
# Their most frequent WordNet 3.0 sense is related by derivation (via) to a word that
# data/events/triggers.tsv codes on its own; the code is that row's.
# Written by `python -m stancemap.events.attitude_import`: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# version: 2026.12.1
"""


def coded_words() -> dict[tuple[str, str], tuple[str, str]]:
    """(lemma, "V" or "N") -> (CAMEO code, PLOVER type) of the first triggers.tsv row of a
    word, where that row codes it on its own."""
    lexicon = read_lexicon("events/triggers.tsv", load_ontology())
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for key, rows in lexicon.entries.items():
        first = rows[0]
        requires = ";".join(f"{r.slot}={'|'.join(sorted(r.words)) or '*'}" for r in first.requires)
        if first.role in ROLES and first.cameo and first.type and requires in OPEN_REQUIRES:
            out[key] = (first.cameo, first.type)
    return out


def _derived_codes(
    word: str,
    offset: str,
    pointers: dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]],
    others: dict[str, dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]]],
    coded: dict[tuple[str, str], tuple[str, str]],
    types: tuple[str, ...],
) -> tuple[str, str, str] | None:
    """(code, type, via) of the first coded word this word of that sense derives from."""
    _, words, links = pointers[offset]
    for symbol, target, pos, source_number, target_number in links:
        if symbol != DERIVED or pos not in ("n", "v"):
            continue
        if source_number and words[source_number - 1].split("(")[0] != word:
            continue
        graph = others[pos]
        if target not in graph or not target_number:
            continue
        via = graph[target][1][target_number - 1].split("(")[0].replace("_", " ")
        hit = coded.get((via, pos.upper()))
        if hit is not None and hit[1] in types:
            return hit[0], hit[1], via
    return None


def attitude_words(root: Path) -> list[tuple[str, str, str, str, str]]:
    """(word, pos, code, type, via), sorted."""
    coded = coded_words()
    graphs = {
        "a": lexical_pointers(root / "data.adj"),
        "n": lexical_pointers(root / "data.noun"),
        "v": lexical_pointers(root / "data.verb"),
    }
    head = graphs["a"][ANGER_HEAD]
    anger = {ANGER_HEAD} | {t for symbol, t, *_ in head[2] if symbol == "&"}
    out = []
    for pos, index, types in (("a", "index.adj", ADJECTIVE_TYPES), ("n", "index.noun", NOUN_TYPES)):
        graph = graphs[pos]
        for lemma, offsets in senses(root / index).items():
            if "_" in lemma or not lemma.isalpha():
                continue
            first = offsets[0]
            if pos == "n" and (
                graph[first][0] != PERSON_LEXFILE or not lemma.endswith(AGENT_ENDINGS)
            ):
                continue
            if pos == "a" and lemma.endswith(PATIENT_ENDINGS):
                continue
            hit = _derived_codes(lemma, first, graph, graphs, coded, types)
            if hit is None and pos == "a" and set(offsets[:ANGER_SENSES]) & anger:
                hit = ANGER
            if hit is not None:
                out.append((lemma, "A" if pos == "a" else "N", *hit))
    return sorted(out)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = attitude_words(root)
    lines = [HEADER, "word\tpos\tcode\ttype\tvia\n"]
    lines += ["\t".join(row) + "\n" for row in rows]
    target = data_path("events/attitude_words.tsv")
    target.write_text("".join(lines), "utf-8")
    print(f"wrote {len(rows)} words to {target}")


if __name__ == "__main__":
    main()
