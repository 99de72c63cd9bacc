"""Session 24 (engineer E2): acts ordered, authorised or approved are the event, read on the
verb's object noun (``events.frame.authorised_act``: events/authorised_acts.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import RuleSettings, Settings
from stancemap.events.authorised_acts import authorising_words

RULE = "events.frame.authorised_act"
DEFAULT_OFF = tuple(r for r in RuleSettings().disable if r != RULE)


@pytest.fixture(scope="module")
def pipeline_at(analyzer):
    """The analysis of a text under the shipped switches, the rule on or off."""
    pipelines = {}

    def run(text: str, on: bool):
        if on not in pipelines:
            off = [*DEFAULT_OFF] if on else [*DEFAULT_OFF, RULE]
            settings = Settings.model_validate({"rules": {"disable": off}})
            pipelines[on] = analyzer.derive(settings)
        return pipelines[on].analyze(text, date="2023-03-01")

    return run


def coded(analysis):
    countries = {a.id: a.country for a in analysis.actors}
    return [
        (
            e.type,
            e.trigger.text,
            sorted(str(countries[x]) for x in e.source),
            sorted(str(countries[x]) for x in e.target),
        )
        for e in analysis.events
    ]


ORDERED = [
    # (text, type the noun gives, its trigger's start, source, target)
    (
        "The German parliament approved the deployment of troops to Mali.",
        "MOBILIZE",
        "approved the deployment",
        ["DEU"],
        ["MLI"],
    ),
    (
        "The Senate approved sanctions against Russia.",
        "SANCTION",
        "approved sanctions",
        None,
        ["RUS"],
    ),
    (
        "The Israeli cabinet signed off on the deployment of troops to Gaza.",
        "MOBILIZE",
        "signed",
        ["ISR"],
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "source", "target"), ORDERED)
def test_an_ordered_or_approved_event_noun_is_the_event(
    pipeline_at, text, kind, trigger, source, target
):
    on = coded(pipeline_at(text, True))
    assert [e for e in on if e[0] == kind and e[1].startswith(trigger)], on
    event = next(e for e in on if e[0] == kind)
    if source is not None:
        assert event[2] == source
    if target is not None:
        assert event[3] == target
    off = coded(pipeline_at(text, False))
    assert not [e for e in off if e[0] == kind and e[1].startswith(trigger)], off


def test_an_object_that_names_no_event_keeps_the_verbs_own_reading(pipeline_at):
    text = "The Senate approved the budget for the navy."
    assert coded(pipeline_at(text, True)) == coded(pipeline_at(text, False))


def test_the_verbs_come_from_the_data_file():
    words = authorising_words()
    assert {"order", "authorize", "authorise", "approve"} <= words["verb"]
    assert "sign off" in words["on_verb"]
    assert "sanction" not in words["verb"]  # a trigger of its own
