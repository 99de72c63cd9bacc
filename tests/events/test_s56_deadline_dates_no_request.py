"""Session 56 (SP): a deadline of the act asked for does not date the asking.

Found while measuring ``alignment.carry.background_stays`` (relation set W17 tune): "X has
asked Y to withdraw ... by March 15", in a story of January, is dated March 15 of the year
before and so read historical, as if the request were background; the carry then leaves it
behind. The date belongs to the requested act (the infinitive), not to the request.
Session 56 DT: fixed by ``events.mode.complement_date_not_act`` (events/complement_dates.py,
shipped off): off the request is historical, on it is not. Sentence written for this test."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

RULE = "events.mode.complement_date_not_act"
TEXT = (
    "Greenland has asked Denmark to withdraw its patrol boats from the fjord by March 15, "
    "the premier's office said on Sunday."
)


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, RULE)


@pytest.mark.slow
@pytest.mark.parametrize(("switch", "historical"), [("off", True), ("on", False)])
def test_a_deadline_of_the_asked_act_does_not_date_the_request(
    pipelines, switch, historical
) -> None:
    result = pipelines[switch].analyze(TEXT, date="2024-01-14")
    asked = [e for e in result.events if e.type == "REQUEST"]
    assert asked
    assert any(e.mode == "historical" for e in asked) is historical
