"""A demonym before a plural noun of people the agents lexicon does not list (session 50,
engineer PG, issue 12: "Yemeni tribesmen" read as "Yemeni", the whole country's people).

``actors.agent.demonym_people_noun`` (shipped off): the mention runs on to the noun and
the actor is that kind of people of the demonym's one country, with no sector and an id
per noun. Tested on and off. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import event_at, events_by_trigger, on_off_fixtures

RULE = "actors.agent.demonym_people_noun"

UNLISTED = "Yemeni tribesmen ambushed the supply convoy near the port."
TARGET = "Police detained Moldovan truckers at the crossing on Sunday."
LISTED = "Kenyan soldiers ambushed the supply convoy near the port."
ETHNIC = "Ethnic Albanian shopkeepers protested the new tax in the capital."
THING = "Turkish carpets flooded the market in the autumn."

on, off = on_off_fixtures(RULE)


def _parties(pipeline: Any, text: str, verb: str) -> tuple[list[Any], list[Any]]:
    result = pipeline.analyze(text, date="2016-10-01")
    actors = {a.id: a for a in result.actors}
    event = event_at(events_by_trigger(pipeline, text), text, verb)
    return [actors[i] for i in event.source], [actors[i] for i in event.target]


def test_the_group_is_the_noun_of_its_country(on: Any, off: Any) -> None:
    off_src, _ = _parties(off, UNLISTED, "ambushed")
    assert [a.name for a in off_src] == ["Yemeni"]
    on_src, _ = _parties(on, UNLISTED, "ambushed")
    assert [(a.name, a.country, a.sector) for a in on_src] == [("Yemeni tribesmen", "YEM", None)]
    assert on_src[0].id != off_src[0].id  # not the country's people
    mention = on_src[0].mentions[0]
    assert UNLISTED[mention.start : mention.end] == "Yemeni tribesmen"


def test_an_object_group_too(on: Any, off: Any) -> None:
    _, off_tgt = _parties(off, TARGET, "detained")
    assert "Moldovan truckers" not in [a.name for a in off_tgt]
    _, on_tgt = _parties(on, TARGET, "detained")
    assert [(a.name, a.country) for a in on_tgt] == [("Moldovan truckers", "MDA")]


@pytest.mark.parametrize(("text", "verb"), [(LISTED, "ambushed")])
def test_a_listed_noun_keeps_the_lexicon_sector(on: Any, off: Any, text: str, verb: str) -> None:
    """'Kenyan soldiers': the agents lexicon's phrase, as before."""
    assert [(a.name, a.sector) for a in _parties(on, text, verb)[0]] == [
        (a.name, a.sector) for a in _parties(off, text, verb)[0]
    ]


def test_ethnic_and_things_stay_apart(on: Any) -> None:
    result = on.analyze(ETHNIC + " " + THING, date="2016-10-01")
    names = [a.name for a in result.actors]
    assert "Albanian shopkeepers" not in names
    assert "Turkish carpets" not in names
