"""Write ``data/events/predicate_triggers.tsv``: the words of two events told with no verb of
their own (session 53 RC), from Princeton WordNet 3.0 and our own trigger lexicon.

    python -m stancemap.events.predicate_trigger_import [/usr/share/wordnet]

- ``under`` rows: the one-word nouns of criticism.n.01 ("disapproval expressed by pointing
  out faults") and every noun below it ("fire", "attack", "flak", "censure", "criticism"),
  which "X came under fire from Y" / "X is under attack from Y" reads as Y's criticism of X
  (WordNet's own adjective under_fire/under_attack, 02524901: "subjected to enemy attack or
  censure"). A noun is kept where that sense is its most frequent (``first`` 1), or where
  WordNet has the idiom "under_<noun>" itself (``first`` 0: "attack", "fire" are force
  first, and the rule reads them only with nothing armed around).
- ``blame`` rows: the adjectives of the clusters of guilty.a.01 ("responsible for or
  chargeable with a reprehensible act") and responsible.a.01 ("held accountable": accountable,
  answerable), whose most frequent sense is in the cluster ("trustworthy" is not), which a verb of deem.v.01 ("hold", "deem": "I hold him personally
  responsible", WordNet's own example) predicates of its object: the subject blames it.
- ``holding`` rows: the one-word members of deem.v.01 and of the synset above it ("see,
  consider, reckon, view, regard": "they consider him responsible", "regarded as culpable").

The code and type of each kind are those of the triggers.tsv row of the verb WordNet derives
the root from (criticism.n.01 -> criticize: 111 ACCUSE; blameworthy -> blame: 112 ACCUSE).
Read by ``events/predicate_triggers.py`` (rules ``events.trigger.under_criticism``,
``events.trigger.held_responsible``).

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, senses, synsets, under
from .attitude_import import coded_words

FILE = "events/predicate_triggers.tsv"
CRITICISM = "06710546"  # criticism.n.01, derived verb criticize (00826527)
CRITICISM_VERB = "criticize"
GUILTY = "01320988"  # guilty.a.01 and its satellites (culpable, blameworthy, ...)
RESPONSIBLE = "01996378"  # responsible.a.01 and its satellites (accountable, answerable, ...)
BLAME_VERB = "blame"  # blameworthy.s.01 derives from blame.v
DEEM = "00693798"  # deem.v.01: deem, hold, view as, take for
CONSIDER = "00690632"  # its hypernym, consider.v.?: see, consider, reckon, view, regard
SIMILAR = "&"
UNDER = "under_"  # WordNet's adjectives "under_fire", "under_attack"
HEADER = """\
# Words of events told with no verb of their own (session 53 RC): "X came under fire from Y"
# (kind under: nouns of WordNet 3.0 criticism.n.01 and below; first = 1 where that is the
# noun's most frequent sense, 0 where only WordNet's idiom under_<noun> keeps it) and "X holds
# Y responsible for Z" (kind blame: adjectives of the clusters of guilty.a.01 and
# responsible.a.01 whose most frequent sense is there; kind holding: the verbs of deem.v.01 and
# of its hypernym, consider). code and type are those of data/events/triggers.tsv's row of the
# verb WordNet derives the root from (criticize, blame). Rules events.trigger.under_criticism,
# events.trigger.held_responsible.
# Written by `python -m stancemap.events.predicate_trigger_import`: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# version: 2026.12.5
"""


def _one_word(word: str) -> str | None:
    word = word.split("(")[0].lower()
    return word if word.isalpha() else None


def rows(root: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(word, kind, first, code, type, via) sorted by kind and word."""
    coded = coded_words()
    criticize = coded[(CRITICISM_VERB, "V")]
    blame = coded[(BLAME_VERB, "V")]
    out: dict[tuple[str, str], tuple[str, str, str, str, str, str]] = {}
    nouns = synsets(root / "data.noun")
    noun_senses = senses(root / "index.noun")
    below = under(nouns, (CRITICISM,), instances=False)
    idioms = {w[len(UNDER) :] for w in senses(root / "index.adj") if w.startswith(UNDER)}
    for offset in sorted(below):
        for word in nouns[offset][0]:
            one = _one_word(word)
            if one is None:
                continue
            first = "1" if noun_senses.get(one, [""])[0] in below else "0"
            if first == "0" and one not in idioms:
                continue  # "speech", "sermon": criticism only in a rare sense
            out.setdefault(("under", one), (one, "under", first, *criticize, CRITICISM_VERB))
    adjectives = synsets(root / "data.adj")
    adjective_senses = senses(root / "index.adj")
    for head in (GUILTY, RESPONSIBLE):
        cluster = [head] + [t for s, t in adjectives[head][1] if s == SIMILAR]
        for offset in cluster:
            for word in adjectives[offset][0]:
                one = _one_word(word)
                if one is not None and adjective_senses.get(one, [""])[0] in cluster:
                    out.setdefault(("blame", one), (one, "blame", "-", *blame, BLAME_VERB))
    verbs = synsets(root / "data.verb")
    for word in verbs[DEEM][0] + verbs[CONSIDER][0]:
        one = _one_word(word)
        if one is not None:
            out.setdefault(("holding", one), (one, "holding", "-", "-", "-", "-"))
    return [out[key] for key in sorted(out)]


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    table = rows(root)
    lines = [HEADER, "word\tkind\tfirst\tcode\ttype\tvia\n"]
    lines += ["\t".join(row) + "\n" for row in table]
    target = data_path(FILE)
    target.write_text("".join(lines), "utf-8")
    print(f"wrote {len(table)} words to {target}")


if __name__ == "__main__":
    main()
