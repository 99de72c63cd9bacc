"""Import ``data/events/prospects.tsv`` (rule ``events.mode.prospective_complement``,
``events/prospects.py``) from Princeton WordNet 3.0 (``/usr/share/wordnet``, the Debian
package ``wordnet-base``): the verbs, adjectives and nouns whose "to" infinitive (or
preposition + gerund) names an act that is planned, promised, expected, attempted or
refused - not done.

- verbs: every one-word verb of a synset at or below a root of prospect (intend.v.01,
  plan.v.01, promise.v.01, expect.v.01 / .03, hope.v.01, volunteer.v.02, prepare.v.01;
  try.v.01 for an attempt) whose verb frames list "Somebody ----s to INFINITIVE" (frame 28)
  for that word: "plans to", "vowed to", "expects to", "tried to"; the same word in a
  synset without the frame (a "plan" drawn) is not read;
- adjectives: the words of likely.a.01, unlikely.a.01, ready.a.01, willing.a.01,
  eager.a.01 (hypothetical) and unwilling.a.01 (negated) and of their satellites, where
  that is the word's most frequent sense: "is likely to", "was ready to", "reluctant to"
  (not "happy", "glad": their first sense is another);
- nouns: those whose most frequent sense is plan.n.01, intention.n.01, promise.n.01
  (hypothetical) or attempt.n.01 (attempt) or a direct hyponym of one (not the football
  plays deep below plan.n.01), and the nouns WordNet derives
  (its "+" pointers, word to word) from the verbs and adjectives above ("intention" of
  "intend", "readiness" of "ready", "reluctance" of "reluctant"), with their mode; a noun
  of a person ("promiser") is no act;
- and one row of grammar, not of WordNet: "going" (the "be going to" future).

What WordNet does not give ("pledge" and "schedule" list no "to INFINITIVE" frame,
"considering running" takes a gerund, "prepared", "call", "threat" are not read in their
most frequent or a near sense) stays by hand in ``data/events/prospects_kept.tsv``
(session 27's rows), which ``events/prospects.py`` reads beside this table.

    python -m stancemap.events.prospects_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence; see
data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import (
    WORDNET,
    first_senses,
    lexfiles,
    lexical_pointers,
    synsets,
    under,
    verb_frames,
)

TO_INFINITIVE = 28  # the generic verb frame "Somebody ----s to INFINITIVE"
# verb roots (WordNet 3.0 offsets) -> the mode of the act in their "to" infinitive
VERB_ROOTS = {
    "00708556": "hypothetical",  # intend.v.01 (mean, think): plan, aim, propose, aspire
    "00705245": "hypothetical",  # plan.v.01 ("have the will and intention to carry out")
    "00884029": "hypothetical",  # promise.v.01 (assure): vow, swear, guarantee, undertake
    "00719752": "hypothetical",  # expect.v.01 (anticipate)
    "00720081": "hypothetical",  # expect.v.03 (look, await, wait)
    "01826741": "hypothetical",  # hope.v.01 (trust, desire)
    "02425112": "hypothetical",  # volunteer.v.02 (offer)
    "00406243": "hypothetical",  # prepare.v.01 (fix, set up, ready, gear up, set)
    "02697120": "hypothetical",  # threaten.v.01 (menace: "threatens to")
    "02530167": "attempt",  # try.v.01 (seek, attempt, essay): strive, endeavor
}
# adjective heads (their satellites with them) -> mode
ADJECTIVE_ROOTS = {
    "01411451": "hypothetical",  # likely.a.01 (apt, liable, probable)
    "01413871": "hypothetical",  # unlikely.a.01 (improbable)
    "01930513": "hypothetical",  # ready.a.01 (set, primed, fit)
    "02564987": "hypothetical",  # willing.a.01 (inclined, disposed, prepared)
    "00810916": "hypothetical",  # eager.a.01 (anxious, impatient)
    "02566016": "negated",  # unwilling.a.01 (reluctant, loath, grudging)
}
# noun roots -> mode (nouns whose most frequent sense is one of them or a direct hyponym)
NOUN_ROOTS = {
    "05898568": "hypothetical",  # plan.n.01 (program, scheme, strategy, policy)
    "05982152": "hypothetical",  # intention.n.01 (aim, intent, purpose)
    "07226545": "hypothetical",  # promise.n.01
    "00786195": "attempt",  # attempt.n.01 (effort, endeavor, try, bid)
    "06513366": "hypothetical",  # request.n.01 (petition, demand, call)
    "07162194": "hypothetical",  # proposal.n.01
    "04646990": "hypothetical",  # commitment.n.01
    "14483917": "hypothetical",  # opportunity.n.01 (chance)
    "07205573": "negated",  # refusal.n.01
    "00066636": "negated",  # failure.n.01 ("an act that fails")
}
PERSON_LEXFILE = "18"  # noun.person: "promiser", "aspirant" are no acts
# English grammar, not WordNet: "be going to" is a future (events.mode.* reads "will")
GRAMMAR_ROWS = (("going", "verb", "future"),)
# the stronger mode wins where two roots give one word two: a word of negation, then of
# plan, then of attempt (an attempt is read as hypothetical only under its own rule)
STRENGTH = {"negated": 3, "future": 2, "hypothetical": 1, "attempt": 0}
VERSION = "2026.12.2"


def _word(lemma: str) -> str:
    """A WordNet word without its syntactic marker ("apt(p)" -> "apt")."""
    return lemma.split("(")[0]


def _add(out: dict[tuple[str, str], str], word: str, kind: str, mode: str) -> None:
    if not word.isalpha():
        return
    old = out.get((word, kind))
    if old is None or STRENGTH[mode] > STRENGTH[old]:
        out[(word, kind)] = mode


def prospect_rows(root: Path = WORDNET) -> list[tuple[str, str, str]]:
    """(word, kind, mode) rows, sorted by kind (verb, adjective, noun) then word."""
    out: dict[tuple[str, str], str] = {}
    nouns = lexical_pointers(root / "data.noun")
    noun_files = lexfiles(root / "data.noun")

    def derived(pointers: dict, offset: str, word: str, mode: str) -> None:
        """The nouns WordNet derives from ``word`` in synset ``offset``."""
        words, links = pointers[offset][1], pointers[offset][2]
        for symbol, target, pos, source, number in links:
            if symbol != "+" or pos != "n" or (source and words[source - 1] != word):
                continue
            if noun_files.get(target) == PERSON_LEXFILE or not number:
                continue
            _add(out, _word(nouns[target][1][number - 1]), "noun", mode)

    verb_graph = synsets(root / "data.verb")
    frames = verb_frames(root / "data.verb")
    verb_pointers = lexical_pointers(root / "data.verb")
    for offset_root, mode in VERB_ROOTS.items():
        for offset in under(verb_graph, (offset_root,)):
            for word, listed in frames.get(offset, {}).items():
                if TO_INFINITIVE in listed and word.isalpha():
                    _add(out, word, "verb", mode)
                    derived(verb_pointers, offset, word, mode)
    adjectives = lexical_pointers(root / "data.adj")
    first_adjective = first_senses(root / "index.adj")
    for head, mode in ADJECTIVE_ROOTS.items():
        offsets = [head] + [t for s, t, pos, _, _ in adjectives[head][2] if s == "&"]
        for offset in offsets:
            for word in adjectives[offset][1]:
                if first_adjective.get(_word(word)) != offset:
                    continue  # "happy", "glad": another sense comes first
                _add(out, _word(word), "adjective", mode)
                derived(adjectives, offset, word, mode)
    noun_graph = synsets(root / "data.noun")
    for lemma, offset in first_senses(root / "index.noun").items():
        for noun_root, mode in NOUN_ROOTS.items():
            kinds = {noun_root} | {t for s, t in noun_graph[noun_root][1] if s == "~"}
            if offset in kinds:
                _add(out, lemma, "noun", mode)
    for word, kind, mode in GRAMMAR_ROWS:
        out[(word, kind)] = mode
    order = {"verb": 0, "adjective": 1, "noun": 2}
    return sorted(((w, k, m) for (w, k), m in out.items()), key=lambda r: (order[r[1]], r[0]))


HEADER = """\
# `python -m stancemap.events.prospects_import`: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).
# Words whose "to" infinitive (or preposition + gerund) complement names an act that is
# planned, attempted, promised, likely or refused - not done - for the events mode rule
# events.mode.prospective_complement (events/prospects.py): verbs at or below intend.v.01,
# plan.v.01, promise.v.01, expect.v.01/.03, hope.v.01, volunteer.v.02, prepare.v.01 and
# try.v.01 (attempt) whose frames list "Somebody ----s to INFINITIVE"; the adjectives of
# likely, unlikely, ready, willing, eager and unwilling (negated) (most frequent sense);
# nouns of plan.n.01, intention.n.01, promise.n.01 and attempt.n.01 (attempt) and their
# direct hyponyms (most frequent sense), and the nouns derived from the
# verbs and adjectives; "going" (the "be going to" future) from grammar. Implicative
# governors ("managed to", "decided to") are not words of prospect.
# kind: verb / adjective / noun - the part of speech of the governor
# mode: hypothetical, attempt (hypothetical only under events.mode.attempted_act), future
#       or negated
# version: {version}
word\tkind\tmode
"""


def write(root: Path = WORDNET) -> None:
    rows = [f"{w}\t{k}\t{m}\n" for w, k, m in prospect_rows(root)]
    data_path("events/prospects.tsv").write_text(
        "".join([HEADER.format(version=VERSION), *rows]), "utf-8"
    )


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
