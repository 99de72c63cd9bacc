"""Build ``data/stances/standing_phrases.tsv``: phrases of a preposition and a noun that say
how two parties stand to each other ("at odds", "at loggerheads", "in agreement"), and
``data/stances/standing_nouns.tsv``: the nouns of a position taken towards another ("in
support of Y", "in opposition to Y").

"Cruz is at odds with Rubio over trade", "Modi and Sharif at loggerheads over Indus
waters": the relation is told by a prepositional phrase, not a verb or a noun of its own,
so no reading of the stances stage meets it (rule ``stances.relations.standing_phrase``,
session 53 RS). Which phrases say it is read from Princeton WordNet 3.0: the satellite
adjectives written as a preposition and a noun phrase (``at_odds``, ``in_league``) whose
head adjective is one of the heads of a relation between parties - hostile (hostile.a.01
"characterized by enmity or ill will"), united, discordant, inconsistent - or their
antonyms (amicable, divided, accordant, consistent); the sign is the head's (hostile,
divided, discordant, inconsistent -1; amicable, united, accordant, consistent +1). No
phrase is added or removed by hand.

The nouns of ``standing_nouns.tsv`` (rule ``stances.relations.attitude_phrase``) are those
WordNet 3.0 derives (a derivational pointer from the verb's own word) from the first
sense of each one-word attitude verb of the stance lexicon (``data/stances/cues.tsv``,
sign +1 or -1), with that verb's sign - "support" (support), "opposition" (oppose),
"defence" (defend), "favor" (favor) - less the nouns of people ("supporter", "critic").

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.standing_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, derived_nouns, lexical_pointers, senses
from .wordnet_sign_import import read_synsets

DATA = Path(__file__).resolve().parents[1] / "data" / "stances"
OUT = DATA / "standing_phrases.tsv"
NOUNS_OUT = DATA / "standing_nouns.tsv"
CUES = DATA / "cues.tsv"
PERSON = "18"  # noun.person: "supporter", "critic" hold a position, they are not one
NOUNS_HEADER = [
    "# Nouns of a position taken towards another, read in 'in <noun> of/to Y': WordNet 3.0",
    "# nouns derived from the first sense of a one-word attitude verb of cues.tsv (sign",
    "# +1/-1), with its sign, less nouns of people. Read by stances.relations.attitude_phrase.",
    "# Built by stancemap.stances.standing_import; do not edit.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    "noun\tsign\tverb",
]
# the head adjectives of a relation between parties, by the gloss that opens their synset
# (one of "hostile"'s two heads is the relation, the other the military sense), and sign
SEEDS = (
    ("hostile", "characterized by enmity", -1),
    ("united", "characterized by unity", 1),
    ("discordant", "not in agreement", -1),
    ("inconsistent", "displaying a lack of consistency", -1),
)
# the prepositions a phrase of standing opens with
PREPOSITIONS = ("at", "in", "on")
HEADER = [
    "# Phrases of a preposition and a noun that say how two parties stand to each other:",
    "# WordNet 3.0 satellite adjectives written as a preposition and a noun whose head is",
    "# hostile.a (enmity), united, discordant or inconsistent (-1, +1, -1, -1), or their",
    "# antonym (the opposite sign). Read by stances.relations.standing_phrase.",
    "# Built by stancemap.stances.standing_import; do not edit.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    "phrase\tsign\thead",
]


def _glosses(data: Path) -> dict[str, str]:
    """offset -> gloss of each synset of a ``data.*`` file."""
    out: dict[str, str] = {}
    for line in data.read_text("latin-1").splitlines():
        if line and not line.startswith(" ") and " | " in line:
            out[line.split(" ", 1)[0]] = line.split(" | ", 1)[1]
    return out


def standing_phrases(wordnet: Path = WORDNET) -> list[tuple[str, int, str]]:
    """(phrase, sign, head word) of each phrase of standing, sorted."""
    graph = read_synsets(wordnet / "data.adj")
    glosses = _glosses(wordnet / "data.adj")
    heads: dict[str, int] = {}
    for word, gloss, sign in SEEDS:
        for offset, (satellite, words, links) in graph.items():
            if satellite or word not in words or not glosses[offset].startswith(gloss):
                continue
            heads[offset] = sign
            for symbol, target, _a, _b in links:
                if symbol == "!":
                    heads.setdefault(target, -sign)
    out: dict[str, tuple[int, str]] = {}
    for satellite, words, links in graph.values():
        if not satellite:
            continue
        head = next((t for s, t, _a, _b in links if s == "&"), None)
        if head not in heads:
            continue
        for word in words:
            parts = word.split("_")
            if len(parts) >= 2 and parts[0] in PREPOSITIONS:
                out.setdefault(" ".join(parts), (heads[head], graph[head][1][0]))
    return sorted((phrase, sign, head) for phrase, (sign, head) in out.items())


def attitude_verbs(path: Path = CUES) -> dict[str, int]:
    """The one-word attitude verbs of the stance lexicon with a sign, first row's sign."""
    out: dict[str, int] = {}
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[0] != "attitude":
            continue
        if " " not in cells[1] and int(cells[2]) != 0:
            out.setdefault(cells[1], int(cells[2]))
    return out


def standing_nouns(wordnet: Path = WORDNET, cues: Path = CUES) -> list[tuple[str, int, str]]:
    """(noun, sign, verb) of each noun of a position, sorted."""
    verbs = lexical_pointers(wordnet / "data.verb")
    nouns = lexical_pointers(wordnet / "data.noun")
    meanings = senses(wordnet / "index.verb")
    found: dict[str, tuple[int, str]] = {}
    for verb, sign in attitude_verbs(cues).items():
        for lex, noun in derived_nouns(verb, verbs, nouns, meanings):
            if lex != PERSON and noun.isalpha():
                found.setdefault(noun, (sign, verb))
    return sorted((noun, sign, verb) for noun, (sign, verb) in found.items())


def write(out: Path = OUT, wordnet: Path = WORDNET, nouns_out: Path = NOUNS_OUT) -> None:
    rows = [f"{p}\t{s}\t{h}" for p, s, h in standing_phrases(wordnet)]
    out.write_text("\n".join([*HEADER, *rows]) + "\n", "utf-8")
    rows = [f"{n}\t{s}\t{v}" for n, s, v in standing_nouns(wordnet)]
    nouns_out.write_text("\n".join([*NOUNS_HEADER, *rows]) + "\n", "utf-8")


def main() -> None:
    write(wordnet=Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)


if __name__ == "__main__":
    main()
