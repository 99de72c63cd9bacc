"""Place names that contain another place's name, and same-named places the text places.

Sentences written for these tests: a country inside a longer place or water-body name is
no mention of it (``actors.names.longer_place``); a country word beside a city name picks
that country's city of the name (``actors.names.placed_by_text``).
"""

from __future__ import annotations

import pytest

import rule_settings


def _by_text(layer, document) -> dict[str, str]:
    return {document.text[m.start : m.end]: m.actor_id for m in layer.mentions}


def _countries(layer) -> set[str]:
    return {a.country for a in layer.actors.values() if a.country}


def _off(analyzer, text: str, rule: str, date: str = "2012-05-01"):
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date=date)
    return DocumentResolver(
        analyzer.actors.linker, doc, document, rule_settings.switches([rule])
    ).run()


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("The governor of New Jersey met farmers on Tuesday.", "New Jersey", "USA"),
        ("Officials in New Mexico said the fire had spread.", "New Mexico", "USA"),
        ("The mayor of Jersey City resigned on Friday.", "Jersey City", "USA"),
    ],
)
def test_a_longer_place_of_another_country_is_that_place(
    layer_of, text: str, place: str, country: str
) -> None:
    layer, document = layer_of(text, date="2012-05-01")
    found = _by_text(layer, document)
    assert place in found
    assert layer.actors[found[place]].type == "location"
    assert layer.actors[found[place]].country == country
    assert "country:JEY" not in layer.actors and "country:MEX" not in layer.actors


@pytest.mark.parametrize(
    ("text", "body", "not_country"),
    [
        ("Chinese warships patrolled the South China Sea on Monday.", "South China Sea", "CHN"),
        ("A storm hit the Gulf of Mexico on Friday.", "Gulf of Mexico", "MEX"),
        ("Fishing boats sailed into the Sea of Japan.", "Sea of Japan", "JPN"),
        ("Herders moved south of Lake Chad after the rains.", "Lake Chad", "TCD"),
    ],
)
def test_a_water_body_names_no_country(layer_of, text: str, body: str, not_country: str) -> None:
    layer, document = layer_of(text, date="2012-05-01")
    found = _by_text(layer, document)
    assert body in found
    assert layer.actors[found[body]].type == "location"
    assert layer.actors[found[body]].country is None
    assert f"country:{not_country}" not in layer.actors


def test_the_country_named_outside_the_water_body_stays(layer_of) -> None:
    layer, document = layer_of("Japan sent ships into the Sea of Japan.", date="2012-05-01")
    assert [m.start for m in layer.mentions if m.actor_id == "country:JPN"] == [0]


def test_a_city_of_the_same_country_is_left_as_it_was(layer_of) -> None:
    layer, document = layer_of("Police in Mexico City arrested two men.", date="2012-05-01")
    assert "MEX" in _countries(layer)


def test_a_person_is_never_read_into_a_water_body(layer_of) -> None:
    layer, document = layer_of(
        "Salt Lake City Mayor Ralph Becker spoke on Friday.", date="2012-05-01"
    )
    assert any(document.text[m.start : m.end] == "Ralph Becker" for m in layer.mentions)


def test_longer_place_switched_off_reads_the_country(analyzer) -> None:
    text = "The governor of New Jersey met farmers on Tuesday."
    layer = _off(analyzer, text, "actors.names.longer_place")
    assert "country:JEY" in layer.actors


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the north Lebanese port of Tripoli on Sunday.",
        "Clashes broke out in Tripoli, Lebanon, on Sunday.",
        "Lebanon's Tripoli saw heavy fighting overnight.",
    ],
)
def test_the_text_places_a_same_named_city(layer_of, text: str) -> None:
    layer, document = layer_of(text, date="2012-05-01")
    found = _by_text(layer, document)
    assert layer.actors[found["Tripoli"]].country == "LBN"
    assert "LBY" not in _countries(layer)


