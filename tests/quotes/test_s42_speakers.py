"""Session 42 (QS): speakers of quotations signed after a dash, continued across an
adverbial cue sentence, or tagged by a clause the parse gives no subject.

Sentences written for the tests. Each rule is switched on and off explicitly.
"""

from __future__ import annotations

DASH = "quotes.speaker.dash_byline"
CONTINUED = "quotes.link.continued_sentence"
AFTER = "quotes.link.speech_clause_after"


def _with(quotes, words: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if words in q.content.text]


VOICES = (
    "Voters told us what they think of the debate.\n\n"
    "“He is a bully and he does not respect anybody in this country.” ― Maria Lopez, 34, Miami\n\n"
    "“She was prepared and calm, and she answered every question.” — John Carter\n"
)


def test_a_dash_byline_names_the_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    on = quotes_without(VOICES, enable=(DASH,))
    first, second = _with(on, "bully")[0], _with(on, "prepared")[0]
    assert first.source is not None and first.source.text == "Maria Lopez"
    assert second.source is not None and second.source.text == "John Carter"
    assert first.speaker is not None and first.speaker != second.speaker
    off = quotes_without(VOICES, disable=(DASH,))
    # off, the second quotation takes the salient name before it: the first one's signer
    assert _with(off, "prepared")[0].source.text == "Maria Lopez"  # type: ignore[union-attr]


def test_a_dash_that_goes_on_as_a_sentence_is_no_byline(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Lopez spoke first.\n\n"
        "“He is a bully and he does not respect anybody in this country.” — and the crowd "
        "cheered loudly for her.\n"
    )
    on = _with(quotes_without(text, enable=(DASH,)), "bully")
    off = _with(quotes_without(text, disable=(DASH,)), "bully")
    assert [(q.source and q.source.text, q.speaker) for q in on] == [
        (q.source and q.source.text, q.speaker) for q in off
    ]


JORDAN = (
    "The Department of Justice is investigating the shooting.\n\n"
    "“I will make this promise to you: we will achieve justice in this case,” Tulsa police "
    "Chief Chuck Jordan said Monday. “I want to assure our community that we will achieve "
    "justice.”"
)


def test_a_quotation_after_its_cue_sentence_keeps_the_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    on = quotes_without(JORDAN, enable=(CONTINUED,))
    first, second = _with(on, "promise")[0], _with(on, "assure")[0]
    assert second.cue is not None and second.cue == first.cue
    assert second.source == first.source
    off = _with(quotes_without(JORDAN, disable=(CONTINUED,)), "assure")[0]
    assert off.cue is None


def test_a_second_sentence_between_breaks_the_continuation(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“I will make this promise to you: we will achieve justice in this case,” police "
        "Chief Chuck Jordan said Monday. The mayor left the room. “I want to assure our "
        "community that we will achieve justice.”"
    )
    second = _with(quotes_without(text, enable=(CONTINUED,)), "assure")[0]
    assert second.cue is None or second.cue.text != "said"


WIMES = (
    "Some believe the campaign is worried about the state.\n\n"
    "“The governor’s campaign is in panic mode. Full panic mode,” said Leslie Wimes, a "
    "Florida-based activist."
)
CUMMINGS = (
    "Several leaders lined up behind him on Tuesday.\n\n"
    "“He would be a great senator. Not good, great. One of the brightest members of the "
    "entire Congress,” Rep. Elijah E. Cummings (D-Md.) said in a phone interview."
)


def test_a_tag_after_the_quotation_read_by_word_order(quotes_without) -> None:  # type: ignore[no-untyped-def]
    for text, words, source in ((WIMES, "panic", "Leslie Wimes"), (CUMMINGS, "great", "Elijah")):
        on = _with(quotes_without(text, enable=(AFTER,)), words)[0]
        assert on.cue is not None and on.cue.text == "said"
        assert on.source is not None and source in on.source.text
        assert on.speaker is not None
        off = _with(quotes_without(text, disable=(AFTER,)), words)[0]
        assert off.cue is None or off.source is None or source not in off.source.text


def test_a_full_stop_ends_the_quotation_s_sentence(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“He would be a great senator, one of the brightest members of the entire Congress.” "
        "Reporters said the vote would come later."
    )
    quote = _with(quotes_without(text, enable=(AFTER,)), "great")[0]
    assert (
        quote.cue is None
        or quote.cue.text != "said"
        or "Reporters" not in (quote.source.text if quote.source else "")
    )
