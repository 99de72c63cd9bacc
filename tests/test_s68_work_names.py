"""Works, products and made things are no actors (session 68, engineer AW, issues 12 and
14; ``actors/work_names.py``). Sentences written for these tests.

* ``actors.names.work_entity`` (shipped off): a new name NER tags a work of art in the story
  ("Critics hail Broken Mirror Tales ... praised "Broken Mirror Tales"") is no actor;
* ``actors.names.kind_described_thing`` (shipped off): "humanoid robot Kiro", "the play The
  Silent River Songs", "a technology called Rapid Data Link" - a WordNet noun of a made
  thing describing a new name makes it no actor wherever the story names it; a person who
  is the subject of a relative clause on such a noun ("the film Tom Wexley directed") and
  a body ("the Law Society") stay actors.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.work_names import kind_nouns

WORK = "actors.names.work_entity"
KIND = "actors.names.kind_described_thing"


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def work_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[WORK]))


@pytest.fixture(scope="module")
def kind_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[KIND]))


def _named(pipeline: Any, text: str) -> dict[str, str]:
    """Each actor's name -> its id."""
    return {actor.name: actor.id for actor in pipeline.analyze(text).actors}


def test_both_rules_ship_off() -> None:
    for rule in (WORK, KIND):
        assert not rule_settings.switches().enabled(rule)
        assert rule_settings.switches(enable=[rule]).enabled(rule)


def test_kind_nouns_are_made_things_and_no_bodies() -> None:
    nouns = kind_nouns()
    assert {"play", "film", "robot", "console", "album"} <= nouns
    # a noun that also names a body or a person, or a periodical's publisher, is left out
    assert not {"newspaper", "magazine", "network", "tabloid", "company", "act"} & nouns


TITLE = (
    'Critics hail Broken Mirror Tales\n\nCritics have praised "Broken Mirror Tales", which '
    "opened in London on Friday."
)


def test_a_title_ner_tags_a_work_is_no_actor(off: Any, work_on: Any) -> None:
    assert "Broken Mirror Tales" in _named(off, TITLE)
    assert "Broken Mirror Tales" not in _named(work_on, TITLE)
    assert "country:GBR" in _named(work_on, TITLE).values()  # London, a place, stays


ROBOT = (
    "Carmaker Toyota's humanoid robot Kiro has learned to climb stairs. Kiro can now walk "
    "faster, Toyota said."
)


def test_a_robot_is_no_person_wherever_named(off: Any, kind_on: Any) -> None:
    assert _named(off, ROBOT)["Kiro"].startswith("new:person")
    after = _named(kind_on, ROBOT)
    assert "Kiro" not in after
    assert any("Toyota" in name for name in after)  # the maker stays


PLAY = (
    "Kenya bans Silent River Songs\n\nKenya's censors have banned the play The Silent River "
    "Songs, due to open in Nairobi this week. The council said the play was indecent."
)


def test_a_banned_play_is_no_target(off: Any, kind_on: Any) -> None:
    def targets(pipeline: Any) -> set[str]:
        result = pipeline.analyze(PLAY)
        names = {a.id: a.name for a in result.actors}
        return {names.get(t, t) for e in result.events for t in e.target}

    assert "Silent River Songs" in targets(off)
    assert "Silent River Songs" not in targets(kind_on)


CALLED = "Mobile operators are opting for a technology called Rapid Data Link."


def test_a_technology_called_x_is_no_actor(off: Any, kind_on: Any) -> None:
    assert "Rapid Data Link" in _named(off, CALLED)
    assert "Rapid Data Link" not in _named(kind_on, CALLED)


def test_people_and_bodies_stay(kind_on: Any, work_on: Any) -> None:
    directed = "Critics praised the film Tom Wexley directed last year."
    assert _named(kind_on, directed)["Tom Wexley"].startswith("new:person")
    body = "The Law Society said the plans were unworkable."
    assert "Law Society" in _named(work_on, body) and "Law Society" in _named(kind_on, body)
