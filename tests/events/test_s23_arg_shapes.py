"""Session 23 (engineer E): argument shapes the parse states but the role finder
missed (issue 12, "arguments from the parse"). Sentences written for these tests; each
case is also run with its rule off. (``possessive_countryless``, ``sides_between`` and
``object_by_agent`` were removed with their tests: 0 on every check part.)

- ``events.args.finite_conjunct``: "X ordered Y to shut A and expelled B" - the finite
  verb the parser conjoins to the infinitive has X's subject, not Y.
- ``events.args.passive_own_forces``: "The X army was put on high alert" - an agentless
  passive of a show of force or a military pullback has its subject as the source.
"""

from __future__ import annotations

import pytest

from stancemap.config import RuleSettings, Settings

DEFAULT_OFF = tuple(RuleSettings().disable)
FINITE = "events.args.finite_conjunct"
OWN_FORCES = "events.args.passive_own_forces"


@pytest.fixture(scope="module")
def events(analyzer):
    pipelines = {}

    def run(text: str, off: tuple[str, ...] = ()):
        if off not in pipelines:
            settings = Settings.model_validate({"rules": {"disable": [*DEFAULT_OFF, *off]}})
            pipelines[off] = analyzer.derive(settings)
        analysis = pipelines[off].analyze(text, date="2024-03-01")
        countries = {a.id: a.country for a in analysis.actors}
        return {
            e.trigger.text.split()[0].lower(): (
                e.type,
                sorted({countries[x] for x in e.source if countries[x]}),
                sorted({countries[x] for x in e.target if countries[x]}),
            )
            for e in analysis.events
        }

    return run


@pytest.fixture(scope="module")
def with_own_forces(analyzer):
    settings = Settings.model_validate(
        {"rules": {"disable": [r for r in DEFAULT_OFF if r != OWN_FORCES]}}
    )
    pipeline = analyzer.derive(settings)

    def run(text: str):
        analysis = pipeline.analyze(text, date="2024-03-01")
        countries = {a.id: a.country for a in analysis.actors}
        return {
            e.trigger.text.split()[0].lower(): (
                e.type,
                sorted({countries[x] for x in e.source if countries[x]}),
            )
            for e in analysis.events
        }

    return run


@pytest.mark.parametrize("name", [FINITE, OWN_FORCES])  # OWN_FORCES on since session 39
def test_the_rules_are_on_by_default(name):
    assert name not in DEFAULT_OFF


@pytest.mark.parametrize(
    ("text", "verb", "doer", "other"),
    [
        (
            "Poland ordered Russia to shut its consulate in Poznan and expelled three diplomats.",
            "expelled",
            "POL",
            "RUS",
        ),
        (
            "Latvia ordered Belarus to close its consulate and expelled two diplomats.",
            "expelled",
            "LVA",
            "BLR",
        ),
    ],
)
def test_a_finite_conjunct_of_an_infinitive_has_the_first_subject(events, text, verb, doer, other):
    assert events(text)[verb][1] == [doer]
    assert events(text, (FINITE,))[verb][1] == [other]


def test_an_infinitive_conjunct_keeps_the_controlled_subject(events):
    text = "Germany urged Iran to free the sailors and to return the seized tanker."
    assert events(text) == events(text, (FINITE,))


@pytest.mark.parametrize(
    ("text", "verb", "etype", "doer"),
    [
        (
            "The Pakistani army was put on high alert along the eastern border.",
            "put",
            "MOBILIZE",
            "PAK",
        ),
        (
            "Georgian troops were withdrawn from the disputed village on Sunday.",
            "withdrawn",
            "RETREAT",
            "GEO",
        ),
    ],
)
def test_an_agentless_passive_of_own_forces_has_them_as_source(
    events, with_own_forces, text, verb, etype, doer
):
    assert with_own_forces(text)[verb][:2] == (etype, [doer])
    assert events(text, (OWN_FORCES,))[verb][1] == []  # on since session 39: off, none


def test_other_agentless_passives_keep_no_source(with_own_forces):
    text = "Two Japanese hostages were released in the capital on Monday."
    assert with_own_forces(text)["released"][1] == []


def test_the_forces_named_through_of_are_the_source(events, with_own_forces):
    # session 39: only the forces' own name (or its "of" complement) counts; a place inside
    # their phrase does not (tests/events/test_aimed_at.py, the agentless passive)
    text = "Thousands of Iraqi soldiers have been demobilized since the accord."
    assert with_own_forces(text)["demobilized"][:2] == ("RETREAT", ["IRQ"])
    assert events(text, (OWN_FORCES,))["demobilized"][1] == []
