"""Names of things read as actors (session 15 round 3, engineer C): a law, a plan or an
ad NER tags as an organisation is no actor. Sentences written for these tests; each has a
twin with the rule off."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

RULE = "actors.names.thing_name"
LAW = (
    "Governor Pat Miller said the Harbor Renewal Act would cost the state too much, "
    "and the Riverside Jobs Plan was never funded."
)
BODY = "The Harbor Renewal Commission said the Riverside Jobs Council would meet on Monday."


def test_a_law_and_a_plan_are_no_actors(layer_of: Any) -> None:
    layer, _ = layer_of(LAW, "2016-10-01")
    assert _at(layer, LAW, "Harbor Renewal Act") is None
    assert _at(layer, LAW, "Riverside Jobs Plan") is None
    assert _at(layer, LAW, "Pat Miller") is not None


def test_a_law_is_an_organisation_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(LAW, [RULE], "2016-10-01")
    found = [_at(layer, LAW, "Harbor Renewal Act"), _at(layer, LAW, "Riverside Jobs Plan")]
    assert any(a is not None for a in found), found


def test_a_commission_and_a_council_stay_actors(layer_of: Any) -> None:
    layer, _ = layer_of(BODY, "2016-10-01")
    assert _at(layer, BODY, "Harbor Renewal Commission") is not None
    assert _at(layer, BODY, "Riverside Jobs Council") is not None


GATHERING = "The senator spoke at a dinner party in Boston on Friday."
GATHERING_RULE = "actors.agent.gathering_compound"


def test_a_dinner_party_is_no_party(layer_of: Any) -> None:
    layer, _ = layer_of(GATHERING, "2016-10-01")
    assert _at(layer, GATHERING, "dinner party") is None
    assert _at(layer, GATHERING, "party") is None


def test_a_dinner_party_is_a_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(GATHERING, [GATHERING_RULE], "2016-10-01")
    found = [_at(layer, GATHERING, "dinner party"), _at(layer, GATHERING, "party")]
    assert any(a is not None and a.sector == "PTY" for a in found), found


WELFARE = "Mayor Tom Reilly said Medicaid pays for the clinic."


def test_a_welfare_programme_is_no_actor(layer_of: Any, layer_off: Any) -> None:
    layer, _ = layer_of(WELFARE, "2016-10-01")
    assert _at(layer, WELFARE, "Medicaid") is None
    off = layer_off(WELFARE, [RULE], "2016-10-01")
    assert _at(off, WELFARE, "Medicaid") is not None


ADVOCATES = "A poll by the Institute for Housing Policy found support for the plan."


def test_a_body_named_for_a_cause_stays_an_actor(layer_of: Any) -> None:
    layer, _ = layer_of(ADVOCATES, "2016-10-01")
    assert _at(layer, ADVOCATES, "Institute for Housing Policy") is not None
