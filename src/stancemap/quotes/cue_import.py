"""Import the verbs and nouns that can report a clause from Princeton WordNet 3.0 (the
Debian package ``wordnet-base``, ``/usr/share/wordnet``) into
``data/quotes/wordnet_cues.tsv``.

A verb can report a clause when one of its senses is in the lexicographer file
verb.communication (class ``speech``) or verb.cognition (class ``belief``) and lists the
generic frame 26, "Somebody ----s that CLAUSE" (for the sense or for that word of it):
"theorize", "surmise", "figure out". Multiword lemmas are kept with a space
("point out"; the parse matches the verb and its particle or preposition). A noun that
WordNet derives from such a verb sense (a derivational pointer, "+") and whose own sense
is in noun.communication or noun.cognition is a reporting noun of the same class
("speculation", "doubt"). Verbs that judge in words, below criticize.v.01, praise.v.01,
mock.v.01 or reject.v.04 ("deride", "castigate", "rebuff"), are class ``stance``. A
multiword verb whose most frequent sense is in verb.communication ("speak out", "take
issue", "bristle at") is class ``phrasal``. The quotes rules (``quotes.cue.wordnet_verb`` and
``wordnet_noun`` were removed in session 21) ``wordnet_judgment`` and ``wordnet_phrasal`` read the list, gated by the
parse (a speaker subject and a clausal complement; a "that" clause of the noun's own; a
speaker subject and an object; a speaker subject and a person after the multiword verb's
preposition: "X lashed out at Y", "X took issue with Y"); the hand-written lexicon
(``reporting_verbs.tsv``, ``reporting_nouns.tsv``) stays first.

    python -m stancemap.quotes.cue_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import WORDNET, lexical_pointers, senses, synsets, under

VERSION = "2026.12.2"
CLAUSE_FRAME = 26  # "Somebody ----s that CLAUSE"
ADDRESS_FRAME, THING_FRAME = 9, 8  # "Somebody ----s somebody", "Somebody ----s something"
VERB_FILES = {"32": "speech", "31": "belief"}  # verb.communication, verb.cognition
NOUN_FILES = {"10", "09"}  # noun.communication, noun.cognition
# verbs that judge someone or something in words: criticize.v.01, praise.v.01, mock.v.01,
# reject.v.04 ("spurn") and every verb below them ("deride", "castigate", "rebuff")
JUDGING_ROOTS = ("00826527", "00856842", "00849098", "00796994")


def _frames(line: str) -> list[tuple[int, int]]:
    """(frame, word number) pairs of one ``data.verb`` record (word 0: every word)."""
    fields = line.split(" | ", 1)[0].split()
    count = int(fields[3], 16)
    at = 4 + 2 * count
    at += 1 + 4 * int(fields[at])
    if at >= len(fields):
        return []
    listed = fields[at + 1 : at + 1 + 3 * int(fields[at])]
    return [(int(listed[n + 1]), int(listed[n + 2], 16)) for n in range(0, len(listed), 3)]


def _word(raw: str) -> str | None:
    """A WordNet lemma as written in text, or None for one the parse cannot match."""
    word = raw.split("(", 1)[0].lower()  # adjective markers never reach verbs; be safe
    parts = word.split("_")
    if not all(p.isalpha() for p in parts) or len(parts) > 2:
        return None
    return " ".join(parts)


def clause_verbs(root: Path) -> dict[str, tuple[str, set[tuple[str, int]]]]:
    """lemma -> (class, the (synset, word number) senses with the clause frame)."""
    out: dict[str, tuple[str, set[tuple[str, int]]]] = {}
    for line in (root / "data.verb").read_text("latin-1").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        cls = VERB_FILES.get(fields[1])
        if cls is None:
            continue
        count = int(fields[3], 16)
        words = [fields[4 + 2 * n] for n in range(count)]
        for frame, number in _frames(line):
            if frame != CLAUSE_FRAME:
                continue
            for n, raw in enumerate(words, start=1):
                if number not in (0, n):
                    continue
                word = _word(raw)
                if word is None:
                    continue
                # a word in both files: speech wins (it reports words, not only a view)
                old = out.get(word)
                keep = cls if old is None or cls == "speech" else old[0]
                senses = old[1] if old is not None else set()
                senses.add((fields[0], n))
                out[word] = (keep, senses)
    return out


def derived_nouns(root: Path, verbs: dict[str, tuple[str, set[tuple[str, int]]]]) -> dict[str, str]:
    """Nouns derived from a clause-frame verb sense, in noun.communication/cognition."""
    verb_pointers = lexical_pointers(root / "data.verb")
    noun_pointers = lexical_pointers(root / "data.noun")
    out: dict[str, str] = {}
    for cls, verb_senses in verbs.values():
        for offset, number in verb_senses:
            _lexfile, _words, links = verb_pointers[offset]
            for symbol, target, pos, source_n, target_n in links:
                if symbol != "+" or pos != "n" or source_n not in (0, number):
                    continue
                lexfile, nwords, _ = noun_pointers[target]
                if lexfile not in NOUN_FILES:
                    continue
                for word in nwords if target_n == 0 else [nwords[target_n - 1]]:
                    text = _word(word)
                    if text is None or " " in text:
                        continue
                    if out.get(text) != "speech":
                        out[text] = cls
    return out


def judging_verbs(root: Path) -> list[str]:
    """Verbs of a synset under ``JUDGING_ROOTS`` whose most frequent sense is one of
    them, or whose every sense is in verb.communication or verb.cognition: "deride",
    "pooh-pooh" (not "trounce", mostly a victory, nor "knock", mostly a blow)."""
    graph = synsets(root / "data.verb")
    pointers = lexical_pointers(root / "data.verb")
    by_word = senses(root / "index.verb")
    below = under(graph, set(JUDGING_ROOTS), instances=False)
    out = set()
    for offset in below:
        for raw in pointers[offset][1]:
            word = _word(raw)
            own = by_word.get(raw.lower(), [])
            if word is None or not own:
                continue
            if own[0] in below or all(pointers[o][0] in VERB_FILES for o in own):
                out.add(word)
    return sorted(out)


def phrasal_verbs(root: Path, judging: list[str]) -> list[str]:
    """Two-word verbs of a verb.communication synset whose most frequent sense is in
    verb.communication ("speak out", "take issue", "bristle at"; not "put out"), less the
    judging verbs (class stance already) and those whose first sense WordNet frames with
    somebody as object but never something (frame 9 without 8: "turn to" is "address",
    "urge on", "win over"): they address or move a person, they judge no one."""
    pointers = lexical_pointers(root / "data.verb")
    by_word = senses(root / "index.verb")
    records = {
        line.split(" ", 1)[0]: line
        for line in (root / "data.verb").read_text("latin-1").splitlines()
        if line and not line.startswith(" ")
    }
    out = set()
    for _offset, (lexfile, words, _links) in pointers.items():
        if lexfile != "32":
            continue
        for raw in words:
            word = _word(raw)
            own = by_word.get(raw.lower(), [])
            if word is None or " " not in word or not own or word in judging:
                continue
            if pointers[own[0]][0] != "32":
                continue
            first = records[own[0]]
            number = [w.lower() for w in pointers[own[0]][1]].index(raw.lower()) + 1
            frames = {f for f, n in _frames(first) if n in (0, number)}
            if ADDRESS_FRAME in frames and THING_FRAME not in frames:
                continue
            out.add(word)
    return sorted(out)


def phrasal_objects(root: Path, phrasal: list[str]) -> list[str]:
    """The second words of two-word verbs that name words or a view: a noun with a
    noun.communication or noun.cognition sense ("issue", "exception"; not "hands" of
    "shake hands"). "X took issue with Y" needs its object to be one of them."""
    by_word = senses(root / "index.noun")
    pointers = lexical_pointers(root / "data.noun")
    out = set()
    for lemma in phrasal:
        second = lemma.split()[1]
        if any(pointers[o][0] in NOUN_FILES for o in by_word.get(second, [])):
            out.add(second)
    return sorted(out)


def rows(root: Path) -> list[tuple[str, str, str]]:
    verbs = clause_verbs(root)
    nouns = derived_nouns(root, verbs)
    judging = judging_verbs(root)
    out = [(w, "verb", cls) for w, (cls, _) in verbs.items()]
    out += [(w, "noun", cls) for w, cls in nouns.items()]
    out += [(w, "verb", "stance") for w in judging]
    phrasal = phrasal_verbs(root, judging)
    out += [(w, "verb", "phrasal") for w in phrasal]
    out += [(w, "noun", "phrasal") for w in phrasal_objects(root, phrasal)]
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    found = rows(root)
    header = [
        "# Verbs that report a clause (a verb.communication or verb.cognition sense with the",
        '# frame "Somebody ----s that CLAUSE") and the noun.communication/noun.cognition nouns',
        "# WordNet derives from them. Class: speech (communication) or belief (cognition).",
        "# Class stance: a verb that judges in words, under criticize.v.01, praise.v.01,",
        "# mock.v.01 or reject.v.04 (its first sense there, or only verb.communication or",
        "# verb.cognition senses). Class phrasal: a two-word verb whose most frequent sense",
        '# is in verb.communication ("speak out", "take issue", "bristle at"); a noun of',
        "# class phrasal: a second word of one with a noun.communication/cognition sense.",
        "# Generated by python -m stancemap.quotes.cue_import from Princeton WordNet 3.0",
        "# (WordNet licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
        "lemma\tpos\tclass",
    ]
    out = data_path("quotes/wordnet_cues.tsv")
    out.write_text("\n".join(header + ["\t".join(r) for r in found]) + "\n", "utf-8")
    print(f"{len(found)} cues -> {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
