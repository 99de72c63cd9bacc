"""Session 39 (engineer JG): ``stances.claims.two_claimants_local`` - with
``stances.claims.two_claimants``, the two speakers are counted in the two claims' own
sentences, so a third speaker's claim elsewhere in the text does not drop the learned claim
the other two meet over. Switched on and off explicitly. Sentences written for this test."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "stances.claims.two_claimants_local"
TEXT = (
    "Armenian Prime Minister Nikol Pashinyan said on Monday that the truce in the border "
    "area was holding. Azerbaijani President Ilham Aliyev said the truce had collapsed "
    "within hours. Farmers reported shelling near the villages. "
)


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "on": Pipeline(with_rules(enable=[RULE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[RULE]), nlp=analyzer.nlp),
    }


def holders(pipeline: Pipeline, text: str) -> dict[str, int]:
    analysis = pipeline.analyze(text, date="2024-05-08")
    names = {a.id: a.name for a in analysis.actors}
    return {names.get(s.actor, s.actor): s.polarity for s in analysis.statements}


def test_third_speaker_elsewhere_keeps_the_two_claims(pipelines):
    third = TEXT + "Armenian aid groups asked both sides to open safe routes."
    on, off = holders(pipelines["on"], third), holders(pipelines["off"], third)
    assert any("Pashinyan" in h for h in on) and any("Aliyev" in h for h in on)
    assert not any("Pashinyan" in h for h in off)


def test_two_speakers_alone_read_the_same(pipelines):
    assert holders(pipelines["on"], TEXT) == holders(pipelines["off"], TEXT)
    assert any("Pashinyan" in h for h in holders(pipelines["on"], TEXT))
