"""Session 18 (engineer V): the "with" object of a call medium is the partner of a
consultation (``events.args.aimed_call_partner``, events/aimed_at.py). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.args.aimed_call_partner"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off (W4 tune only): on here


def consult_targets(runner, text, word, off=()):
    found = [e for e in runner.on(text, word, off) if e.type == "CONSULT"]
    assert len(found) == 1, runner.events(text, off)
    return [a.split(":")[-1] for a in found[0].target]


CALLS = [
    (
        "Turkish Minister Moreau spoke by telephone with Russian Minister Haddad on Monday.",
        "spoke",
        ["Haddad"],
    ),
    ("Turkey spoke by phone with Pakistan about the border.", "spoke", ["PAK"]),
]


@pytest.mark.parametrize(("text", "word", "partner"), CALLS)
def test_the_one_called_is_the_partner(runner, text, word, partner):
    assert consult_targets(runner, text, word) == partner


@pytest.mark.parametrize(
    ("text", "word", "partner"), CALLS[:1]
)  # the parse hangs "with" on the medium
def test_without_the_rule_the_partner_is_lost(runner, text, word, partner):
    assert consult_targets(runner, text, word, (RULE,)) == []


def test_a_with_phrase_on_no_call_medium_is_no_partner(runner):
    # "with" on a thing that is no call medium: the rule reads nothing there
    text = "Minister Haddad spoke by the river with great passion on Monday."
    on = [(e.type, e.target) for e in runner.events(text)]
    assert on == [(e.type, e.target) for e in runner.events(text, (RULE,))]
