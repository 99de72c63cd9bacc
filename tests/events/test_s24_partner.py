"""Session 24 (engineer N): ``events.sense.bare_partner_code_needs_partner`` - any verb coded
only by the imported dictionary's bare consultation or cooperation row (CAMEO 04, 06) with no
counterpart named is no event ("decided to address the issue", "can't handle tough
questions"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

PARTNER = "events.sense.bare_partner_code_needs_partner"
THING_SUBJECT = "events.sense.thing_subject_no_act"
STRICT = "events.sense.thing_subject_strict"  # session 30


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(PARTNER,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak decided to address the issue at once.", "address"),
        ("Senator Novak cannot handle tough questions.", "handle"),
        ("Novak wanted to control the real estate.", "control"),
    ],
)
def test_a_bare_partner_code_with_no_counterpart_is_no_event(runner, text, word):
    assert runner.on(text, word) == []
    assert (
        runner.on(text, word, (PARTNER, "events.reality.drop")) != []
    )  # the learned reality drops it too


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak discussed the budget with Haddad.", "discussed"),
        ("Novak and Haddad discussed the budget.", "discussed"),
    ],
)
def test_a_counterpart_keeps_the_event(runner, text, word):
    assert runner.on(text, word) != []


SUPPORT = "events.sense.bare_support_code_needs_counterpart"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Novak has had trouble persuading buyers of his coal to pay more.", "persuading"),
        ("The long feud between Novak and Haddad exposed clear rifts in the party.", "exposed"),
        ("The show also celebrates a new recording of the album.", "celebrates"),
    ],
)
def test_a_bare_support_code_with_no_one_supported_is_no_event(analyzer, text, word):
    on = StageRunner(analyzer, on=(SUPPORT,))
    assert on.on(text, word) == []
    # thing_subject_no_act (session 25) drops "the feud exposed rifts" too: off here
    assert on.on(text, word, (SUPPORT, THING_SUBJECT, STRICT)) != []


def test_support_for_someone_stays(analyzer):
    on = StageRunner(analyzer, on=(SUPPORT,))
    assert on.on("Novak praised Haddad.", "praised") != []


def test_a_name_parsed_as_a_clause_is_still_the_one_supported(analyzer):
    on = StageRunner(analyzer, on=(SUPPORT,))
    # the parse hangs "Saied" off the verb as a ccomp, not as its object
    text = (
        "Oman's Sultan Qaboos bin Said al-Said congratulated Tunisia's president-elect "
        "Kais Saied on his victory, the state news agency ONA said on Monday."
    )
    assert on.on(text, "congratulated") != []
