"""Session 50 (EP): a noun of two-sided conflict names a contest, not an act
(events/conflict_nouns.py, ``events.sense.conflict_noun_unarmed``, shipped off). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.events.conflict_nouns import conflict_nouns

RULE = "events.sense.conflict_noun_unarmed"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


def test_the_word_list_holds_two_sided_conflicts_only():
    words = conflict_nouns()
    assert {"battle", "fight", "struggle", "showdown"} <= words
    # directed acts, the politicians' quarrel and armed conflict itself stay with the
    # other sense rules
    assert not words & {"attack", "strike", "criticism", "clash", "assault", "war", "warfare"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The voting law went through three Supreme Court battles before it was struck down.",
            "battles",
        ),
        ("Marco Rubio looks ready for a long fight in Nevada.", "fight"),
    ],
)
def test_a_contest_named_by_a_conflict_noun_is_no_event(types_on, text, trigger):
    assert types_on(text, trigger, on=False)  # read as an event without the rule
    assert types_on(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The Syrian army's battle against rebels in Homs lasted a week.", "battle", "ASSAULT"),
        ("Turkey's war against Kurdish militants resumed in July.", "war", "ASSAULT"),
        ("Russia waged war on Ukraine in 2014.", "war", "ASSAULT"),
        ("Syrian troops and rebels fought a fierce battle near Homs.", "fought", "ASSAULT"),
        ("Rubio shrugged off Ted Cruz's attacks on his record.", "attacks", "ACCUSE"),
        # both sides named: the opposition the relations stage reads stays
        ("Hillary Clinton's long battle with Bernie Sanders ended in June.", "battle", "ACCUSE"),
    ],
)
def test_a_waged_armed_or_directed_act_keeps_its_event(types_on, text, trigger, kind):
    assert kind in types_on(text, trigger, on=True)
    assert types_on(text, trigger, on=True) == types_on(text, trigger, on=False)
