"""Session 53 (NP): an act with no political party is no event (events/apolitical_acts.py,
``events.sense.no_political_party``, on since session 55). The sentences were written for this
test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.events.apolitical_acts import political_person_nouns, violence_nouns
from stancemap.events.violence_import import political_person_nouns as imported_person_nouns
from stancemap.events.violence_import import violence_nouns as imported_violence_nouns
from stancemap.wordnet_files import WORDNET

RULE = "events.sense.no_political_party"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        (
            "Three hikers were rescued after a landslide blocked the mountain track.",
            "rescued",
            "AID",
        ),
        ("A fierce hailstorm hit the coastal town overnight.", "hit", "ASSAULT"),
        ("Two fishermen were injured when a wave struck their boat.", "struck", "ASSAULT"),
        (
            "Six people were killed when a fire swept through an apartment block.",
            "killed",
            "ASSAULT",
        ),
        ("A young woman was taken to hospital after the bus overturned.", "taken", "COERCE"),
        ("A large crowd lined the docks to welcome the yacht.", "welcome", "SUPPORT"),
        # a country named as the place tells where, not who
        (
            "Four people were killed when a fire broke out at a hotel in central Paris.",
            "killed",
            "ASSAULT",
        ),
    ],
)
def test_an_act_with_no_political_party_is_no_event(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a protest needs no political source
        ("Residents rallied outside the council chambers to oppose the new tip.", "rallied"),
        # an armed doer, named in a clause of the sentence or as the subject
        ("Two people were killed when soldiers opened fire on the crowd.", "killed"),
        ("A gunman killed three shoppers at the mall.", "killed"),
        # a noun of violence (WordNet) tells of an attack by someone
        ("Twelve people were killed in an air raid on the village.", "killed"),
        # an arrest is an authority's act, whoever the text leaves unsaid
        ("Eight people were arrested after the match.", "arrested"),
        # police, an official: political actors
        ("Police rescued two children from the flooded house.", "rescued"),
        ("The minister welcomed the crew of the yacht.", "welcomed"),
        # a candidate is a party the agents lexicon lacks
        ("The two candidates were welcomed by a large crowd at the fairground.", "welcomed"),
        # a body a party owns is the party's ("the Democratic platform")
        ("The Democratic platform explicitly recognizes transgender people.", "recognizes"),
        # an unsaid doer of a permission rules; of words, speaks
        (
            "Developers were eventually permitted to build hundreds of homes on the old farm.",
            "permitted",
        ),
        (
            "The dispute centers on the removal of voters, in what is being criticized as a harsh approach.",
            "criticized",
        ),
    ],
)
def test_political_armed_and_protest_acts_stay(types_on, text, trigger):
    off = types_on(text, trigger, on=False)
    assert off != []
    assert types_on(text, trigger, on=True) == off


def test_the_violence_nouns_load():
    words = violence_nouns()
    assert {"bombing", "raid", "warplane", "gunman", "troops"} <= words
    assert not {"storm", "crash", "fire", "car", "landslide"} & words


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_list_is_what_wordnet_gives():
    from stancemap.datafiles import word_list

    assert frozenset(imported_violence_nouns(WORDNET)) == word_list("events/violence_nouns.txt")
    shipped = word_list("events/political_person_nouns.txt")
    assert frozenset(imported_person_nouns(WORDNET)) == shipped


def test_political_persons_are_no_ordinary_people():
    assert {"candidate", "nominee", "supporter", "delegate"} <= political_person_nouns()
    assert not {"hiker", "passenger", "victim", "driver"} & political_person_nouns()
