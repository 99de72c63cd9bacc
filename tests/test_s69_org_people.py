"""A given name NER tags as an organisation that the text reads as a person is a person
(session 69, engineer AW, issues 12 and 14; ``actors/org_people.py``). Sentences and
names written for these tests; the small NER model's ORG tag on the name is set by the
test (it tags such names ORG now and then on real news: "Carly Fiorina attacked ...").

``actors.names.org_tagged_person`` (shipped off): a name tagged ORG, no KB entry, a given
name first, is a new person where a he/she of its gender follows it, a WordNet noun of a
person describes it, or its surname stands after a courtesy title; a firm described as one
("retailer Harold Fenwick"), a name ending in a group or firm head ("Brothers"), and a
pronoun of the other gender leave it an organisation.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

import rule_settings
from stancemap.actors.org_people import org_tagged_person
from stancemap.pipeline import Pipeline

RULE = "actors.names.org_tagged_person"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _parsed(pipeline: Pipeline, text: str, name: str) -> Any:
    """The text parsed, with every place of ``name`` tagged ORG (as NER sometimes does)."""
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
    settings = (
        rule_settings.with_rules(enable=[RULE]) if on else rule_settings.with_rules(disable=[RULE])
    )
    analysis = next(iter(pipeline.run([_parsed(pipeline, text, name)], settings)))
    types = {actor.name: actor.type for actor in analysis.actors}
    return types.get(name)


def test_rule_on_by_default() -> None:
    """On since session 69 (lead; docs/benchmarks.md)."""
    assert rule_settings.switches().enabled(RULE)
    assert not rule_settings.switches(disable=[RULE]).enabled(RULE)


PRONOUN = "Carla Fenwick attacked the governor on Tuesday. She said the plan would fail."
NOUN = "The debate was won by candidate Glen Harbison, who spoke about taxes."
APPOSITION = "Carla Fenwick, the candidate, criticised the senator's budget plan."
TITLE = "Carla Fenwick criticised the senator. Mrs. Fenwick called the plan reckless."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (PRONOUN, "Carla Fenwick"),
        (NOUN, "Glen Harbison"),
        (APPOSITION, "Carla Fenwick"),
        (TITLE, "Carla Fenwick"),
    ],
)
def test_org_tagged_person_read_as_person_only_when_on(
    pipeline: Pipeline, text: str, name: str
) -> None:
    assert _type(pipeline, text, name, on=False) == "organization"
    assert _type(pipeline, text, name, on=True) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the other gender's pronoun: no evidence
        (
            "Carla Fenwick attacked the governor on Tuesday. He said the plan would fail.",
            "Carla Fenwick",
        ),
        # a firm noun describes it
        (
            "Passengers flocked to budget airline Harold Fenwick, which said it was pleased. "
            "He said nothing.",
            "Harold Fenwick",
        ),
        # a group head last
        ("Harold Brothers attacked the governor. He said the plan would fail.", "Harold Brothers"),
        # not the subject: a pronoun after it stands for someone else
        (
            "The governor praised Carla Fenwick on Tuesday. She said the plan would fail.",
            "Carla Fenwick",
        ),
        # no person evidence at all
        ("Carla Fenwick attacked the governor's budget plan on Tuesday.", "Carla Fenwick"),
    ],
)
def test_org_tagged_name_without_person_reading_stays_organisation(
    pipeline: Pipeline, text: str, name: str
) -> None:
    assert _type(pipeline, text, name, on=True) == "organization"


def test_test_function_reads_the_span(pipeline: Pipeline) -> None:
    doc = _parsed(pipeline, PRONOUN, "Carla Fenwick").doc
    span = next(e for e in doc.ents if e.text == "Carla Fenwick")
    assert isinstance(span, Span) and org_tagged_person(span)
    other = _parsed(pipeline, PRONOUN.replace("She", "It"), "Carla Fenwick").doc
    assert not org_tagged_person(next(e for e in other.ents if e.text == "Carla Fenwick"))
