"""Import the words of a mutual contest from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) into ``data/stances/mutual_verbs.txt`` and
``data/stances/mutual_nouns.txt`` (session 67 RQ, issue 14).

"X and Y clashed", "the two feuded", "X and Y quarrelled over the budget", "a war between
X and Y": some hostile acts are done by two parties to each other, so their joined doers are
rivals; most are not ("X and Y attacked the plan", "criticised the cuts", "declined to rule
it out", "are striking"), and their joined doers did the act together. A verb counts as
mutual when one of its two most frequent senses is one of five synsets, or lies below one
(hyponyms) with no transitive frame in WordNet's verb frames for that word (8-11: "Somebody
----s something/somebody": 'feud', 'skirmish', 'bicker', not 'attack', 'oppose', 'bomb',
which take what they are aimed at): {argue, contend, debate, fence} "have an argument about something" (00773450: with
quarrel, dispute, spar, bicker, squabble below), {clash} "disagree violently" (00805246),
{contend, fight, struggle} "be engaged in a fight" (01090353: battle, war, feud, duel,
skirmish), {compete, vie, contend} (01072280) and {clash, jar, collide} "be incompatible"
(02667698) - the one-word verbs, as base forms ("fight", "argue", "compete" as the roots' own
words: used with no object of their own, "X and Y fought", they are mutual). Its nouns are those a derivational pointer
leads to from such a verb's sense (an act, a communication, an event or a state: "clash",
"quarrel", "feud", "war", "battle", "competition", "argument", "dispute"). The rule
``stances.relations.co_sources_together`` reads them.

    python -m stancemap.stances.mutual_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import (
    WORDNET,
    lexical_pointers,
    senses,
    synsets,
    under,
    verb_frames,
    verb_records,
    write_word_list,
)

ROOTS = (
    "00773450",  # argue, contend, debate, fence: have an argument about something
    "00805246",  # clash: disagree violently
    "01090353",  # contend, fight, struggle: be engaged in a fight
    "01072280",  # compete, vie, contend
    "02667698",  # clash, jar, collide: be incompatible
)
VERSION = "2026.12.7"
TOP_SENSES = 2
# the derived nouns kept: acts, communications, events and states ("clash", "quarrel"), not
# a person ("combatant", "rival")
NOUN_LEXFILES = ("04", "10", "11", "26")
# WordNet's generic verb frames of a transitive use: 8 "Somebody ----s something", 9
# "Somebody ----s somebody", 10 "Something ----s somebody", 11 "Something ----s something"
TRANSITIVE_FRAMES = frozenset({8, 9, 10, 11})


def _mutual_senses(root: Path) -> dict[str, set[str]]:
    """verb -> the offsets of its two most frequent senses that make it mutual: a root, or a
    sense below one whose frames for that verb are none transitive."""
    below = under(synsets(root / "data.verb"), ROOTS)
    records = verb_records(root / "data.verb")
    out: dict[str, set[str]] = {}
    for word, offsets in senses(root / "index.verb").items():
        if not word.isalpha():
            continue
        for offset in offsets[:TOP_SENSES]:
            if offset in ROOTS or (
                offset in below
                and not verb_frames(records[offset]).get(word, set()) & TRANSITIVE_FRAMES
            ):
                out.setdefault(word, set()).add(offset)
    return out


def mutual_verbs(root: Path) -> list[str]:
    """The one-word verbs one of whose two most frequent senses is one of ``ROOTS``, or
    lies below one with no transitive frame for that verb."""
    return sorted(_mutual_senses(root))


def mutual_nouns(root: Path) -> list[str]:
    """The one-word nouns a derivational pointer leads to from the sense that makes a verb
    mutual (that verb's own word or the whole synset), of an act, a communication, an
    event or a state."""
    verbs = lexical_pointers(root / "data.verb")
    nouns = lexical_pointers(root / "data.noun")
    out: set[str] = set()
    for verb, offsets in _mutual_senses(root).items():
        for offset in sorted(offsets):
            _lex, words, links = verbs[offset]
            number = words.index(verb) + 1 if verb in words else 0
            for symbol, target, pos, source, word in links:
                if symbol != "+" or pos != "n" or source not in (0, number) or not word:
                    continue
                lex, noun_words, _links = nouns[target]
                noun = noun_words[word - 1]
                if lex in NOUN_LEXFILES and noun.isalpha():
                    out.add(noun)
    return sorted(out)


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    common = [
        "# Generated by python -m stancemap.stances.mutual_import",
        "# from Princeton WordNet 3.0 (WordNet licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
    ]
    header = [
        "# Verbs of a mutual contest: a verb one of whose two most frequent senses is one of the",
        "# WordNet 3.0 synsets 00773450 (argue, contend, debate), 00805246 (clash: disagree",
        "# violently), 01090353 (contend, fight, struggle), 01072280 (compete, vie) or 02667698",
        "# (clash: be incompatible), or lies below one with no transitive frame (8-11) for the",
        "# verb (base forms).",
        *common,
    ]
    write_word_list(data_path("stances/mutual_verbs.txt"), header, mutual_verbs(root))
    noun_header = [
        "# Nouns of a mutual contest: a noun a WordNet 3.0 derivational pointer leads to from",
        "# the sense of a verb of mutual_verbs.txt that put it there (an act, a communication,",
        "# an event or a state: noun.act, noun.communication, noun.event, noun.state).",
        *common,
    ]
    write_word_list(data_path("stances/mutual_nouns.txt"), noun_header, mutual_nouns(root))


if __name__ == "__main__":
    main(sys.argv[1:])
