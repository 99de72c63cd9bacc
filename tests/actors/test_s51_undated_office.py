"""actors.link.undated_office_no_holder (session 51 lead, shipped off): with no document
date, "the French president" is not today's holder - an archive story read undated would
otherwise name a person who did not hold the office then. A dated document is unchanged."""

from __future__ import annotations

from stancemap.pipeline import Pipeline
from rule_settings import with_rules

RULE = "actors.link.undated_office_no_holder"
TEXT = "The French president criticised the new tariffs on Tuesday."


def _holder(enable: list[str], date: str | None) -> tuple[str, str | None]:
    analysis = Pipeline(with_rules(enable=enable)).analyze(TEXT, date=date)
    (actor,) = [
        a
        for a in analysis.actors
        if any(TEXT[m.start : m.end] == "French president" for m in a.mentions)
    ]
    return actor.id, actor.role


def test_undated_the_office_names_no_person_with_the_rule() -> None:
    actor_id, role = _holder([RULE], None)
    assert actor_id == "agent:fra:gov:hos"
    assert role == "Head of state of France"


def test_undated_the_office_is_today_s_holder_without_the_rule() -> None:
    actor_id, _ = _holder([], None)
    assert actor_id.startswith("person:")


def test_a_dated_document_keeps_the_holder_of_its_date() -> None:
    assert _holder([RULE], "2016-05-01") == _holder([], "2016-05-01")
    assert _holder([RULE], "2016-05-01")[0].startswith("person:")
