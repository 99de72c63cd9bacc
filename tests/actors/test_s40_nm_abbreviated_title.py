"""An abbreviated title the tokenizer splits from its period (session 40, engineer NM,
issue 12): "Atty. Gen. Loretta Lynch", "Amb. Samantha Power" made "Atty" a person and "Amb"
an actor of its own, and the name after "Amb." an organisation. Rule
``actors.names.abbreviated_title_alone``. Sentences written for these tests (the names are
invented)."""

from __future__ import annotations

from typing import Any

from .rule_twins import actors_of as _actors
from .rule_twins import twin_fixtures
from .test_real_news_actors import _at

RULE = "actors.names.abbreviated_title_alone"


on, off = twin_fixtures(RULE)


TEXT = "Atty. Gen. Marta Jorvik met Amb. Linda Kessler on Tuesday."


def _names(layer: Any) -> set[str]:
    return {a.name for a in layer.actors.values()}


def test_the_abbreviation_is_no_actor(on: Any, off: Any) -> None:
    assert not {"Atty", "Amb"} & _names(_actors(on, TEXT))
    assert {"Atty", "Amb"} & _names(_actors(off, TEXT))  # the session 39 reading


def test_the_name_after_it_is_a_person(on: Any) -> None:
    layer = _actors(on, TEXT)
    for name in ("Marta Jorvik", "Linda Kessler"):
        actor = _at(layer, TEXT, name)
        assert actor is not None and actor.type == "person", actor


def test_a_word_without_its_period_stays(on: Any) -> None:
    # no period after it: not written as a title ("Amb" at the start of a sentence)
    from stancemap.actors.titles import abbreviated_title_alone

    doc = on.nlp.make_doc("Amb said nothing. Atty. Jones")
    assert not abbreviated_title_alone(doc[0:1])
    assert abbreviated_title_alone(doc[4:5])
