"""Session 22 (S): a spokes title of two words ("press secretary") names a spokesperson
and 'to X' on it names the one she speaks for (``quotes.principal.spokes_title``, shipped off: on real news
its principals were right, but one relation pooled through one was wrong).
Sentences written for the test; real heads of government in the KB, invented aides."""

from __future__ import annotations

RULE = "quotes.principal.spokes_title"

TO = (
    "Selam Bekele, press secretary to Prime Minister Abiy Ahmed, said on Thursday that "
    "the dam would be filled this year."
)
POSSESSED = "Scholz's press secretary Anja Vogel said on Friday that the talks had failed."


def _said(quotes_without, text: str, disable: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    # shipped off (session 22): switched on here unless the test switches it off
    enable = () if RULE in disable else (RULE,)
    found = [
        q
        for q in quotes_without(text, disable, enable)
        if q.cue is not None and q.cue.text == "said"
    ]
    assert len(found) == 1
    return found[0]


def test_press_secretary_to_a_leader_speaks_for_him(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _said(quotes_without, TO)
    assert q.speaker is not None and q.speaks_for == "person:abiy-ahmed", q
    assert _said(quotes_without, TO, (RULE,)).speaks_for is None  # before: no principal


def test_a_leaders_press_secretary_speaks_for_him(quotes_without) -> None:  # type: ignore[no-untyped-def]
    q = _said(quotes_without, POSSESSED)
    assert q.speaks_for == "person:olaf-scholz", q
    assert q.speaker is not None and q.speaker != q.speaks_for
    assert _said(quotes_without, POSSESSED, (RULE,)).speaks_for != "person:olaf-scholz"
