"""Session 62 (EP): ``events.sense.firm_parties`` (events/firm_parties.py) - a non-verbal
act whose every party is a firm is a commercial act, no event. On since session 62 (lead,
after the blind A/B). The sentences
were written for this test (the firm names are made up); each runs the whole pipeline off
and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.firm_import import firm_nouns as import_firms
from stancemap.events.firm_import import legal_act_nouns as import_legal
from stancemap.events.firm_parties import FIRM_PARTIES, firm_nouns, legal_act_nouns
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = {
        "on": Pipeline(with_rules(enable=[FIRM_PARTIES]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[FIRM_PARTIES]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_the_rule_ships_on():
    assert FIRM_PARTIES not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two firms named with a noun of a firm (a modifier of the name)
        ("Phone firm Zentacom agreed to a takeover offer from rival firm Brightline.", "agreed"),
        # a firm called back by a definite noun of a firm, alone in its act
        (
            "Norvale Air carried 30 million passengers last year. On Monday the airline "
            "warned that fuel costs would cut its profits.",
            "warned",
        ),
    ],
)
def test_a_commercial_act_of_firms_is_no_event(read, text, word):
    assert any(word in trigger for _, trigger in read(text, on=False))
    assert not any(word in trigger for _, trigger in read(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        # a state is a party: a firm's deal with a government is coded
        "Phone firm Zentacom signed a deal with the French government.",
        # a legal case in the act's clause: a settlement answers it
        "Phone firm Zentacom agreed to pay $850m to settle the suit brought by rival firm "
        "Brightline.",
        # the parties are no firms the article names
        "The Taliban attacked the convoy near Kandahar.",
        "Russia agreed to supply gas to Ukraine.",
    ],
)
def test_acts_with_a_political_party_or_a_legal_case_stay(read, text):
    off = read(text, on=False)
    assert off
    assert read(text, on=True) == off


def test_a_firm_accusing_a_firm_is_still_read_as_it_was(read):
    # verbal acts are events whoever does them (docs/judging.md): never dropped by the rule
    text = "Phone firm Zentacom blamed rival firm Brightline for the outage."
    assert read(text, on=True) == read(text, on=False)


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_lists_are_what_wordnet_gives():
    assert frozenset(import_firms(WORDNET)) == firm_nouns()
    assert frozenset(import_legal(WORDNET)) == legal_act_nouns()


def test_the_lists_hold_what_they_are_for():
    assert {"firm", "company", "airline", "bank", "insurer", "carmaker", "retailer"} <= firm_nouns()
    # no state, party, government agency, central bank or charity is a firm
    assert not {"state", "party", "agency", "government", "fed", "charity", "union"} & firm_nouns()
    assert {"suit", "lawsuit", "charge", "prosecution", "litigation"} <= legal_act_nouns()
