"""Write ``data/events/denial_words.tsv``: the verbs of a denial and the nouns of the guilt
denied ("X denied any wrongdoing", "denies responsibility for the crash"), for rule
``events.frame.denial`` (``events/denials.py``, session 61 CE).

    python -m stancemap.events.denial_import [CAMEO.2.0.txt] [/usr/share/wordnet]

Kind ``verb``: the one-word verbs whose most frequent Princeton WordNet 3.0 sense is
deny.v.01 ("declare untrue; contradict": "He denied the allegations", "She denied that she
had taken money") or a kind of it (disclaim, disavow, repudiate). Kind ``guilt``: the object
nouns of the PETRARCH2 CAMEO verb dictionary's patterns coded 016 "deny responsibility"
("DENY * RESPONSIBILITY", "* INVOLVEMENT", "* LINK", "* ROLE"), in their singular form, and
the one-word nouns one of whose two most frequent WordNet senses is wrongdoing.n.02
("departing from what is ethically acceptable") or a kind of it (misconduct, crime, fraud,
offence). The dictionary codes the denial of responsibility as a public statement (01x),
which CAMEO2PLOVER does not carry into PLOVER; the project's convention (docs/judging.md,
"Verbal acts are events": denying) codes it as PLOVER REJECT.

PETRARCH2 CAMEO.2.0.txt (MIT licence); WordNet 3.0 Copyright 2006 by Princeton University
(the WordNet licence; see data/events/README.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, senses, synsets, under
from .phoenix import verb_part

DENY_VERB = "00816574"  # deny.v.01: "declare untrue; contradict"
WRONGDOING = "00732746"  # wrongdoing.n.02: "departing from what is ethically acceptable"
DENY_RESPONSIBILITY = "016"  # CAMEO: deny responsibility
DICTIONARY = Path(__file__).resolve().parents[4] / "shared/reference/phoenix-dictionaries"
FILE = "events/denial_words.tsv"
HEADER = """\
# Verbs of a denial and nouns of the guilt denied: events.frame.denial (events/denials.py).
# kind verb: one-word verbs whose most frequent WordNet 3.0 sense is deny.v.01 ("declare
#   untrue; contradict") or a kind of it.
# kind guilt: the object nouns of the CAMEO verb dictionary's patterns coded 016 "deny
#   responsibility" (singular), and one-word nouns one of whose two most frequent WordNet
#   senses is wrongdoing.n.02 or a kind of it.
# Written by `python -m stancemap.events.denial_import`: do not edit by hand. PETRARCH2
# CAMEO.2.0.txt (MIT); WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence
# (data/events/README.md). version: 2026.12.61
word\tkind
"""
_PATTERN = re.compile(r"^-\s+\*\s+([A-Z][A-Z'-]*)\b.*\[(\d+)")


def denying_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is deny.v.01 or below it."""
    kinds = under(synsets(root / "data.verb"), (DENY_VERB,))
    return sorted(
        w
        for w, offsets in senses(root / "index.verb").items()
        if w.isalpha() and offsets[0] in kinds
    )


def dictionary_guilt(text: str, nouns: dict[str, list[str]]) -> set[str]:
    """The object nouns of the dictionary's 016 patterns ("- * INVOLVEMENT [016]"), made
    singular where WordNet knows the singular and not the plural ("accusations")."""
    out = set()
    for _, _, line in verb_part(text):
        match = _PATTERN.match(line.strip())
        if match is None or match.group(2) != DENY_RESPONSIBILITY:
            continue
        word = match.group(1).lower()
        if word not in nouns and word.endswith("s") and word[:-1] in nouns:
            word = word[:-1]
        out.add(word)
    return out


def wrongdoing_nouns(root: Path) -> set[str]:
    """One-word nouns one of whose two most frequent senses is wrongdoing.n.02 or below."""
    kinds = under(synsets(root / "data.noun"), (WRONGDOING,))
    return {
        w
        for w, offsets in senses(root / "index.noun").items()
        if w.isalpha() and any(o in kinds for o in offsets[:2])
    }


def denial_rows(dictionary: Path, root: Path) -> list[tuple[str, str]]:
    """(word, kind), sorted by kind then word."""
    nouns = senses(root / "index.noun")
    guilt = dictionary_guilt(dictionary.read_text("latin-1"), nouns) | wrongdoing_nouns(root)
    return [(w, "guilt") for w in sorted(guilt)] + [(w, "verb") for w in denying_verbs(root)]


def render(rows: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{word}\t{kind}\n" for word, kind in rows)


def main() -> None:
    dictionary = Path(sys.argv[1]) if len(sys.argv) > 1 else DICTIONARY / "CAMEO.2.0.txt"
    root = Path(sys.argv[2]) if len(sys.argv) > 2 else WORDNET
    rows = denial_rows(dictionary, root)
    target = data_path(FILE)
    target.write_text(render(rows), "utf-8")
    print(f"wrote {len(rows)} words to {target}")


if __name__ == "__main__":
    main()
