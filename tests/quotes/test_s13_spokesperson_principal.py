"""Whom a spokesperson speaks for (``speaks_for``), rules
``quotes.speaker.spokesperson_body`` and ``quotes.speaker.relayed_principal``.

"“Y,” the Kremlin spokesman said" named no principal (only "a spokesman for X" and
"X's spokesman" did); and a spokesperson relaying what her state's office holder did
("“President B welcomed Z's decision,” the White House spokeswoman said") was named
speaking for the state, so the relations stage could not lend her B's word. Sentences
written for the test.
"""

from __future__ import annotations

BODY = "quotes.speaker.spokesperson_body"
RELAYED = "quotes.speaker.relayed_principal"


def _said(quotes_without, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if q.cue is not None and q.cue.text == "said"]
    assert len(found) == 1
    return found[0]


def test_an_unnamed_spokesperson_speaks_for_the_body_before_the_noun(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "“The new border rules are a mistake,” a White House spokeswoman said."
    q = _said(quotes_without, text, (RELAYED,))
    assert q.speaks_for == "country:USA"
    assert _said(quotes_without, text, (RELAYED, BODY)).speaks_for is None


def test_a_relayed_act_of_the_president_speaks_for_him(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“President Joe Biden welcomed the decision of the Dutch government,” "
        "a White House spokeswoman said on Tuesday."
    )
    assert _said(quotes_without, text).speaks_for == "person:joe-biden"
    # the misread: she speaks for the country, not for the president whose act she tells
    assert _said(quotes_without, text, (RELAYED,)).speaks_for == "country:USA"


def test_a_named_spokeswoman_relaying_the_president(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "“Biden welcomed the Dutch decision,” White House spokeswoman Karine Jean-Pierre said."
    q = _said(quotes_without, text)
    assert q.speaker is not None and q.speaks_for == "person:joe-biden"
    assert _said(quotes_without, text, (RELAYED,)).speaks_for == "country:USA"


def test_what_she_says_of_an_opponent_is_not_relayed(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # a senator is no office holder of the state's government: she still speaks for it
    text = "“Senator Ted Cruz is wrong about the border,” a White House spokeswoman said."
    assert _said(quotes_without, text).speaks_for == "country:USA"
