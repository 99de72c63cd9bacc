"""Session 56 (NV): ``events.sense.teller_no_party`` (on since session 56, events/teller_parties.py):
the one who tells of an act or looks into it (the subject of a verb of communication,
cognition or perception above it) is not read as its unsaid doer by
``events.sense.no_political_party``. The sentences were written for this test; each runs
the whole pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings

RULE = "events.sense.teller_no_party"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_on():
    # switched on in session 56 by the lead on blind check evidence (docs/benchmarks.md)
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # the police or an army speak of a theft or a storm: no party to it
        ("Police say the man stole a car from the shop.", "stole", "COERCE"),
        ("The sergeant said the offender took the car.", "took", "COERCE"),
        # (a storm as the doer: no event at all since session 60, events.sense.thing_doer_no_force;
        # tests/events/test_s60_thing_doers.py)
    ],
)
def test_a_teller_is_no_party(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # the authority acts itself, the armed are a side, a weapon is around
        ("Police arrested a man for stealing a car.", "arrested", "COERCE"),
        ("Soldiers destroyed the bridge.", "destroyed", "ASSAULT"),
        ("Police say a rocket destroyed the bridge.", "destroyed", "ASSAULT"),
        ("Witnesses said soldiers destroyed the bridge.", "destroyed", "ASSAULT"),
    ],
)
def test_a_party_is_still_read(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == [read]
