"""A name set off after "according to" (``quotes.cue.according_appositive``).

"According to the mayor, Jon Krieg, the budget is short": the parser makes the name a
second subject of the clause, so the source was "the mayor" (no speaker) and the
content began with the name. The name is the speaker and part of the source; a name
that is the clause's one subject ("according to the poll, Clinton, the Democrat,
leads") stays content. Sentences written for the test.
"""

from __future__ import annotations

RULE = "quotes.cue.according_appositive"


def _according(quotes_without, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [
        q
        for q in quotes_without(text, disable)
        if q.cue is not None and q.cue.text.lower() == "according to"
    ]
    assert len(found) == 1
    return found[0]


def test_the_name_after_the_role_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "According to the mayor, Jon Krieg, the city budget is short by a million dollars."
    q = _according(quotes_without, text)
    assert q.source is not None and q.source.text == "the mayor, Jon Krieg"
    assert q.speaker is not None
    assert q.content.text == "the city budget is short by a million dollars"
    off = _according(quotes_without, text, (RULE,))
    # the misread: no speaker, the name read as the content's first words
    assert off.source is not None and off.source.text == "the mayor" and off.speaker is None
    assert off.content.text.startswith("Jon Krieg")


def test_a_trailing_role_and_name(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The city budget is short, according to the mayor, Jon Krieg, who spoke on Monday."
    q = _according(quotes_without, text)
    assert q.source is not None and q.source.text == "the mayor, Jon Krieg"
    assert q.content.text == "The city budget is short"
    assert _according(quotes_without, text, (RULE,)).speaker is None


def test_a_name_that_is_the_subject_stays_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "According to the poll, Clinton, the Democrat, leads by five points."
    q = _according(quotes_without, text)
    assert q.source is not None and q.source.text == "the poll"
    assert q.content.text.startswith("Clinton")
