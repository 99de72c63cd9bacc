"""Actor-linking errors (session 39, engineer LK): a he/she never stands for a building
(``actors.names.structure_name``), a bare description is not the subject of its own
clause (``actors.coref.description_not_own_subject``), and a near-spelt surname with
another given name is another person (``actors.names.other_given_name``). Sentences
written for these tests; each case is run with its rule on and off."""

from __future__ import annotations

from typing import Any

import pytest

from .rule_twins import rule_layer as _layer
from .rule_twins import who as _who

STRUCTURE = "actors.names.structure_name"
DESCRIPTION = "actors.coref.description_not_own_subject"
GIVEN = "actors.names.other_given_name"


TOWER = (
    "Donald Trump held a rally in New York. Trump Tower was crowded. "
    "He said the country needed change."
)
JOHN_TOWER = "Senator John Tower spoke on Monday. He said the bill would pass."


@pytest.mark.parametrize("on", [True, False])
def test_he_is_no_building(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, TOWER, STRUCTURE, on)
    assert _who(layer, "He") == ("Donald Trump" if on else "Trump Tower")
    tower = next(m for m in layer.mentions if m.text == "Trump Tower")
    assert layer.actor(tower.actor_id).type == ("location" if on else "person")


@pytest.mark.parametrize("on", [True, False])
def test_a_given_name_keeps_the_person(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, JOHN_TOWER, STRUCTURE, on)
    assert _who(layer, "John Tower") == "John Tower"
    assert _who(layer, "He") == "John Tower"


MET_PRESIDENT = "Governor Chris Christie met with the president on Monday."
OTHER_PRESIDENT = (
    "President Barack Obama spoke on Monday. Governor Chris Christie met with the president later."
)
SUBJECT_PRESIDENT = "Governor Chris Christie spoke on Monday. The governor said it went well."


@pytest.mark.parametrize("on", [True, False])
def test_description_not_its_clause_subject(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, MET_PRESIDENT, DESCRIPTION, on)
    assert _who(layer, "president") == (None if on else "Chris Christie")


@pytest.mark.parametrize("on", [True, False])
def test_description_takes_the_earlier_holder(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, OTHER_PRESIDENT, DESCRIPTION, on)
    assert _who(layer, "president") == "Barack Obama"


@pytest.mark.parametrize("on", [True, False])
def test_a_subject_description_still_links(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, SUBJECT_PRESIDENT, DESCRIPTION, on)
    assert _who(layer, "governor") == "Chris Christie"


BERG = "Alan Berger spoke on Monday. Berger left. Rachel Berg said it was fine."
TYPO = "Chuck Larson spoke on Monday. Chuck Larsen said it was fine."


@pytest.mark.parametrize("on", [True, False])
def test_other_given_name_is_another_person(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, BERG, GIVEN, on)
    assert _who(layer, "Rachel Berg") == ("Rachel Berg" if on else "Alan Berger")


@pytest.mark.parametrize("on", [True, False])
def test_same_given_name_still_a_near_spelling(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, TYPO, GIVEN, on)
    assert _who(layer, "Chuck Larsen") == "Chuck Larson"
