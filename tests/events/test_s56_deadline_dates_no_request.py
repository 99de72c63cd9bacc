"""Session 56 (SP): a deadline of the act asked for does not date the asking.

Found while measuring ``alignment.carry.background_stays`` (relation set W17 tune): "X has
asked Y to withdraw ... by March 15", in a story of January, is dated March 15 of the year
before and so read historical, as if the request were background; the carry then leaves it
behind. The date belongs to the requested act (the infinitive), not to the request. The
cause lives in the events stage (its dating, ``events/dates.py`` / ``events/finish.py``),
which session 56 SP may not edit: marked xfail and reported. Sentence written for this
test."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.xfail(
    reason="events stage: the deadline 'by March 15' of the requested act dates the request "
    "(to the March before the story) and makes it historical; not SP's area in session 56",
    strict=True,
)
def test_a_deadline_of_the_asked_act_does_not_date_the_request(analyzer) -> None:
    text = (
        "Greenland has asked Denmark to withdraw its patrol boats from the fjord by March 15, "
        "the premier's office said on Sunday."
    )
    result = analyzer.analyze_text(text, doc_id="s56sp-deadline", date="2024-01-14")
    asked = [e for e in result.events if e.type == "REQUEST"]
    assert asked
    assert all(e.mode != "historical" for e in asked)
