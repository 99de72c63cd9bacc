"""Session 18 (engineer V): the parties a mediation goes between are its target
(``events.args.aimed_mediated_between``, events/aimed_at.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

RULE = "events.args.aimed_mediated_between"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer, on=(RULE,))  # shipped off (W4 tune only): on here


def targets(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return sorted(a.split(":")[-1] for a in found[0].target)


MEDIATIONS = [
    ("Turkey mediated between Armenian and Azerbaijani officials.", "mediated", ["ARM", "AZE"]),
    ("Kenya offered to mediate between Sudan and Somalia.", "offered", ["SDN", "SOM"]),
    ("China offered mediation between India and Pakistan on Monday.", "offered", ["IND", "PAK"]),
]


@pytest.mark.parametrize(("text", "word", "parties"), MEDIATIONS)
def test_the_parties_mediated_between_are_the_target(runner, text, word, parties):
    assert targets(runner, text, word) == parties


@pytest.mark.parametrize(("text", "word", "parties"), MEDIATIONS[:2])
def test_without_the_rule_no_party_is_the_target(runner, text, word, parties):
    assert targets(runner, text, word, (RULE,)) == []


def test_a_named_target_stays(runner):
    # the verb names whom it meets: 'between' does not replace that
    text = "Kenya offered to meet Sudan for talks between Mali and Niger."
    assert targets(runner, text, "offered") == targets(runner, text, "offered", (RULE,))
