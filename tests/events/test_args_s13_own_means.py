"""Session 13 argument rules (issue 12): the source's own means are not the target
(events/own_means.py), and sources that must stay empty. Sentences written for these
tests. The rule tests fix the actors by hand (test_coder's build_layer) so the events
stage alone is tested, and switch the rule off too; the last tests run the whole pipeline."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

import rule_settings
from stancemap.analyze import Analyzer
from stancemap.events.own_means import OWN_MEANS_OBJECT


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    """code(text, {name: country}, disable=(), people=(), groups=()): the events stage alone."""

    def run(text, actors, disable=(), people=(), groups=()):
        return code_people(text, actors, people=people, disable=disable, groups=groups)

    return run


def test_what_the_source_sends_to_a_place_is_not_the_target(code):
    text = "Poland sent tanks to the eastern border on Friday."
    actors = {"Poland": "POL", "tanks": "POL"}
    sent = by_word(code(text, actors, groups=("tanks",)), "sent")
    assert names(sent.source) == {"poland"}
    assert sent.target == []  # "the border" is nobody
    off = by_word(code(text, actors, groups=("tanks",), disable=(OWN_MEANS_OBJECT,)), "sent")
    assert names(off.target) == {"tanks"}  # the misread: Poland acting on its own tanks


def test_the_destination_state_stays_the_target(code):
    text = "Turkey sent soldiers into Syria last week."
    actors = {"Turkey": "TUR", "soldiers": "TUR", "Syria": "SYR"}
    moved = by_word(code(text, actors, groups=("soldiers",)), "sent")
    assert names(moved.source) == {"turkey"}
    assert names(moved.target) == {"syria"}
    off = by_word(code(text, actors, groups=("soldiers",), disable=(OWN_MEANS_OBJECT,)), "sent")
    assert names(off.target) == {"soldiers"}


def test_a_group_acted_on_without_a_destination_stays_the_target(code):
    # no motion: the police's own countrymen are whom the act is aimed at
    text = "Belarusian police detained Belarusian students outside the university."
    actors = {"Belarusian police": "BLR", "Belarusian students": "BLR"}
    groups = ("Belarusian police", "Belarusian students")
    detained = by_word(code(text, actors, groups=groups), "detained")
    assert names(detained.target) == {"belarusian students"}


def test_another_countrys_group_sent_somewhere_stays_the_target(code):
    text = "Hungary returned Ukrainian prisoners to the border crossing."
    actors = {"Hungary": "HUN", "Ukrainian prisoners": "UKR"}
    returned = by_word(code(text, actors, groups=("Ukrainian prisoners",)), "returned")
    assert names(returned.target) == {"ukrainian prisoners"}


# ----------------------------------------------------------------- the whole pipeline


def _events(pipeline, text, word):
    analysis = pipeline.analyze_text(text, doc_id="t", date="2024-05-02")
    by_id = {a.id: a for a in analysis.actors}
    found = [e for e in analysis.events if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return [([by_id[i] for i in e.source], [by_id[i] for i in e.target]) for e in found]


def test_tanks_sent_to_the_border_through_the_actors_stage(analyzer):
    # the actors stage gives "tanks" Germany's country (the one country the sentence names)
    text = "Germany sent tanks to the border on Monday."
    for source, target in _events(analyzer, text, "sent"):
        assert [a.name for a in source] == ["Germany"]
        assert target == []
    off = Analyzer(rule_settings.with_rules(disable=(OWN_MEANS_OBJECT,)))
    assert any(target for _, target in _events(off, text, "sent"))


def test_an_unknown_person_quoted_with_according_to_gives_no_country(analyzer):
    # "According to X": the source is X or nobody, never a country guessed for X
    text = "According to Mirela Tosk, the ministry was to blame for the collapse."
    for source, _ in _events(analyzer, text, "blame"):
        assert all(a.country is None for a in source)
        assert all(a.type != "country" for a in source)
