"""A passive stance or clause verb with a "by" agent (``quotes.verb.passive_agent``).

"The budget was condemned by the governor": the agent is the source (as before), and
the passive subject is what the stance is about, the content; before the rule the
verb had no content and no attribution was made. "It was said by X" still points
back to the sentence before (``quotes.verb.passive_back``), and a "to" verb's passive
subject is the one addressed, not content. Sentences written for the test.
"""

from __future__ import annotations

PASSIVES = (
    "The new tariffs were condemned by three unions. "
    "The report was first published by a local newspaper on Friday."
)
POINTING_BACK = "Taxes will rise next year. It was said by the finance minister on Monday."
ADDRESSED = "Senator Mills was urged by her colleagues to vote against the bill."


def _by_cue(quotes, cue: str):  # type: ignore[no-untyped-def]
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def test_a_passive_with_an_agent_has_its_subject_as_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    (condemned,) = _by_cue(quotes_without(PASSIVES), "condemned")
    assert condemned.content.text == "The new tariffs"
    assert condemned.source is not None and condemned.source.text == "three unions"
    off = quotes_without(PASSIVES, ("quotes.verb.passive_agent",))
    assert _by_cue(off, "condemned") == []  # no attribution without the rule


def test_pointing_back_and_addressees_are_unchanged(quotes_without) -> None:  # type: ignore[no-untyped-def]
    (said,) = _by_cue(quotes_without(POINTING_BACK), "said")
    assert said.content.text == "Taxes will rise next year"
    for quote in _by_cue(quotes_without(ADDRESSED), "urged"):
        assert quote.content.text != "Senator Mills"
