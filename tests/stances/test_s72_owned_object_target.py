"""Session 72 (PP, issue 14): ``stances.campaign.owned_object_target`` (ships off).

"Germany's opposition to France's plan": a campaign noun ("opposition to", "attacks on")
whose preposition names no party but a thing a named party owns is a stance on that owner.
With the rule the campaign noun reads the owner; without it nothing. An object owned by a
pronoun, or by the holder itself, stays as it was. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from rule_pairs import named_stances, rule_analyzer

RULE = "stances.campaign.owned_object_target"
DATE = "2016-03-01"


def stances(text: str, on: bool) -> dict[tuple[str, str], int]:
    return named_stances(rule_analyzer(RULE, on), text, "s72pp-o", DATE)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Germany's opposition to France's plan hardened this week.", "Germany", "France", -1),
        ("Germany's support for France's bid was strong.", "Germany", "France", 1),
    ],
)
def test_the_owner_of_the_object_is_the_target(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert (holder, target) not in stances(text, False), text
    assert stances(text, True).get((holder, target)) == sign, text


@pytest.mark.parametrize(
    "text",
    [
        # the object's owner is a pronoun: no name
        "Germany's opposition to his plan hardened this week.",
        # the holder's own plan
        "Germany's support for Germany's own bid was strong.",
    ],
)
def test_what_it_must_leave_alone(text: str) -> None:
    assert stances(text, True) == stances(text, False), text
