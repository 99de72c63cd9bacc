"""Session 46 (engineer MC): a party rejected by a verb of rejecting no lexicon row codes.

``events.trigger.rejected_party``: a verb whose most frequent WordNet sense is below
reject.v.01 or deny.v.01 (``data/events/rejecting_verbs.txt``) with no fitting row of its
own, whose direct object itself names an actor, is a REJECT of that actor. The rule ships
off; its tests switch it on and off explicitly. Sentences written for these tests."""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines  # same folder

from stancemap.pipeline import Pipeline

RULE = "events.trigger.rejected_party"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, RULE)


def events(pipeline: Pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return event_rows(pipeline, text, date="2016-03-01")


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Donald Trump disavowed David Duke on Monday.", "disavowed", "Donald Trump", "David Duke"),
        # a multiword verb of the table, its particle after the object
        (
            "John Smith brushed Elizabeth Warren off at the meeting.",
            "brushed",
            None,
            "Elizabeth Warren",
        ),
    ],
)
def test_a_rejected_party(pipelines, text, trigger, source, target):
    found = [e for e in events(pipelines["on"], text) if e[0] == trigger]
    assert [(e[1], e[3]) for e in found] == [("REJECT", [target])]
    assert source is None or found[0][2] == [source]
    assert not [e for e in events(pipelines["off"], text) if e[0] == trigger]


def test_a_verb_of_belief_is_no_rejection(pipelines):
    # "discredit" is in the table, but its most frequent sense is verb.cognition
    text = "Hillary Clinton ran an effort to discredit Monica Lewinsky."
    analysis = pipelines["on"].analyze(text, date="2016-03-01")
    assert "Monica Lewinsky" in {a.name for a in analysis.actors}  # a party as object
    assert not [e for e in analysis.events if e.trigger.text == "discredit"]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump disavowed Jeb Bush's remarks on Monday.",  # a statement, not a party
        "Donald Trump disavowed the old theory on Monday.",  # no party
        "The president dismissed his chief of staff Bob Smith.",  # one's own man let go
    ],
)
def test_no_party_as_object_no_rejection(pipelines, text):
    found = events(pipelines["on"], text)
    assert not [e for e in found if e[0] in ("disavowed", "dismissed") and e[1] == "REJECT"]


def test_a_coded_verb_keeps_its_own_reading(pipelines):
    # "rebuffed" has its own criticism reading: the rule only reads verbs with none
    text = "Paul Ryan rebuffed Barack Obama on the budget."
    on, off = events(pipelines["on"], text), events(pipelines["off"], text)
    assert [e for e in on if e[0] == "rebuffed"] == [e for e in off if e[0] == "rebuffed"]
    assert [e for e in on if e[0] == "rebuffed"]
