"""Speakers from context, session 39 (SP): a headline name, a quotation after it, "he added".

* ``quotes.speaker.headline_named_elsewhere``: "Odile Marchetti: ‘...’" - the actors stage
  marks no mention in the headline, but links "Marchetti" in the body: that actor speaks.
* ``quotes.speaker.previous_when_none``: a quotation with no cue and no salient actor
  before it takes the speaker of the attribution just before it (this paragraph or the
  one before).
* ``quotes.speaker.pronoun_previous_speaker``: "he said" the actor layer leaves open (its
  antecedent lies beyond a long quotation) is the person of the attribution just before.

Sentences written for the test.
"""

from __future__ import annotations

HEADLINE = "quotes.speaker.headline_named_elsewhere"
PREVIOUS = "quotes.speaker.previous_when_none"
PRONOUN = "quotes.speaker.pronoun_previous_speaker"

HEADLINE_LINE = "Odile Marchetti: ‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’\n\n"
QUOTATION = (
    '"The comments were, one, outrageous and dangerous. I also think it opened up a whole '
    'line of conversation."\n\n'
)
BODY = "Marchetti spoke about the ruling in an interview on Monday."
ARTICLE = HEADLINE_LINE + QUOTATION + BODY


def _with(quotes, words: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if words in q.content.text]


def _body_speaker(quotes) -> str:  # type: ignore[no-untyped-def]
    """The actor the body's "Marchetti spoke about" gives the name to."""
    found = [q.speaker for q in quotes if q.cue is not None and q.cue.text == "spoke about"]
    assert len(found) == 1 and found[0] is not None
    return found[0]


def test_a_headline_name_is_the_actor_named_so_in_the_body(quotes_without) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_without(ARTICLE, enable=(HEADLINE,))
    on = _with(quotes, "Sick Of Men")
    assert len(on) == 1 and on[0].speaker == _body_speaker(quotes)
    off = _with(quotes_without(ARTICLE, disable=(HEADLINE,)), "Sick Of Men")
    assert len(off) == 1 and off[0].speaker is None


def test_a_place_heading_a_list_is_no_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink took part.\n\n"
        "The caucuses in Iowa open on Monday."
    )
    for q in _with(quotes_without(text, enable=(HEADLINE,)), "Albrecht"):
        assert q.speaker is None or "iowa" not in q.speaker.lower()


def test_a_quotation_after_the_headline_quote_is_its_speakers(quotes_without) -> None:  # type: ignore[no-untyped-def]
    quotes = quotes_without(ARTICLE, enable=(HEADLINE, PREVIOUS))
    on = _with(quotes, "outrageous and dangerous")
    assert len(on) == 1 and on[0].cue is None and on[0].speaker == _body_speaker(quotes)
    off = _with(quotes_without(ARTICLE, enable=(HEADLINE,), disable=(PREVIOUS,)), "outrageous")
    assert len(off) == 1 and off[0].speaker is None


def test_no_speaker_from_two_paragraphs_back(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        HEADLINE_LINE
        + "The court ruled on the law on Monday.\n\nThe ruling runs to forty pages.\n\n"
        + QUOTATION
        + BODY
    )
    on = _with(quotes_without(text, enable=(HEADLINE, PREVIOUS)), "outrageous and dangerous")
    assert len(on) == 1 and on[0].speaker is None


LONG = (
    "Senator Rob Calder spoke to reporters in Denver on Tuesday.\n\n"
    'Calder said, "The bill is a mess. The money is gone. Nobody read it. The state '
    'deserves better. Families deserve better. Farmers deserve better. We will fix it."\n\n'
    'He added, "We have to start again next week with a clean draft of the bill."'
)


def test_an_unresolved_he_is_the_previous_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    off = _with(quotes_without(LONG, disable=(PRONOUN,)), "clean draft")
    on_all = quotes_without(LONG, enable=(PRONOUN,))
    on = _with(on_all, "clean draft")
    assert len(on) == 1 and len(off) == 1
    said = [q.speaker for q in on_all if q.cue is not None and q.cue.text == "said"]
    assert off[0].speaker is None  # the actor layer leaves "He" open: the rule's case
    assert said and said[0] is not None and on[0].speaker == said[0]
