"""A person's name spelt nearly like a KB person's is that person only when one of
its name words differs: a misspelt surname ("Kassym-Jomart Tokajew") or given name
("Vladimr Putin"), not both ("John McCain" is not "Johnny Mcclain"), and never a name
the KB entry carries on past the written surname ("William Howard Taft" is not
"William Howard Taft IV", his grandson's namesake).

A spelling distance over the whole string cannot tell one misspelt word from two
near words; the names' own words can.
"""

from __future__ import annotations

from ..rules import declare

FUZZY_ONE_WORD = declare(
    "actors.link.fuzzy_one_word",
    "a near-spelt KB person differs from the written name in one name word at most: the "
    "surname or the given name, not both ('John McCain' is not 'Johnny Mcclain'), and "
    "the KB name ends with the written surname ('William Howard Taft' is not 'William "
    "Howard Taft IV') (session 41 AP)",
)


def other_person(written: str, known: str) -> bool:
    """``written`` (folded, two words or more) is another person than the KB's
    ``known`` (folded): the KB name goes on past the written surname (that word stands
    inside it, not last), or both the first and the last word differ from the KB's
    (the whole string's spelling distance vouches for one misspelt word, not two)."""
    mine, theirs = written.split(), known.split()
    if len(mine) < 2 or len(theirs) < 2:
        return False
    if mine[-1] in theirs[:-1] and not _same(mine[-1], theirs[-1]):
        return True  # "taft" / "taft iv": the KB name goes on past the written surname
    return mine[0] != theirs[0] and not _same(mine[-1], theirs[-1])


def _same(mine: str, theirs: str) -> bool:
    """The same word, or one a hyphenated part of the other ("assad" / "al-assad")."""
    return mine == theirs or mine in theirs.split("-") or theirs in mine.split("-")
