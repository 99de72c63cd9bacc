"""A proper noun the tagger calls plural is one named person (``quotes.speaker.plural_named``).

"Sanders said A": the tagger may call a surname ending in -s a plural (NNS, NNPS);
``plural_group`` then read it as a plural description and, with no coordination before,
left the speaker open although the actors stage linked the name to the person. A definite
plural ("the two senators") still points back. Sentences written for the test.
"""

from __future__ import annotations

RULE = "quotes.speaker.plural_named"
PAIR = "Senators Mark Halden and Rosa Pelt met voters in Ohio on Monday. "


def _by_cue(quotes, cue: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def _plural_tagged(analyzer, text: str, word: str) -> bool:  # type: ignore[no-untyped-def]
    doc = analyzer.nlp(text)
    return any(t.text == word and t.tag_ in ("NNS", "NNPS") for t in doc)


def test_a_plural_tagged_surname_is_the_person(quotes_without, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Bernie Sanders spoke in Iowa on Tuesday. "
        "Sanders said he would expand the programs for young immigrants."
    )
    assert _plural_tagged(analyzer, text, "Sanders")  # the misreading the rule is for
    on = _by_cue(quotes_without(text, enable=(RULE,)), "said")
    assert len(on) == 1 and on[0].speaker is not None and "sanders" in on[0].speaker
    off = _by_cue(quotes_without(text, disable=(RULE,)), "said")
    assert len(off) == 1 and off[0].speaker is None


def test_a_definite_plural_still_points_back(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = PAIR + "The two senators said the new fund would help farmers."
    said = _by_cue(quotes_without(text, enable=(RULE,)), "said")
    assert len(said) == 2 and len({q.speaker for q in said}) == 2
