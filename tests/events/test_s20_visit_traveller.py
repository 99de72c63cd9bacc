"""Session 20 (engineer E): a visit read from a row that takes any preposition object
needs a subject that can travel (``events.sense.visit_needs_traveller``,
events/matching.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.visit_needs_traveller"
THING_SUBJECT = "events.sense.thing_subject_no_act"
STRICT = "events.sense.thing_subject_strict"  # session 30
MOTION = "events.sense.motion_consult_needs_partner"
TRAVEL = "events.sense.private_travel_no_visit"  # session 31: a thing going to a place is no visit
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too

CAUSED = [
    "The dispute led to a rift with Russia.",
    "The drought led to hunger in Somalia.",
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def visits(events):
    return [e for e in events if e.cameo in ("042", "043")]


@pytest.mark.parametrize("text", CAUSED)
def test_a_thing_that_leads_somewhere_makes_no_visit(runner, text):
    assert not visits(runner.events(text)), runner.events(text)


@pytest.mark.parametrize("text", CAUSED)
def test_without_the_rule_it_was_a_visit(runner, text):
    # thing_subject_no_act and motion_consult_needs_partner (session 25) drop it too: off here
    assert visits(runner.events(text, (RULE, THING_SUBJECT, STRICT, MOTION, TRAVEL, NO_PARTY)))


def test_a_person_who_leads_a_delegation_keeps_the_reading(runner):
    text = "Minister Haddad led a delegation to Russia."
    assert [e.cameo for e in runner.events(text)] == [e.cameo for e in runner.events(text, (RULE,))]
