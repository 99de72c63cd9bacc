"""The name-spelling model: a low-confidence country for a full name in no source, trained
on imported office holders only, marked, and switchable. Names here are made up."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

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


def _leader(name: str, country: str) -> str:
    slug = name.lower().replace(" ", "-")
    role = {"title": "Minister", "office": "OTHER", "country": country, "source": "test"}
    return json.dumps(
        {
            "id": f"leader:{slug}",
            "name": name,
            "type": "person",
            "country": country,
            "roles": [role],
        }
    )


def test_kb_name_model_rebuilds_the_same_bytes_from_the_same_kb(tmp_path: Path) -> None:
    """`stancemap kb name-model --kb FILE` trains on a KB file; run twice, the same bytes,
    and the model it writes reads that KB's names."""
    from typer.testing import CliRunner

    from stancemap.cli.main import app

    people = [("Olena Kovalenko", "UKR"), ("Petro Shevchenko", "UKR"), ("Ivan Bondarenko", "UKR")]
    people += [("Jon Eriksson", "ISL"), ("Gudrun Magnusson", "ISL"), ("Olaf Karlsson", "ISL")]
    kb = tmp_path / "leaders.jsonl"
    kb.write_text("\n".join(_leader(n, c) for n, c in people) + "\n", "utf-8")
    runner = CliRunner()
    written = []
    for k in (1, 2):
        out = tmp_path / f"m{k}.json.gz"
        res = runner.invoke(app, ["kb", "name-model", "--kb", str(kb), "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert "6 names, 2 countries" in res.stdout
        written.append(out.read_bytes())
    assert written[0] == written[1]
    model = json.loads(gzip.decompress(written[0]))
    assert model["countries"] == ["ISL", "UKR"] and model["names"] == [3, 3]
    assert model["grams"]["nko$"] == {"UKR": 3} and model["grams"]["son$"] == {"ISL": 3}
    guess = nm.NameModel(model).posterior("Taras Melnychenko")
    assert guess[0][0] == "UKR"


def test_the_shipped_name_model_is_the_one_the_shipped_kb_builds(tmp_path: Path) -> None:
    """Session 23 (A): the shipped model had fallen 17 names behind the KB; `stancemap kb
    name-model` on the shipped KB writes the shipped file's bytes."""
    from typer.testing import CliRunner

    from stancemap.cli.main import app
    from stancemap.datafiles import data_path

    shipped = data_path(nm.MODEL.removeprefix("data/"))
    out = tmp_path / "name_model.json.gz"
    res = CliRunner().invoke(app, ["kb", "name-model", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes() == shipped.read_bytes(), (
        "the shipped name model is stale: run `stancemap kb name-model`"
    )
