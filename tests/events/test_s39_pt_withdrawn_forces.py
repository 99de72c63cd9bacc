"""Session 39 (issue 12): ``events.args.withdrawn_forces_source`` - the passive subject of
a verb of military withdrawal or disarming, with no agent, is the side that withdraws (the
source), and the place withdrawn from is the target. Sentences written for these tests;
the whole pipeline runs, with the rule switched on explicitly and off."""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.events.withdrawn_forces import WITHDRAWN_FORCES


@pytest.fixture(scope="module")
def run(analyzer):
    pipelines = {
        on: analyzer.derive(
            rule_settings.with_rules(
                enable=[WITHDRAWN_FORCES] if on else [], disable=[] if on else [WITHDRAWN_FORCES]
            )
        )
        for on in (True, False)
    }

    def analyse(text: str, on: bool = True):
        return pipelines[on].analyze(text, date="2001-03-01")

    return analyse


def _roles(analysis, word):
    found = [e for e in analysis.events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    event = found[0]
    by_id = {a.id: a for a in analysis.actors}
    countries = [
        {by_id[i].country for i in ids if i in by_id} for ids in (event.source, event.target)
    ]
    return event.type, countries[0], countries[1]


def test_troops_pulled_out_of_a_country_are_the_source_and_the_country_the_target(run):
    text = "Russian troops were pulled out of Georgia last week."
    assert _roles(run(text), "pulled") == ("RETREAT", {"RUS"}, {"GEO"})
    assert _roles(run(text, on=False), "pulled") == ("RETREAT", set(), {"RUS"})


def test_demobilised_soldiers_are_the_source(run):
    text = "Thousands of Iraqi soldiers have been demobilized since the accord."
    assert _roles(run(text), "demobilized") == ("RETREAT", {"IRQ"}, set())
    assert _roles(run(text, on=False), "demobilized") == ("RETREAT", set(), {"IRQ"})


def test_an_agent_or_a_release_keeps_the_patient_as_target(run):
    # "by Moscow": the agent is the source; a release (084x) is done to the released
    for text, verb, source, target in (
        ("Russian troops were pulled out of Georgia by Moscow.", "pulled", {"RUS"}, {"RUS"}),
        ("Twenty Palestinian prisoners were released on Monday.", "released", set(), {"PSE"}),
    ):
        for on in (True, False):
            _, got_source, got_target = _roles(run(text, on), verb)
            assert (got_source, got_target) == (source, target), (text, on)
