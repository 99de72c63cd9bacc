"""Session 44 (SK): a dash byline closing a paragraph signs every cue-less quotation of
its line (``quotes.speaker.dash_byline_paragraph``), not only the one before the dash.

Sentences written for the tests. The rule ships off: it is switched on explicitly,
with ``quotes.speaker.dash_byline`` and without it (it signs the last quotation too).
"""

from __future__ import annotations

DASH = "quotes.speaker.dash_byline"
PARAGRAPH = "quotes.speaker.dash_byline_paragraph"


def _with(quotes, words: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if words in q.content.text]


VOICES = (
    "Voters told us what they think of the debate.\n\n"
    "“She was prepared and calm, and she answered every question.” — John Carter\n\n"
    "“He is a bully and he does not respect anybody in this country.” And one more thing: "
    "“a loud man is an empty man.” ― Maria Lopez, 34, Miami\n"
)


def test_a_byline_signs_every_quotation_of_its_paragraph(quotes_without) -> None:  # type: ignore[no-untyped-def]
    on = quotes_without(VOICES, enable=(DASH, PARAGRAPH))
    bully = _with(on, "bully")[0]
    assert bully.source is not None and bully.source.text == "Maria Lopez"
    empty = _with(on, "empty man")[0]
    assert bully.speaker is not None and bully.speaker == empty.speaker
    assert bully.speaker != _with(on, "prepared")[0].speaker
    off = quotes_without(VOICES, enable=(DASH,), disable=(PARAGRAPH,))
    # off, the first quotation of the paragraph takes the previous signer by salience
    bully_off = _with(off, "bully")[0]
    assert bully_off.source is None or bully_off.source.text != "Maria Lopez"


def test_the_paragraph_rule_alone_signs_the_last_quotation_too(quotes_without) -> None:  # type: ignore[no-untyped-def]
    on = quotes_without(VOICES, enable=(PARAGRAPH,), disable=(DASH,))
    for words, signer in (("prepared", "John Carter"), ("bully", "Maria Lopez")):
        quote = _with(on, words)[0]
        assert quote.source is not None and quote.source.text == signer
    off = quotes_without(VOICES, disable=(DASH, PARAGRAPH))
    assert _with(off, "bully")[0].source is None or (
        _with(off, "bully")[0].source.text != "Maria Lopez"  # type: ignore[union-attr]
    )


def test_a_paragraph_with_no_byline_is_left_alone(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "John Carter spoke first.\n\n"
        "“He is a bully and he does not respect anybody in this country.” And then "
        "“a loud man is an empty man.” — and the crowd cheered loudly for him.\n"
    )
    on = _with(quotes_without(text, enable=(DASH, PARAGRAPH)), "bully")
    off = _with(quotes_without(text, enable=(DASH,), disable=(PARAGRAPH,)), "bully")
    assert [(q.source and q.source.text, q.speaker) for q in on] == [
        (q.source and q.source.text, q.speaker) for q in off
    ]
