"""Build ``data/stances/stance_free_words.tsv``: rows of the claim-sign lexicons whose word
names a movement, a change of amount or a stretch of time (session 58, engineer CP).

AFINN-165 and VADER sign words by the feeling a review or a tweet gives them, and some of
that feeling comes from what usually moves: "rise" +1, "increase" +1, "boost" +1,
"dropped" -1, "fallen" -1, "slumping" -1 (prices, shares). A speaker's claim "turnout rose"
or "the number of refugees has increased" judges nothing with that word: whether a rise is
good is the thing risen's, not the verb's. ``wordnet_signs.tsv``, read through WordNet from
those signs, carries the same ("decrease" -1 as the antonym of "increase", "climb" +1 as a
synonym of "rise"). Issue 14 (claims with a polarity) matches two speakers' opposite signed
claims, so such a sign makes a disagreement of two reports of one movement.

The class is read from WordNet 3.0 (Copyright 2006 by Princeton University), never from
errors: a row's word (each of its parts of speech in WordNet, its base form found through
WordNet's exception lists and the regular endings) is stance-free when the most frequent
sense of every part of speech it has lies in

- ``verb.motion`` or under change_magnitude.v.01 ("increase", "decrease", "boost"),
- ``noun.quantity`` or ``noun.time``, or under change_of_magnitude.n.01,
  increase.n.03 / decrease.n.02 (the processes), motion.n.06 (the act of changing
  location) or movement.n.03 (the event of a change of position),
- an adjective or noun sense derived from (``+``) or a participle of (``<``) such verb
  senses only ("fallen" of fall.v.01).

A word WordNet does not know is kept. The rows are listed, not removed: the events stage
reads ``claim_words.tsv`` whole, and the stances stage leaves them out of a claim's
predicate sign only under rule ``stances.claims.stance_free_rows`` (``claims.py``).

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.stance_free_import
"""

from __future__ import annotations

import collections
import sys
from functools import lru_cache
from pathlib import Path

from ..wordnet_files import LEXNAMES, WORDNET, lexical_pointers, senses, synsets, under

DATA = Path(__file__).resolve().parents[1] / "data" / "stances"
OUT = DATA / "stance_free_words.tsv"
SOURCES = ("claim_words.tsv", "wordnet_signs.tsv")
VERSION = 1

_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's detachment rules (morphy): an ending and what replaces it, in order
_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
VERB_LEXNAMES = ("38",)  # verb.motion
VERB_ROOTS = (("change_magnitude", 0),)
NOUN_LEXNAMES = ("23", "28")  # noun.quantity, noun.time
# (lemma, sense index in index.noun order): the act of changing amount, growing and
# shrinking as processes, the act of changing location, the event of a change of position
NOUN_ROOTS = (("change_of_magnitude", 0), ("increase", 2), ("decrease", 1), ("motion", 5),
              ("movement", 2))  # fmt: skip


