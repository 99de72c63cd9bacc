"""Write ``data/events/undoing_verbs.txt``: the verbs of ending or undoing what their object
names ("terminated an agreement", "scrapped the deal", "reneged on a pledge", "pulled out of
the talks"), for rule ``events.sense.undone_act`` (``events/undone_acts.py``, session 62 EL).

    python -m stancemap.events.undoing_import [/usr/share/wordnet]

The verbs (one word, or a particle verb written with spaces: "go back on", "pull out") one
of whose two most frequent Princeton WordNet 3.0 senses is, or is a kind of, one of:
end.v.02 "bring to an end or halt" (terminate; not its kinds, ways of completing:
finish, conclude, settle), discontinue.v.01 (quit, drop, suspend),
cancel.v.01 "postpone indefinitely or annul" (call off), invalidate.v.01 "declare null and
void" (annul, revoke, rescind, repeal, renege), abolish.v.01 (abrogate), get_rid_of.v.01
"dispose of" (scrap, ditch, dump, abandon), abandon.v.02/.03 "give up", retreat.v.03 "pull
back from a commitment" (back out, withdraw), chicken_out.v.01 (pull out, back down) and
break_off.v.01 "interrupt before its end". These are the WordNet homes of the verbs the CAMEO
verb dictionary files under its CANCEL, REVOKE_ and SCRAP synsets (CAMEO.2.0.txt: "CANCEL *
DEAL", "RENEGE (ON DEAL)" [160], "REVOKE * RECOGNITION" [160], "CANCEL * MEETING" [164]).
WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, senses, synsets, under, write_word_list

# end.v.02 itself only: its kinds are ways of completing (finish, conclude, settle, fulfil)
ENDING = "00352826"  # end.v.02, terminate: bring to an end or halt
ROOTS = (
    "02680814",  # discontinue.v.01, stop, quit, give up: put an end to an activity
    "02477755",  # cancel.v.01, call off: postpone indefinitely or annul
    "02477334",  # invalidate.v.01: declare null and void (annul, revoke, rescind, renege)
    "02427334",  # abolish.v.01, get rid of (abrogate)
    "02222336",  # get_rid_of.v.01, dispose of (scrap, junk, ditch, dump, abandon)
    "02227759",  # abandon.v.02, give up: with the intent of never claiming again
    "00613411",  # abandon.v.03, give up: stop maintaining or insisting on
    "00799401",  # retreat.v.03, back out, withdraw: pull back from a commitment
    "02380998",  # chicken_out.v.01, back off, pull out, back down, bow out
    "00362805",  # break_off.v.01, cut short: interrupt before its natural or planned end
)
FILE = "events/undoing_verbs.txt"
HEADER = [
    "# Verbs of ending or undoing what their object names, for events.sense.undone_act",
    "# (events/undone_acts.py): one of the two most frequent WordNet 3.0 senses is under",
    "# end.v.02, discontinue.v.01, cancel.v.01, invalidate.v.01, abolish.v.01, get_rid_of.v.01,",
    "# abandon.v.02/.03, retreat.v.03, chicken_out.v.01 or break_off.v.01; particle verbs with",
    "# spaces. Written by `python -m stancemap.events.undoing_import`: do not edit by hand.",
    "# WordNet 3.0 Copyright 2006 by Princeton University (data/events/README.md).",
    "# version: 2026.12.62",
]


def undoing_verbs(root: Path) -> list[str]:
    """Verbs one of whose two most frequent senses is under ``ROOTS`` (or is end.v.02), and
    the roots' own members."""
    graph = synsets(root / "data.verb")
    kinds = under(graph, ROOTS) | {ENDING}
    words = {
        w
        for w, offsets in senses(root / "index.verb").items()
        if any(o in kinds for o in offsets[:2])
    }
    # a root's own members at any rank ("pull out" is chicken_out.v.01 only in its 4th sense)
    words |= {w.split("(")[0].lower() for o in (*ROOTS, ENDING) for w in graph[o][0]}
    return sorted(w.replace("_", " ") for w in words if w.replace("_", "").isalpha())


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    write_word_list(data_path(FILE), HEADER, undoing_verbs(root))


if __name__ == "__main__":
    main()
