"""Import the words of leaving and of removal from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) into ``data/events/requested_acts.tsv``, which
``events/requested_acts.py`` reads to tell a request hostile to the one it names ("called
for the resignation of Y", "urged Y to step down", "demanded Y's impeachment").

- ``leave``: verbs with one of their four most frequent senses under leave_office.v.01
  ("give up or retire from a position": resign, step down, quit), vacate.v.01 ("leave a
  job, post, or position voluntarily": resign, abdicate) or drop_out.v.01 ("give up in the
  face of defeat": throw in the towel), and the nouns WordNet derives from those very
  words ("resignation", "abdication"). The one asked to do it is asked to go.
- ``remove``: verbs with one of their four most frequent senses under remove.v.02 ("remove
  from a position or an office": oust, depose, fire, sack, dismiss), impeach.v.02 ("charge
  a public official with an offense") or punish.v.01, and the nouns derived from those
  words ("ouster", "removal", "dismissal", "impeachment", "punishment"). The one it is done
  to is removed or punished.

    python -m stancemap.events.requested_acts_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexical_pointers, senses, under

VERSION = "2026.12.1"
FILE = "events/requested_acts.tsv"
# leave_office.v.01, vacate.v.01, drop_out.v.01 (give up in defeat)
LEAVE_ROOTS = ("02382385", "02367050", "01083062")
# remove.v.02 (from a position or an office), impeach.v.02
REMOVE_ROOTS = ("02404242", "00844762")
PUNISH_ROOTS = ("02499629",)  # punish.v.01
KINDS = (("leave", LEAVE_ROOTS), ("remove", REMOVE_ROOTS), ("punish", PUNISH_ROOTS))
SENSES_READ = 4  # a verb counts when one of its four most frequent senses is of the kind
# a derived noun counts when it has a sense in these lexicographer files: noun.act,
# noun.communication (the document: "submitted his resignation"); not a noun only of the
# doer or the instrument ("avenger", "gibbet")
NOUN_LEXFILES = ("04", "10")

HEADER = (
    "# Words of leaving an office (leave), of removing someone from one (remove) and of\n"
    "# punishing someone (punish):\n"
    "# a request whose content is such an act on the one it names is hostile to them\n"
    "# (events.frame.hostile_request). Columns: word, part of speech (V / N), kind.\n"
    "# Imported from Princeton WordNet 3.0 (Debian wordnet-base) by\n"
    "# `python -m stancemap.events.requested_acts_import`: do not edit by hand. WordNet 3.0\n"
    "# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).\n"
    "# version: {version}\n"
    "word\tpos\tkind\n"
)


def _word(lemma: str) -> bool:
    return lemma.replace("_", "").replace("-", "").isalpha()


def kind_words(root: Path, roots: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(verbs, nouns) of one kind: the verbs one of whose four most frequent senses lies
    under ``roots``, and the nouns WordNet derives from those verbs in those senses."""
    graph = lexical_pointers(root / "data.verb")
    below = under(
        {o: (w, [(s, t) for s, t, *_ in links]) for o, (_, w, links) in graph.items()}, roots
    )
    verbs: set[str] = set()
    nouns: set[str] = set()
    nouns_graph = lexical_pointers(root / "data.noun")
    noun_senses = senses(root / "index.noun")

    def act_noun(word: str) -> bool:  # "ouster": derived from the person sense, an act too
        return any(nouns_graph[o][0] in NOUN_LEXFILES for o in noun_senses.get(word, []))

    for lemma, offsets in senses(root / "index.verb").items():
        hits = [o for o in offsets[:SENSES_READ] if o in below]
        if not hits or not _word(lemma):
            continue
        verbs.add(lemma)
        for offset in hits:
            words = graph[offset][1]
            for symbol, target, pos, source_no, target_no in graph[offset][2]:
                if symbol != "+" or pos != "n" or target not in nouns_graph:
                    continue
                if source_no and words[source_no - 1] != lemma:
                    continue  # derived from another word of the synset
                if not source_no and lemma not in words:
                    continue
                targets = nouns_graph[target][1]
                derived = targets if not target_no else [targets[target_no - 1]]
                nouns.update(n for n in derived if _word(n) and act_noun(n))
    return sorted(v.replace("_", " ") for v in verbs), sorted(n.replace("_", " ") for n in nouns)


def rows(root: Path = WORDNET) -> list[str]:
    out: list[str] = []
    for kind, roots in KINDS:
        verbs, nouns = kind_words(root, roots)
        out += [f"{v}\tV\t{kind}\n" for v in verbs]
        out += [f"{n}\tN\t{kind}\n" for n in nouns]
    return out


def write(root: Path = WORDNET) -> None:
    lines = rows(root)
    data_path(FILE).write_text(HEADER.format(version=VERSION) + "".join(lines), "utf-8")
    print(f"{len(lines)} rows -> {FILE}")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
