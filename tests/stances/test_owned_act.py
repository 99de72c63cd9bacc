"""A judgment of an act whose doer the act's own clause names is a judgment of the doer
(``stances.campaign.owned_act``): "X condemned the tariffs Y imposed", "X praised the
reforms introduced by Y", as "X slammed Y's plan" (``stances.campaign.possessed``).

Passages written for these tests; expectations written before the rule ran on them.
The rule is also switched off to show that it is what gives the sign, and passages
where the clause names no doer of the act give none.
"""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis

RULE = "stances.campaign.owned_act"


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    shipped = list(Settings().rules.disable)
    settings = Settings.model_validate({"rules": {"disable": [*shipped, RULE]}})
    return Pipeline(settings, nlp=analyzer.nlp)


def _id(analysis: Analysis, name: str) -> str:
    found = [a.id for a in analysis.actors if name.lower() in a.name.lower()]
    assert found, f"no actor named {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def _stance(analysis: Analysis, holder: str, target: str) -> int | None:
    a, b = _id(analysis, holder), _id(analysis, target)
    signs = {s.polarity for s in analysis.statements if s.actor == a and s.target == b}
    assert len(signs) <= 1
    return signs.pop() if signs else None


@pytest.mark.parametrize(
    ("text", "holder", "doer", "sign"),
    [
        (
            "The senator Ann Walker condemned the tariffs that Mexico imposed on steel.",
            "Walker",
            "Mexico",
            -1,
        ),
        (
            "Canada condemned the tariffs imposed by Mexico on steel imports.",
            "Canada",
            "Mexico",
            -1,
        ),
        ("Ann Walker praised the reforms introduced by Bob Lane.", "Walker", "Lane", 1),
        ("Ann Walker attacked the plan Bob Lane unveiled last week.", "Walker", "Lane", -1),
    ],
)
def test_a_judged_act_is_a_judgment_of_its_doer(
    analyzer, without_rule, text: str, holder: str, doer: str, sign: int
) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text)
    assert _stance(analysis, holder, doer) == sign
    (found,) = [
        s
        for s in analysis.statements
        if s.actor == _id(analysis, holder) and s.target == _id(analysis, doer)
    ]
    assert found.text is not None and text[found.text.start : found.text.end] == found.text.text
    assert 0 < found.confidence < 0.8  # weaker than a judgment of the doer by name
    assert _stance(without_rule.analyze(text), holder, doer) is None


@pytest.mark.parametrize(
    "text",
    [
        # Lane's view of the deal, not Lane's act: criticising it is no judgment of Lane
        "Ann Walker criticised the deal that Bob Lane rejected.",
        # the clause has an object of its own: the city is not what Lane did
        "Ann Walker criticised the city where Bob Lane built a wall.",
        # an act not done is no one's act
        "Ann Walker criticised the plan that Bob Lane never adopted.",
    ],
)
def test_no_doer_no_judgment(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _stance(analyzer.analyze(text), "Walker", "Lane") is None