def test_with_nothing_beside_it_the_bigger_city_stands(layer_of) -> None:
    layer, document = layer_of("Rebels shelled Tripoli on Sunday.", date="2012-05-01")
    assert layer.actors[_by_text(layer, document)["Tripoli"]].country == "LBY"


def test_placed_by_text_switched_off_reads_the_capital(analyzer) -> None:
    text = "Gunmen attacked the north Lebanese port of Tripoli on Sunday."
    layer = _off(analyzer, text, "actors.names.placed_by_text")
    assert "LBY" in _countries(layer)


def test_the_gazetteer_knows_every_country_of_a_city_name() -> None:
    from stancemap.actors.gazetteer import from_rows

    gazetteer = from_rows(
        [
            ("tripoli", "Tripoli", "LBY", 1_000_000, "city", False),
            ("tripoli", "Tripoli", "LBN", 200_000, "city", False),
        ]
    )
    assert gazetteer.countries_with("Tripoli") == {"LBY", "LBN"}
    assert gazetteer.get("Tripoli").country == "LBY"  # the bigger one, as before


def test_a_demonym_describing_a_named_place_is_no_people(layer_of) -> None:
    layer, document = layer_of("The Syrian city of Homs was shelled again.", date="2012-05-01")
    found = _by_text(layer, document)
    assert "Syrian" not in found
    assert layer.actors[found["Homs"]].type == "location"
    assert layer.actors[found["Homs"]].country == "SYR"


def test_place_adjective_switched_off_makes_the_people(analyzer) -> None:
    text = "The Syrian city of Homs was shelled again."
    layer = _off(analyzer, text, "actors.names.place_adjective")
    assert any(m.text == "Syrian" for m in layer.mentions)


def test_an_office_of_a_us_state_is_of_the_usa(layer_of) -> None:
    layer, document = layer_of("The governor of Texas vetoed the bill.", date="2012-05-01")
    found = _by_text(layer, document)
    assert layer.actors[found["governor"]].country == "USA"
    assert layer.actors[found["governor"]].sector == "GOV"


def test_region_office_switched_off_names_nobody(analyzer) -> None:
    layer = _off(analyzer, "The governor of Texas vetoed the bill.", "actors.agent.region_office")
    assert not [m for m in layer.mentions if m.text == "governor"]


def test_a_place_nothing_else_knows_takes_the_demonyms_country(layer_of) -> None:
    text = "Troops entered the Turkish border town of Akcakale on Monday."
    layer, document = layer_of(text, date="2012-05-01")
    found = _by_text(layer, document)
    assert "Turkish" not in found
    assert layer.actors[found["Akcakale"]].country == "TUR"


def test_a_demonym_on_no_place_noun_stays_the_people(layer_of) -> None:
    layer, document = layer_of("The Israeli occupation of Gaza continued.", date="2012-05-01")
    assert "Israeli" in _by_text(layer, document)


def test_a_state_after_its_city_is_the_state_not_the_country(layer_of) -> None:
    text = "Supporters held a rally in Savannah, Georgia, on Friday."
    layer, document = layer_of(text, date="2016-03-01")
    georgia = layer.actors[_by_text(layer, document)["Georgia"]]
    assert georgia.type == "location" and georgia.country == "USA"
    assert "country:GEO" not in layer.actors


def test_the_country_after_its_own_capital_stays_the_country(layer_of) -> None:
    layer, document = layer_of("Protesters gathered in Tbilisi, Georgia.", date="2016-03-01")
    assert "GEO" in _countries(layer) and "USA" not in _countries(layer)


def test_a_us_state_after_a_city_places_it(layer_of) -> None:
    layer, document = layer_of("Floods hit Paris, Texas, on Monday.", date="2012-05-01")
    paris = layer.actors[_by_text(layer, document)["Paris"]]
    assert paris.type == "location" and paris.country == "USA"
    assert "FRA" not in _countries(layer)
