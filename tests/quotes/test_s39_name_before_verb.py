"""A speaker named after the quotation that the parser misread (``quotes.link.name_before_verb``).

"“Y,” screenwriter Cole Haddon wrote on Twitter": the parser tags "screenwriter" a verb
and makes the name its object, so the tag's verb "wrote" has no subject and the framing
clause found no cue; the quotation went to the salient actor before it (here a name
inside the quotation). Sentences written for the test.
"""

from __future__ import annotations

RULE = "quotes.link.name_before_verb"
TEXT = (
    "Critics said the picture recalled old stereotypes.\n\n"
    "\"Just saw #DonaldTrump's Star of David tweet. I'm impressed by his ability to find "
    'a way to insult literally every kind of human being," screenwriter Cole Haddon wrote '
    "on Twitter."
)


def _quote_with(quotes, words: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if words in q.content.text]


def test_the_name_before_a_subjectless_tag_verb_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    on = _quote_with(quotes_without(TEXT, enable=(RULE,)), "insult literally")
    assert len(on) == 1
    assert on[0].cue is not None and on[0].cue.text == "wrote"
    assert on[0].source is not None and "Cole Haddon" in on[0].source.text
    assert on[0].speaker is not None and "trump" not in on[0].speaker
    off = _quote_with(quotes_without(TEXT, disable=(RULE,)), "insult literally")
    assert len(off) == 1 and off[0].cue is None


def test_a_tag_with_its_own_subject_is_unchanged(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = 'Critics met on Monday.\n\n"The tweet was a mistake," Senator Ann Blyth said.'
    on = _quote_with(quotes_without(text, enable=(RULE,)), "mistake")
    off = _quote_with(quotes_without(text, disable=(RULE,)), "mistake")
    assert [(q.cue and q.cue.text, q.speaker) for q in on] == [
        (q.cue and q.cue.text, q.speaker) for q in off
    ]
    assert on[0].cue is not None and on[0].cue.text == "said"
