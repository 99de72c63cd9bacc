"""Session 12 (issue 12): an act in a gerund after "about" is a topic of talk, not a deed
(``events.sense.about_gerund``), on sentences written for these tests; each case runs with
the rule on and off, so the test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.sense.about_gerund"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Novak told a radio host about extending his support to Haddad.", "support"),
        ("Russia spoke about attacking Ukraine.", "attacking"),
    ],
)
def test_an_act_talked_about_is_no_event(runner, sentence, word):
    assert runner.on(sentence, word) == []
    assert runner.on(sentence, word, off=(RULE,)), "the rule off: the act is read"


def test_the_act_itself_stays(runner):
    assert runner.on("Novak extended his support to Haddad.", "support")


def test_setting_about_an_act_is_undertaking_it(runner):
    sentence = "Russia set about attacking Ukraine."
    assert runner.on(sentence, "attacking") == runner.on(sentence, "attacking", off=(RULE,))
    assert runner.on(sentence, "attacking")
