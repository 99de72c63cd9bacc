"""Session 11 argument rules (issue 12, events/parties.py), from misreads a new user saw
on real news. Sentences written for these tests; actors fixed by hand with
test_coder.build_layer, so the events stage alone is tested. Each rule is switched off
too, so each test shows what its rule does."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.parties import (
    COORDINATED_MODIFIER,
    NOUN_GERUND,
    SOURCES_RESTATED,
    gerund_owner,
)
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    """code(text, {name: country}, disable=(), people=()): the events stage alone."""

    def run(text: str, actors: dict[str, str | None], disable: tuple[str, ...] = (), people=()):
        return code_people(text, actors, people=people, disable=disable)

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Chancellor Merz agreed to back the plan.",
        "Macron and Chancellor Merz agreed on Tuesday to send more aid.",
    ],
)
def test_a_party_the_parser_hung_on_a_titled_name_is_a_source(code, text):
    actors = {"Macron": "FRA", "Merz": "DEU"}
    people = ("Macron", "Merz")
    agreed = by_word(code(text, actors, people=people), "agreed")
    assert names(agreed.source) == {"macron", "merz"}
    off = by_word(code(text, actors, (COORDINATED_MODIFIER,), people=people), "agreed")
    assert names(off.source) == {"merz"}  # the misparse alone: Merz only


def test_a_plain_coordination_needs_no_rule(code):
    # the parser's own "X and Y" is read by the phrase as before
    text = "Macron and Merz agreed to back the plan."
    actors = {"Macron": "FRA", "Merz": "DEU"}
    for disable in ((), (COORDINATED_MODIFIER,)):
        agreed = by_word(code(text, actors, disable, people=("Macron", "Merz")), "agreed")
        assert names(agreed.source) == {"macron", "merz"}


def test_a_compound_modifier_without_and_stays_a_modifier(code):
    # "Kenya Airways" names one actor; no conjunction, nothing joins it
    text = "Kenya Airways pilots protested against the government."
    events = code(text, {"Kenya Airways": "KEN", "Kenya": "KEN"})
    protest = by_word(events, "protested")
    assert names(protest.source) <= {"kenya airways"}


@pytest.mark.parametrize(
    "text",
    [
        "China has no intention of attacking Taiwan, the foreign ministry said.",
        "China has no intention of attacking Taiwan.",
    ],
)
def test_the_subject_of_having_no_intention_does_the_gerund(code, text):
    actors = {"China": "CHN", "Taiwan": "TWN"}
    attack = by_word(code(text, actors), "attacking")
    assert names(attack.source) == {"china"}
    assert names(attack.target) == {"taiwan"}
    assert attack.mode == "negated"  # no intention: the act is denied, not done
    off = by_word(code(text, actors, (NOUN_GERUND,)), "attacking")
    assert off.source == []


def test_the_possessor_of_the_intention_does_the_gerund(code):
    text = "Russia's intention of invading Finland alarmed Sweden."
    actors = {"Russia": "RUS", "Finland": "FIN", "Sweden": "SWE"}
    invade = by_word(code(text, actors), "invading")
    assert names(invade.source) == {"russia"}
    assert by_word(code(text, actors, (NOUN_GERUND,)), "invading").source == []


def test_a_gerund_on_a_noun_given_to_someone_is_not_the_givers(analyzer):
    # "gave Y the task of ...": Y would do it, so the rule names no doer through "gave"
    text = "Russia gave Belarus the task of attacking Ukraine."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    gerund = next(t for t in doc if t.text == "attacking")
    assert gerund_owner(gerund) is None
    text = "Russia has no intention of attacking Ukraine."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    owner = gerund_owner(next(t for t in doc if t.text == "attacking"))
    assert owner is not None and owner[0] == "verb" and owner[1].text == "has"


def test_a_result_clause_restating_the_sources_names_no_target(code):
    text = (
        "Greece and Turkey failed to agree on maritime borders, "
        "leaving the two NATO members at odds."
    )
    actors = {"Greece": "GRC", "Turkey": "TUR", "NATO": None}
    event = by_word(code(text, actors), "failed")
    assert names(event.source) == {"greece", "turkey"}
    assert "t:nato" not in event.target
    off = by_word(code(text, actors, (SOURCES_RESTATED,)), "failed")
    assert "t:nato" in off.target  # the misread the rule removes


def test_a_counted_phrase_that_does_not_match_the_sources_stays_a_target(code):
    # three members counted, two sources: not a restatement
    text = (
        "Greece and Turkey failed to agree on maritime borders, "
        "leaving the three NATO members at odds."
    )
    actors = {"Greece": "GRC", "Turkey": "TUR", "NATO": None}
    on = by_word(code(text, actors), "failed").target
    off = by_word(code(text, actors, (SOURCES_RESTATED,)), "failed").target
    assert on == off
