"""Round 2 of session 14: who speaks in a source with several mentions, and an
unnamed spokesperson beside the principal's name.

``quotes.speaker.head_mention``: "Chilean opposition leader Marta Rios told ..."
gave the quote to the group "Chilean opposition" (the longest mention inside the
source); the person named at the subject's head word speaks.

``quotes.speaker.unnamed_spokesperson``: "A spokesman for the president, Joe Biden,
said ..." gave the quote to the president himself; the name is the president's,
the spokesman is unnamed and speaks for him.

``quotes.speaker.compound_principal``: "a ministry spokeswoman said" (no "the")
resolved no principal. ``quotes.speaker.named_reduced_relative``: "The ministry
named Y its spokeswoman" is parsed with "named" as a reduced relative. Sentences
written for the test.
"""

from __future__ import annotations

HEAD = "quotes.speaker.head_mention"
UNNAMED = "quotes.speaker.unnamed_spokesperson"


def _said(quotes_without, text: str, disable: tuple[str, ...] = (), cue: str = "said"):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1
    return found[0]


def test_the_person_at_the_head_speaks_not_the_group(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean opposition leader Marta Rios told reporters she would ask for a recount."
    q = _said(quotes_without, text, cue="told")
    assert q.speaker is not None and q.speaker.startswith("new:person:")
    off = _said(quotes_without, text, (HEAD,), cue="told")
    assert off.speaker is not None and not off.speaker.startswith("new:person:")  # the group


def test_a_body_before_an_unnamed_spokesman_still_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "A Kremlin spokesman said on Tuesday that the talks would go on."
    assert _said(quotes_without, text).speaker == _said(quotes_without, text, (HEAD,)).speaker


def test_the_name_beside_the_president_is_his(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for the president, Joe Biden, said on Tuesday that the talks would go on."
    q = _said(quotes_without, text)
    assert q.speaker is None
    assert q.speaks_for is not None and "biden" in q.speaks_for
    off = _said(quotes_without, text, (UNNAMED,))
    assert off.speaker is not None and "biden" in off.speaker and off.speaks_for is None


def test_a_named_spokesperson_still_speaks(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesman for Prime Minister Mark Rutte, Jan Smit, said on Tuesday that the "
        "cabinet would meet."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and "rutte" not in q.speaker
    assert q.speaks_for is not None and "rutte" in q.speaks_for


COMPOUND = "quotes.speaker.compound_principal"
REDUCED = "quotes.speaker.named_reduced_relative"


def test_a_bare_body_noun_before_the_spokeswoman(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry closed its consulate in Gdansk on Monday. "
        "A ministry spokeswoman said on Friday that it would reopen in May."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and ":swe" in q.speaker  # the ministry (no one named)
    off = _said(quotes_without, text, (COMPOUND,))
    assert off.speaker is None and off.speaks_for is None  # the misread: no principal


def test_a_bare_body_noun_named_before_by_no_one(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "A ministry spokeswoman said on Friday that the consulate would reopen in May."
    q = _said(quotes_without, text)
    assert q.speaker is None and q.speaks_for is None


def test_named_its_spokeswoman_read_as_a_reduced_relative(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry named Lena Holm its spokeswoman last week. "
        "Holm said on Friday that the consulate in Gdansk would reopen."
    )
    q = _said(quotes_without, text)
    assert q.speaker is not None and q.speaks_for is not None and q.speaks_for != q.speaker
    assert _said(quotes_without, text, (REDUCED,)).speaks_for is None  # the misread


def test_named_its_best_speaker_is_no_spokesperson(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swedish foreign ministry named Lena Holm its best speaker last week. "
        "Holm said on Friday that the consulate in Gdansk would reopen."
    )
    assert _said(quotes_without, text).speaks_for is None
