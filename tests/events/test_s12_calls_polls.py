"""Session 12 misreads from real news (issue 12), on sentences written for these tests:
a call that names only whom it calls is no telephone call (``events.sense.call_left_open``),
and support measured by a poll is no act of support (``events.sense.poll_share``).
Each case runs with its rule on and off, so each test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

# session 24 (N): bare CAMEO 04/06 rows with no counterpart are no event too: that rule must be off as well
BARE_PARTNER = "events.sense.bare_partner_code_needs_partner"
CALL = "events.sense.call_left_open"
POLL = "events.sense.poll_share"
POLL_CHANGE = "events.sense.poll_share_change"  # "support fell" with no number (session 13)
# session 49 LV: "gave X 41 percent support" is also dropped on the support verb's clause
# (poll_share_verb) when this rule is on; the test measures the noun rules alone
LIGHT_CLAUSE = "events.sense.light_frames_clause_sensed"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Haddad Is Now Calling Novak", "Calling"),  # a headline cut after the object
        ("Moreau called Novak.", "called"),
        ("Haddad keeps calling Novak dangerous.", "calling"),  # a predicate: naming
    ],
)
def test_a_call_that_only_names_whom_it_calls_is_no_phone_call(runner, sentence, word):
    assert not [e for e in runner.on(sentence, word) if e.type == "CONSULT"]
    plain = runner.on(sentence, word, off=(CALL, BARE_PARTNER))
    assert [e for e in plain if e.type == "CONSULT"], plain


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Moreau called Novak by telephone.", "called"),
        ("Moreau called Novak to discuss the budget.", "called"),
        ("Moreau called Novak on Tuesday evening.", "called"),
    ],
)
def test_a_call_with_a_phone_a_purpose_or_a_time_stays_a_call(runner, sentence, word):
    events = runner.on(sentence, word)
    assert [e for e in events if e.type == "CONSULT"], events


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("The survey gave Novak 41 percent support among young voters.", "support"),
        ("Haddad's support fell to 12 percent in the latest survey.", "support"),
        ("Support for Moreau among farmers is weak.", "Support"),
    ],
)
def test_support_measured_by_a_poll_is_no_event(runner, sentence, word):
    assert not [e for e in runner.on(sentence, word) if e.type == "SUPPORT"]
    plain = runner.on(sentence, word, off=(POLL, POLL_CHANGE, LIGHT_CLAUSE))
    assert [e for e in plain if e.type == "SUPPORT"], plain


def test_support_that_is_given_stays_an_event(runner):
    events = runner.on("France voiced strong support for Germany on Monday.", "support")
    assert [e for e in events if e.type == "SUPPORT"], events


def test_a_call_on_someone_to_act_is_a_request(runner):
    assert [e.type for e in runner.on("Moreau called on Novak to resign.", "called")] == ["REQUEST"]


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Moreau spoke with Novak over the phone.", "spoke"),
        ("Moreau talked to Novak on the telephone on Friday.", "talked"),
        ("Moreau spoke with Novak by phone.", "spoke"),
    ],
)
def test_speaking_over_or_on_the_phone_is_a_call(runner, sentence, word):
    assert [e.type for e in runner.on(sentence, word)] == ["CONSULT"]
