"""A team or body named with a given name first stays an organisation (session 70 CH,
issues 12 and 14; ``actors/org_people.py``, rule ``actors.names.org_tagged_team``, shipped
off). Session 69 found org_tagged_person reading "Dallas Mavericks" as a person: a given
name first and a "he" after it. No person's name takes "the", and a team's name ends in the
plural of a noun of a kind of person. Sentences and names written for these tests; the ORG
tag is set by the test, as in tests/test_s69_org_people.py."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.pipeline import Pipeline

PERSON_RULE = "actors.names.org_tagged_person"
RULE = "actors.names.org_tagged_team"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _parsed(pipeline: Pipeline, text: str, name: str) -> Any:
    parsed = pipeline.parse([{"text": text, "date": "2023-03-01"}])[0]
    doc = parsed.doc
    spans, start = [], 0
    while (at := text.find(name, start)) >= 0:
        span = doc.char_span(at, at + len(name), label="ORG")
        assert span is not None
        spans.append(span)
        start = at + len(name)
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
    return parsed


def _type(pipeline: Pipeline, text: str, name: str, on: bool) -> str | None:
    if on:
        settings = rule_settings.with_rules(enable=[PERSON_RULE, RULE])
    else:
        settings = rule_settings.with_rules(enable=[PERSON_RULE], disable=[RULE])
    analysis = next(iter(pipeline.run([_parsed(pipeline, text, name)], settings)))
    return {actor.name: actor.type for actor in analysis.actors}.get(name)


def test_rule_off_by_default() -> None:
    assert not rule_settings.switches().enabled(RULE)
    assert rule_settings.switches(enable=[RULE]).enabled(RULE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plural person noun last (maverick)
        (
            "Dallas Mavericks attacked the league on Tuesday. He said the plan would fail.",
            "Dallas Mavericks",
        ),
        # 'the' heading the name
        (
            "The governor met the Carla Fenwick on Tuesday. Later the Carla Fenwick said it "
            "was pleased, and Carla Fenwick attacked the plan. She said it would fail.",
            "Carla Fenwick",
        ),
    ],
)
def test_team_stays_organisation_only_when_on(pipeline: Pipeline, text: str, name: str) -> None:
    assert _type(pipeline, text, name, on=False) == "person"
    assert _type(pipeline, text, name, on=True) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name: no article, a given name's plural last is no person noun
        (
            "Carla Fenwick attacked the governor on Tuesday. She said the plan would fail.",
            "Carla Fenwick",
        ),
        (
            "Glen Andrews attacked the governor on Tuesday. He said the plan would fail.",
            "Glen Andrews",
        ),
        # 'the' before a modifier of another noun: no evidence of a team
        (
            "The Carla Fenwick campaign grew. Carla Fenwick attacked the governor on Tuesday. "
            "She said the plan would fail.",
            "Carla Fenwick",
        ),
    ],
)
def test_people_stay_people(pipeline: Pipeline, text: str, name: str) -> None:
    assert _type(pipeline, text, name, on=True) == "person"
