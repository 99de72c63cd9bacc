"""Session 29 (engineer EV): a dummy subject - an expletive "there" or a pleonastic "it" -
names no doer, so the verb codes no event (``events.sense.dummy_subject_no_event``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.dummy_subject import dummy_subject

RULE = "events.sense.dummy_subject_no_event"
KEEP = ("events.reality.drop",)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Clinton said America can't ever be neutral when it comes to Israel security.", "comes"),
        ("He is impartial when it comes to Israel and Syria.", "comes"),
        ("Novak is firm when it comes to Russia.", "comes"),
    ],
)
def test_a_dummy_subject_codes_no_event(runner, text, word):
    assert runner.on(text, word, (RULE, *KEEP)) != []
    assert runner.on(text, word, KEEP) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Meanwhile, it attacked Novak, saying he has offended voters.", "attacked"),
        ("When Novak came to Russia, he met Haddad.", "came"),
        ("Novak said that when it attacked Ukraine, Russia broke the treaty.", "attacked"),
    ],
)
def test_a_referential_subject_keeps_the_event(runner, text, word):
    found = runner.on(text, word, (RULE, *KEEP))
    assert found != []
    assert len(runner.on(text, word, KEEP)) == len(found)


@pytest.mark.parametrize(
    ("text", "word", "dummy"),
    [
        ("It has not helped that her campaign cycled through slogans.", "helped", True),
        ("It seems that Russia attacked Ukraine.", "seems", True),
        ("When it comes to taxes, he is firm.", "comes", True),
        ("There came a warning from Moscow.", "came", True),
        ("It invited the group to be a co-host.", "invited", False),  # an object
        ("It was agreed that the troops would leave.", "agreed", False),  # a passive
        ("When it arrived, the army attacked the town.", "arrived", False),  # no "to" phrase
    ],
)
def test_the_dummy_subject_is_read_from_the_syntax(analyzer, text, word, dummy):
    doc = analyzer.nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert dummy_subject(verb) is dummy
