"""Session 61 (BG): ``events.sense.market_battle`` (events/background_nouns.py) - a war or a
battle of firms over a market is no hostile act - and ``events.mode.since_noun_background``
(events/since_nouns.py) - an act named as the start of the period is background. Both ship
off. The sentences were written for this test; each runs the whole pipeline off and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.background_nouns import MARKET_BATTLE, market_nouns, war_state_nouns
from stancemap.events.background_nouns_import import market_nouns as import_market
from stancemap.events.background_nouns_import import war_state_nouns as import_war
from stancemap.events.since_nouns import SINCE_NOUN_BACKGROUND
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

HOSTILE = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE")


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = {
        "on": Pipeline(with_rules(enable=[MARKET_BATTLE]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[MARKET_BATTLE]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_the_rule_ships_off():
    assert MARKET_BATTLE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vodafone may spark a bidding war for the German operator.", "war"),
        ("Verizon has won a takeover battle for the phone company.", "battle"),
        ("Dell is mounting a fight for market share in China.", "fight"),
    ],
)
def test_a_commercial_war_or_battle_is_no_hostile_act(read, text, word):
    off = read(text, on=False)
    assert any(t in HOSTILE and word in trigger for t, trigger in off)
    assert not any(t in HOSTILE and word in trigger for t, trigger in read(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town on Monday.",
        "The US invasion of Iraq began at dawn.",
        "Russian troops fought a battle with Ukrainian forces near the border.",
        "Russia declared war on Ukraine.",
        "Israel waged war on Hamas in Gaza.",
        "Sudanese troops launched an attack on the rebels near Khartoum.",
        # a war over a possession that is no market: land is what armies fight for
        "Ethiopia and Eritrea fought a war over land along the border.",
        # a name is no market noun ("Reserve" is a WordNet possession)
        "The senator vowed to continue her fight against the Federal Reserve.",
    ],
)
def test_acts_of_force_and_real_fights_stay(read, text):
    off = read(text, on=False)
    assert off
    assert read(text, on=True) == off


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_lists_are_what_wordnet_gives():
    assert frozenset(import_war(WORDNET)) == war_state_nouns()
    assert frozenset(import_market(WORDNET)) == market_nouns()


def test_the_lists_hold_what_they_are_for():
    assert "war" in war_state_nouns()
    assert not {"attack", "invasion", "battle", "strike"} & war_state_nouns()
    assert {"bidding", "price", "takeover", "share", "sales", "trade"} <= market_nouns()
    # a possession of land or territory is what armed wars are fought over
    assert not {"land", "territory", "oil", "power", "control", "border"} & market_nouns()


@pytest.fixture(scope="module")
def modes(analyzer):
    pipelines = {
        "on": Pipeline(with_rules(enable=[SINCE_NOUN_BACKGROUND]), nlp=analyzer.nlp),
        "off": Pipeline(with_rules(disable=[SINCE_NOUN_BACKGROUND]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool) -> list[tuple[str, str | None]]:
        analysis = pipelines["on" if on else "off"].analyze(text)  # undated, as BBC news
        return [(e.trigger.text, e.mode) for e in analysis.events]

    return run


def test_the_since_rule_ships_off():
    assert SINCE_NOUN_BACKGROUND in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Since the attacks on the embassy in Nairobi, the airline has cut 900 jobs.", "attacks"),
        (
            "Since the Iraqi invasion of Kuwait, oil exports from the region have fallen by half.",
            "invasion",
        ),
    ],
)
def test_an_act_opening_the_period_is_background(modes, text, word):
    assert any(word in t and m is None for t, m in modes(text, on=False))
    assert any(word in t and m == "historical" for t, m in modes(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town on Monday.",
        "The invasion of Kuwait by Iraq began at dawn.",
        "Prices rose after the attacks on the embassy in Nairobi.",
    ],
)
def test_other_acts_keep_their_mode(modes, text):
    assert modes(text, on=True) == modes(text, on=False)
