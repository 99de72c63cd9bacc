"""The name-spelling model: a low-confidence country for a full name in no source, trained
on imported office holders only, marked, and switchable. Names here are made up."""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.actors import namemodel as nm

from .kb_stubs import StubPerson as _Person
from .kb_stubs import StubRole as _Role


def _model() -> nm.NameModel:
    finnish = ["Mikko Virtanen", "Jukka Nieminen", "Pekka Korhonen", "Matti Makinen"]
    finnish += ["Timo Heikkinen", "Antti Laitinen", "Juha Hamalainen", "Kari Koskinen"]
    ukrainian = ["Petro Shevchenko", "Ivan Kovalenko", "Taras Bondarenko", "Oleh Tkachenko"]
    ukrainian += ["Mykola Kravchenko", "Andriy Boyko", "Yuriy Melnychenko", "Pavlo Lysenko"]
    examples = [(n, "FIN") for n in finnish] + [(n, "UKR") for n in ukrainian]
    return nm.NameModel(nm.train(examples, min_count=2))


def test_the_spelling_points_to_the_country_of_names_like_it() -> None:
    model = _model()
    ranked = model.posterior("Sergiy Marchenko")
    assert ranked[0][0] == "UKR"
    assert abs(sum(p for _, p in ranked) - 1.0) < 1e-9
    assert model.posterior("Ville Lahtinen")[0][0] == "FIN"


def test_a_guess_needs_the_posterior_and_stays_low(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model()
    guess = model.guess("Oleksandr Savchenko")
    assert guess is not None and guess.country == "UKR"
    assert guess.confidence < 0.5  # always below a listed or described country
    monkeypatch.setitem(nm._SETTINGS, "min_posterior", 1.01)
    assert model.guess("Oleksandr Savchenko") is None


def test_training_takes_imported_people_of_one_country_only() -> None:
    people = [
        _Person("Ana Lima", "BRA"),
        _Person("Hand Written", "USA", curated=True),  # hand-written: seen with the dev cases
        _Person("Two Countries", "FRA", roles=[_Role("DEU")]),
        _Person("Plato", "GRC"),  # one word
    ]
    assert nm.training_names(people) == [("Ana Lima", "BRA")]


def test_shipped_model_loads_and_the_rule_is_switchable(kb) -> None:  # type: ignore[no-untyped-def]
    from stancemap.actors.linker import Linker

    model = nm.shipped_model()
    assert model is not None and len(model.countries) > 150
    name = "Oleksandr Kovalenchuk"  # in no KB file and no list
    assert not kb.lookup(name)
    found = Linker(kb).link(name, "2021-01-01")
    assert found is not None and found.country_source == nm.SOURCE
    assert found.country == "UKR" and found.sector is None and found.confidence < 0.5
    off = Linker(kb, switches=rule_settings.switches(("actors.link.name_model",)))
    assert off.link(name, "2021-01-01") is None
