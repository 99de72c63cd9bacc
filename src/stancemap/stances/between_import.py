"""Build ``data/stances/conflict_nouns.txt``: nouns that name a conflict between parties.

"A showdown between X and Y", "the controversy between X and Y", "a dispute between X
and Y": a noun of conflict with "between X and Y" sets X and Y against each other
(rule ``stances.relations.between_wordnet``). Which nouns name a conflict is read from
Princeton WordNet 3.0: every one-word noun whose most frequent sense has among its
hypernyms (or is) conflict.n.01 ("an open clash between two opposing groups"),
disagreement.n.01 ("a conflict of people's opinions or actions") or disagreement.n.03
("the speech act of disagreeing or arguing"). No word is added or removed by hand; the
hand-written ``between`` rows of ``data/stances/relations.tsv`` stay as they are.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.between_import [/usr/share/wordnet]

Session 14 (issue 14) adds two lists read from the same WordNet, and one from the CAMEO
dictionary the project already imports:

- ``data/stances/dismiss_phrases.tsv`` (rule ``stances.relations.response_phrasal``):
  "X brushed off criticism from Y", "shrugged off the accusations". Every two-word
  WordNet verb (a verb and its particle) whose most frequent sense is, or lies under, the
  most frequent sense of a verb of the ``response`` rows of ``data/stances/relations.tsv``
  that answer against (sign -1: reject, deny, dismiss, ...), with that verb, whose row
  gives the sign and weight.
- ``data/stances/disapproval_verbs.txt`` (rule ``stances.campaign.disapproval``):
  "X rebuked Y", "X castigated Y". The
  one-word verbs whose most frequent WordNet sense is, or lies under, criticize.v.01
  ("find fault with; express criticism of"), and the bare verbs the CAMEO dictionary codes
  111, "criticize or denounce" (``data/events/cameo_verbs.tsv``, from PETRARCH2's
  CAMEO.2.0.txt, MIT licence).

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import (
    WORDNET,
    derived_nouns,
    lexical_pointers,
    senses,
    synsets,
    under,
    write_word_list,
)

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "conflict_nouns.txt"
ROOTS = (("conflict", 1), ("disagreement", 1), ("disagreement", 3))  # (lemma, sense number)


def conflict_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is (under) a conflict or disagreement, sorted."""
    graph = synsets(wordnet / "data.noun")
    meanings = senses(wordnet / "index.noun")
    conflicts = under(graph, {meanings[word][number - 1] for word, number in ROOTS})
    found = []
    for word, offsets in meanings.items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        if offsets[0] in conflicts:  # the first sense is a root or lies below one
            found.append(word)
    return sorted(found)


DISMISS_OUT = OUT.with_name("dismiss_phrases.tsv")
DISAPPROVAL_OUT = OUT.with_name("disapproval_verbs.txt")
RELATIONS = OUT.with_name("relations.tsv")
CAMEO_VERBS = OUT.parents[1] / "events" / "cameo_verbs.tsv"
CRITICIZE = ("criticize", 1)  # criticize.v.01, "find fault with; express criticism of"


def answering_verbs() -> list[str]:
    """The ``response`` verbs of relations.tsv that answer against (sign -1), in file order."""
    out = []
    for line in RELATIONS.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and cells[0] == "response" and cells[2] == "-1":
            out.append(cells[1])
    return out


def dismiss_phrases(wordnet: Path = WORDNET) -> list[tuple[str, str]]:
    """(verb and particle, the response verb it lies under) for every two-word WordNet
    verb whose first sense is, or lies under, the first sense of an answering verb."""
    graph = synsets(wordnet / "data.verb")
    meanings = senses(wordnet / "index.verb")
    found: dict[str, str] = {}
    for verb in answering_verbs():
        if verb not in meanings:
            continue
        below = under(graph, {meanings[verb][0]})
        for word, offsets in meanings.items():
            parts = word.split("_")
            if len(parts) == 2 and all(p.isalpha() for p in parts) and offsets[0] in below:
                found.setdefault(" ".join(parts), verb)
    return sorted(found.items())


def disapproval_verbs(wordnet: Path = WORDNET) -> list[str]:
    """One-word verbs whose first sense is (under) criticize.v.01, and CAMEO 111's bare
    verbs, sorted."""
    graph = synsets(wordnet / "data.verb")
    meanings = senses(wordnet / "index.verb")
    below = under(graph, {meanings[CRITICIZE[0]][CRITICIZE[1] - 1]})
    found = {w for w, offsets in meanings.items() if w.isalpha() and offsets[0] in below}
    for line in CAMEO_VERBS.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 5 and cells[3] == "111" and cells[4] == "!inf" and cells[0].isalpha():
            found.add(cells[0])
    return sorted(found)


