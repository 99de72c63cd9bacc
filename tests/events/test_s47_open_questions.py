"""Session 47 (engineer NE): an act asked about is no act told (rule
``events.sense.open_question_no_act``), and a stance counted in percent is a poll
breakdown (rule ``events.sense.share_score_stance``). Both ship off; sentences written for
these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import open_questions, share_scores

QUESTION = open_questions.OPEN_QUESTION
SCORE = share_scores.SHARE_SCORE

ASKED = [
    ("The senator would not say whether he supports Hillary Clinton.", "supports"),
    ("Reporters want to know whether Ted Cruz endorses Donald Trump.", "endorses"),
    ("Do you support Donald Trump?", "support"),
]
TOLD = [
    ("Ted Cruz attacked Donald Trump on Tuesday.", "attacked"),
    ("If elected, Donald Trump will ban Muslims from entering the country.", "ban"),
    ("Senator Mark Warner said he supports Hillary Clinton.", "supports"),
]
POLLED = [
    ("Among the veterans, independents favored Donald Trump, 61 percent to 25 percent.", "favored"),
    ("Older voters supported Hillary Clinton, 55 percent to 39 percent.", "supported"),
    # a no-break space before each number (a space token of its own)
    ("Independent voters favored Donald Trump, 45 percent\u00a0to\u00a038 percent.", "favored"),
    ("Older voters supported Hillary Clinton 57% to 22%.", "supported"),
]
COUNTED_ELSEWHERE = [
    ("Ted Cruz criticized Donald Trump, who leads the field by 20 percent.", "criticized"),
    ("John Kasich praised Jeb Bush after the vote, which Bush won with 60 percent.", "praised"),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def _on(runner, text, word):
    """The events with both rules switched on."""
    return runner.on(text, word, (f"+{QUESTION}", f"+{SCORE}"))


@pytest.mark.parametrize(("text", "word"), ASKED)
def test_an_act_asked_about_is_no_event(runner, text, word):
    off = runner.on(text, word, (QUESTION,))  # the rule off: read, marked hypothetical
    assert [e.mode for e in off] == ["hypothetical"]
    assert _on(runner, text, word) == []


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_acts_told_or_conditioned_stay(runner, text, word):
    kept = _on(runner, text, word)
    assert len(kept) == 1
    off = runner.on(text, word, (QUESTION, SCORE))
    assert [(e.type, e.mode) for e in kept] == [(e.type, e.mode) for e in off]


@pytest.mark.parametrize(("text", "word"), POLLED)
def test_a_stance_counted_in_percent_is_a_poll(runner, text, word):
    off = runner.on(text, word, (SCORE,))
    assert [e.type for e in off] == ["SUPPORT"]
    assert _on(runner, text, word) == []


@pytest.mark.parametrize(("text", "word"), COUNTED_ELSEWHERE)
def test_a_share_in_another_clause_keeps_the_act(runner, text, word):
    kept = _on(runner, text, word)
    assert len(kept) == 1
    assert [e.type for e in kept] == [e.type for e in runner.on(text, word, (QUESTION, SCORE))]


def test_the_question_marks_are_read_from_the_parse(analyzer):
    doc = analyzer.nlp("Can the governor persuade the senate? Why did he leave?")
    first, second = list(doc.sents)
    assert open_questions.direct_question(first.root)
    assert not open_questions.direct_question(second.root)  # a wh-question may accuse
