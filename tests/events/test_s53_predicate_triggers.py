"""Session 53 (RC): events told with a noun or an adjective and no verb of their own
(events/predicate_triggers.py, rules ``events.trigger.under_criticism`` and
``events.trigger.held_responsible``, shipped off; held_responsible on since session 53). The
sentences were written for this test; each runs the whole pipeline with the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines

from stancemap.config import Settings
from stancemap.events.predicate_trigger_import import rows
from stancemap.events.predicate_triggers import words
from stancemap.wordnet_files import WORDNET

UNDER = "events.trigger.under_criticism"
HELD = "events.trigger.held_responsible"


@pytest.fixture(scope="module")
def under(analyzer):
    return on_off_pipelines(analyzer, UNDER)


@pytest.fixture(scope="module")
def held(analyzer):
    return on_off_pipelines(analyzer, HELD)


def _on_word(pipeline, text: str, word: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t, s, g) for trigger, t, s, g in event_rows(pipeline, text) if word in trigger]


def _modes(pipeline, text: str, word: str) -> list[str]:
    analysis = pipeline.analyze(text, date="2016-03-17")
    return [e.mode for e in analysis.events if word in e.trigger.text]


def test_under_criticism_ships_off_and_held_responsible_on():
    # held_responsible on since session 53 (blind A/B of its check firings 4/0, twice)
    assert UNDER in Settings().rules.disable
    assert HELD not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        (
            "Hillary Clinton was under fire from Bernie Sanders over her speeches.",
            "fire",
            ["Bernie Sanders"],
            ["Hillary Clinton"],
        ),
        (
            "Hillary Clinton is under attack from Donald Trump over the trade deal.",
            "attack",
            ["Donald Trump"],
            ["Hillary Clinton"],
        ),
        (
            "Ted Cruz, who is under fire from Donald Trump, spoke in Iowa on Monday.",
            "fire",
            ["Donald Trump"],
            ["Ted Cruz"],
        ),
    ],
)
def test_under_criticism_is_the_critic_s_accusation(under, text, word, source, target):
    assert ("ACCUSE", source, target) not in _on_word(under["off"], text, word)
    assert _on_word(under["on"], text, word) == [("ACCUSE", source, target)]


def test_under_criticism_carries_the_verb_s_negation(under):
    text = "Hillary Clinton is not under fire from Bernie Sanders this week."
    assert _modes(under["on"], text, "fire") == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli soldiers came under fire from Palestinian gunmen near the border.",
        "The convoy was under attack from rebel fighters for an hour.",
        "Bernie Sanders spoke under the banner of the Democratic Party.",
    ],
)
def test_force_and_other_nouns_after_under_are_left_alone(under, text):
    on = [r for r in event_rows(under["on"], text) if r[1] == "ACCUSE"]
    off = [r for r in event_rows(under["off"], text) if r[1] == "ACCUSE"]
    assert on == off


@pytest.mark.parametrize(
    ("text", "word", "source", "target"),
    [
        (
            "Donald Trump holds Hillary Clinton responsible for the attack in Libya.",
            "responsible",
            ["Donald Trump"],
            ["Hillary Clinton"],
        ),
        (
            "Bernie Sanders held Hillary Clinton accountable for the lost jobs.",
            "accountable",
            ["Bernie Sanders"],
            ["Hillary Clinton"],
        ),
        (
            "Donald Trump considers Hillary Clinton guilty of the leak.",
            "guilty",
            ["Donald Trump"],
            ["Hillary Clinton"],
        ),
        (
            "Bernie Sanders regards Hillary Clinton as responsible for the crisis.",
            "responsible",
            ["Bernie Sanders"],
            ["Hillary Clinton"],
        ),
    ],
)
def test_held_responsible_is_a_blame(held, text, word, source, target):
    assert _on_word(held["off"], text, word) == []
    assert _on_word(held["on"], text, word) == [("ACCUSE", source, target)]


def test_held_responsible_carries_the_verb_s_mode(held):
    text = "Donald Trump would hold Hillary Clinton responsible for any attack."
    assert _modes(held["on"], text, "responsible") == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders held Hillary Clinton in high regard.",
        "Donald Trump held a rally in Ohio with Mike Pence.",
        "Hillary Clinton is responsible for the campaign's budget.",
        "Donald Trump said Hillary Clinton is responsible for the campaign's budget.",
        "Bernie Sanders sees Hillary Clinton as a strong rival.",
    ],
)
def test_holding_without_blame_is_left_alone(held, text):
    assert event_rows(held["on"], text) == event_rows(held["off"], text)


def test_the_word_table_loads():
    assert {"fire", "attack", "criticism", "rebuke"} <= words("under")
    assert "speech" not in words("under")  # criticism only in a rare sense
    assert {"responsible", "accountable", "culpable", "guilty"} <= words("blame")
    assert "trustworthy" not in words("blame")
    assert {"hold", "deem", "consider", "regard"} <= words("holding")


@pytest.mark.skipif(not (WORDNET / "data.noun").is_file(), reason="WordNet 3.0 files absent")
def test_the_importer_reproduces_the_table():
    from stancemap.datafiles import data_path

    lines = data_path("events/predicate_triggers.tsv").read_text("utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")][1:]
    assert body == ["\t".join(row) for row in rows(WORDNET)]
