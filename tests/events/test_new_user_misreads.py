"""Misreads a new user saw on real news (issue 12, session 10), each fixed by a named
rule read from the parse, with sentences written for these tests (never the articles).
Every case is checked with its rule on and off, so each test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer): countries and the politicians
Novak, Haddad and Moreau."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

NEGATED_COMMITMENT = "events.mode.negated_commitment"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Iran is not ready to attack Israel.", "attack"),
        ("Russia has no plans to invade Ukraine.", "invade"),
        ("China has no intention of attacking Japan.", "attacking"),
        ("Russia does not have any plans to invade Georgia.", "invade"),
        ("Turkey is not willing to send troops to Syria.", "send"),
        ("Pakistan said it was not prepared to negotiate with India.", "negotiate"),
    ],
)
def test_a_negated_word_of_commitment_negates_the_act(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.mode == "negated" for e in events), events
    # the act's own verb carries no negation: without the rule it reads as done
    plain = runner.on(sentence, word, off=(NEGATED_COMMITMENT,))
    assert plain and all(e.mode != "negated" for e in plain), plain


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Iran is ready to attack Israel.", "attack"),
        ("Russia has plans to invade Ukraine.", "invade"),
        ("Turkey is not afraid to send troops to Syria.", "send"),
        ("Russia has no doubt that it will invade Ukraine.", "invade"),
    ],
)
def test_commitment_that_is_not_negated_leaves_the_act(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.mode != "negated" for e in events), events
