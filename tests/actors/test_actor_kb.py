"""The knowledge base: format, validation, dated roles, seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.actors.countries import parse_table
from stancemap.actors.kb import load_kb, read_jsonl
from stancemap.actors.lexicon import parse_agents
from stancemap.errors import KnowledgeBaseError

CODES = frozenset({"KAZ", "RUS", "USA"})


def _line(**fields) -> str:
    base = {"id": "person:jane-roe", "name": "Jane Roe", "type": "person"}
    base.update(fields)
    return json.dumps(base)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (_line(country="XYZ"), "country"),
        (_line(sector="BOSS"), "sector"),
        (_line(type="alien"), "type"),
        (_line(id="no colon"), "id"),
        (_line(nickname="JR"), "nickname"),
        (_line(aliases="Roe"), "aliases"),
        (_line(roles=[{"title": "Mayor", "start": "2020-13-01"}]), "roles[0].start"),
        (
            _line(roles=[{"title": "Mayor", "start": "2020-01-01", "end": "2019-01-01"}]),
            "roles[0].end",
        ),
        (_line(roles=[{"title": "Mayor", "office": "BOSS"}]), "roles[0].office"),
    ],
)
def test_bad_record_names_file_line_and_field(line: str, field: str) -> None:
    text = "# a comment\n" + _line(id="person:ok") + "\n" + line + "\n"
    with pytest.raises(KnowledgeBaseError) as err:
        read_jsonl("my.jsonl", text, CODES)
    assert err.value.path == "my.jsonl"
    assert err.value.line == 3
    assert err.value.field == field
    assert "my.jsonl:3" in str(err.value)


def test_invalid_json_and_duplicate_ids_are_refused() -> None:
    with pytest.raises(KnowledgeBaseError, match=r"x.jsonl:1.*not valid JSON"):
        read_jsonl("x.jsonl", "{oops\n", CODES)
    with pytest.raises(KnowledgeBaseError, match="already defined on line 1"):
        read_jsonl("x.jsonl", _line() + "\n" + _line() + "\n", CODES)


def test_a_bad_extra_file_fails_the_load(tmp_path: Path) -> None:
    bad = tmp_path / "extra.jsonl"
    bad.write_text(_line() + "\n" + '{"id": "person:x"}\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb([bad])
    assert err.value.line == 2 and err.value.field == "name"


def test_same_alias_for_two_actors_is_reported_not_overwritten(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps(
            {
                "id": "person:another-putin",
                "name": "Ivan Putinov",
                "type": "person",
                "aliases": ["Vladimir Putin"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    kb = load_kb([extra])
    assert any("Vladimir Putin" in c and "person:vladimir-putin" in c for c in kb.conflicts)
    ids = {a.id for a in kb.lookup("Vladimir Putin")}
    assert ids == {"person:vladimir-putin", "person:another-putin"}


def test_shipped_kb_loads_with_countries_quasi_states_and_igos(kb) -> None:
    # hand-written files share no alias; the generated office-holder lists may (namesakes)
    generated = ("leaders.jsonl", "leaders_wikipedia.jsonl", "phoenix_actors.jsonl", "leader:")
    assert [c for c in kb.conflicts if not any(g in c for g in generated)] == []
    assert kb.lookup("Kazakhstan")[0].id == "country:KAZ"
    assert kb.lookup("Republic of Korea")[0].id == "country:KOR"  # from pycountry
    assert kb.lookup("Kosovo")[0].country == "XKX"
    for name, parent in [
        ("Abkhazia", "GEO"),
        ("South Ossetia", "GEO"),
        ("Transnistria", "MDA"),
        ("Donetsk People's Republic", "UKR"),
        ("Luhansk People's Republic", "UKR"),
    ]:
        actor = kb.lookup(name)[0]
        assert (actor.type, actor.country, actor.sector) == ("country", parent, "PRE")
    for name in ["UN", "EU", "NATO", "CSTO", "ECOWAS", "AU", "ASEAN", "SCO", "OSCE", "WTO", "IMF"]:
        assert kb.lookup(name), name
    assert kb.lookup("the West")[0].type == "group"


def test_people_carry_dated_roles(kb) -> None:
    putin = kb.get("person:vladimir-putin")
    assert putin.role_on("2010-06-01").title == "Prime Minister of Russia"
    assert putin.role_on("2022-06-17").title == "President of Russia"
    merkel = kb.get("person:angela-merkel")
    assert merkel.sector_on("2015-01-01") == "GOV"
    assert merkel.sector_on("2023-01-01") == "ELI"  # every office over: a former leader
    assert merkel.role_on(None).title == "Chancellor of Germany"  # undated: last known role


def test_g20_and_neighbours_have_a_head_on_a_recent_date(kb) -> None:
    countries = [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "KOR",
        "TUR",
        "GBR",
        "USA",
        "NOR",
        "FIN",
        "EST",
        "LVA",
        "LTU",
        "POL",
        "BLR",
        "UKR",
        "GEO",
        "AZE",
        "KAZ",
        "MNG",
        "PRK",
        "KGZ",
        "TJK",
        "AFG",
        "PAK",
        "NPL",
        "BTN",
        "MMR",
        "LAO",
        "VNM",
    ]
    for iso3 in countries:
        heads = kb.holders("HOS", iso3, "2022-06-17") + kb.holders("HOG", iso3, "2022-06-17")
        assert heads, iso3


def test_country_table_errors_name_the_column() -> None:
    header = "iso3\tname\tdemonyms\tseats\tleader\taliases\n"
    with pytest.raises(KnowledgeBaseError) as err:
        parse_table(header + "KAZ\tKazakhstan\tKazakh\tAstana\tBOSS\t\n", "c.tsv")
    assert (err.value.line, err.value.field) == (2, "leader")
    with pytest.raises(KnowledgeBaseError) as err:
        parse_table(header + "QQQ\tNowhere\t\t\tHOS\t\n", "c.tsv")
    assert err.value.field == "iso3"


def test_agents_lexicon_errors_name_the_column() -> None:
    header = "phrase\tsector\toffice\tkind\n"
    with pytest.raises(KnowledgeBaseError) as err:
        parse_agents(header + "farmer\tFARM\t\tgroup\n", "a.tsv")
    assert (err.value.line, err.value.field) == (2, "sector")
    with pytest.raises(KnowledgeBaseError, match="listed twice"):
        parse_agents(header + "farmer\tAGR\t\tgroup\nfarmer\tAGR\t\tgroup\n", "a.tsv")
