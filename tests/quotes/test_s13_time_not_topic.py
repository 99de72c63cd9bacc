"""A date after a reporting noun's or verb's preposition is no topic
(``quotes.content.time_not_topic``, shipped off: PolNeAR tune +0.0003, check 0).

"In his remarks on Saturday, X praised Y" gave the content "Saturday"; "Pelt commented
on Monday at a press conference" gave "Monday". Sentences written for the test.
"""

from __future__ import annotations

import pytest

RULE = "quotes.content.time_not_topic"


@pytest.fixture(scope="module")
def contents(quotes_without):  # type: ignore[no-untyped-def]
    def run(text: str, on: bool) -> set[str]:
        found = (
            quotes_without(text, enable=(RULE,)) if on else quotes_without(text, disable=(RULE,))
        )
        return {q.content.text for q in found}

    return run


def test_a_date_is_not_what_the_remarks_were_about(contents) -> None:  # type: ignore[no-untyped-def]
    text = "In his remarks on Saturday, Halden praised the troops."
    assert "Saturday" not in contents(text, True)
    assert "Saturday" in contents(text, False)  # the misread, as shipped


def test_a_date_is_not_what_was_commented_on(contents) -> None:  # type: ignore[no-untyped-def]
    text = "Pelt commented on Monday at a press conference."
    assert "Monday" not in contents(text, True)
    assert "Monday" in contents(text, False)
    assert "the budget" in contents("Pelt commented on the budget.", True)
