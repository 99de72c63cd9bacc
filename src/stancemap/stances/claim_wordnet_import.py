"""Build the WordNet tables of the learned claim-polarity model (``claim_model``).

- ``data/stances/claim_verb_classes.tsv``: every one-word WordNet 3.0 verb -> the
  lexicographer file of its most frequent sense ("stall" verb.change) and the first word
  of that sense's direct hypernym ("stall" -> "stop"): the model reads a verb it never saw
  in training through its class ("shutting" and "stall" are both verb.change).
- ``data/stances/matter_links.tsv``: every matter noun (``matter_nouns.txt``, and the
  one-word spelling of a hyphened matter noun: "ceasefire" for "cease-fire") -> the
  offset of its most frequent sense, that sense's direct hypernyms and its lexicographer
  file. Two claims meet on a matter (rule ``stances.claims.learned_polarity``) when their
  head nouns are one word or synonyms (one first sense: "truce" and "ceasefire"); the
  hypernyms are kept for reading, not for meeting (a first sense can mislead: "charge").

No word is added or removed by hand.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.claim_wordnet_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import LEXNAMES, WORDNET, lexfiles, senses, synsets

DATA = Path(__file__).resolve().parents[1] / "data" / "stances"
VERBS = DATA / "claim_verb_classes.tsv"
LINKS = DATA / "matter_links.tsv"
_HEADER = [
    "# stancemap {what}, version 1: built by stances.claim_wordnet_import from Princeton",
    "# WordNet 3.0 (Copyright 2006 by Princeton University, WordNet licence); used by",
    "# stances.claim_model (rule stances.claims.learned_polarity). No word added by hand.",
]
# the lexicographer file numbers of WordNet 3.0 (lexnames)


def verb_classes(wordnet: Path = WORDNET) -> list[tuple[str, str, str]]:
    """(verb, lexname, first word of the direct hypernym or "-") for one-word verbs."""
    lex = lexfiles(wordnet / "data.verb")
    graph = synsets(wordnet / "data.verb")
    out = []
    for word, offsets in sorted(senses(wordnet / "index.verb").items()):
        if not word.isalpha():
            continue
        first = offsets[0]
        hyper = next((t for s, t in graph[first][1] if s == "@"), None)
        out.append((word, LEXNAMES.get(lex[first], "-"), graph[hyper][0][0] if hyper else "-"))
    return out


def matter_links(wordnet: Path = WORDNET) -> list[tuple[str, str, str, str]]:
    """(noun, first-sense offset, direct hypernym offsets joined by ",", lexname)."""
    matter = set((DATA / "matter_nouns.txt").read_text("utf-8").split())
    lex = lexfiles(wordnet / "data.noun")
    graph = synsets(wordnet / "data.noun")
    out: dict[str, tuple[str, str, str, str]] = {}
    for word, offsets in sorted(senses(wordnet / "index.noun").items()):
        joined = word.replace("-", "")
        if word not in matter and not ("-" in word and joined.isalpha() and joined not in matter):
            continue
        first = offsets[0]
        hypers = ",".join(t for s, t in graph[first][1] if s in ("@", "@i")) or "-"
        out.setdefault(joined, (joined, first, hypers, LEXNAMES.get(lex[first], "-")))
    return sorted(out.values())


def main(argv: list[str]) -> None:
    wordnet = Path(argv[0]) if argv else WORDNET
    verbs = verb_classes(wordnet)
    VERBS.write_text(
        "\n".join(
            [*(h.format(what="claim verb classes") for h in _HEADER), "verb\tlexname\thypernym"]
            + ["\t".join(r) for r in verbs]
        )
        + "\n",
        "utf-8",
    )
    links = matter_links(wordnet)
    LINKS.write_text(
        "\n".join(
            [*(h.format(what="matter links") for h in _HEADER), "noun\tsense\thypernyms\tlexname"]
            + ["\t".join(r) for r in links]
        )
        + "\n",
        "utf-8",
    )
    print(f"{len(verbs)} verbs -> {VERBS}; {len(links)} nouns -> {LINKS}")


if __name__ == "__main__":
    main(sys.argv[1:])
