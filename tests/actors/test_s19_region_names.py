"""Session 19 (engineer S, issues 12 and 14): first-level regions by the names English news
writes (GeoNames admin1: "Bavaria", "Tigray"), beside pycountry's own-language ISO 3166-2
names ("Bayern"), rule ``actors.places.region_names`` (shipped off). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stancemap.actors.places import region_names
from stancemap.actors.regions_import import read_regions

REGION = "actors.places.region_names"
OFFICIALS = "Tigray officials accused the federal army of blocking food aid on Monday."


def _country_of(layer: Any, words: str) -> str | None:
    mention = next((m for m in layer.mentions if words in m.text), None)
    actor = layer.actor(mention.actor_id) if mention is not None else None
    return actor.country if actor is not None else None


def test_a_region_named_in_english_gives_its_country(layer_with: Any) -> None:
    layer = layer_with(OFFICIALS, [REGION])  # shipped off: PLOVER tune target -1 record
    assert _country_of(layer, "officials") == "ETH"


def test_without_the_rule_the_region_names_no_country(layer_off: Any) -> None:
    layer = layer_off(OFFICIALS, [REGION])
    assert _country_of(layer, "officials") != "ETH"


def test_the_shipped_table_holds_english_names_not_compass_words() -> None:
    table = region_names()
    assert table["bavaria"] == ["DEU"] and table["kherson"] == ["UKR"]
    assert "central" not in table and "northeast" not in table


def test_the_importer_keeps_one_row_per_region_and_country(tmp_path: Path) -> None:
    csv = tmp_path / "cities.csv"
    csv.write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "1,1,Alpha,Bavaria,,DE\n"
        "2,2,Beta,Bavaria,,DE\n"
        "3,3,Gamma,Central,,GH\n"
        "4,4,Delta,Punjab,,IN\n"
        "5,5,Eps,Punjab,,PK\n"
        "6,6,Zeta,,,FR\n",
        encoding="utf-8",
    )
    assert read_regions(csv) == [
        ("bavaria", "Bavaria", "DEU"),
        ("punjab", "Punjab", "IND"),
        ("punjab", "Punjab", "PAK"),
    ]
