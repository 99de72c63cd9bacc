"""Session 12 (issue 12): a gathering whose purpose is a protest is the protest
(``events.frame.gathered_to_protest``, shipped off: one PLOVER tune record, nothing on
check or the wire sets), on sentences written for these tests; each case runs with the rule
switched on ("+") and as shipped, so the test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.frame.gathered_to_protest"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of Russian pensioners were converging on the capital to protest the reform.",
        "Hundreds of Ukrainian students gathered outside the ministry to protest the cuts.",
    ],
)
def test_a_gathering_to_protest_is_a_protest(runner, sentence):
    types = [e.type for e in runner.events(sentence, off=(f"+{RULE}",))]
    assert "PROTEST" in types and "CONSULT" not in types, types
    shipped = [e.type for e in runner.events(sentence)]
    assert "PROTEST" not in shipped, shipped


def test_a_meeting_with_a_partner_stays_a_meeting(runner):
    sentence = "Novak met Haddad in Kyiv to protest the tax."
    types = [e.type for e in runner.events(sentence, off=(f"+{RULE}",))]
    assert "CONSULT" in types, types
