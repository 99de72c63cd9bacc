"""Session 51 (engineer MR): an event noun placed on someone is the event, read on the noun
(``events.frame.placed_act``: events/placed_acts.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.events.placed_acts import placing_verbs

RULE = "events.frame.placed_act"


@pytest.fixture(scope="module")
def pipeline_at(analyzer):
    """The analysis of a text under the shipped switches, the rule on or off."""
    pipelines = on_off_pipelines(analyzer, RULE)
    return lambda text, on: pipelines["on" if on else "off"].analyze(text, date="2023-03-01")


def coded(analysis):
    countries = {a.id: a.country for a in analysis.actors}
    return [
        (
            e.type,
            e.trigger.text,
            e.mode,
            sorted(str(countries[x]) for x in e.source),
            sorted(str(countries[x]) for x in e.target),
        )
        for e in analysis.events
    ]


PLACED = [
    # (text, type the noun gives, trigger, mode, source, target)
    ("The European Union put sanctions on Russia.", "SANCTION", "put sanctions", None, ["RUS"]),
    (
        "Washington is putting heavy tariffs on Chinese steel.",
        "SANCTION",
        "putting heavy tariffs",
        ["USA"],
        None,
    ),
    ("Iran placed a ban on imports from Turkey.", "COERCE", "placed a ban", ["IRN"], ["TUR"]),
    # figurative placing of a verbal act: the blame laid on someone is an accusation
    ("Russia laid the blame on Ukraine.", "ACCUSE", "laid the blame", ["RUS"], ["UKR"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "source", "target"), PLACED)
def test_an_event_noun_placed_on_someone_is_the_event(
    pipeline_at, text, kind, trigger, source, target
):
    on = coded(pipeline_at(text, True))
    assert [e for e in on if e[0] == kind and e[1] == trigger], on
    event = next(e for e in on if e[0] == kind)
    if source is not None:
        assert event[3] == source
    if target is not None:
        assert event[4] == target
    off = coded(pipeline_at(text, False))
    assert not [e for e in off if e[0] == kind and e[1].startswith(trigger)], off


def test_the_placing_verb_carries_negation(pipeline_at):
    on = coded(pipeline_at("Germany will not put new sanctions on Russia.", True))
    assert [e[2] for e in on if e[0] == "SANCTION"] == ["negated"], on


@pytest.mark.parametrize(
    "text",
    [
        # literal placing: the object is no event noun
        "The minister put the report on the table.",
        "Putin laid a wreath on the memorial to Ukraine's dead.",
        # no 'on' phrase: the verb's own reading (none for 'put')
        "The senator put the sanctions bill to a vote.",
        # an event noun put 'on hold', 'on the table': the 'on' phrase names no one
        "Brussels put the sanctions on hold.",
        "Washington put new tariffs on the table.",
    ],
)
def test_a_literal_placing_or_no_on_phrase_reads_as_before(pipeline_at, text):
    assert coded(pipeline_at(text, True)) == coded(pipeline_at(text, False))


def test_the_verbs_come_from_the_data_file():
    verbs = placing_verbs()
    assert {"put", "place", "set", "lay"} <= verbs
    assert "impose" not in verbs  # a support verb of the lexicon already
