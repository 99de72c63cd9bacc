"""Importers: Phoenix dictionaries and Wikidata JSON, on fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.actors.importers import read_phoenix, read_wikidata, write_kb
from stancemap.actors.kb import load_kb
from stancemap.errors import KnowledgeBaseError

FIXTURES = Path(__file__).parent / "fixtures"


def test_phoenix_entries_synonyms_and_dated_codes() -> None:
    actors = {a.id: a for a in read_phoenix(FIXTURES / "phoenix_small.actors.txt")}
    firefly = actors["phoenix:rufus-t-firefly"]
    assert firefly.type == "person"
    assert "Firefly" in firefly.aliases and "President Firefly" in firefly.aliases
    assert [(r.sector, r.start, r.end) for r in firefly.roles] == [
        ("ELI", "1970-01-01", "1999-08-09"),
        ("GOV", "2008-05-08", None),
    ]
    assert firefly.sector_on("2010-01-01") == "GOV"
    rifles = actors["phoenix:sylvanian-rifles"]
    assert (rifles.country, rifles.sector, rifles.type) == ("UKR", "MIL", "organization")
    league = actors["phoenix:league-of-grand-fenwick"]
    assert (league.cameo, league.sector) == ("UNO", "IGO")


def test_phoenix_bad_line_names_file_line_field() -> None:
    with pytest.raises(KnowledgeBaseError) as err:
        read_phoenix(FIXTURES / "phoenix_bad.actors.txt")
    assert err.value.line == 4 and err.value.field == "code"
    warnings: list[str] = []
    actors = read_phoenix(FIXTURES / "phoenix_bad.actors.txt", strict=False, warnings=warnings)
    assert [a.name for a in actors] == []  # its only entry lost its only code line
    assert len(warnings) == 1 and ":4:" in warnings[0]


def test_wikidata_person_with_position_and_country() -> None:
    (person,) = read_wikidata(FIXTURES / "wikidata_small.json")
    assert person.id == "wikidata:Q900001"
    assert (person.name, person.gender, person.country, person.wiki) == (
        "Marta Vesnina",
        "f",
        "EST",
        "Marta Vesnina",
    )
    (role,) = person.roles
    assert (role.title, role.country, role.start, role.end) == (
        "Minister of Culture of Estonia",
        "EST",
        "2020-03-01",
        "2023-07-01",
    )


def test_wikidata_bad_time_names_the_entity_and_field() -> None:
    with pytest.raises(KnowledgeBaseError) as err:
        read_wikidata(FIXTURES / "wikidata_bad.json")
    assert "Q900002" in err.value.path and err.value.field == "P39.P580"


def test_imported_file_loads_and_links(tmp_path: Path) -> None:
    out = tmp_path / "mine.jsonl"
    write_kb(
        read_phoenix(FIXTURES / "phoenix_small.actors.txt")
        + read_wikidata(FIXTURES / "wikidata_small.json"),
        out,
    )
    kb = load_kb([out])
    assert kb.lookup("Rufus T. Firefly")[0].id == "phoenix:rufus-t-firefly"
    assert kb.lookup("M. Vesnina")[0].id == "wikidata:Q900001"
    # FRD is no ISO code: the entry is kept, with no country rather than a wrong one
    freedonia = kb.lookup("Freedonian")[0]
    assert freedonia.name == "Freedonia" and freedonia.country is None


def test_failed_import_leaves_the_target_untouched(tmp_path: Path) -> None:
    out = tmp_path / "mine.jsonl"
    write_kb(read_wikidata(FIXTURES / "wikidata_small.json"), out)
    before = out.read_text("utf-8")
    with pytest.raises(KnowledgeBaseError):
        write_kb(read_phoenix(FIXTURES / "phoenix_bad.actors.txt"), out)
    assert out.read_text("utf-8") == before
