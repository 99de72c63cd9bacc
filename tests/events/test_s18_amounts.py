"""Session 18 (engineer V): an amount as object is read with its 'in' complement
(``events.trigger.amount_in_objects``, events/matching.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.trigger.amount_in_objects"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off (W4 tune only): on here


# (sentence, the verb, the PLOVER type, the one it is aimed at)
AMOUNTS = [
    (
        "Japan suspended 40 million dollars in aid to Sudan on Monday.",
        "suspended",
        "SANCTION",
        "SDN",
    ),
    ("China froze $200 million in aid to Mali.", "froze", "SANCTION", "MLI"),
    ("India released 12 million euros in relief aid for Nigeria.", "released", "AID", "NGA"),
]


@pytest.mark.parametrize(("text", "verb", "kind", "target"), AMOUNTS)
def test_the_amount_is_read_through_to_what_it_is_in(runner, text, verb, kind, target):
    found = [e for e in runner.on(text, verb) if e.type == kind]
    assert len(found) == 1, runner.events(text)
    assert [a.split(":")[-1] for a in found[0].target] == [target]


@pytest.mark.parametrize(("text", "verb", "kind", "target"), AMOUNTS)
def test_without_the_rule_the_verb_reads_only_the_amount(runner, text, verb, kind, target):
    assert not [e for e in runner.on(text, verb, (RULE,)) if e.type == kind]


def test_a_place_after_an_amount_is_no_object_word(runner):
    # "in Sudan" after an amount names where, and is no event noun: nothing coded
    text = "Japan suspended 40 million dollars in Sudan on Monday."
    assert [e.type for e in runner.events(text)] == [e.type for e in runner.events(text, (RULE,))]
