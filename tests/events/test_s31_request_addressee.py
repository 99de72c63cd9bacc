"""Session 31 (engineer EV): ``events.sense.request_needs_addressee`` - a verb read as
REQUEST whose only complement is a clause of fact or a question names no addressee who is
to act: no event. Read from the parse (objects, open complements, particles, phrases, the
clause's mood), for any verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.request_needs_addressee"
TARGETED = "events.sense.request_needs_addressee_targeted"
REALITY = "events.reality.drop"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.fixture(scope="module")
def targeted(analyzer):
    return StageRunner(analyzer, on=(RULE, TARGETED))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Campaign aides insisted in June that the plan would not be changed.", "insisted"),
        ("Organizers of both conventions insist they will meet their financial targets.", "insist"),
        ("He suggested that a loss in either state would knock her out of the race.", "suggested"),
    ],
)
def test_a_clause_of_fact_names_no_addressee(runner, text, word):
    # read as a request with the rule off (and the learned reality's drop off)
    assert [e.type for e in runner.on(text, word, (RULE, REALITY, NO_PARTY))] == ["REQUEST"]
    assert runner.on(text, word, (REALITY,)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a mandative clause: someone is to act
        ("The spokesman urged that everyone take a deep breath and relax.", "urged"),
        ("Party figures suggested the speechwriter be fired.", "suggested"),
        ("Obama suggested that Russia should withdraw its troops.", "suggested"),
        ("Ryan suggested that Novak needs to take the first steps.", "suggested"),
        ("Novak suggested that the government might build a parallel program.", "suggested"),
        # an addressee, an infinitive, a phrase of what is asked for
        ("Obama urged Russia to withdraw its troops.", "urged"),
        ("Kasich called for the suspension of the nuclear deal.", "called"),
        ("Novak pleaded with the voters to reject his brand of politics.", "pleaded"),
    ],
)
def test_a_request_with_an_addressee_or_a_mandate_is_kept(runner, text, word):
    found = runner.on(text, word, (REALITY,))
    assert [e.type for e in found] == ["REQUEST"]
    assert len(runner.on(text, word, (RULE, REALITY))) == len(found)


def test_a_clause_about_a_party_is_kept_unless_targeted_is_on(runner, targeted):
    # the target is the party the clause is about: kept by the main rule (relations rest
    # on such readings), dropped with request_needs_addressee_targeted
    text = "Senator Novak suggested that Haddad was vulnerable on health care."
    kept = runner.on(text, "suggested", (REALITY,))
    assert [e.type for e in kept] == ["REQUEST"] and kept[0].target
    assert targeted.on(text, "suggested", (REALITY,)) == []
