"""Session 47 (engineer CT): a person described, then named (issue 12/14).
Sentences written for these tests; each case also runs with the rule off.

``events.args.described_person_named``: "attacked her opponent, Senator X," - the object
is a description whose name the parser hung apart (an apposition, or a name after the
comma, colon or dash that closes the description); the named person is the party, and
"her opponent" is not the source's own object.
"""

from __future__ import annotations

import pytest
from party_runner import event_rows, on_off_pipelines  # same folder

from stancemap.events.renamed_objects import _adjacent, renaming_names

RULE = "events.args.described_person_named"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return on_off_pipelines(analyzer, RULE)


def _accusations(pipeline, text: str):
    return [(s, t) for _, kind, s, t in event_rows(pipeline, text) if kind == "ACCUSE"]


def test_a_possessed_opponent_renamed_after_a_comma_is_the_target(pipelines):
    text = "Governor Jane Miller attacked her opponent, Senator Tom Walker, on Friday."
    assert _accusations(pipelines["on"], text) == [(["Jane Miller"], ["Tom Walker"])]
    # off: "her opponent" reads as the governor's own object, so no target
    assert _accusations(pipelines["off"], text) == [(["Jane Miller"], [])]


def test_every_name_of_a_list_after_a_dash(pipelines):
    text = (
        "Governor Jane Miller condemned two challengers - Tom Walker and Ann Fisher - in a speech."
    )
    on = _accusations(pipelines["on"], text)
    assert on and sorted(on[0][1]) == ["Ann Fisher", "Tom Walker"]
    off = _accusations(pipelines["off"], text)
    assert off and off[0][1] == ["Tom Walker"]


def test_a_subject_described_then_named_keeps_its_name(pipelines):
    text = "A bitter rival, Senator Tom Walker, criticized Governor Jane Miller on Friday."
    for state in ("on", "off"):
        assert _accusations(pipelines[state], text) == [(["Tom Walker"], ["Jane Miller"])]


def test_a_place_renaming_no_person_noun_is_left_alone(pipelines):
    text = "Governor Jane Miller praised her home state, Ohio, on Friday."
    rows = [r for r in event_rows(pipelines["on"], text) if r[1] == "SUPPORT"]
    assert rows and rows[0][3] == []


def test_a_name_that_begins_the_next_clause_is_no_renaming(pipelines):
    text = "Governor Jane Miller criticized her opponent, Tom Walker said on Friday."
    assert _accusations(pipelines["on"], text) == [(["Jane Miller"], [])]


def test_a_mixed_list_of_a_person_and_a_party_is_no_renaming(pipelines):
    text = "Governor Jane Miller criticized her rivals, Tom Walker and the Democratic Party."
    assert _accusations(pipelines["on"], text) == [(["Jane Miller"], [])]


def test_the_names_the_parse_gives(analyzer):
    doc = analyzer.nlp("The mayor went after a longtime foe at the rally: Councilman Peter Grant.")
    foe = next(t for t in doc if t.text == "foe")
    assert [t.text for t in renaming_names(foe)] == ["Grant"]
    doc = analyzer.nlp("The mayor praised his city, Chicago.")
    city = next(t for t in doc if t.text == "city")
    assert renaming_names(city) == []  # not a kind of person


def test_a_name_the_parser_hangs_far_from_the_description_is_no_renaming(analyzer):
    doc = analyzer.nlp("His friend Tom Walker spoke. The chairman, Kelly Armstrong, called a vote.")
    friend = next(t for t in doc if t.text == "friend")
    chairman = next(t for t in doc if t.text == "chairman")
    assert [t.text for t in renaming_names(friend)] == ["Walker"]
    assert [t.text for t in renaming_names(chairman)] == ["Armstrong"]
    # a name hung on the description from far away is none of its: only adjacency counts
    vote = next(t for t in doc if t.text == "vote")
    armstrong = next(t for t in doc if t.text == "Armstrong")
    assert _adjacent(chairman, armstrong)
    assert not _adjacent(chairman, vote)
