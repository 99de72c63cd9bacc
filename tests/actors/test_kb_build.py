"""The generated office-holder KB: importers, merging, timelines, and the shipped files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.actors.kb import GENERATED_FILES, load_kb, read_jsonl
from stancemap.actors.kbbuild import build, skeleton, stats
from stancemap.actors.leaders import office_of, read_countryinfo

REFERENCE = Path(__file__).parent / "fixtures" / "reference"


def test_office_codes_from_titles() -> None:
    assert office_of("Prime minister") == "HOG"
    assert office_of("President of the Government of Spain") == "HOG"
    assert office_of("President") == "HOS"
    assert office_of("President, Bundesbank") == "OTHER"
    assert office_of("Deputy Prime Minister") == "OTHER"
    assert office_of("Chancellor of the Exchequer") == "OTHER"
    assert office_of("Minister of Foreign Affairs") == "FM"
    assert office_of("Minister of National Defense") == "DEF"


def test_countryinfo_blocks_dates_and_territories() -> None:
    terms = read_countryinfo(REFERENCE / "leaders" / "CountryInfo.140728.txt")
    by_name = {(t.name, t.title): t for t in terms}
    firefly = by_name[("Rufus Firefly", "Chancellor")]
    assert (firefly.country, firefly.office, firefly.start, firefly.end) == (
        "DEU",
        "HOG",
        "1990-10-01",
        "1998-10-27",
    )
    meyer = by_name[("Paul Meyer", "Minister of Foreign Affairs")]
    assert meyer.end == "2009-11-30" and meyer.aliases == ("Paul Meier",)  # 31 Nov clamped
    assert by_name[("Aram Tigran", "President")].country == "ARM"  # the last dated code
    assert not any(t.name == "John Doe" for t in terms)  # a territory's governor


def test_skeleton_merges_spellings() -> None:
    assert skeleton("Greta Schönfeld") == skeleton("GRETA_SCHOENFELD_".replace("_", " "))
    assert skeleton("Frank-Walter Steinmeier") == skeleton("Frank Walter Steinmeier")
    assert skeleton("Anna Berg") != skeleton("Anna Borg")


def test_build_merges_sources_and_keeps_by_sa_apart(tmp_path: Path) -> None:
    counts = build(REFERENCE, tmp_path)
    assert set(counts) == set(GENERATED_FILES)
    free = [json.loads(x) for x in (tmp_path / "leaders.jsonl").read_text().splitlines()
            if x.startswith("{")]  # fmt: skip
    shared = (tmp_path / "leaders_wikipedia.jsonl").read_text()
    assert "CC BY-SA 4.0" in shared.splitlines()[2] or "CC BY-SA 4.0" in shared
    greta = [r for r in free if r["name"].startswith("Greta")]
    assert len(greta) == 1, "CountryInfo and Wikidata spellings are one person"
    chancellor = [r for r in greta[0]["roles"] if r["office"] == "HOG"]
    assert len(chancellor) == 1 and chancellor[0]["start"] == "1998-10-27"
    assert chancellor[0]["end"] == "2006-01-01"  # the successor's start ends the open term
    assert {"countryinfo", "wikidata"} <= set(chancellor[0]["source"].split("+"))
    assert "Klara" not in json.dumps(free), "nothing from the CC BY-SA lists in leaders.jsonl"
    assert "Klara Weiß" in shared and "Nobody Here" not in shared  # colonies are skipped
    ruiz = next(r for r in free if r["name"] == "Ana Ruiz")
    assert ruiz["roles"][0]["office"] == "HOG" and ruiz["roles"][0]["seen"] == "2022-12-31"


def test_built_files_load_and_answer_holders(tmp_path: Path) -> None:
    build(REFERENCE, tmp_path)
    kb = load_kb(sorted(tmp_path.glob("*.jsonl")), shipped=False)
    assert [a.name for a in kb.holders("HOG", "DEU", "2000-01-01")] == ["Greta Schoenfeld"]
    assert [a.name for a in kb.holders("HOG", "DEU", "2010-01-01")] == ["Lena Vogt"]
    # Lena Vogt's open term was last seen in 2022: it lapses a few years later
    assert kb.holders("HOG", "DEU", "2040-01-01") == []
    assert [a.name for a in kb.holders("HOS", "DEU", "2001-01-01")] == ["Klara Weiß"]


def test_shipped_generated_files_validate_field_by_field() -> None:
    """The loader reads the generated files without per-field checks; this test is the check."""
    from stancemap.actors.countries import known_country_codes
    from stancemap.actors.kb import shipped_files

    codes = known_country_codes()
    seen = 0
    for name, text in shipped_files():
        if name.rsplit("/", 1)[-1] in GENERATED_FILES:
            actors = read_jsonl(name, text, codes)  # strict: raises on any bad field
            assert all(r.source for a in actors for r in a.roles)
            seen += len(actors)
            assert len(text.encode()) < 8_000_000, f"{name} grew past a few MB"
    assert seen > 10_000


def test_shipped_kb_knows_office_holders_of_the_2000s(kb) -> None:  # type: ignore[no-untyped-def]
    table = stats(kb)
    assert table["roles by source"].get("countryinfo", 0) > 10_000
    holders = {a.name for a in kb.holders("HOG", "GBR", "2008-06-01")}
    assert holders == {"Gordon Brown"}


@pytest.mark.parametrize("office", ["HOS", "HOG"])
def test_shipped_kb_has_a_holder_for_most_countries_in_2005(kb, office: str) -> None:  # type: ignore[no-untyped-def]
    from stancemap.actors.countries import country_table

    table = country_table()
    known = sum(1 for iso in table if kb.holders(office, iso, "2005-06-01"))
    assert known > 0.5 * len(table)


def test_rulers_of_international_bodies_are_people_with_dated_terms(tmp_path: Path) -> None:
    """Phoenix.International dates its rulers' terms ("[IGOUNO 19990101-20031231]"): a
    person, merged with the one national namesake where there is one, else with no country."""
    build(REFERENCE, tmp_path)
    kb = load_kb(sorted(tmp_path.glob("*.jsonl")), shipped=False)
    body = kb.lookup("World Test Organisation")
    assert [(a.type, a.cameo) for a in body] == [("organization", "UNO")]  # undated: a body
    (otto,) = kb.lookup("Otto Blauberg")
    assert otto.type == "person" and otto.country is None and otto.id.endswith("-igo")
    assert kb.lookup("Otto B. Blauberg") == [otto]
    assert not kb.lookup("Secretary-General Otto Blauberg")  # a titled form is no name
    assert otto.sector_on("2001-06-01") == "IGO" and otto.country_on("2001-06-01") is None
    assert otto.roles[0].source == "phoenix" and otto.roles[0].end == "2003-12-31"
    (greta,) = kb.lookup("Greta Schoenfeld")  # the German chancellor's record gains the term
    igo = [r for r in greta.roles if r.sector == "IGO"]
    assert [(r.start, r.country) for r in igo] == [("2007-01-01", None)]
    assert greta.country == "DEU"


def test_stats_count_actors_by_file_and_type_and_roles_by_source_and_decade() -> None:
    from stancemap.actors.kb import KbActor, KnowledgeBase, Role

    kb = KnowledgeBase()
    kb.add(KbActor("country:XXA", "Aland", "country", source="data/kb/countries.tsv:3"))
    kb.add(
        KbActor(
            "person:a-b", "Ann Berg", "person", source="data/kb/people.jsonl:1",
            roles=[Role("PM", "GOV", "DEU", "HOG", "1999-05-01", "2003-01-01")],
        )
    )  # fmt: skip
    kb.add(  # the same person from an importer: one actor, its file the first one's
        KbActor(
            "person:a-b", "Ann Berg", "person", source="data/kb/leaders.jsonl:9",
            roles=[Role("Minister", "GOV", "DEU", "FM", "2004-02-01", None, "countryinfo+wikidata")],
        )
    )  # fmt: skip
    kb.add(
        KbActor(
            "leader:c-d-igo", "Cai Dor", "person", source="data/kb/leaders.jsonl:4",
            roles=[Role("International official", "IGO", None, "OTHER", "2010-01-01", None, "phoenix"),
                   Role("Official", "GOV", "FRA", None, None, "1990-01-01", "countryinfo")],
        )
    )  # fmt: skip
    table = stats(kb)
    assert table["actors by file"] == {"data/kb/people.jsonl": 1, "data/kb/leaders.jsonl": 1,
                                       "data/kb/countries.tsv": 1}  # fmt: skip
    assert table["actors by type"] == {"person": 2, "country": 1}
    # a role two sources agree on counts once for each
    assert table["roles by source"] == {"countryinfo": 2, "hand-written": 1, "wikidata": 1,
                                        "phoenix": 1}  # fmt: skip
    assert table["roles by decade of start"] == {"1990s": 1, "2000s": 1, "2010s": 1}
