"""A plural subject that names a group of its own (``quotes.speaker.plural_own_group``).

"Senators X and Y met voters. Many farmers said A": ``plural_group`` gave the farmers'
words to the pair named just before, one quote each. Only a definite plural points
back ("the two senators", "both men"); "many farmers", "several teachers" or a plural
with its own clause ("the farmers who lost their crops") are speakers of their own.
Sentences written for the test.
"""

from __future__ import annotations

PAIR = "Senators Mark Halden and Rosa Pelt met voters in Ohio on Monday. "
RULE = "quotes.speaker.plural_own_group"


def _by_cue(quotes, cue: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def test_an_indefinite_plural_is_not_the_pair_before(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = PAIR + "Many farmers told reporters that the tariffs had hurt them badly."
    told = _by_cue(quotes_without(text), "told")
    assert len(told) == 1
    assert told[0].source is not None and told[0].source.text == "Many farmers"
    assert told[0].speaker is None or "halden" not in told[0].speaker
    # the misread: the pair's words, one quote each
    off = _by_cue(quotes_without(text, (RULE,)), "told")
    assert len(off) == 2 and all(q.speaker and q.speaker.startswith("new:person") for q in off)


def test_a_plural_with_its_own_clause_is_its_own_group(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = PAIR + "The farmers who lost their crops said the fund came too late."
    said = _by_cue(quotes_without(text), "said")
    assert len(said) == 1 and said[0].speaker is None
    assert len(_by_cue(quotes_without(text, (RULE,)), "said")) == 2


def test_a_definite_plural_still_points_back(quotes_without) -> None:  # type: ignore[no-untyped-def]
    for subject in ("The two senators", "Both men"):
        text = PAIR + f"{subject} said the new fund would help farmers."
        said = _by_cue(quotes_without(text), "said")
        assert len(said) == 2, subject
        assert len({q.speaker for q in said}) == 2
