"""Session 13 (engineer B): misreads a new user saw on real news, fixed by named rules read
from the parse; sentences written for these tests. Each case is checked with its rule on
and off, so each test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer): countries and the politicians
Novak, Haddad and Moreau."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

FAILURE = "events.mode.failure_is_no_rejection"
SHARE_CHANGE = "events.sense.poll_share_change"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway and Chile failed to agree on a fishing quota.",
        "The two governments failed to agree on the new border crossing.",
        "Peru and Bolivia have failed to agree on water rights for years.",
    ],
)
def test_a_failure_to_agree_is_no_rejection(runner, sentence):
    events = runner.events(sentence)
    assert not [e for e in events if e.type == "REJECT"], events
    agreed = [e for e in events if "agree" in e.trigger.text]
    assert agreed and all(e.type == "AGREE" and e.mode == "negated" for e in agreed), events
    # without the rule the failure verb's dictionary code or the negated intent rejects
    plain = runner.events(sentence, off=(FAILURE,))
    assert any(e.type == "REJECT" for e in plain), plain


def test_a_plain_refusal_to_agree_stays_a_rejection(runner):
    events = runner.events("Bolivia did not agree to the water plan.")
    assert [e.type for e in events if "agree" in e.trigger.text] == ["REJECT"], events


def test_a_failed_attack_is_still_negated_force(runner):
    events = runner.on("Chile failed to attack Peru.", "attack")
    assert events and events[0].type == "ASSAULT" and events[0].mode == "negated", events


@pytest.mark.parametrize(
    "sentence",
    [
        "Novak's support fell sharply after the debate.",
        "Support for Haddad has dropped since the spring.",
        "Her support among farmers grew after the rally.",
        "Opposition to the trade deal has grown in the capital.",
    ],
)
def test_support_that_rises_or_falls_is_a_measure(runner, sentence):
    events = runner.events(sentence)
    assert not [e for e in events if e.type in ("SUPPORT", "REJECT")], events


@pytest.mark.parametrize(
    "sentence",
    [
        "Novak's support fell sharply after the debate.",
        "Support for Haddad has dropped since the spring.",
    ],
)
def test_without_the_rule_a_falling_support_is_an_act(runner, sentence):
    plain = runner.events(sentence, off=(SHARE_CHANGE,))
    assert any(e.type == "SUPPORT" for e in plain), plain


def test_support_given_stays_an_act(runner):
    events = runner.events("Chile expressed its support for Peru.")
    assert [e.type for e in events] == ["SUPPORT"], events


DATE_NO_EVENT = "events.trigger.date_is_no_event"


@pytest.mark.parametrize(
    "sentence",
    ["Haddad has led in the polls since March.", "Novak's lead has grown since last March."],
)
def test_a_month_is_no_march(runner, sentence):
    events = runner.events(sentence)
    assert not [e for e in events if e.type == "PROTEST"], events
    plain = runner.events(sentence, off=(DATE_NO_EVENT,))
    assert any(e.type == "PROTEST" for e in plain), plain


def test_a_march_is_still_a_protest(runner):
    events = runner.events("Farmers held a march in the capital on Monday.")
    assert [e.type for e in events] == ["PROTEST"], events


def test_the_amount_verbs_are_what_wordnet_gives():
    from stancemap.datafiles import word_list
    from stancemap.events import wordnet_import

    shipped = word_list("events/amount_verbs.txt")
    assert {"fall", "rise", "grow", "drop"} <= shipped and "say" not in shipped
    if (wordnet_import.WORDNET / "data.verb").exists():
        assert set(wordnet_import.amount_verbs(wordnet_import.WORDNET)) == shipped
