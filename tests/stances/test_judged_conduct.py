"""A speaker's judgment of how an actor treated someone is a stance towards that actor
(``stances.campaign.judged_conduct``): '"Canada has treated us unfairly," X said'.

Passages written for these tests; expectations written before the rule ran on them.
The rule is also switched off to show that it is what gives the sign.
"""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis
from stancemap.stances.conduct import adverb_sign

RULE = "stances.campaign.judged_conduct"


@pytest.fixture(scope="module")
def without_rule(analyzer):  # type: ignore[no-untyped-def]
    shipped = list(Settings().rules.disable)
    settings = Settings.model_validate({"rules": {"disable": [*shipped, RULE]}})
    return Pipeline(settings, nlp=analyzer.nlp)


def _signs(analysis: Analysis, holder: str, target: str) -> set[int]:
    def find(name: str) -> str:
        found = [a.id for a in analysis.actors if name.lower() in a.name.lower()]
        assert found, f"no actor named {name!r} in {[a.name for a in analysis.actors]}"
        return found[0]

    a, b = find(holder), find(target)
    return {s.polarity for s in analysis.statements if s.actor == a and s.target == b}


def test_adverbs_take_the_sign_of_the_adjective_they_are_formed_from() -> None:
    assert adverb_sign("unfairly") is not None and adverb_sign("unfairly")[0] == -1
    assert adverb_sign("dishonestly") is not None and adverb_sign("dishonestly")[0] == -1
    assert adverb_sign("generously") is not None and adverb_sign("generously")[0] == 1
    assert adverb_sign("yesterday") is None and adverb_sign("only") is None
    assert adverb_sign("hard") is None  # "hit Y hard": how much, not how well


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Ann Walker said that Canada had treated the United States unfairly for years.", -1),
        ('"Canada has treated us very unfairly," President Ann Walker said.', -1),
        ('"Canada has always treated us generously," President Ann Walker said.', 1),
    ],
)
def test_a_judged_conduct_is_the_speakers_stance_towards_the_actor(
    analyzer, without_rule, text: str, sign: int
) -> None:  # type: ignore[no-untyped-def]
    assert _signs(analyzer.analyze(text), "Walker", "Canada") == {sign}
    assert _signs(without_rule.analyze(text), "Walker", "Canada") == set()


@pytest.mark.parametrize(
    "text",
    [
        # an intensifier on a verb that acts on no one
        "Ann Walker said Canada badly needs the money.",
        # the narrator's words, no speaker
        "Canada had treated the United States unfairly for years.",
        # an infinitive claims no act; an adverb without -ly tells how much
        "Ann Walker said it is hard for Canada to successfully pressure Mexico.",
        '"Canada hit Mexico hard in the talks," Ann Walker said.',
    ],
)
def test_no_speaker_or_no_one_acted_on_no_judgment(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text)
    canada = [a.id for a in analysis.actors if "canada" in a.name.lower()]
    assert canada
    assert not [s for s in analysis.statements if s.target in canada]
