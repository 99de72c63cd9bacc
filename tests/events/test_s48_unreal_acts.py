"""Session 48 (engineer HY): an act the story only supposes is no event (rule
``events.mode.hypothetical_no_event``, shipped off): a condition, a modal of possibility, an
expected or planned act, a question. A demand (should/ought/must), a stated readiness, and
acts told, negated or future, are left as they were. Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import open_questions, unreal_acts
from stancemap.nlp import modality as mod

RULE = unreal_acts.HYPOTHETICAL_NO_EVENT
# on since session 48, it already drops the question below: off here, so that these tests
# measure this rule alone
QUESTION_RULE = open_questions.OPEN_QUESTION

SUPPOSED = [
    ("Russia may have attacked Ukraine during the night.", "attacked"),
    ("Russia could invade Ukraine.", "invade"),
    ("If elected, he would sanction Russia.", "sanction"),
    ("Will Iran meet Iraq?", "meet"),
    ("Russia is likely to attack Ukraine.", "attack"),
]
DEMANDED = [
    ("Russia should negotiate with Ukraine.", "negotiate"),
    # the demand told by the verb of saying, the "should" on its complement
    ("The pastor said Russia should condemn Iran.", "said"),
    ("Russia must withdraw from Ukraine.", "withdraw"),
    # a stated readiness announces the act (data/events/readiness.txt)
    ("Iraq is prepared to impose sanctions on Iran.", "impose"),
    ("Russia is ready to attack Ukraine.", "attack"),
]
TOLD = [
    ("Germany criticized Russia on Tuesday.", "criticized", "disapprove"),
    ("Germany did not criticize Russia.", "criticize", "negated"),
    ("Germany will sanction Russia next year.", "sanction", "future"),
]


class _WithoutQuestionRule(StageRunner):
    def on(self, text, word, off=(), date="2016-06-10"):
        return super().on(text, word, (QUESTION_RULE, *off), date)


@pytest.fixture(scope="module")
def runner(analyzer):
    return _WithoutQuestionRule(analyzer)


@pytest.mark.parametrize(("text", "word"), SUPPOSED)
def test_a_supposed_act_is_no_event(runner, text, word):
    off = runner.on(text, word)  # shipped: read, marked hypothetical
    assert [e.mode for e in off] == ["hypothetical"]
    assert runner.on(text, word, (f"+{RULE}",)) == []


@pytest.mark.parametrize(("text", "word"), DEMANDED)
def test_a_demand_or_a_stated_readiness_stays(runner, text, word):
    on = runner.on(text, word, (f"+{RULE}",))
    assert [e.mode for e in on] == ["hypothetical"]
    assert [(e.type, e.source, e.target) for e in on] == [
        (e.type, e.source, e.target) for e in runner.on(text, word)
    ]


@pytest.mark.parametrize(("text", "word", "mode"), TOLD)
def test_acts_told_or_negated_stay(runner, text, word, mode):
    on = runner.on(text, word, (f"+{RULE}",))
    assert [e.mode for e in on] == [mode]
    assert [e.type for e in on] == [e.type for e in runner.on(text, word)]


def test_should_is_read_on_the_act_or_a_verb_it_completes(analyzer):
    doc = analyzer.nlp("They should try to punish him. They may try to punish him.")
    should, may = ([t for t in s if t.lower_ == "punish"][0] for s in doc.sents)
    assert mod.under_should(should)
    assert not mod.under_should(may)


def test_the_readiness_words_are_data():
    words = unreal_acts.readiness_words()
    assert {"ready", "willing", "prepared"} <= words
    assert "likely" not in words  # likelihood supposes the act
