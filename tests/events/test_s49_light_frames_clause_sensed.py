"""Session 49 (engineer LV): a frame the coder reads on a support verb ("hold talks"), an
undergone noun ("come under attack") or a speech verb's modal demand goes through the sense
rules that read the governing verb's clause - an open yes/no question, a poll share, an
expletive subject (rule ``events.sense.light_frames_clause_sensed``, shipped off); a frame
they drop takes the verb's clause with it (its noun is not coded alone). With
``events.sense.light_frames_held_back_sensed`` (shipped off) also the rules that read where
the verb stands: a gerund after "about", a verb of withholding over it. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import light_frames, role_rows
from stancemap.rules import registry

RULE = light_frames.LIGHT_CLAUSE_SENSED
HELD = light_frames.HELD_BACK

# a support verb, an undergone noun, in a yes/no question or with a poll share as subject
ASKED = [
    ("Would Senator Novak hold talks with Minister Haddad?", "hold", "CONSULT"),
    ("Will Russia impose sanctions on Turkey?", "impose", "THREATEN"),
    ("Only 10 percent hold rallies against Senator Novak, the poll found.", "hold", "PROTEST"),
    (
        "Did the convoy of Senator Novak come under attack from Syrian troops?",
        "come",
        "ASSAULT",
    ),
]
# the same frames told, and a told attitude and speech demand
TOLD = [
    ("Senator Novak held talks with Minister Haddad in Ankara.", "held"),
    ("Russia imposed sanctions on Turkey on Monday.", "imposed"),
    ("Senator Novak paid a visit to Turkey on Monday.", "paid"),
    ("The convoy of Senator Novak came under attack from Syrian troops.", "came"),
    ("Senator Novak has been critical of Minister Haddad.", "critical"),
    ("Senator Novak said Minister Haddad must resign.", "said"),
]


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(("text", "word", "kind"), ASKED)
def test_a_light_frame_asked_about_or_polled_is_dropped_only_with_the_rule(
    runner, text, word, kind
):
    assert [e.type for e in runner.on(text, word, (RULE,))] == [kind]
    assert runner.events(text, (f"+{RULE}",)) == []  # nor its noun alone


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_a_told_light_frame_stays_as_it_was(runner, text, word):
    on = runner.on(text, word, (f"+{RULE}",))
    off = runner.on(text, word, (RULE,))
    assert len(off) == 1
    assert [(e.type, e.mode, e.source, e.target) for e in on] == [
        (e.type, e.mode, e.source, e.target) for e in off
    ]


def test_the_rule_reads_only_the_clause_rules():
    """The same list as role rows: no sense rule written for an event-row verb."""
    assert light_frames.CLAUSE_RULES is role_rows.CLAUSE_RULES


# a light frame held back by a verb of withholding: a refusal of a cooperative act, a hostile
# act negated (as "refrained from attacking" is)
HELD_BACK = [
    (
        "Senator Novak held off on holding talks with Minister Haddad.",
        "holding",
        "CONSULT",
        "REJECT",
    ),
    ("Senator Novak refrained from paying a visit to Turkey.", "paying", "CONSULT", "REJECT"),
]


@pytest.mark.parametrize(("text", "word", "off_type", "on_type"), HELD_BACK)
def test_a_held_back_light_frame_is_a_refusal_only_with_the_rule(
    runner, text, word, off_type, on_type
):
    assert [e.type for e in runner.on(text, word, (HELD,))] == [off_type]
    assert [e.type for e in runner.on(text, word, (f"+{HELD}",))] == [on_type]


def test_a_held_back_hostile_light_frame_is_negated_only_with_the_rule(runner):
    text = "Russia refrained from imposing sanctions on Turkey."
    assert [e.mode for e in runner.on(text, "imposing", (HELD,))] != ["negated"]
    assert [e.mode for e in runner.on(text, "imposing", (f"+{HELD}",))] == ["negated"]


def test_an_undergone_noun_talked_about_is_dropped_only_with_the_rule(runner):
    text = "Senator Novak talked about coming under attack from Syrian troops."
    assert [e.type for e in runner.on(text, "coming", (HELD,))] == ["ASSAULT"]
    assert runner.on(text, "coming", (f"+{HELD}",)) == []
    assert runner.on(text, "attack", (f"+{HELD}",)) == []  # nor its noun alone


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_a_told_light_frame_stays_as_it_was_with_both_rules(runner, text, word):
    on = runner.on(text, word, (f"+{RULE}", f"+{HELD}"))
    off = runner.on(text, word, (RULE, HELD))
    assert [(e.type, e.mode, e.source, e.target) for e in on] == [
        (e.type, e.mode, e.source, e.target) for e in off
    ]


def test_the_held_back_rules_are_sense_rules():
    names = {r.name for r in registry._ordered("events.sense.") if r.func is not None}
    assert names >= light_frames.HELD_BACK_RULES
