"""Session 51 (PA): targets the parser hung one level too deep (events/deep_parties.py,
rules ``events.args.medium_partner``, ``stacked_preposition``, ``between_parties``,
``protested_act_doer``, all shipped off). The sentences were written for this test; each
runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines, event_rows

from stancemap.config import Settings
from stancemap.events.deep_parties import deep_words

MEDIUM = "events.args.medium_partner"
STACKED = "events.args.stacked_preposition"
BETWEEN = "events.args.between_parties"
PROTESTED = "events.args.protested_act_doer"
RULES = (MEDIUM, STACKED, BETWEEN, PROTESTED)


@pytest.fixture(scope="module")
def targets(analyzer):
    """(text, trigger word, rule, on?) -> the target names of the events on the trigger."""
    get = derived_pipelines(analyzer)

    def run(text: str, trigger: str, rule: str, on: bool) -> list[list[str]]:
        pipeline = get((), (rule,)) if on else get((), ())
        return [row[3] for row in event_rows(pipeline, text) if trigger in row[0]]

    return run


@pytest.mark.parametrize("rule", RULES)
def test_the_rules_ship_off(rule):
    assert rule in Settings().rules.disable


def test_the_word_file_has_every_kind():
    words = deep_words()
    assert "by" in words["medium_prep"] and "over" in words["stacked_head"]
    assert "to" in words["stacked_prep"] and "between" in words["between_prep"]
    assert "against" in words["protested_prep"]


def test_with_phrase_hung_on_the_telephone_is_the_partner(targets):
    # parsed with "with" under "telephone"
    text = (
        "Polish President Andrzej Duda spoke by telephone with Azerbaijani Prime Minister "
        "Ali Asadov on Friday."
    )
    assert targets(text, "spoke", MEDIUM, on=False) == [[]]
    assert targets(text, "spoke", MEDIUM, on=True) == [["Ali Asadov"]]


def test_with_phrase_on_the_verb_is_left_as_it_was(targets):
    # parsed with "with" under "talked": the verb's own partner, the rule adds nothing
    text = (
        "Italian Prime Minister Giorgia Meloni talked by phone with Indian Prime Minister "
        "Narendra Modi on Tuesday."
    )
    assert targets(text, "talked", MEDIUM, on=True) == targets(text, "talked", MEDIUM, on=False)
    assert targets(text, "talked", MEDIUM, on=True) == [["Narendra Modi"]]


def test_second_word_of_a_stacked_preposition_names_the_recipient(targets):
    text = "Greek authorities handed a senior PKK financier over to Turkey on Tuesday."
    assert targets(text, "handed", STACKED, on=False) == [[]]
    assert targets(text, "handed", STACKED, on=True) == [["Turkey"]]


def test_mediation_between_two_parties_targets_both(targets):
    text = "Qatar offered to mediate between Israel and Hamas."
    assert targets(text, "offered", BETWEEN, on=False) == [[]]
    assert targets(text, "offered", BETWEEN, on=True) == [["Hamas", "Israel"]]


def test_between_phrase_restating_the_doers_names_no_target(targets):
    text = "France and Germany signed a treaty between the two countries."
    assert targets(text, "signed", BETWEEN, on=True) == [[]]


def test_protest_over_an_act_targets_its_doer(targets):
    text = (
        "Teachers in Chile went on strike against the closure of schools by the Education Ministry."
    )
    assert targets(text, "strike", PROTESTED, on=False) == [[]]
    assert targets(text, "strike", PROTESTED, on=True) == [["Education Ministry"]]


def test_protest_in_a_cause_phrase_targets_the_doer_not_the_owner(targets):
    text = "Farmers in India protested over the arrest of their leaders by the police."
    assert targets(text, "protested", PROTESTED, on=False) == [[]]
    assert targets(text, "protested", PROTESTED, on=True) == [["police"]]


PASSIVE = "events.args.deep_passive_agent"


@pytest.fixture(scope="module")
def sources(analyzer):
    """(text, trigger word, on?) -> the source names of the events on the trigger."""
    get = derived_pipelines(analyzer)

    def run(text: str, trigger: str, on: bool) -> list[list[str]]:
        pipeline = get((), (PASSIVE,)) if on else get((), ())
        return [row[2] for row in event_rows(pipeline, text) if trigger in row[0]]

    return run


def test_deep_passive_agent_ships_off():
    assert PASSIVE in Settings().rules.disable


def test_by_phrase_hung_on_the_with_object_is_the_doer(sources):
    # parsed with "by the European Union" under "sanctions"
    text = "Venezuela was threatened with new sanctions by the European Union on Monday."
    assert sources(text, "threatened", on=False) == [[]]
    assert sources(text, "threatened", on=True) == [["European Union"]]


def test_by_phrase_hung_on_the_object_is_the_giver(sources):
    text = "Pakistan was given a $2 billion credit line by Saudi Arabia on Friday to pay for oil."
    assert sources(text, "given", on=False) == [[]]
    assert sources(text, "given", on=True) == [["Saudi Arabia"]]


def test_by_phrase_of_an_act_under_another_preposition_is_not_taken(sources):
    text = "The senator was criticised for the handling of the crisis by his own party."
    assert sources(text, "criticised", on=True) == [[]]
