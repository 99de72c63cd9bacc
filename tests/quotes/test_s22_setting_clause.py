"""A that-clause hung on the setting of the cue (``quotes.content.setting_clause``).

"X said in an interview aired on Sunday that Y": the parser hangs the that-clause on the
participle "aired" of the noun after the cue's preposition, so "said" had no content and,
where the participle is itself a reporting verb ("published"), the participle became the
cue. Sentences written for the test (invented people).
"""

from __future__ import annotations

RULE = "quotes.content.setting_clause"


def _cued(quotes, cue: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.content.text for q in quotes if q.cue is not None and q.cue.text == cue]


def test_said_in_an_interview_aired_that(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Halvard Brekke said in an interview aired on Sunday that the port "
        "authority had hidden the losses."
    )
    assert _cued(quotes_without(text), "said") == ["that the port authority had hidden the losses"]
    assert _cued(quotes_without(text, (RULE,)), "said") == []


def test_the_setting_participle_is_no_second_cue(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ilona Varga said in an interview published on Monday that the governor had lied."
    )
    on = quotes_without(text)
    assert _cued(on, "said") == ["that the governor had lied"]
    assert not [q for q in on if q.cue is not None and q.cue.text.startswith("published")]
    off = quotes_without(text, (RULE,))
    assert [q for q in off if q.cue is not None and q.cue.text.startswith("published")]


def test_a_clause_of_the_cue_itself_is_unchanged(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Oren Falk said on Monday that the bridge would reopen."
    assert quotes_without(text) == quotes_without(text, (RULE,))
