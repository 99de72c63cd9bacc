"""Session 13 (engineer H): a campaign phrase aimed at another's words ("hit back at
accusations by Y", "threw his support behind Y's proposal") is aimed at their author
(``stances.campaign.phrase_claim``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis

RULE = "stances.campaign.phrase_claim"


def _switched(analyzer, on: bool) -> Pipeline:  # type: ignore[no-untyped-def]
    settings = with_rules(enable=[RULE]) if on else with_rules(disable=[RULE])
    return Pipeline(settings, nlp=analyzer.nlp)


def _statements(analysis: Analysis, holder: str, target: str) -> list[int]:
    ids = {a.id: a.name for a in analysis.actors}
    return [
        s.polarity
        for s in analysis.statements
        if holder in ids.get(s.actor, "") and target in ids.get(s.target or "", "")
    ]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Ugandan President Yoweri Museveni hit back at accusations by Kenyan President "
         "William Ruto.", -1),
        ("Ugandan President Yoweri Museveni lashed out at criticism from Kenyan President "
         "William Ruto over the lake.", -1),
        ("Ugandan President Yoweri Museveni threw his support behind Kenyan President "
         "William Ruto's proposal for a joint force.", 1),
    ],
)  # fmt: skip
def test_a_phrase_aimed_at_words_is_aimed_at_their_author(analyzer, text: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    assert _statements(_switched(analyzer, True).analyze(text), "Museveni", "Ruto") == [sign]
    assert _statements(_switched(analyzer, False).analyze(text), "Museveni", "Ruto") == []


def test_words_of_nobody_named_aim_at_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ugandan President Yoweri Museveni lashed out at the report on the lake. "
        "Kenyan President William Ruto visited Kampala."
    )
    assert _statements(_switched(analyzer, True).analyze(text), "Museveni", "Ruto") == []
