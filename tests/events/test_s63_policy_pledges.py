"""Session 63 (CP): ``events.sense.policy_pledge_no_event`` (events/policy_pledges.py) - a
pledge of a policy made to no one (an AGREE with no target on a word of promising whose
content names no actor) is a campaign pledge, no event (docs/judging.md, session 62). Shipped
off. The sentences were written for this test (the names are made up or common); each runs
the whole pipeline off and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.policy_pledges import POLICY_PLEDGE, pledge_words
from stancemap.pipeline import Pipeline


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = {
        "on": Pipeline(with_rules(enable=[POLICY_PLEDGE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[POLICY_PLEDGE]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_the_rule_ships_off():
    assert POLICY_PLEDGE in Settings().rules.disable


def test_the_words_of_promising():
    words = pledge_words()
    assert {"promise", "pledge", "vow", "swear", "guarantee"} <= words
    # the contracting hyponyms of WordNet's promise.v.01 are agreements with a party
    assert not words & {"sign", "contract", "lease", "agree", "offer"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberal Democrats pledged to increase income tax on the richest earners.", "pledged"),
        ("Mr Kennedy vowed to scrap university tuition fees.", "vowed"),
    ],
)
def test_a_pledge_of_policy_is_no_event(read, text, word):
    assert ("AGREE", word) in read(text, on=False)
    assert not any(word in trigger for _, trigger in read(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        # a pledge about an actor is coded like its act (docs/judging.md)
        "The Liberal Democrats pledged to work with the Conservatives after the election.",
        # a thing pledged, not a policy clause
        "Japan pledged $500m in aid to Indonesia.",
        # an agreement is no pledge word
        "The union agreed to end the strike.",
    ],
)
def test_pledges_to_or_about_an_actor_stay(read, text):
    off = read(text, on=False)
    assert off
    assert read(text, on=True) == off
