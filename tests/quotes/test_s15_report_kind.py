"""Session 15: what a quote reports, and appointments that report nothing.

``quotes.cue.report_kind``: every quote carries ``reports``: "speech" for words said
or written, "attitude" for an attitude or act towards its content ("X thanked him for
the support": PolNeAR counts the object as content, so the quote is kept and marked).

``quotes.cue.naming_double_object``: "The ministry has named Y its spokeswoman" is an
appointment (a verb under WordNet appoint.v.01 / name.v.03 with a second object), not a
quote. Sentences written for the test.
"""

from __future__ import annotations

from stancemap.quotes.appoint_import import appointing_verbs
from stancemap.wordnet_files import WORDNET

KIND = "quotes.cue.report_kind"
NAMING = "quotes.cue.naming_double_object"


def _by_cue(quotes) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {q.cue.text: q for q in quotes if q.cue is not None}


def test_speech_and_attitude_are_told_apart(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor thanked the volunteers for their help. She said the bridge would reopen "
        "in May. The council believes the budget is too small. “We will rebuild it,” the "
        "engineer wrote."
    )
    cues = _by_cue(quotes_without(text))
    assert cues["thanked"].reports == "attitude"  # type: ignore[attr-defined]
    assert cues["thanked"].content.text == "the volunteers for their help"  # type: ignore[attr-defined]
    assert cues["said"].reports == "speech"  # type: ignore[attr-defined]
    assert cues["believes"].reports == "attitude"  # type: ignore[attr-defined]
    assert cues["wrote"].reports == "speech"  # type: ignore[attr-defined]


def test_off_leaves_the_field_empty(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor thanked the volunteers for their help. She said the bridge would reopen."
    quotes = quotes_without(text, (KIND,))
    assert quotes and all(q.reports is None for q in quotes)


def test_the_field_is_in_the_schema() -> None:
    from stancemap.records import json_schema

    schema = json_schema()
    quote = schema["$defs"]["Quote"]["properties"]
    assert "reports" in quote


def test_an_appointment_is_no_quote(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry has named Maria Lopez its spokeswoman."
    assert "named" not in _by_cue(quotes_without(text))
    assert "named" in _by_cue(quotes_without(text, (NAMING,)))


def test_naming_a_thing_stays_a_quote(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "The senator named three reasons for the defeat of the bill."
    assert "named" in _by_cue(quotes_without(text))


def test_appointing_verbs_come_from_wordnet() -> None:
    if not (WORDNET / "data.verb").exists():
        return  # WordNet not installed: the shipped list is what the stage reads
    words = appointing_verbs(WORDNET)
    assert {"appoint", "name", "nominate"} <= set(words)
    assert "say" not in words and "call" not in words
