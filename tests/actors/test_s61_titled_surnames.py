"""A courtesy title the parser took into a name (session 61, engineer RH, issues 12 and 14:
on BBC politics "Mr Blair" became a person of its own beside Tony Blair). Sentences written
for these tests.

``actors.coref.titled_surname`` (shipped off): a name span read with its courtesy title
inside ("Ms Marsh" as one PERSON, British style with no full stop) is the surname of the
person the document named before it; a title of the other gender than that person's first
name, or a surname nobody in the document has, is read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.actors.titled_surnames import courtesy_titles

from .rule_twins import twin_fixtures

RULE = "actors.coref.titled_surname"

MINISTER = (
    "Gillian Marsh, the transport minister, unveiled the plan on Monday. Critics said the "
    "cost was too high, but Ms Marsh said the money was there."
)
BILL = (
    "Peter Dawlish defended the bill in the chamber. Opponents called on Mr Dawlish to withdraw it."
)
# the full name given only after the titled surname
LATER = "Reports claimed Mr Dawlish went back on a pledge. Peter Dawlish denied it on Monday."
# left alone: a title of the other gender (his wife), a surname nobody here has, a title
# outside the name span (already the surname), a full name after the title
WIFE = "Robert Tanner spoke first. Mrs Tanner said she disagreed."
NOBODY = "Gillian Marsh spoke first. Mr Ferris said the vote would be close."
PERIOD = "Peter Dawlish defended the bill. Opponents called on Mr. Dawlish to withdraw it."
FULL = "Peter Dawlish defended the bill. Mr Peter Dawlish said it would pass."

on, off = twin_fixtures(RULE)


def _linked(pipeline: Any, text: str) -> dict[str, str]:
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: a.id for a in result.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "titled", "surname", "person"),
    [
        (MINISTER, "Ms Marsh", "Marsh", "Gillian Marsh"),
        (BILL, "Mr Dawlish", "Dawlish", "Peter Dawlish"),
        (LATER, "Mr Dawlish", "Dawlish", "Peter Dawlish"),
    ],
)
def test_the_titled_surname_is_the_named_person(
    on: Any, off: Any, text: str, titled: str, surname: str, person: str
) -> None:
    before = _linked(off, text)
    assert before[titled] != before[person]  # a person of its own, "Ms Marsh"
    after = _linked(on, text)
    assert titled not in after
    assert after[surname] == after[person]


@pytest.mark.parametrize("text", [WIFE, NOBODY, PERIOD, FULL])
def test_left_alone(on: Any, off: Any, text: str) -> None:
    on_result = on.analyze(text, date="2005-02-01")
    off_result = off.analyze(text, date="2005-02-01")
    assert [a.model_dump() for a in on_result.actors] == [a.model_dump() for a in off_result.actors]


def test_courtesy_titles() -> None:
    titles = courtesy_titles()
    assert {"mr", "mrs", "ms", "miss", "dr", "sir"} <= titles
    assert not {"lord", "prince", "king", "al"} & titles  # given names or no title alone
