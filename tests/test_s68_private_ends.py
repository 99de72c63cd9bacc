"""Is this act political at all? (session 68, engineer PA, issue 12 "sense from
arguments"). Sentences written for these tests (the names are made up).

Rules (both shipped off):
- ``events.sense.private_ends``: a reading of a type that needs a political party whose
  every party is private - a new person the text describes with a WordNet noun of an
  entertainer, artist, athlete or businessperson, a work, a firm or an ordinary sector -
  is no event; an authority's act (arrest, charge), a political party or violence keeps it;
- ``events.sense.device_made_thing``: devices and equipment are made things for the
  made-thing tests ("who supplies the devices").
"""

from __future__ import annotations

from typing import Any

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events.made_things_import import device_nouns as import_devices
from stancemap.events.private_people_import import private_nouns as import_private
from stancemap.wordnet_files import WORDNET

PRIVATE = "events.sense.private_ends"
DEVICES = "events.sense.device_made_thing"
MODIFIERS = "events.sense.private_modifiers"
RULES = (PRIVATE, DEVICES)
ON_RULES = (PRIVATE, MODIFIERS)  # on since the session 68 lead; each measured alone

SUED = "Rapper Dravo Kessle has been sued for $2m by a make-up artist from Leeds."
ACCUSED = "Singer Marla Venn accused guitarist Tobin Orlay of stealing her songs."
ARRESTED = "Rapper Dravo Kessle was arrested by police in London on Monday."
POLITICAL = "Rapper Dravo Kessle accused the government of ignoring musicians."
MINISTER = "Rapper Dravo Kessle accused Culture Minister Tessa Jowell of ignoring musicians."
SUPPLIES = "The firm says it does not matter who supplies the devices, the network or the software."
WEAPONS = "Iran supplied the rebels with rifles."
TROOPS = "Russia deployed troops and tanks near the border."


@pytest.fixture(scope="module")
def pipelines(analyzer: Any) -> dict[str, Any]:
    out = {"off": analyzer.derive(with_rules(disable=list(ON_RULES)))}
    for rule in RULES:
        others = [r for r in ON_RULES if r != rule]
        out[rule] = analyzer.derive(with_rules(enable=[rule], disable=others))
    return out


def _events(pipeline: Any, text: str) -> list[tuple[str, str]]:
    result = pipeline.analyze(text, date="2005-02-01")
    return [(e.type, text[e.trigger.start : e.trigger.end]) for e in result.events]


def test_private_ends_on_by_default_devices_off() -> None:
    disabled = Settings().rules.disable
    assert PRIVATE not in disabled  # on since the session 68 lead (blind A/B 7/2, 7/2)
    assert DEVICES in disabled


def test_private_people_list_is_the_importers() -> None:
    if not (WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    assert word_list("events/private_people_nouns.txt") == frozenset(import_private())
    assert word_list("events/device_nouns.txt") == frozenset(import_devices())


def test_private_people_nouns() -> None:
    words = word_list("events/private_people_nouns.txt")
    assert {"rapper", "singer", "guitarist", "actress", "footballer", "tycoon"} <= words
    assert not {"politician", "senator", "minister", "soldier", "policeman", "activist"} & words


@pytest.mark.parametrize("text", [SUED, ACCUSED])
def test_private_people_act_is_no_event(pipelines: dict[str, Any], text: str) -> None:
    off = _events(pipelines["off"], text)
    assert any(kind == "ACCUSE" for kind, _ in off)
    assert not any(kind == "ACCUSE" for kind, _ in _events(pipelines[PRIVATE], text))


@pytest.mark.parametrize("text", [ARRESTED, POLITICAL, MINISTER])
def test_authority_or_political_party_keeps(pipelines: dict[str, Any], text: str) -> None:
    off = _events(pipelines["off"], text)
    assert off
    assert _events(pipelines[PRIVATE], text) == off


def test_device_supplied_is_no_event(pipelines: dict[str, Any]) -> None:
    assert ("AID", "supplies") in _events(pipelines["off"], SUPPLIES)
    assert ("AID", "supplies") not in _events(pipelines[DEVICES], SUPPLIES)


@pytest.mark.parametrize("text", [WEAPONS, TROOPS])
def test_weapons_and_troops_keep(pipelines: dict[str, Any], text: str) -> None:
    off = _events(pipelines["off"], text)
    assert off
    assert _events(pipelines[DEVICES], text) == off
