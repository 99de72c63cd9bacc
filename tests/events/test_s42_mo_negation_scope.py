"""Session 42 (engineer MO, issue 12): how far a negation reaches in an event's mode.

- ``events.mode.negation_raising``: "I don't believe I've ever met Putin" - the act in the
  finite complement of a negated verb of opinion is negated (not a prediction with its own
  modal, not under a factive verb, not under an affirmed one);
- ``events.mode.approximate_negator``: "Trump hardly ever praised Obama" is negated, "rarely"
  is not a negator, nor "barely" ("barely won" is a win).

Each rule's "on" half switches it on explicitly; the "off" half fails without it.
Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from mode_helpers import event_modes, parser
from mode_helpers import word as _word
from stancemap.events.negation_scope import (
    approximate_negators,
    approximately_negated,
    neg_raising_verbs,
    raised_negation,
)

RAISING = "events.mode.negation_raising"
APPROXIMATE = "events.mode.approximate_negator"
MINE = (RAISING, APPROXIMATE)


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


@pytest.fixture(scope="module")
def modes(analyzer):  # type: ignore[no-untyped-def]
    """Text, rules switched off -> each event's mode (the other rules as shipped, this
    session's two on unless named)."""
    from stancemap.config import RuleSettings, Settings

    default_off = [r for r in RuleSettings().disable if r not in MINE]
    pipelines: dict[tuple[str, ...], Any] = {}

    def run(text: str, off: tuple[str, ...] = ()) -> dict[str, str | None]:
        if off not in pipelines:
            settings = Settings.model_validate(
                {
                    "rules": {
                        "disable": [*default_off, *off],
                        "enable": [r for r in MINE if r not in off],
                    }
                }
            )
            pipelines[off] = analyzer.derive(settings)
        return event_modes(pipelines[off].analyze(text, date="2023-03-01"), text)

    return run


def test_the_word_lists_are_small_grammar_classes() -> None:
    assert {"think", "believe", "expect"} <= neg_raising_verbs()
    assert not {"know", "realize", "want", "say"} & neg_raising_verbs()  # factive, volition, speech
    assert approximate_negators() == {"hardly", "scarcely"}  # "barely won": a win


def test_raised_negation_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("I don't believe that Merkel ever met Putin.")
    assert raised_negation(_word(doc, "met"))
    doc = parse("I believe that Merkel met Putin.")
    assert not raised_negation(_word(doc, "met"))  # no negation
    doc = parse("I don't know that Merkel met Putin.")
    assert not raised_negation(_word(doc, "met"))  # a factive verb: the meeting stands
    doc = parse("I don't think Merkel will meet Putin.")
    assert not raised_negation(_word(doc, "meet"))  # a prediction: its modal reads it
    doc = parse("Merkel did not expect to meet Putin.")
    assert not raised_negation(_word(doc, "meet"))  # an infinitive, no clause of its own


def test_negation_raising_event(modes) -> None:  # type: ignore[no-untyped-def]
    text = '"I don\'t believe Merkel has ever met Putin," the minister said.'
    assert modes(text, (RAISING,)).get("met") != "negated"
    assert modes(text).get("met") == "negated"
    text = '"I don\'t think Merkel praised Putin," the minister said.'
    assert modes(text, (RAISING,)).get("praised") != "negated"
    assert modes(text).get("praised") == "negated"
    text = '"I think Merkel praised Putin," the minister said.'
    assert modes(text).get("praised") != "negated"


def test_approximate_negator_function(parse) -> None:  # type: ignore[no-untyped-def]
    assert approximately_negated(_word(parse("Trump hardly ever praised Obama."), "praised"))
    assert approximately_negated(_word(parse("Merkel scarcely supported the plan."), "supported"))
    assert not approximately_negated(_word(parse("Merkel barely won the vote."), "won"))
    assert not approximately_negated(_word(parse("Trump rarely praised Obama."), "praised"))
    assert not approximately_negated(_word(parse("Trump often praised Obama."), "praised"))


def test_approximate_negator_event(modes) -> None:  # type: ignore[no-untyped-def]
    text = "Trump hardly ever praised Obama in public."
    assert modes(text, (APPROXIMATE,)).get("praised") != "negated"
    assert modes(text).get("praised") == "negated"
    assert modes("Trump rarely praised Obama in public.").get("praised") != "negated"
