"""Session 60 (AA): an accusation or an agreement whose party slot holds a thing is no event
(events/thing_complements.py, rules ``events.sense.blamed_thing``, ``events.sense.agreed_view``
and ``events.sense.offered_thing``, shipped off; the lead switched blamed_thing and
offered_thing on in session 60). The sentences were written for this test;
each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.thing_complements import party_sense_nouns
from stancemap.events.thing_complements_import import party_sense_nouns as imported
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

BLAMED = "events.sense.blamed_thing"
AGREED = "events.sense.agreed_view"
OFFERED = "events.sense.offered_thing"
# session 63 CP's rule (on since session 63) drops a thing offered to no one too: the
# session-60 rule is measured with it off on both sides
OFFERED_TO_NO_ONE = "events.sense.offered_thing_no_event"


@pytest.fixture(scope="module")
def blamed(analyzer):
    return types_on_trigger(analyzer, BLAMED)


@pytest.fixture(scope="module")
def agreed(analyzer):
    return types_on_trigger(analyzer, AGREED)


@pytest.fixture(scope="module")
def offered(analyzer):
    pipelines = {
        True: Pipeline(with_rules(enable=[OFFERED], disable=[OFFERED_TO_NO_ONE]), nlp=analyzer.nlp),
        False: Pipeline(with_rules(disable=[OFFERED, OFFERED_TO_NO_ONE]), nlp=analyzer.nlp),
    }

    def run(text: str, trigger: str, on: bool) -> list[str]:
        analysis = pipelines[on].analyze(text, date="2016-03-17")
        return [e.type for e in analysis.events if trigger in e.trigger.text]

    return run


def test_blamed_and_offered_are_on_and_agreed_view_ships_off():
    # session 60 lead: blamed_thing and offered_thing switched on after the blind A/B;
    # agreed_view fired on no blind article and stays off
    off = Settings().rules.disable
    assert BLAMED not in off and OFFERED not in off
    assert AGREED in off


@pytest.mark.skipif(not WORDNET.exists(), reason="WordNet 3.0 files are absent")
def test_the_importer_reproduces_the_party_sense_nouns():
    assert frozenset(imported(WORDNET)) == party_sense_nouns()
    # a later sense of a group: "the opposition"; a named instance is no sense ("Price")
    assert {"opposition", "administration"} <= party_sense_nouns()
    assert "price" not in party_sense_nouns()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The airline blamed rising fuel costs for a sharp fall in its profits.", "blamed"),
        ("The mayor blamed the flooding on heavy rain.", "blamed"),
        ("The delays were blamed on a computer fault.", "blamed"),
    ],
)
def test_a_thing_blamed_is_no_accusation(blamed, text, trigger):
    assert blamed(text, trigger, on=False) == ["ACCUSE"]
    assert blamed(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("France accused Germany of fraud.", "accused"),
        ("Labour blamed the Tories for the crisis.", "blamed"),
        # the one blamed is the 'on' object, wherever the parse hangs it
        ("The minister blamed the crisis on Russia.", "blamed"),
        # a noun of people in a later WordNet sense
        ("The minister blamed the opposition for the delay.", "blamed"),
        # a thing a party owns
        ("Critics blamed the government's policy for the job losses.", "blamed"),
        # a reciprocal object: the parties blame each other (session 60 lead, found by the
        # reciprocal_object test once the rule was on)
        ("Peru and Chile accused one another of breaking the ceasefire.", "accused"),
        ("The two rebel groups accused each other of the massacre.", "accused"),
    ],
)
def test_a_party_blamed_stays_an_accusation(blamed, text, trigger):
    assert blamed(text, trigger, on=False) == ["ACCUSE"]
    assert blamed(text, trigger, on=True) == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The reviewer agreed with much of the substance of the essay.", "agreed"),
        ("She agreed with the general thrust of the argument.", "agreed"),
    ],
)
def test_a_view_agreed_with_is_no_agreement(agreed, text, trigger):
    assert agreed(text, trigger, on=False) == ["AGREE"]
    assert agreed(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        ("Germany agreed with France on the new budget.", "agreed", ["AGREE"]),
        ("The two countries agreed to hold talks.", "agreed", ["AGREE"]),
        ("The two countries agreed a ceasefire.", "agreed", ["AGREE"]),
        # a real agreement between parties stays (SUPPORT: docs/judging.md, 057)
        ("France and Germany signed a deal on Monday.", "signed", ["SUPPORT"]),
    ],
)
def test_an_agreement_between_parties_stays(agreed, text, trigger, read):
    assert agreed(text, trigger, on=False) == read
    assert agreed(text, trigger, on=True) == read


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Many shops survived by offering free parking and longer hours.", "offering"),
        ("The senator was vague, offering few specifics about the bill.", "offering"),
    ],
)
def test_a_thing_offered_is_no_agreement(offered, text, trigger):
    assert offered(text, trigger, on=False) == ["AGREE"]
    assert offered(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia offered talks to Ukraine.", "offered"),
        ("The government offered to pay for the repairs.", "offered"),
        ("The donor pledged five million dollars to the fund.", "pledged"),
    ],
)
def test_an_act_or_a_gift_offered_stays(offered, text, trigger):
    assert offered(text, trigger, on=False) == ["AGREE"]
    assert offered(text, trigger, on=True) == ["AGREE"]
