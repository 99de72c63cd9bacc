"""The one who feels is the one who judges: passives of verbs of feeling (session 29,
issue 12).

* ``events.args.psych_passive_experiencer``: "Many Republicans were outraged by Trump's
  comments", "Sanders supporters were disappointed by Clinton's speech": the passive of a
  verb whose object is the one who feels (WordNet 3.0: the most frequent sense lies in
  verb.emotion and lists the frame "Something ----s somebody": outrage, anger,
  disappoint, offend, alarm, please, impress; ``data/lexicon/experiencer_object_verbs.txt``
  by ``python -m stancemap.events.psych_passives``), coded as disapproval (ACCUSE,
  REJECT), whose "by" phrase is headed by a thing ("Trump's comments", "the raids") has
  the one who feels - its subject - as the source and the thing's owner named in the
  "by" phrase as the target; the reverse of an ordinary passive ("was attacked by X"),
  where the "by" phrase names the doer. A person in the "by" phrase ("was humiliated by
  Trump", "were reassured by Obama") may be the doer of an act on the subject, and the
  ordinary reading stays. Verbs whose subject feels ("hate", "admire",
  "fear": no such frame) keep the ordinary reading ("Trump is admired by X": X admires).

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, word_list
from ..rules import declare
from ..wordnet_files import WORDNET, _records, first_senses, write_word_list
from . import arguments as args

PSYCH_PASSIVE_EXPERIENCER = declare(
    "events.args.psych_passive_experiencer",
    "'Republicans were outraged by Trump's comments': the passive of a verb whose object "
    "feels (WordNet verb.emotion with the frame 'Something ----s somebody') has its subject "
    "as the source and its 'by' phrase as the target, not the reverse",
    order=9.9,
)

LIST = "lexicon/experiencer_object_verbs.txt"
EMOTION = "37"  # verb.emotion
STIMULUS_FRAME = 10  # "Something ----s somebody"
VERSION = "2026.12.2"
# the coded types of a feeling turned against its cause (the lexicon reads "outraged",
# "offended" as disapproval); the pleased, reassured or inspired are left alone: there
# the "by" phrase is too often the doer of a kind act ("were reassured by Obama")
DISAPPROVING = frozenset(("ACCUSE", "REJECT"))


@cache
def experiencer_object_verbs() -> frozenset[str]:
    return frozenset(word_list(LIST))


def experiencer(verb: Token, coded_type: str | None) -> Token | None:
    """For a passive of a verb of feeling that the lexicon codes as disapproval
    (``coded_type`` ACCUSE or REJECT) with a "by" phrase headed by a thing ("X was
    outraged by Y's remarks", "by the raids"), the one who feels: its passive subject;
    else None. A person as the "by" object ("was humiliated by Trump") may be the doer
    of an act on the subject: the ordinary passive reading stays."""
    if coded_type not in DISAPPROVING or verb.lemma_.lower() not in experiencer_object_verbs():
        return None
    stimulus = args.prep_objects(verb, ["by"])
    if not stimulus or any(s.pos_ != "NOUN" for s in stimulus):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(iter(args.children(verb, "nsubjpass")), None)


def stimuli(verb: Token) -> list[Token]:
    """The "by" objects of a verb of feeling (what, or whose act, caused the feeling)."""
    return args.prep_objects(verb, ["by"])


# ----------------------------------------------------------------- importer


def _frames(fields: list[str]) -> dict[str, set[int]]:
    count = int(fields[3], 16)
    words = [fields[4 + 2 * n].lower() for n in range(count)]
    at = 4 + 2 * count
    at += 1 + 4 * int(fields[at])
    out: dict[str, set[int]] = {}
    if at >= len(fields):
        return out
    listed = fields[at + 1 : at + 1 + 3 * int(fields[at])]
    for n in range(0, len(listed), 3):
        frame, number = int(listed[n + 1]), int(listed[n + 2], 16)
        for word in words if number == 0 else [words[number - 1]]:
            out.setdefault(word, set()).add(frame)
    return out


def import_verbs(root: Path) -> list[str]:
    """One-word verbs whose most frequent sense is in verb.emotion and lists, for the
    verb, the frame "Something ----s somebody"."""
    records: dict[str, list[str]] = {}
    for line in _records(root / "data.verb"):
        fields = line.split(" | ", 1)[0].split()
        records[fields[0]] = fields
    out = []
    for lemma, offset in first_senses(root / "index.verb").items():
        record = records.get(offset)
        if record is None or record[1] != EMOTION or "_" in lemma or "-" in lemma:
            continue
        if STIMULUS_FRAME in _frames(record).get(lemma, set()):
            out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    write_word_list(
        data_path(LIST),
        [
            "# Verbs whose object is the one who feels: the most frequent WordNet 3.0 sense is in",
            "# verb.emotion and lists the frame 'Something ----s somebody' (outrage, anger).",
            "# Generated by python -m stancemap.events.psych_passives",
            "# from Princeton WordNet 3.0 (WordNet licence, see data/events/README.md); do not edit.",
            f"# Version {VERSION}.",
        ],
        import_verbs(root),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
