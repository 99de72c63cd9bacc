"""Session 22 (engineer E): a consultation's "with" partner that the parser hangs on the
object of the verb's preposition of means ("spoke by telephone with X") is its target
(``events.args.partner_on_means``, events/aimed_at.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import RuleSettings, Settings

RULE = "events.args.partner_on_means"
DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def consults(analyzer):
    pipelines = {}

    def run(text: str, off: tuple[str, ...] = ()):
        if off not in pipelines:
            settings = Settings.model_validate({"rules": {"disable": [*DEFAULT_OFF, *off]}})
            pipelines[off] = analyzer.derive(settings)
        analysis = pipelines[off].analyze(text, date="2023-03-01")
        countries = {a.id: a.country for a in analysis.actors}
        return [
            (sorted(countries[x] for x in e.source), sorted(countries[x] for x in e.target))
            for e in analysis.events
            if e.type == "CONSULT"
        ]

    return run


CALLS = [
    (
        "French President Emmanuel Macron spoke by telephone with Indian Prime Minister Narendra Modi.",
        "FRA",
        "IND",
    ),
    (
        "Chilean President Gabriel Boric spoke by telephone with Peruvian President Dina Boluarte on Friday.",
        "CHL",
        "PER",
    ),
]


@pytest.mark.parametrize(("text", "caller", "partner"), CALLS)
def test_the_partner_of_a_call_is_the_target(consults, text, caller, partner):
    assert consults(text) == [([caller], [partner])]


@pytest.mark.parametrize(("text", "caller", "partner"), CALLS)
def test_without_the_rule_the_call_has_no_target(consults, text, caller, partner):
    assert consults(text, (RULE,)) == [([caller], [])]


def test_a_call_with_no_partner_named_keeps_no_target(consults):
    assert consults("The Kenyan president spoke by telephone on Monday.") in ([], [(["KEN"], [])])