class WordNet:
    """The parts of WordNet 3.0 the class reads: senses, pointers, exceptions."""

    def __init__(self, root: Path = WORDNET) -> None:
        self.index = {p: senses(root / f"index.{n}") for p, n in _POS.items()}
        self.data = {p: lexical_pointers(root / f"data.{n}") for p, n in _POS.items()}
        self.exceptions: dict[tuple[str, str], list[str]] = {}
        for p, n in _POS.items():
            path = root / f"{n}.exc"
            for line in path.read_text("latin-1").splitlines() if path.exists() else []:
                form, *bases = line.split()
                self.exceptions.setdefault((p, form), []).extend(bases)
        verbs = under(synsets(root / "data.verb"), {self.index["v"][w][i] for w, i in VERB_ROOTS})
        nouns = under(synsets(root / "data.noun"), {self.index["n"][w][i] for w, i in NOUN_ROOTS})
        self.counts: dict[tuple[str, str], dict[int, int]] = {}
        path = root / "cntlist.rev"
        for line in path.read_text("latin-1").splitlines() if path.exists() else []:
            key, number, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = "nvara"[int(rest[0]) - 1]
            self.counts.setdefault((lemma, pos), {})[int(number)] = int(count)
        self.verbs = {o for o, (lex, _w, _l) in self.data["v"].items() if lex in VERB_LEXNAMES}
        self.verbs |= verbs
        self.nouns = nouns | {
            o for o, (lex, _w, _l) in self.data["n"].items() if lex in NOUN_LEXNAMES
        }

    def base(self, word: str, pos: str) -> str | None:
        """The first base form of ``word`` WordNet lists as ``pos`` ("fallen" -> fall)."""
        index = self.index[pos]
        if word in index:
            return word
        for base in self.exceptions.get((pos, word), []):
            if base in index:
                return base
        for ending, tail in _ENDINGS[pos]:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                stem = word[: len(word) - len(ending)] + tail
                if stem in index:
                    return stem
                doubled = not tail and len(stem) > 2 and stem[-1] == stem[-2]
                if pos == "v" and doubled and stem[:-1] in index:
                    return stem[:-1]  # "stopped" -> stop
        return None

    def senses_of(self, word: str) -> list[tuple[str, list[str]]]:
        """(part of speech, the word's senses in it, most frequent first) for each part
        of speech WordNet has the word in."""
        word = word.lower().replace(" ", "_")
        out = []
        for pos in _POS:
            base = self.base(word, pos)
            if base is not None:
                out.append((pos, self.index[pos][base]))
        return out

    def in_class(self, pos: str, offset: str) -> bool:
        if pos == "v":
            return offset in self.verbs
        if pos != "n":
            return False  # an adjective's sense judges ("uplifting", "stirring", "twisted")
        if offset in self.nouns:
            return True
        links = self.data[pos][offset][2]
        verbs = [t for symbol, t, tpos, _s, _t in links if tpos == "v" and symbol == "+"]
        return bool(verbs) and all(t in self.verbs for t in verbs)

    def share(self, word: str) -> tuple[int, int]:
        """(class, all): the tagged occurrences (SemCor counts, ``cntlist.rev``) of the
        word's senses over all its parts of speech, and of those in the class; (0, 0)
        where no sense of it is tagged."""
        word = word.lower().replace(" ", "_")
        hits = total = 0
        for pos in _POS:
            base = self.base(word, pos)
            if base is None:
                continue
            offsets = self.index[pos][base]
            for number, count in self.counts.get((base, pos), {}).items():
                if number <= len(offsets):
                    total += count
                    hits += count if self.in_class(pos, offsets[number - 1]) else 0
        return hits, total

    def stance_free(self, word: str) -> bool:
        """Most of the word's tagged occurrences are in the class; a word none of whose
        senses is tagged: the most frequent sense of each of its parts of speech is."""
        hits, total = self.share(word)
        if total:
            return hits * 2 > total
        found = self.senses_of(word)
        return bool(found) and all(self.in_class(pos, offsets[0]) for pos, offsets in found)


@lru_cache(maxsize=1)
def wordnet() -> WordNet:
    return WordNet()


def lexname_counts(word: str) -> collections.Counter[str]:
    """The lexicographer files of all the senses of ``word`` (for the ablation's classes)."""
    found = wordnet()
    out: collections.Counter[str] = collections.Counter()
    other = {"00": "adj.all", "01": "adj.pert", "02": "adv.all"}
    for pos, offsets in found.senses_of(word):
        for offset in offsets:
            lex = found.data[pos][offset][0]
            out[LEXNAMES.get(lex) or other.get(lex, lex)] += 1
    return out


def build(data: Path = DATA, root: Path = WORDNET) -> list[tuple[str, str, str, str]]:
    """(word, file, sign, source) of each stance-free row of the claim-sign lexicons."""
    found = wordnet() if root == WORDNET else WordNet(root)
    rows = []
    for name in SOURCES:
        for line in (data / name).read_text("utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("word\t"):
                continue
            word, sign, _weight, source = line.split("\t")
            if found.stance_free(word):
                rows.append((word, name, sign, source))
    return sorted(rows)


def render(rows: list[tuple[str, str, str, str]]) -> str:
    header = [
        f"# stancemap stance-free sign rows, version {VERSION}: rows of claim_words.tsv and",
        "# wordnet_signs.tsv whose word's most frequent WordNet 3.0 sense in each part of",
        "# speech is a movement, a change of amount or a stretch of time (verb.motion,",
        "# change_magnitude.v.01, noun.quantity, noun.time, ...; see stance_free_import).",
        "# WordNet 3.0 Copyright 2006 by Princeton University. Read under rule",
        "# stances.claims.stance_free_rows. Generated by",
        "# `python -m stancemap.stances.stance_free_import`: do not edit by hand.",
        "word\tfile\tsign\tsource",
    ]
    return "\n".join(header + ["\t".join(row) for row in rows]) + "\n"


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET
    rows = build(root=root)
    OUT.write_text(render(rows), "utf-8")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
