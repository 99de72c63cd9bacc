"""Write ``data/events/light_verb_nouns.tsv``: the verbs WordNet derives nouns of acts from
("conversation" -> "converse", "revolt" -> "revolt", "negotiation" -> "negotiate"), and the
support verbs of WordNet's two light senses ("have a conversation", "do research"), from
Princeton WordNet 3.0.

    python -m stancemap.events.light_noun_import [/usr/share/wordnet]

The nouns: one-word nouns whose most frequent WordNet sense is an act, a communication or an
event (noun.act, noun.communication, noun.event) that WordNet derives from a verb sense (its
derivationally related forms); the verbs, those forms, most frequent verb sense first. The
support verbs: the members of WordNet's make.v "engage in" ("make love, not war"; "make an
effort"; "do research") and hold.v.03 "organize or be responsible for" ("hold a reception";
"have, throw, or make a party"; "give a course") - verbs whose object names the act done.
Read by ``events/lexicon.py`` and ``events/matching.py`` under rule
``events.trigger.light_verb_nouns``.

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexical_pointers, senses

# make.v "engage in" (make, do); hold.v.03 "organize or be responsible for" (hold, throw,
# have, make, give)
LIGHT_SENSES = ("02560585", "01733495")
ACT_LEXFILES = ("04", "10", "11")  # noun.act, noun.communication, noun.event
DERIVED = "+"  # WordNet's derivationally related form
FILE = "events/light_verb_nouns.tsv"
HEADER = """\
# Nouns of acts read as the verb WordNet derives them from, after a support verb ("had a
# conversation with X" -> converse, "launched a revolt against X" -> revolt): rule
# events.trigger.light_verb_nouns. Rows "noun<TAB>verbs" (verbs comma-separated, the one
# whose most frequent sense is the derived one first): one-word nouns whose most frequent
# WordNet 3.0 sense is in noun.act, noun.communication or noun.event and has a derivationally
# related verb form (with the other one-word members whose most frequent sense that verb
# sense is: "criticise", "criticize"). Rows "-<TAB>verb": the support verbs of WordNet's make.v "engage in"
# (02560585) and hold.v.03 "organize or be responsible for" (01733495).
# Written by `python -m stancemap.events.light_noun_import`: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# version: 2026.12.4
"""


def light_verbs(root: Path) -> list[str]:
    """The one-word members of WordNet's two light senses, sorted."""
    verbs = lexical_pointers(root / "data.verb")
    return sorted({w for o in LIGHT_SENSES for w in verbs[o][1] if w.isalpha()})


def noun_verbs(root: Path) -> list[tuple[str, list[str]]]:
    """(noun, its derived verbs), sorted by noun."""
    nouns = lexical_pointers(root / "data.noun")
    verbs = lexical_pointers(root / "data.verb")
    verb_senses = senses(root / "index.verb")
    out = []
    for lemma, offsets in senses(root / "index.noun").items():
        if not lemma.isalpha():
            continue
        lexfile, words, links = nouns[offsets[0]]
        if lexfile not in ACT_LEXFILES:
            continue
        number = next((n + 1 for n, w in enumerate(words) if w.split("(")[0] == lemma), 0)
        found: list[tuple[int, str]] = []
        for symbol, target, pos, source_no, target_no in links:
            if symbol != DERIVED or pos != "v" or source_no not in (0, number):
                continue
            word = verbs[target][1][target_no - 1].split("(")[0] if target_no else ""
            if not word.isalpha():
                continue
            ranked = verb_senses.get(word, [])
            rank = ranked.index(target) if target in ranked else len(ranked)
            found.append((rank, word))
            # the same sense's other spellings and names whose most frequent sense it is
            # ("criticise" -> "criticize")
            for other in verbs[target][1]:
                other = other.split("(")[0]
                if other.isalpha() and verb_senses.get(other, [""])[0] == target:
                    found.append((rank, other))
        chosen: list[str] = []
        for _rank, word in sorted(found):
            if word not in chosen:
                chosen.append(word)
        if chosen:
            out.append((lemma, chosen))
    return sorted(out)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    lines = [HEADER, "noun\tverbs\n"]
    lines += [f"-\t{verb}\n" for verb in light_verbs(root)]
    rows = noun_verbs(root)
    lines += [f"{noun}\t{','.join(verbs)}\n" for noun, verbs in rows]
    target = data_path(FILE)
    target.write_text("".join(lines), "utf-8")
    print(f"wrote {len(rows)} nouns to {target}")


if __name__ == "__main__":
    main()