RESPONSE_NOUNS_OUT = OUT.with_name("response_nouns.tsv")
ATTACK_PHRASES_OUT = OUT.with_name("attack_phrases.txt")
# the noun files a verb's nominalization may lie in: noun.act (04), noun.communication (10)
_ACT_FILES = ("04", "10")
# criticize.v.01, attack.v.01 (take the offensive), hit.v.03 ("deal a blow to"; WordNet hangs
# "tear into", "lay into", "lace into" there, "hit violently, as in an attack")
ATTACK_ROOTS = (("criticize", 1), ("attack", 1), ("hit", 3))
# a two-word verb whose second word is one of these takes its target as that preposition's
# object ("X tore into Y", "set upon Y")
_TARGET_PREPS = frozenset({"into", "upon", "on", "at", "against"})


def response_nouns(wordnet: Path = WORDNET) -> list[tuple[str, str]]:
    """(noun, response verb) for the nouns WordNet derives from the first sense of each
    answering ``response`` verb (sign -1) by a derivational pointer from that verb's own
    word, the noun's sense being an act or a communication ("denial", "rejection",
    "refutation"; not "denier")."""
    verbs = lexical_pointers(wordnet / "data.verb")
    nouns = lexical_pointers(wordnet / "data.noun")
    meanings = senses(wordnet / "index.verb")
    found: dict[str, str] = {}
    for verb in answering_verbs():
        for lex, noun in derived_nouns(verb, verbs, nouns, meanings):
            if lex in _ACT_FILES and noun.isalpha():
                found.setdefault(noun, verb)
    return sorted(found.items())


def attack_phrases(wordnet: Path = WORDNET) -> list[str]:
    """Two-word WordNet verbs, a verb and a preposition that takes the target ("tear into",
    "lay into", "set upon"), whose first sense is, or lies under, criticize.v.01,
    attack.v.01 or hit.v.03, sorted."""
    graph = synsets(wordnet / "data.verb")
    meanings = senses(wordnet / "index.verb")
    below = under(graph, {meanings[word][number - 1] for word, number in ATTACK_ROOTS})
    found = []
    for word, offsets in meanings.items():
        parts = word.split("_")
        if (
            len(parts) == 2
            and parts[0].isalpha()
            and parts[1] in _TARGET_PREPS
            and offsets[0] in below
        ):
            found.append(" ".join(parts))
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    words = conflict_nouns(wordnet)
    header = [
        "# Nouns naming a conflict between parties: their first WordNet 3.0 sense is, or lies",
        "# under, conflict.n.01, disagreement.n.01 or disagreement.n.03.",
        "# Built by stancemap.stances.between_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, words)
    phrases = dismiss_phrases(wordnet)
    DISMISS_OUT.write_text(
        "\n".join(
            [
                "# Two-word WordNet 3.0 verbs whose first sense is, or lies under, the first",
                "# sense of an answering `response` verb of relations.tsv (sign -1), with it.",
                "# Built by stancemap.stances.between_import; do not edit.",
                "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
                "phrase\tresponse",
                *(f"{p}\t{v}" for p, v in phrases),
            ]
        )
        + "\n",
        "utf-8",
    )
    print(f"{len(phrases)} phrases -> {DISMISS_OUT}")
    header = [
        "# Verbs of disapproving: one-word verbs whose first WordNet 3.0 sense is, or lies",
        "# under, criticize.v.01; and the bare verbs CAMEO codes 111 (criticize or denounce)",
        "# in data/events/cameo_verbs.tsv (PETRARCH2 CAMEO.2.0.txt, MIT licence).",
        "# Built by stancemap.stances.between_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(DISAPPROVAL_OUT, header, disapproval_verbs(wordnet))
    nouns = response_nouns(wordnet)
    RESPONSE_NOUNS_OUT.write_text(
        "\n".join(
            [
                "# Nouns WordNet 3.0 derives from the first sense of an answering `response`",
                "# verb of relations.tsv (sign -1), an act or a communication, with the verb.",
                "# Built by stancemap.stances.between_import; do not edit.",
                "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
                "noun\tresponse",
                *(f"{n}\t{v}" for n, v in nouns),
            ]
        )
        + "\n",
        "utf-8",
    )
    header = [
        "# Two-word verbs (a verb and a preposition that takes the target) whose first",
        "# WordNet 3.0 sense is, or lies under, criticize.v.01, attack.v.01 or hit.v.03.",
        "# Built by stancemap.stances.between_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(ATTACK_PHRASES_OUT, header, attack_phrases(wordnet))


if __name__ == "__main__":
    main()
