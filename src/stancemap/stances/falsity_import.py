"""Build two WordNet 3.0 lists for the rejection rules (session 20, issue 14).

- ``data/stances/falsity_words.txt`` (rule ``stances.relations.falsity_claim``): words that
  judge something said as untrue or senseless. Whatever is named with one is taken as
  someone's words, whatever its noun ("described Y's figures as absurd", "said the story
  was false", "branded the account a fabrication"). Adjectives: every one-word adjective
  whose most frequent sense is false.a.01, untrue.a.01, incorrect.a.01 or illogical.a.01 or
  one of their satellites, or the satellites baseless.s.01 ("groundless", "unfounded"),
  uncorroborated.s.01 ("unsubstantiated") and fabricated.s.01 ("fictitious"). Nouns: every
  one-word noun whose most frequent sense is, or lies under, falsehood.n.01 ("lie",
  "fabrication", "canard") or nonsense.n.01 ("nonsense", "hokum", "twaddle").
- ``data/stances/refutation_nouns.txt`` (rule ``stances.relations.refutation_noun``): nouns
  of answering another's words by contradicting them: every one-word noun whose most
  frequent sense is, or lies under, refutation.n.01 ("rebuttal", "confutation"), and
  denial.n.01 itself (rejoinder.n.01 is left out: its "comeback" is mostly a return to
  office in political news).
- ``data/stances/message_nouns.txt`` (``falsity_claim``'s gate): nouns of things said, one of
  whose two most frequent senses lies under communication.n.02 ("story", "account",
  "report"); a thing named false whose owner the text does not name must be one ("the idea
  is absurd" is a judgement of a proposal, not an answer to someone's words).

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.falsity_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..wordnet_files import WORDNET, senses, synsets, under, write_word_list

OUT = Path(__file__).resolve().parents[1] / "data" / "stances" / "falsity_words.txt"
REFUTATION_OUT = OUT.with_name("refutation_nouns.txt")
MESSAGE_OUT = OUT.with_name("message_nouns.txt")
# communication.n.02: "something that is communicated by or to or between people or groups"
MESSAGE_ROOT = ("communication", 2)
# head adjectives (lemma, sense number): the sense and every satellite of it
FALSE_HEADS = (("false", 1), ("untrue", 1), ("incorrect", 1), ("illogical", 1))
# satellite adjectives taken alone (their heads hold other senses: "unassisted", "unreal")
FALSE_SATELLITES = (("baseless", 1), ("uncorroborated", 1), ("fabricated", 1))
FALSE_NOUNS = (("falsehood", 1), ("nonsense", 1))
REFUTATION_ROOTS = (("refutation", 1),)
REFUTATION_SELF = (("denial", 1),)


def falsity_words(wordnet: Path = WORDNET) -> list[str]:
    """The adjectives and nouns of untruth and senselessness, sorted."""
    adjectives = synsets(wordnet / "data.adj")
    adj_senses = senses(wordnet / "index.adj")
    kept: set[str] = set()
    for word, number in FALSE_HEADS:
        head = adj_senses[word][number - 1]
        kept |= {head} | {t for symbol, t in adjectives[head][1] if symbol == "&"}
    kept |= {adj_senses[w][n - 1] for w, n in FALSE_SATELLITES}
    out = {w for w, offsets in adj_senses.items() if _one_word(w) and offsets[0] in kept}
    nouns = synsets(wordnet / "data.noun")
    noun_senses = senses(wordnet / "index.noun")
    below = under(nouns, {noun_senses[w][n - 1] for w, n in FALSE_NOUNS}, instances=False)
    out |= {w for w, offsets in noun_senses.items() if w.isalpha() and offsets[0] in below}
    return sorted(out)


def refutation_nouns(wordnet: Path = WORDNET) -> list[str]:
    """The nouns of contradicting another's words, sorted."""
    nouns = synsets(wordnet / "data.noun")
    meanings = senses(wordnet / "index.noun")
    below = under(nouns, {meanings[w][n - 1] for w, n in REFUTATION_ROOTS}, instances=False)
    below |= {meanings[w][n - 1] for w, n in REFUTATION_SELF}
    return sorted(w for w, offsets in meanings.items() if w.isalpha() and offsets[0] in below)


def message_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns one of whose two most frequent senses is, or lies under,
    communication.n.02 ("story", "account", "report", "figure"; not "idea", "plan"),
    sorted: the things that can be said and so named untrue."""
    nouns = synsets(wordnet / "data.noun")
    meanings = senses(wordnet / "index.noun")
    word, number = MESSAGE_ROOT
    below = under(nouns, {meanings[word][number - 1]}, instances=False)
    return sorted(
        w for w, offsets in meanings.items() if w.isalpha() and any(o in below for o in offsets[:2])
    )


def _one_word(word: str) -> bool:
    return word.replace("-", "").isalpha()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    wordnet = Path(args[0]) if args else WORDNET
    licence = "# WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence)."
    header = [
        "# Words judging something said as untrue or senseless: the first WordNet 3.0 sense",
        "# is false/untrue/incorrect/illogical (a.01) or their satellite, baseless.s.01,",
        "# uncorroborated.s.01, fabricated.s.01, or lies under falsehood.n.01 or nonsense.n.01.",
        "# Built by stancemap.stances.falsity_import; do not edit.",
        licence,
    ]
    write_word_list(OUT, header, falsity_words(wordnet))
    header = [
        "# Nouns of contradicting another's words: the first WordNet 3.0 sense is, or lies",
        "# under, refutation.n.01, or is denial.n.01.",
        "# Built by stancemap.stances.falsity_import; do not edit.",
        licence,
    ]
    write_word_list(REFUTATION_OUT, header, refutation_nouns(wordnet))
    header = [
        "# Nouns of things said: one of the two most frequent WordNet 3.0 senses is, or lies",
        "# under, communication.n.02. Built by stancemap.stances.falsity_import; do not edit.",
        licence,
    ]
    write_word_list(MESSAGE_OUT, header, message_nouns(wordnet))


if __name__ == "__main__":
    main()
