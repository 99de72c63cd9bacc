"""Session 20 (engineer E): doers in less obvious places and goods that arrive, one
mechanism each (events/reported_doer.py, listed_parties.py, given_goods.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes, one

REPORTED = "events.args.reporting_body_doer"
LISTED = "events.args.listed_appositive"
GOODS = "events.trigger.goods_not_visitors"
SHIPPED_OFF = (REPORTED, GOODS)


@pytest.fixture(scope="module")
def runner(analyzer):
    # shipped off (no gain on a set whose errors were not read): on here; the listed
    # appositive is shipped on
    return StageRunner(analyzer, on=SHIPPED_OFF)


# -- a state body reporting an agentless act of authority is its doer ------------------


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Two smugglers were arrested near the border on Sunday, Kenya said.", "arrested", "KEN"),
        ("Kenya said two smugglers were arrested near the border on Sunday.", "arrested", "KEN"),
        ("The Indian envoy was expelled on Monday, Pakistan said.", "expelled", "PAK"),
    ],
)
def test_an_agentless_act_reported_by_a_state_is_the_states(runner, text, word, doer):
    assert codes(one(runner, text, word).source) == [doer]
    assert one(runner, text, word, (REPORTED,)).source == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # violence reported in the passive was done to the speaker's side
        ("Five soldiers were killed in an ambush on Sunday, Kenya said.", "killed"),
        # the act is placed in another country than the speaker's
        ("Two students were detained in Tehran on Sunday, Japan said.", "detained"),
        # the patient is the speaker's own
        ("Two Pakistani diplomats were expelled on Monday, Pakistan said.", "expelled"),
        # a "by" agent names the doer
        ("The Indian envoy was expelled by Iran on Monday, Pakistan said.", "expelled"),
    ],
)
def test_the_reporting_state_is_no_doer_of_what_was_done_to_it_or_elsewhere(runner, text, word):
    assert "PAK" not in codes(one(runner, text, word).source) or "by Iran" in text
    assert codes(one(runner, text, word).source) in ([], ["IRN"])


# -- a comma list parsed as an appositive is a list of parties ---------------------------


def test_every_item_of_a_listed_appositive_is_a_party(runner):
    text = "Turkey, the Syrian government, Iraq and Iran condemned the strike."
    assert codes(one(runner, text, "condemned").source) == ["IRN", "IRQ", "SYR", "TUR"]
    assert codes(one(runner, text, "condemned", (LISTED,)).source) == ["TUR"]


def test_a_renaming_appositive_is_no_list(runner):
    text = "Minister Haddad, the envoy of Kenya, met Minister Moreau in Nairobi on Monday."
    assert one(runner, text, "met").source == ["p:Haddad"]


# -- goods that arrive are no visitors ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tents sent by Turkey arrived in Syria on Monday.",
        "Blankets from Turkey arrived in Syria on Monday.",
    ],
)
def test_goods_sent_by_a_giver_arrive_as_aid(runner, text):
    event = one(runner, text, "arrived")
    assert event.type == "AID"
    assert codes(event.source) == ["TUR"] and codes(event.target) == ["SYR"]
    assert one(runner, text, "arrived", (GOODS,)).type == "CONSULT"


def test_goods_with_no_giver_are_neither_aid_nor_a_visit(runner):
    text = "The first shipment of wheat arrived in Baghdad on Monday."
    assert runner.on(text, "arrived") == []


def test_a_minister_who_arrives_still_visits(runner):
    text = "Minister Haddad arrived in Baghdad on Monday."
    assert one(runner, text, "arrived").type == "CONSULT"
