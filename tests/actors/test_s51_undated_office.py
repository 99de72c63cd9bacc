"""actors.link.undated_office_no_holder (session 51 lead, on since session 51): with no document
date, "the French president" is not today's holder - an archive story read undated would
otherwise name a person who did not hold the office then. A dated document is unchanged."""

from __future__ import annotations

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "actors.link.undated_office_no_holder"
TEXT = "The French president criticised the new tariffs on Tuesday."


def _holder(enable: list[str], date: str | None, off: bool = False) -> tuple[str, str | None]:
    settings = with_rules(enable=enable, disable=[RULE] if off else [])
    analysis = Pipeline(settings).analyze(TEXT, date=date)
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
    actor_id, _ = _holder([], None, off=True)
    assert actor_id.startswith("person:")


def test_a_dated_document_keeps_the_holder_of_its_date() -> None:
    assert _holder([RULE], "2016-05-01") == _holder([], "2016-05-01", off=True)
    assert _holder([RULE], "2016-05-01")[0].startswith("person:")


def test_undated_a_holder_the_text_names_is_still_the_office() -> None:
    text = "Emmanuel Macron met farmers in Lyon. The French president criticised the tariffs."
    analysis = Pipeline(with_rules(enable=[RULE])).analyze(text, date=None)
    (actor,) = [
        a
        for a in analysis.actors
        if any(text[m.start : m.end] == "French president" for m in a.mentions)
    ]
    assert actor.name == "Emmanuel Macron"
