"""Session 25 (engineer E3): an event noun's sense from its own arguments and the verb that
governs it. Sentences written for these tests (literal/figurative and military/labour pairs).

- ``events.sense.strike_from_arguments``: "authorised strikes on rebel positions" is force
  (CAMEO 190), "teachers went on strike on Monday" a protest (143).
- ``events.sense.cooperation_pattern_needs_partner``: "the army carried out operations in the
  border region" is no cooperation; "carried out operations with Somali forces" is.
- ``events.sense.ordered_force_is_literal``: "the minister ordered an attack on Ukraine" is
  force; "the senator launched a scathing attack on the governor" stays words.
- ``events.sense.gathering_needs_cause``: "the candidate held a rally in Ohio" is no protest;
  "students staged a rally against the war" is one.
"""

from __future__ import annotations

import pytest

from stancemap.config import RuleSettings, Settings

STRIKE = "events.sense.strike_from_arguments"
PARTNER = "events.sense.cooperation_pattern_needs_partner"
ORDERED = "events.sense.ordered_force_is_literal"
GATHERING = "events.sense.gathering_needs_cause"
RULES = (STRIKE, PARTNER, ORDERED, GATHERING)


@pytest.fixture(scope="module")
def types_under(analyzer):
    """The event types of a text with one rule on or off (the shipped switches otherwise)."""
    pipelines = {}

    def run(text: str, rule: str, on: bool) -> list[str]:
        key = (rule, on)
        if key not in pipelines:
            shipped = [r for r in RuleSettings().disable if r not in RULES]
            off = shipped if on else [*shipped, rule]
            pipelines[key] = analyzer.derive(Settings.model_validate({"rules": {"disable": off}}))
        return [e.type for e in pipelines[key].analyze(text, date="2024-05-02").events]

    return run


MILITARY_STRIKES = [
    "The president authorised strikes on rebel positions in the north.",
    "The defence minister ordered strikes on Syria.",
    "The army launched strikes against militant camps near the border.",
]
LABOUR_STRIKES = [
    "Teachers went on strike on Monday.",
    "Dock workers staged a strike at the port.",
    "Nurses began a strike over pay.",
]


@pytest.mark.parametrize("text", MILITARY_STRIKES)
def test_a_strike_on_a_place_or_armed_target_is_force(types_under, text):
    on = types_under(text, STRIKE, True)
    assert "ASSAULT" in on and "PROTEST" not in on, on
    off = types_under(text, STRIKE, False)
    assert "PROTEST" in off, off  # without the rule the labour reading of the noun stays


@pytest.mark.parametrize("text", LABOUR_STRIKES)
def test_a_strike_by_workers_stays_a_protest(types_under, text):
    on = types_under(text, STRIKE, True)
    assert "PROTEST" in on and "ASSAULT" not in on, on


def test_operations_in_a_place_are_no_cooperation(types_under):
    text = "The army carried out operations in the border region."
    assert "COOPERATE" not in types_under(text, PARTNER, True)
    assert "COOPERATE" in types_under(text, PARTNER, False)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya carried out operations with Somali forces.",
        "Russia and China carried out joint maneuvers.",
    ],
)
def test_operations_with_a_partner_stay_cooperation(types_under, text):
    assert "COOPERATE" in types_under(text, PARTNER, True)


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin ordered an attack on Ukraine.",
        "President Vladimir Putin ordered an attack on Kyiv.",
    ],
)
def test_an_ordered_attack_is_force(types_under, text):
    assert "ASSAULT" in types_under(text, ORDERED, True)
    assert "ASSAULT" not in types_under(text, ORDERED, False)  # read as words without it


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz launched a scathing attack on Donald Trump.",
        "Donald Trump attacked Hillary Clinton over her emails.",
    ],
)
def test_a_verbal_attack_stays_words(types_under, text):
    on = types_under(text, ORDERED, True)
    assert "ACCUSE" in on and "ASSAULT" not in on, on


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump held a rally in Portland on Thursday.",
        "Donald Trump staged a rally in Ohio.",
        "Trump returned to the subject at last week's San Diego rally, where he spoke.",
    ],
)
def test_a_campaign_rally_is_no_protest(types_under, text):
    assert "PROTEST" not in types_under(text, GATHERING, True)
    assert "PROTEST" in types_under(text, GATHERING, False)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students staged a rally against the war.",
        "Protesters held a rally in front of parliament.",
        "The opposition staged an anti-government rally in the capital.",
        "Thousands of people demonstrated in the capital.",
    ],
)
def test_a_protest_rally_stays_a_protest(types_under, text):
    assert "PROTEST" in types_under(text, GATHERING, True)


def test_the_gathering_nouns_come_from_wordnet():
    from stancemap.datafiles import word_list
    from stancemap.events import wordnet_import

    words = word_list("events/gathering_nouns.txt")
    assert "rally" in words and "meeting" in words
    assert "demonstration" not in words and "protest" not in words
    if (wordnet_import.WORDNET / "data.noun").exists():
        assert set(wordnet_import.gathering_nouns(wordnet_import.WORDNET)) == words
