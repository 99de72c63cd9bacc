"""Session 59 (TG): a noun owned by a pronoun standing for the source, in the object's
'of' complement or a prepositional phrase of the act, is the source's own, not its target
(events/own_pronoun_phrases.py, rule ``events.args.own_pronoun_phrase``, shipped off). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.own_pronoun_phrase"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def _targets(readings, trigger):
    return [(s, t) for trig, _type, s, t in readings if trig == trigger]


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "off", "on"),
    [
        # the object's 'of' complement is the source's own troops: the place left is aimed at
        (
            "Canada completed the withdrawal of its troops from Haiti on Monday.",
            "completed",
            [(["CAN"], ["CAN"])],
            [(["CAN"], ["HTI"])],
        ),
        (
            "Denmark finished the evacuation of its citizens from Sudan.",
            "finished",
            [(["DNK"], ["DNK"])],
            [(["DNK"], ["SDN"])],
        ),
        # the doer of the act done to the source's own is the one protested
        (
            "Poland protested the treatment of its diplomats by Belarus.",
            "protested",
            [(["POL"], ["POL"])],
            [(["POL"], ["BLR"])],
        ),
    ],
)
def test_the_sources_own_phrase_is_no_target(read, text, trigger, off, on):
    assert _targets(read(text, on=False), trigger) == off
    assert _targets(read(text, on=True), trigger) == on


@pytest.mark.parametrize(
    "text",
    [
        # a direct object owned by the source's pronoun: events.args.own_object's, as before
        "Russia withdrew its ambassador from Austria.",
        # the doer named in the object's phrase stays the target
        "Germany condemned the killing of its citizens by Malian soldiers.",
        # 'its' may stand for Vietnam as well: left alone
        "Japan has stopped clearing imports from Vietnam at its customs.",
        # the owned noun's nationality names another actor: that actor's, as before
        "Tunisian police shared intelligence with their Libyan counterparts on smuggling networks.",
        # no pronoun: a named owner is someone else's business
        "Sweden criticised the arrest of Norwegian fishermen by Russia.",
    ],
)
def test_other_phrases_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
