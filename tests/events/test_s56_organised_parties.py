"""Session 56 (NV): two shipped-off rules on what ``events.sense.no_political_party`` (on)
drops (events/organised_parties.py). The sentences were written for this test; each runs
the whole pipeline with the new rule off and on.

- ``events.sense.organised_party``: a committee, an association, a coalition, organizers
  (WordNet organised bodies and their people) are a party, not ordinary people: kept;
- ``events.sense.month_not_protest``: "March" the month is no march and no name: an act of
  ordinary people in March is dropped as any other."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import organised_import
from stancemap.events.organised_parties import organised_nouns, organiser_nouns
from stancemap.wordnet_files import WORDNET

ORGANISED = "events.sense.organised_party"
MONTH = "events.sense.month_not_protest"


@pytest.fixture(scope="module")
def organised(analyzer):
    return types_on_trigger(analyzer, ORGANISED)


@pytest.fixture(scope="module")
def month(analyzer):
    return types_on_trigger(analyzer, MONTH)


def test_the_rules_ship_off():
    assert ORGANISED in Settings().rules.disable
    assert MONTH in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # an organised body (WordNet noun.group under committee, association): no ordinary people
        ("The committee criticized the company.", "criticized", "ACCUSE"),
        ("The association sued the company.", "sued", "ACCUSE"),
        # organizers: a person noun whose second sense is a union's representative
        # ("The organizers blamed the heat for the cancellation." left this list in session 60:
        # a thing blamed is no accusation whoever blames it, events.sense.blamed_thing)
        ("The organizers sued the city over the permit.", "sued", "ACCUSE"),
    ],
)
def test_an_organised_party_keeps_its_act(organised, text, trigger, read):
    assert organised(text, trigger, on=False) == []
    assert organised(text, trigger, on=True) == [read]


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # a thing or ordinary people on both sides: still no event
        ("Two hikers were rescued after a rock fall blocked the track.", "rescued", "AID"),
        ("The residents were in shock after a fire destroyed the shop.", "destroyed", "ASSAULT"),
        ("The residents sued the developer.", "sued", "ACCUSE"),
    ],
)
def test_ordinary_acts_still_go_with_organised_party(organised, text, trigger, read):
    assert organised(text, trigger, on=False) == []
    assert organised(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        ("In March the farmers destroyed the crops.", "destroyed", "ASSAULT"),
        ("The residents cleared the road in March.", "cleared", "CONCEDE"),
        ("The residents sued the developer in March.", "sued", "ACCUSE"),
    ],
)
def test_a_month_is_no_march(month, text, trigger, read):
    assert month(text, trigger, on=False) == [read]
    assert month(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # a march, a rally in the clause, a protest itself: kept
        ("The farmers called off the strike.", "called", "CONCEDE"),
        ("The farmers blocked the road in March.", "blocked", "PROTEST"),
        ("The farmers called off the rally in March.", "called", "CONCEDE"),
    ],
)
def test_a_protest_is_still_kept_with_month_not_protest(month, text, trigger, read):
    assert month(text, trigger, on=False) == [read]
    assert month(text, trigger, on=True) == [read]


def test_the_word_lists_load():
    assert {"committee", "association", "coalition", "campaign", "crusade"} <= organised_nouns()
    # a hospital, a family, a crowd, a month are no organised party
    assert not {"hospital", "family", "crowd", "march", "resident"} & organised_nouns()
    assert {"organizer", "organiser", "promoter", "candidate"} <= organiser_nouns()
    assert not {"resident", "farmer", "hiker", "driver"} & organiser_nouns()


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet is not installed")
def test_the_importer_reproduces_the_lists():
    assert word_list(organised_import.GROUPS) == frozenset(
        organised_import.organised_nouns(WORDNET)
    )
    assert word_list(organised_import.PERSONS) == frozenset(
        organised_import.organiser_nouns(WORDNET)
    )
