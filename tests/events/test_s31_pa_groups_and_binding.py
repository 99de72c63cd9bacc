"""Session 31 (engineer PA): the doer named by a bare group noun, object pronouns bound by
their own clause's subject, and a trailing attribution (issue 12). Sentences written for
these tests.

Session 40 (engineer CX) removed the three rules this file was written for - shipped off
since session 31 and worth nothing or worse on the measured sets:
``actors.agent.countryless_subject``, ``actors.agent.acting_people_group`` and
``actors.coref.object_not_named_coargument``. What stays asserts the shipped reading:
``actors.agent.sentence_country`` places a bare group noun, a bare group noun of no country
is no actor, an object pronoun across sentences, and
``events.args.trailing_attribution_no_target`` (switched off explicitly in its twin).
"""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines, parties  # same folder


@pytest.fixture(scope="module")
def run(analyzer):
    get = derived_pipelines(analyzer)

    def go(text: str, off: tuple[str, ...] = ()):
        return get(off, ()).analyze(text, date="2016-06-01")

    return go


def _events(analysis, kind: str):
    return [parties(analysis, e) for e in analysis.events if e.type == kind]


def test_a_sentence_country_places_the_group(run):
    on = run("Terrorists attacked the embassy in Kabul on Monday.")
    agent = next(a for a in on.actors if a.name == "Terrorists")
    assert agent.country == "AFG"  # actors.agent.sentence_country


def test_a_group_noun_of_no_country_is_no_source(run):
    # the reading since countryless_subject was removed: "Protesters" of no country is no
    # actor, and the event it does has no source - unless the late group of session 46
    # (actors.agent.subject_group_source_only, tests/actors/test_s46_subject_groups.py)
    # fills it, so that rule is off here
    text = "Protesters blocked the road to the parliament on Monday."
    found = run(text, ("actors.agent.subject_group_source_only",))
    assert not any(a.name == "Protesters" for a in found.actors)
    events = _events(found, "PROTEST")
    assert not events or events[0][1] == []


def test_across_sentences(run):
    text = "Hillary Clinton spoke in Ohio on Monday. Donald Trump criticized her on Tuesday."
    on = _events(run(text), "ACCUSE")
    assert on and on[0][2] == ["Hillary Clinton"]


# ----------------------------------------------------------------- trailing attribution

TRAILING = "events.args.trailing_attribution_no_target"


def test_a_trailing_attribution_is_no_target(run):
    # "Italian diplomats" (placed by their demonym; session 31's bare "diplomats" was an
    # actor only under the removed countryless_subject)
    text = (
        "European ministers demanded the withdrawal of Serbian forces from Bosnia on Monday, "
        "Italian diplomats quoted a declaration as saying."
    )
    on = _events(run(text), "REQUEST")
    assert on and on[0][2] == ["Serbian forces"]
    off = _events(run(text, off=(TRAILING,)), "REQUEST")
    assert off and off[0][2] == ["Italian diplomats"]
