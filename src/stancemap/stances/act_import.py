"""Build ``data/stances/act_nouns.txt``: nouns that name a deliberate act or a message.

"Finland's decision was a provocation", "remarks by Macron were very dangerous":
a judgement of someone's act or words is a judgement of them. "Ukraine's losses
were heavy" or "Russia's economy is weak" judge no one's deed. Which nouns name
an act or a message is read from Princeton WordNet 3.0: every one-word noun whose
most frequent sense lies in the lexicographer files ``noun.act`` (04: decision,
visit, move, attack) or ``noun.communication`` (10: remark, statement, speech,
threat). No word is added or removed by hand.

Left out: the acts of force the project's event lexicon codes (CAMEO roots 17-20:
coerce, assault, fight, mass violence; ``data/events/triggers.tsv``, the noun or the
verb it is formed from). Such an act is done to someone, and its possessor is as
often who undergoes it as who does it: "Navalny's arrest was unlawful" judges the
arrest, not Navalny.

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.act_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which
permits use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, first_senses, lexfiles, write_word_list

LEX_FILES = {"04": "noun.act", "10": "noun.communication"}
OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "act_nouns.txt"


FORCE_ROOTS = ("17", "18", "19", "20")  # CAMEO: coerce, assault, fight, mass violence
TRIGGERS = Path(__file__).resolve().parents[1] / "data" / "events" / "triggers.tsv"


def _force_codes(triggers: Path = TRIGGERS) -> dict[tuple[str, str], set[str]]:
    """(lemma, N|V) -> the CAMEO codes its trigger rows give."""
    out: dict[tuple[str, str], set[str]] = {}
    for line in triggers.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 4:
            continue
        out.setdefault((cells[0], cells[1]), set()).add(cells[3])
    return out


def is_force(noun: str, codes: dict[tuple[str, str], set[str]]) -> bool:
    """The event lexicon codes the noun (or the verb it is formed from) only as force."""
    from ..events.lexicon import verbs_of_noun

    found = set(codes.get((noun, "N"), set()))
    if not found:
        for verb in verbs_of_noun(noun):
            found |= codes.get((verb, "V"), set())
    return bool(found) and all(code.startswith(FORCE_ROOTS) for code in found)


def act_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense is an act or a communication, sorted, less the
    acts of force."""
    codes = _force_codes()
    lex = lexfiles(wordnet / "data.noun")
    found = []
    for word, first_sense in first_senses(wordnet / "index.noun").items():
        if "_" in word or "-" in word or not word.isalpha():
            continue
        if lex.get(first_sense) in LEX_FILES and not is_force(word, codes):
            found.append(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    words = act_nouns(wordnet)
    header = [
        "# Nouns naming a deliberate act or a message: their first WordNet 3.0 sense is in",
        "# noun.act or noun.communication, less the acts of force the event lexicon codes",
        "# (CAMEO 17-20). Built by stancemap.stances.act_import; do not edit.",
        "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence).",
    ]
    write_word_list(OUT, header, words)


if __name__ == "__main__":
    main()
