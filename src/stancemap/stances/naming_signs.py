"""A name a verb of naming gives that no sign file signs (``stances.claims.naming_hypernym_sign``).

"X called Y a bigot", "X called Y a demagogue": ``stances.claims.judged_party`` reads a
verb of naming's second object through the open lexicons (the evaluative cues, AFINN-165 /
VADER, the WordNet signs built from them); a name none of them lists gives nothing. WordNet
places many such person nouns under a kind of person those lexicons do sign: "bigot" under
"zealot", "clown" under "fool" (``data/stances/theme_signs.tsv``: a noun's most frequent
sense's direct hypernym, built by ``effect_import``), or under bad_person.n.01 /
unpleasant_person.n.01 (``data/events/bad_person_nouns.txt``, built by
``events.bad_person_import``). Only a bad name is read: a good name given by a verb of
naming is as often sarcasm or a thing's name (``events.sense.naming_judgment``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .effects import theme_signs
from .topics import lemma

NAMING_HYPERNYM_SIGN = declare(
    "stances.claims.naming_hypernym_sign",
    "with stances.claims.judged_party: a verb of naming's second object that no sign file "
    "signs ('X called Y a bigot') is a bad name when its most frequent WordNet sense is a "
    "bad or unpleasant person (data/events/bad_person_nouns.txt) or has a direct hypernym "
    "AFINN/VADER sign negative (data/stances/theme_signs.tsv); a good one gives nothing",
    order=76.05,
)


@lru_cache(maxsize=1)
def bad_person_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is a bad or unpleasant person."""
    return word_list("events/bad_person_nouns.txt")


def name_hypernym_sign(word: Token) -> tuple[Token, tuple[int, float]] | None:
    """(the name, (-1, weight)) when ``word`` is a noun WordNet places under a bad kind of
    person, else None."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return None
    keys = (lemma(word), word.lower_)
    if any(k in bad_person_nouns() for k in keys):
        return word, (-1, 1.0)
    signs = theme_signs()
    for key in keys:
        hit = signs.get(key)
        if hit is not None:
            return (word, hit) if hit[0] < 0 else None
    return None
