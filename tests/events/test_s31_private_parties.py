"""Session 31 (engineer EP): a consultation or a visit needs a political actor.

``events.sense.private_travel_no_visit``: a motion verb coded CAMEO 04 whose mover is a
private party and whose destination names no political actor is travel, not a visit.
``events.sense.kin_partner_no_consult``: a CAMEO 04 verb whose partner is a relative and
whose sides are all private is a family's life. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

TRAVEL = "events.sense.private_travel_no_visit"
KIN = "events.sense.kin_partner_no_consult"
REALITY = "events.reality.drop"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def consults(runner, text, word, off=()):
    return [e for e in runner.on(text, word, (REALITY, *off)) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a territory is no host of private travellers
        ("Many families who came to the USA from Honduras worked on farms.", "came"),
        # an occasion no political actor holds
        ("Last month the two shopkeepers went to a farm rally in Dayton.", "went"),
        # a private home
        ("Hundreds of letters have arrived at the farm since then.", "arrived"),
    ],
)
def test_private_travel_is_no_visit(runner, text, word):
    assert consults(runner, text, word, (TRAVEL, NO_PARTY)) != []
    assert consults(runner, text, word) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a political mover visits a country
        ("President Obama came to Mexico on Tuesday.", "came"),
        # a political actor as the destination
        ("The farmers went to the White House to ask for help.", "went"),
        # an occasion a political actor holds: attending it is an act towards them
        ("Last month the two shopkeepers went to a Novak rally in Dayton.", "went"),
        # a political partner
        ("The shopkeepers went to a meeting with Governor Haddad.", "went"),
    ],
)
def test_a_visit_with_a_political_side_stays(runner, text, word):
    assert consults(runner, text, word) == consults(runner, text, word, (TRAVEL,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The engineer called his mother, and they talked for an hour.", "called"),
        ("The farmer met family members in the village.", "met"),
    ],
)
def test_a_private_relative_is_no_consultation(runner, text, word):
    assert consults(runner, text, word, (KIN, NO_PARTY)) != []
    assert consults(runner, text, word) == []


def test_a_politician_meeting_families_stays(runner):
    text = "In August Donald Trump met with the families of the victims in Houston."
    found = consults(runner, text, "met")
    assert found != []
    assert found == consults(runner, text, "met", (KIN,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kin word modifying a thing is no relative
        ("Robert joined the family company in 1970.", "joined"),
        # no source and no subject of its own: whose act it is, unknown
        ("Family members are introduced to the guests.", "introduced"),
    ],
)
def test_no_relative_or_an_open_side_keeps_the_event(runner, text, word):
    assert consults(runner, text, word, (NO_PARTY,)) != []
    assert consults(runner, text, word, (NO_PARTY,)) == consults(
        runner, text, word, (KIN, NO_PARTY)
    )
