"""Session 63 (CP): ``events.sense.policy_pledge_no_event`` (events/policy_pledges.py) - a
pledge of a policy made to no one (an AGREE with no target on a word of promising whose
content names no actor) is a campaign pledge, no event (docs/judging.md, session 62), shipped
off - and ``events.sense.offered_thing_no_event`` - a thing offered to no one is none either,
on since session 63. The sentences were written for this test (the names are made up or common); each runs
the whole pipeline off and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.policy_pledges import OFFERED_THING, POLICY_PLEDGE, offer_words, pledge_words
from stancemap.pipeline import Pipeline


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = {
        "pledge": Pipeline(
            with_rules(enable=[POLICY_PLEDGE], disable=[OFFERED_THING]), nlp=analyzer.nlp
        ),
        "offer": Pipeline(
            with_rules(enable=[OFFERED_THING], disable=[POLICY_PLEDGE]), nlp=analyzer.nlp
        ),
        "off": Pipeline(with_rules(disable=[POLICY_PLEDGE, OFFERED_THING]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool | str) -> list[tuple[str, str]]:
        name = "off" if on is False else "pledge" if on is True else on
        analysis = pipelines[name].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_both_ship_on():
    # offered_thing_no_event on since session 63 (lead, blind A/B 18/0, net +11);
    # policy_pledge_no_event since session 64 (A/B 15/2, net +8 after the blind re-judge)
    assert POLICY_PLEDGE not in Settings().rules.disable
    assert OFFERED_THING not in Settings().rules.disable


def test_the_words_of_promising():
    words = pledge_words()
    assert {"promise", "pledge", "vow", "swear", "guarantee"} <= words
    # the contracting hyponyms of WordNet's promise.v.01 are agreements with a party
    assert not words & {"sign", "contract", "lease", "agree", "offer"}
    assert "offer" in offer_words()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberal Democrats have pledged to increase income tax.", "pledged"),
        ("Michael Howard promised to cut taxes.", "promised"),
    ],
)
def test_a_pledge_of_policy_is_no_event(read, text, word):
    assert ("AGREE", word) in read(text, on=False)
    assert not any(word in trigger for _, trigger in read(text, on=True))
    # the other rule reads only an object offered, not a clause promised
    assert ("AGREE", word) in read(text, on="offer")


def test_a_thing_offered_to_no_one_is_no_event(read):
    text = "Labour has offered savings of 22bn pounds."
    assert ("AGREE", "offered") in read(text, on=False)
    assert ("AGREE", "offered") not in read(text, on="offer")
    assert ("AGREE", "offered") in read(text, on=True)


@pytest.mark.parametrize(
    "text",
    [
        # a pledge about an actor is coded like its act (docs/judging.md)
        "The Liberal Democrats pledged to work with the Conservatives after the election.",
        # a thing pledged, not a policy clause
        "Japan pledged $500m in aid to Indonesia.",
        # an agreement is no pledge word
        "The union agreed to end the strike.",
        # no target read, but each is kept by a guard of its own:
        # a sum pledged (an object of money)
        "Bill Gates pledged $750m of his own money to fight disease.",
        # a pledge not to deal with a party is a refusal (events.sense.pledged_refusal)
        "Charles Kennedy repeated his pledge not to do deals with either party.",
        # the content's act is coded (032, intent to support): about an actor
        "Michael Howard promised to support the nominee.",
        # offering to do, not a word of promising
        "The firm offered to cover the cost of the schooling.",
    ],
)
def test_pledges_to_or_about_an_actor_stay(read, text):
    off = read(text, on=False)
    assert off
    assert read(text, on=True) == off
    assert read(text, on="offer") == off
