"""Write ``data/events/displeasure_cries.tsv``: the words of an audience's cry of
displeasure at a speaker or a performer ("the crowd booed Ryan", "was booed", "received
scattered boos"), as trigger rows of a protest (PLOVER PROTEST, CAMEO 140), from Princeton
WordNet 3.0.

    python -m stancemap.events.displeasure_import [/usr/share/wordnet]

The verbs: those whose most frequent WordNet sense is WordNet's "show displeasure, as after
a performance or speech" (boo.v.01) or a kind of it. The nouns: those whose most frequent
sense is a noun of communication (noun.communication) that WordNet derives from one of those
verb senses ("a cry or noise made to express displeasure or contempt"). The cry is public
and aimed at someone: a crowd's act of dissent, as a demonstration is (PLOVER's PROTEST),
not a statement of criticism (ACCUSE) by one party. Read through
``events/lexicon.py: load_lexicon`` under rule ``events.trigger.displeasure_cries``.

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexical_pointers, senses, synsets, under

# boo.v.01: "show displeasure, as after a performance or speech"
DISPLEASURE_VERB = "00862243"
COMMUNICATION_LEXFILE = "10"  # noun.communication
DERIVED = "+"  # WordNet's derivationally related form
CODE = "140"  # CAMEO: engage in political dissent, not specified below
FILE = "events/displeasure_cries.tsv"
HEADER = """\
# An audience's cries of displeasure ("the crowd booed X", "received scattered boos") as
# protest rows (CAMEO 140, PLOVER PROTEST): events.trigger.displeasure_cries.
# Verbs whose most frequent WordNet 3.0 sense is boo.v.01 ("show displeasure, as after a
# performance or speech") or a kind of it; nouns whose most frequent sense is a
# noun.communication synset WordNet derives from those senses.
# Written by `python -m stancemap.events.displeasure_import`: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# version: 2026.12.4
"""


def displeasure_words(root: Path) -> list[tuple[str, str]]:
    """(word, "V" or "N"), sorted: the verbs and nouns of a cry of displeasure."""
    verbs = synsets(root / "data.verb")
    kinds = under(verbs, (DISPLEASURE_VERB,))
    nouns = lexical_pointers(root / "data.noun")
    derived = {
        target
        for offset in kinds
        for symbol, target in verbs[offset][1]
        if symbol == DERIVED and target in nouns and nouns[target][0] == COMMUNICATION_LEXFILE
    }
    out = []
    for pos, index, wanted in (("V", "index.verb", kinds), ("N", "index.noun", derived)):
        for lemma, offsets in senses(root / index).items():
            if lemma.isalpha() and offsets[0] in wanted:
                out.append((lemma, pos))
    return sorted(out)


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = displeasure_words(root)
    lines = [HEADER, "lemma\tpos\trole\tcameo\trequires\ttype\n"]
    lines += [f"{word}\t{pos}\tevent\t{CODE}\t-\t-\n" for word, pos in rows]
    target = data_path(FILE)
    target.write_text("".join(lines), "utf-8")
    print(f"wrote {len(rows)} words to {target}")


if __name__ == "__main__":
    main()
