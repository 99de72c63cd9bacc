"""Session 12 (issue 12): a headline verb the tagger reads as a noun
(``events.trigger.headline_noun_verbs``), on headlines written for these tests. Each case
runs with the rule on and off, so the test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.trigger.headline_noun_verbs"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "headline, word, parties",
    [
        ("Novak, Haddad spar over pension reform", "spar", {"p:Novak", "p:Haddad"}),
        ("Russia, Ukraine Spar Over Grain Exports", "Spar", {"c:RUS", "c:UKR"}),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_the_verb_of_the_names_before_it(
    runner, headline, word, parties
):
    events = [e for e in runner.on(headline, word) if e.type == "ACCUSE"]
    assert events, runner.events(headline)
    assert set(events[0].source) | set(events[0].target) == parties, events
    off = [e for e in runner.on(headline, word, off=(RULE,)) if e.type == "ACCUSE"]
    assert not off or set(off[0].source) | set(off[0].target) != parties, off


@pytest.mark.parametrize(
    "headline",
    [
        "Novak rally in the capital",  # one subject and a bare form: a noun ("a rally")
        "Novak and Haddad met in the capital over pension reform",  # a real verb
    ],
)
def test_a_noun_that_does_not_agree_or_a_sentence_with_a_verb_is_left_alone(runner, headline):
    on = [(e.type, e.trigger.text) for e in runner.events(headline)]
    off = [(e.type, e.trigger.text) for e in runner.events(headline, off=(RULE,))]
    assert on == off
