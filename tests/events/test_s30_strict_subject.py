"""Session 30 (engineer EV): ``events.sense.thing_subject_strict`` - the thing-subject test
read with the type's selectional restriction on its subject: an amount names no one, a
count of things is its things, an abstract noun is no part of whoever it comes from, and a
text (a comment, a letter, an ad) does no deed. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.thing_subject_strict"
OLD = "events.sense.thing_subject_no_act"
REALITY = "events.reality.drop"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an abstract noun "from" someone is no part of them
        ("The strong results from Acme and Globex helped lift the index this week.", "helped"),
        # a text does no deed: it neither travels nor helps
        ("Senator Novak's comments came on Sunday, the paper reported.", "came"),
        ("The book she wrote helped lay the foundation for the movement.", "helped"),
    ],
)
def test_a_thing_subject_the_old_test_kept_is_no_event(runner, text, word):
    # read as an event with the new rule off (and the learned reality's drop off)
    assert runner.on(text, word, (RULE, REALITY, NO_PARTY)) != []
    assert runner.on(text, word, (REALITY,)) == []


def test_an_amount_names_no_one(runner):
    text = "Last year $2.9 billion of that came from the security division of the firm."
    assert runner.on(text, "came", (RULE, REALITY)) != []
    assert runner.on(text, "came", (REALITY,)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a text speaks for its authors in a type done with words
        ("The statement condemned the decision of the council.", "condemned"),
        # a part of people
        ("A number of senators from the party support the reform.", "support"),
        ("Hundreds of protesters from the union met with Governor Haddad.", "met"),
        # a person or a body acts
        ("Senator Novak helped the farmers after the flood.", "helped"),
        ("The ministry sent aid to the flooded villages.", "sent"),
    ],
)
def test_someone_as_subject_keeps_the_event(runner, text, word):
    assert runner.on(text, word) != []
    assert runner.on(text, word) == runner.on(text, word, (RULE,))


def test_force_is_left_to_the_force_rules(runner):
    text = "The missiles from the ships struck the port at dawn."
    assert runner.on(text, "struck") == runner.on(text, "struck", (RULE,))


def test_an_instrument_does_deeds_for_its_makers(runner):
    # an agreement, a deal, an order (WordNet document nouns) acts for its parties
    text = "The agreement gave the Novak campaign access to the voter files of the party."
    assert runner.on(text, "gave", (REALITY,)) == runner.on(text, "gave", (RULE, REALITY))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an act or goods from someone are their giving
        ("Funding from the European Union helped rebuild the bridges of the city.", "helped"),
        ("Ten million dollars from the European Union helped rebuild the bridges.", "helped"),
    ],
)
def test_what_someone_gives_is_theirs(runner, text, word):
    assert runner.on(text, word, (REALITY,)) == runner.on(text, word, (RULE, REALITY))


def test_an_exchange_is_its_parties(runner):
    # "talks" (WordNet communication) between named parties is theirs
    text = "Talks between Sudanese and South Sudanese negotiators resumed in the capital on Monday."
    assert runner.on(text, "resumed") == runner.on(text, "resumed", (RULE,))
