"""Actor precision (session 41, engineer AP, issue 14): a body named in a person's former
title is no actor (rule ``actors.names.former_title_body``), and a near-spelt KB person
differs from the written name in one name word at most (rule
``actors.link.fuzzy_one_word``). Sentences written for these tests (the people are
invented)."""

from __future__ import annotations

from typing import Any

import rule_settings
from stancemap.actors.linker import Linker
from stancemap.actors.spelt_names import FUZZY_ONE_WORD, other_person

from .rule_twins import actors_of as _actors
from .rule_twins import twin_fixtures

TITLE = "actors.names.former_title_body"

on, off = twin_fixtures(TITLE)


def _ids(layer: Any) -> set[str]:
    return set(layer.actors)


def _texts(layer: Any) -> set[str]:
    return {m.text for m in layer.mentions}


def test_a_former_title_body_is_no_actor(on: Any, off: Any) -> None:
    text = "Former U.N. Ambassador Marta Jorvik denounced the plan on Thursday."
    assert "igo:un" not in _ids(_actors(on, text))
    assert "igo:un" in _ids(_actors(off, text))  # the session 40 reading
    assert "Marta Jorvik" in _texts(_actors(on, text))


def test_a_glued_ex_prefix_is_a_former_title(on: Any, off: Any) -> None:
    text = "Ex-FBI director Tomas Vrelin criticized the senator."
    assert not any("FBI" in t for t in _texts(_actors(on, text)))
    assert any("FBI" in t for t in _texts(_actors(off, text)))
    assert "Tomas Vrelin" in _texts(_actors(on, text))


def test_a_current_title_body_stays(on: Any) -> None:
    # no "former": the body the person serves now stays an actor (rule title_words)
    text = "U.N. Ambassador Marta Jorvik denounced the plan on Thursday."
    assert "igo:un" in _ids(_actors(on, text))


def test_a_body_outside_a_title_stays(on: Any) -> None:
    text = "Marta Jorvik, a former diplomat, said the U.N. had failed."
    assert "igo:un" in _ids(_actors(on, text))


def test_one_word_may_differ_not_two() -> None:
    assert other_person("john mccain", "johnny mcclain")  # given name and surname differ
    assert other_person("william howard taft", "william howard taft iv")  # KB goes on
    assert not other_person("vladimr putin", "vladimir putin")  # the given name only
    assert not other_person("kassym jomart tokajew", "kassym jomart tokayev")  # surname
    assert not other_person("bashar assad", "bashar al-assad")  # a hyphenated part
    assert not other_person("tokajew", "tokayev")  # one word: left to the other rules


def test_the_linker_keeps_one_word_misspellings(kb: Any) -> None:
    linker = Linker(kb)
    found = linker.link("Kassym-Jomart Tokajew", "2022-01-05")
    assert found is not None and found.id == "person:kassym-jomart-tokayev"
    found = linker.link("Vladimr Putin", "2022-01-05")
    assert found is not None and found.id == "person:vladimir-putin"


def test_the_linker_drops_a_two_word_namesake(kb: Any) -> None:
    # "William Howard Taft IV" is in the KB; "William Howard Taft" written is no link to him
    name = "William Howard Taft"
    off_linker = Linker(kb, switches=rule_settings.switches([FUZZY_ONE_WORD]))
    before = off_linker.link(name, "2016-05-18")
    assert before is not None and before.name == "William Howard Taft IV"
    after = Linker(kb).link(name, "2016-05-18")
    assert after is None or after.name != "William Howard Taft IV"


MONTH = "actors.names.month_before_name"
MONTH_TEXT = (
    "Senator Dalvik Orrin has courted the families of victims. "
    "In August Orrin met with Maria Ospel and the families."
)


def _names(layer: Any) -> set[str]:
    return {a.name for a in layer.actors.values()}


def test_a_month_before_a_name_is_a_date(analyzer: Any) -> None:
    from .rule_twins import rule_layer, who

    on_layer = rule_layer(analyzer, MONTH_TEXT, MONTH, True)
    off_layer = rule_layer(analyzer, MONTH_TEXT, MONTH, False)
    assert "August Orrin" not in _names(on_layer)
    assert who(on_layer, "Orrin") == who(on_layer, "Dalvik Orrin")
    assert "August Orrin" in _names(off_layer)  # the session 40 reading


def test_a_month_name_alone_stays_a_given_name(analyzer: Any) -> None:
    from .rule_twins import rule_layer

    text = "Reporters were questioned by April Dunmore on Monday."
    layer = rule_layer(analyzer, text, MONTH, True)
    assert "April Dunmore" in {m.text for m in layer.mentions}
