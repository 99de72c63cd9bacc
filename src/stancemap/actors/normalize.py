"""Name normalisation shared by the KB index and the linker.

``fold`` maps spellings that mean the same name to one key: case, accents and
other scripts (via anyascii: "Orbán" -> "orban", "Зеленский" -> "zelenskii"),
punctuation, a leading "the" and a possessive "'s" all disappear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")
_PARTICLES = {"de", "da", "van", "von", "der", "bin", "al", "el", "le", "la", "di", "du", "dos"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def clean(text: str) -> str:
    """Collapse whitespace and unify apostrophes; keep case."""
    return " ".join(text.translate(_APOSTROPHES).split())


# asked for the same few thousand names over and over (55,000 calls on 40 articles):
# a pure function of its text, so memoised (bounded; a cleared memo only costs time)
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparison key of a name: ASCII, lower case, words joined by single spaces."""
    text = clean(text)
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    if not text.isascii():
        text = anyascii(text)
    text = text.lower().replace("'", "")
    return _NON_WORD.sub(" ", text).strip()


def surname_of(name: str) -> str | None:
    """The last name of a person's full name ("Vladimir Putin" -> "Putin"), if it has one."""
    words = [w for w in clean(name).split() if w.lower().strip(".,") not in _SUFFIXES]
    if len(words) < 2:
        return None
    last = words[-1]
    if "-" in last and len(words) == 2 and words[0].count("-") == 0:
        return last  # "Mario Abdo-Benitez"
    return last if len(last) > 2 and last[0].isupper() else None


def initials_key(name: str) -> str:
    """ "G. W. Bush" and "George W. Bush" share "g w bush"."""
    words = fold(name).split()
    if len(words) < 2:
        return " ".join(words)
    return " ".join([w[0] for w in words[:-1]] + [words[-1]])
