"""A noun of an act after a support verb, read as the verb WordNet derives it from: "had a
conversation with X" (converse), "launched a revolt against X" (revolt), "voiced criticism
of X" (criticize), where no lexicon row names the noun and the suffix table
(``events.trigger.deverbal_nouns``) finds no verb.

The nouns and their verbs, and the support verbs of WordNet's two light senses ("have",
"do", "throw", besides the lexicon's own light rows), are in
``data/events/light_verb_nouns.tsv`` (``events/light_noun_import.py``). The verb's rows are
the lexicon's: its first row that asks nothing of the verb's words, as a noun "event" row
(``Lexicon.light_noun``); the support verb's subject is the source and the noun's or the
verb's "with"/"against"/"on"/"to" phrase the target, as for every support verb
(``events/frames.py``).

Rules ``events.trigger.light_verb_nouns`` (the project's own verb rows) and
``events.trigger.light_verb_nouns_dictionary`` (also the imported dictionary's bare row of
the verb).
"""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import read_table
from ..rules import declare

LIGHT_VERB_NOUNS = declare(
    "events.trigger.light_verb_nouns",
    "'had a conversation with X', 'launched a revolt against X': the object of a support "
    "verb (a light row, or WordNet's make.v 'engage in' / hold.v.03: have, do, throw) that "
    "no row names is read as the verb WordNet derives it from (data/events/"
    "light_verb_nouns.tsv), with that verb's first unconditioned row of the project's own",
    order=31.3,
)
LIGHT_VERB_NOUNS_DICTIONARY = declare(
    "events.trigger.light_verb_nouns_dictionary",
    "with events.trigger.light_verb_nouns: a derived verb with no row of the project's own "
    "takes the imported CAMEO dictionary's bare row ('a conversation' -> converse: 040)",
    order=31.31,
)
FILE = "events/light_verb_nouns.tsv"
DERIVED_VERB_MARK = "(derived verb "  # in the source of a row read so
LIGHT_ROW = "rule:light_verb_nouns"


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    verbs: set[str] = set()
    nouns: dict[str, tuple[str, ...]] = {}
    for row in read_table(FILE, required=("noun", "verbs")):
        if row["noun"] == "-":
            verbs.add(row["verbs"])
        else:
            nouns[row["noun"]] = tuple(row["verbs"].split(","))
    return frozenset(verbs), nouns


def wordnet_light_verbs() -> frozenset[str]:
    """The support verbs of WordNet's light senses: do, give, have, hold, make, throw."""
    return _table()[0]


def derived_verbs(noun: str) -> tuple[str, ...]:
    """The verbs WordNet derives a noun of an act from, most likely first."""
    return _table()[1].get(noun, ())
