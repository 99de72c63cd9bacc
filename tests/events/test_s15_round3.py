"""Session 15 round 3 (engineer B): event misreads behind wrong relations on real news,
fixed from the parse and WordNet: ``events.mode.negated_wish`` ("voters do not want to
vote for Novak"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

# session 24 (N): bare CAMEO 04/06 rows with no counterpart are no event too: that rule must be off as well
BARE_PARTNER = "events.sense.bare_partner_code_needs_partner"
NEGATED_WISH = "events.mode.negated_wish"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def test_the_act_of_a_negated_wish_is_negated(runner):
    text = "Many farmers in Ohio do not want to vote for Novak."
    keep = (
        "events.reality.drop",
    )  # the learned reality (session 27) drops the unreal act: off to see its mode
    assert [e.mode for e in runner.on(text, "vote", keep)] == ["negated"]
    assert [e.mode for e in runner.on(text, "vote", (NEGATED_WISH, *keep))] != ["negated"]


@pytest.mark.parametrize(
    "text",
    ["Many farmers in Ohio want to vote for Novak.", "Iran wants to meet Iraq, not Syria."],
)
def test_a_wish_not_negated_stays_unreal(runner, text):
    word = "vote" if "vote" in text else "meet"
    modes = [
        e.mode for e in runner.on(text, word, ("events.reality.drop",))
    ]  # the mode, not the drop
    assert modes and "negated" not in modes, modes


COUNTERFACTUAL = "events.mode.counterfactual_not_done"
COUNTERFACTUAL_DEMAND = "events.frame.counterfactual_is_no_demand"


def test_should_have_done_is_not_done(runner):
    text = "Novak said that Iran should have congratulated Iraq."
    assert [e.mode for e in runner.on(text, "congratulated")] == ["negated"]
    assert [e.mode for e in runner.on(text, "congratulated", (COUNTERFACTUAL,))] != ["negated"]


def test_must_have_done_stays_done(runner):
    modes = [e.mode for e in runner.on("Iran must have attacked Iraq.", "attacked")]
    assert modes and "negated" not in modes, modes


def test_a_past_reproach_is_no_demand(runner):
    text = "Novak said Haddad should have congratulated Iran."
    assert "REQUEST" not in [e.type for e in runner.on(text, "said")]
    assert "REQUEST" in [e.type for e in runner.on(text, "said", (COUNTERFACTUAL_DEMAND,))]


def test_a_demand_for_the_future_stays(runner):
    text = "Novak said Haddad should congratulate Iran."
    assert "REQUEST" in [e.type for e in runner.on(text, "said")]


PARTNER = "events.sense.light_verb_cooperation_needs_partner"
# "buy time" is also a WordNet multiword of no act (session 17): that rule must be off too
MULTIWORD = "events.trigger.multiword_no_event"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Novak campaign buys ad time in Iowa.", "buys"),
        ("The Novak campaign linked to a video.", "linked"),
    ],
)
def test_cooperation_with_no_partner_is_no_event(runner, text, word):
    assert "COOPERATE" not in [e.type for e in runner.on(text, word)]
    assert "COOPERATE" in [
        e.type for e in runner.on(text, word, (PARTNER, MULTIWORD, BARE_PARTNER))
    ]


def test_buying_from_someone_stays_cooperation(runner):
    assert "COOPERATE" in [e.type for e in runner.on("Iran buys oil from Iraq.", "buys")]
