"""Session 33 (engineer EV): ``events.sense.aid_needs_giving_verb`` - an AID read from a
verb whose most frequent WordNet sense is a verb of being (and the like), with no object
and no party, gives nothing: no event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.lexnames import lexnames

RULE = "events.sense.aid_needs_giving_verb"
REALITY = "events.reality.drop"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _aid(runner, text, word, off):
    return [e for e in runner.on(text, word, off) if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Investors tend to dislike uncertainty.", "tend"),
        ("Novak tends to speak in front of adoring crowds.", "tends"),
    ],
)
def test_a_verb_of_being_gives_nothing(runner, text, word):
    assert _aid(runner, text, word, (RULE, REALITY, NO_PARTY)) != []  # the dictionary's bare 074
    assert _aid(runner, text, word, (REALITY,)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Turkey protected the civilians of Syria.", "protected"),  # an object
        ("Russia sheltered the refugees.", "sheltered"),
        ("Novak helped Russia.", "helped"),  # a social verb
    ],
)
def test_aid_with_an_object_or_a_verb_of_helping_is_kept(runner, text, word):
    found = _aid(runner, text, word, (REALITY,))
    assert found != []
    assert len(found) == len(_aid(runner, text, word, (RULE, REALITY)))


def test_the_files_say_tend_is_a_verb_of_being_and_help_is_social():
    names = lexnames()
    assert names[("tend", "V")] == "verb.stative"
    assert names[("help", "V")] == "verb.social"
