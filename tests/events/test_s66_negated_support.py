"""Session 66 (WR, issue 12): ``events.sense.negated_support_reject``
(events/negated_support.py) - a SUPPORT reading negated on its own verb, present or future,
said by its subject of its own stance, is an asserted REJECT of the same target
(docs/judging.md, "A stated unwillingness is a REJECT"); a third party's assessment and a
past fact stay. The sentences were written for this test; each runs the whole pipeline with
the rule on and off."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings

RULE = "events.sense.negated_support_reject"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, on: bool) -> list[tuple[str, str, str | None, list[str], list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-05-01")
        return [(e.trigger.text, e.type, e.mode, e.source, e.target) for e in analysis.events]

    return run


def test_the_rule_is_on_by_default():
    # switched on in session 66 (lead): A/B 6/0 and 6/0, net +5 after re-judge, shifts identical
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"I would absolutely not support Donald Trump," Jeb Bush said.', "support"),
        ('"I could not support Donald Trump," Jeb Bush said.', "support"),
        ('"We will never support Hamas," Tony Blair said.', "support"),
        ("Paul Ryan said he could not endorse Donald Trump.", "endorse"),
        ("Jeb Bush does not support Donald Trump.", "support"),
        ("Jeb Bush said he will not back Donald Trump.", "back"),
    ],
)
def test_own_negated_support_is_an_asserted_reject(read, text, verb):
    off = [e for e in read(text, on=False) if e[0] == verb]
    assert off and all(e[2] == "negated" for e in off)  # marked negated without the rule
    on = [e for e in read(text, on=True) if e[0] == verb]
    assert len(on) == 1
    trigger, etype, mode, source, target = on[0]
    assert etype == "REJECT" and mode is None  # asserted
    assert source  # the speaker / subject
    assert target == off[0][4]  # the same target


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ryan said Jeb Bush would not support Donald Trump.",  # a third party's assessment
        "Jeb Bush never supported Donald Trump in 2012.",  # a past fact
        "Jeb Bush did not endorse Barack Obama in 2012.",  # a past fact
        "Donald Trump is unlikely to win the support of Jeb Bush.",  # no negation of its own
        '"Would you not support Donald Trump?" Jeb Bush asked.',  # a question
        '"I would not support Donald Trump if he lied," Jeb Bush said.',  # a condition
    ],
)
def test_others_stances_and_past_facts_stay(read, text):
    assert read(text, on=True) == read(text, on=False)


def test_a_thing_holds_no_stance(read):
    text = "The study does not praise the European Union."
    assert read(text, on=True) == read(text, on=False)


def test_people_named_by_a_common_noun_do(read):
    text = "Ministers do not support the European Union."
    on = [e for e in read(text, on=True) if e[0] == "support"]
    assert on and on[0][1] == "REJECT" and on[0][2] is None
