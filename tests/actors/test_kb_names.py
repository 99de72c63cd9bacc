"""What the KB importers make of names: short forms, acronyms, one-level lists, a body's
country from its own name, and Spanish double surnames merged into one person."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from stancemap.actors.countries import country_named_in
from stancemap.actors.importers import _title_case
from stancemap.actors.kbbuild import merge_people
from stancemap.actors.leaders import LeaderTerm, read_wikipedia_lists
from stancemap.actors.shortnames import add_short_forms, given_and_first_surname, surname
from stancemap.cli.main import app


def _term(name: str, country: str, office: str | None, start: str, source: str) -> LeaderTerm:
    return LeaderTerm(
        name=name,
        country=country,
        title="President" if office == "HOS" else "Minister of Energy",
        office=office,
        sector="GOV",
        source=source,
        start=start,
        end=None,
    )


def test_a_polity_with_one_list_writes_its_holders_one_level_up(tmp_path: Path) -> None:
    page = tmp_path / "List_of_state_leaders_x.md"
    page.write_text(
        "-   Chile (complete list) –\n\n"
        ":*Pedro Soto Vera, President (2010–2014)\n\n"
        ":*Marta Lillo, President (2014–present)\n\n"
        "-   French Chad, part of French Equatorial Africa (complete list) –\n\n"
        ":*Jean Nobody, Governor (1950–1955)\n",
        encoding="utf-8",
    )
    terms = read_wikipedia_lists([page])
    assert [(t.name, t.country, t.office, t.start) for t in terms] == [
        ("Pedro Soto Vera", "CHL", "HOS", "2010-01-01"),
        ("Marta Lillo", "CHL", "HOS", "2014-01-01"),
    ]


def test_phoenix_acronyms_keep_their_capitals() -> None:
    assert _title_case("CIA_") == "CIA"
    assert _title_case("FDLR") == "FDLR"
    assert _title_case("HAMAS_") == "Hamas"  # a word, not an acronym
    assert _title_case("CENTRAL_INTELLIGENCE_AGENCY_") == "Central Intelligence Agency"


def test_a_body_s_country_from_its_own_name() -> None:
    assert country_named_in("Democratic Front For The Liberation Of Rwanda") == "RWA"
    assert country_named_in("Syrian Democratic Forces") == "SYR"
    assert country_named_in("Union of South American Nations") is None  # a region
    assert country_named_in("Friends of Syria and Iraq") is None  # two countries
    assert country_named_in("Human Rights Watch") is None


def test_spanish_double_surnames_merge_and_shorten() -> None:
    assert given_and_first_surname("Pedro Soto Vera", "CHL") == "Pedro Soto"
    assert given_and_first_surname("Pedro Soto Vera", "DEU") is None
    assert given_and_first_surname("Juan de la Cruz", "MEX") is None
    given = frozenset({"juan", "carlos"})
    assert given_and_first_surname("Juan Carlos Mena", "CHL", given) is None
    terms = [
        _term("Pedro Soto Vera", "CHL", "OTHER", "2005-01-01", "countryinfo"),
        _term("Pedro Soto", "CHL", "HOS", "2010-01-01", "wikipedia"),
        _term("Juan Carlos Mena", "CHL", "OTHER", "2005-01-01", "countryinfo"),
        _term("Juan Carlos Pardo", "CHL", "OTHER", "2006-01-01", "countryinfo"),
        _term("Carlos Ibanez", "CHL", "OTHER", "2006-01-01", "countryinfo"),
    ]
    people = merge_people(terms, {})
    names = sorted(sorted(p.names) for p in people)
    assert ["Pedro Soto", "Pedro Soto Vera"] in names  # one person
    assert ["Juan Carlos Mena"] in names and ["Juan Carlos Pardo"] in names  # two people


def _record(pid: str, name: str, country: str, office: str, start: str) -> dict[str, object]:
    return {
        "id": pid,
        "name": name,
        "type": "person",
        "country": country,
        "roles": [{"title": "x", "office": office, "country": country, "start": start}],
    }


def test_recent_leaders_get_their_surname_only_where_it_is_theirs_alone() -> None:
    assert surname("Greta Schoenfeld", "DEU") == "Schoenfeld"
    assert surname("Wang Jianfeng", "CHN") is None  # the family name comes first
    assert surname("Mohammed bin Salim", "SAU") is None  # a lineage, not a surname
    assert surname("Pedro Soto Vera", "CHL") == "Soto"
    records = [
        _record("p:1", "Greta Schoenfeld", "DEU", "HOG", "2005-11-22"),
        _record("p:2", "Otto Braun", "DEU", "HOS", "1960-01-01"),  # too long ago
        _record("p:3", "Anna Kessler", "DEU", "HOS", "2001-01-01"),
        _record("p:4", "Kessler Mainz", "DEU", "OTHER", "2001-01-01"),  # shares the word
        _record("p:5", "Pedro Soto Vera", "CHL", "HOS", "2010-01-01"),
        _record("p:6", "Ines Berlin", "DEU", "FM", "2010-01-01"),  # a place, never an alias
    ]
    files = {"leaders.jsonl": records}
    add_short_forms(files, others=["Hugo Vogt"], places={"berlin"})
    aliases = {r["id"]: r.get("aliases", []) for r in records}
    assert aliases["p:1"] == ["Schoenfeld"]
    assert aliases["p:2"] == [] and aliases["p:3"] == [] and aliases["p:6"] == []
    assert aliases["p:5"] == ["Pedro Soto", "Soto"]
    vogt = _record("p:7", "Lena Vogt", "DEU", "HOG", "2006-01-01")
    add_short_forms({"x": [vogt]}, others=["Hugo Vogt"], places=set())
    assert "aliases" not in vogt  # a hand-written person is also a Vogt


def test_shipped_generated_files_name_leaders_by_surname() -> None:
    """From the generated files alone (the hand-written ones know these people too)."""
    from stancemap.actors.countries import known_country_codes
    from stancemap.actors.kb import read_jsonl, shipped_files

    codes = known_country_codes()
    found = {}
    for name, text in shipped_files():
        if name.endswith(("leaders.jsonl", "leaders_wikipedia.jsonl")):
            for actor in read_jsonl(name, text, codes, trusted=True):
                for alias in actor.aliases:
                    found.setdefault(alias, set()).add(actor.id)
    assert found.get("Merkel") == {"person:angela-merkel"}
    assert "person:donald-trump" in found.get("Trump", set())  # from the one-level US list


def test_kb_stats_prints_counts_by_source_type_and_decade() -> None:
    result = CliRunner().invoke(app, ["kb", "stats", "--json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)
    by_file = table["actors by file"]
    assert by_file["data/kb/leaders.jsonl"] > 10_000
    assert by_file["data/kb/people.jsonl"] > 100
    assert table["actors by type"]["person"] > table["actors by type"]["country"] > 150
    sources = table["roles by source"]
    assert {"countryinfo", "wikidata", "wikipedia", "hand-written"} <= set(sources)
    decades = table["roles by decade of start"]
    assert decades["1960s"] > 100 and decades["2000s"] > decades["1960s"]
    text = CliRunner().invoke(app, ["kb", "stats"]).stdout
    for title in ("actors by file:", "actors by type:", "roles by decade of start:"):
        assert title in text


def test_a_year_only_term_takes_the_day_another_source_gives() -> None:
    from stancemap.actors.kbbuild import _day_dates

    year = _term("Pedro Soto", "CHL", "HOS", "2009-01-01", "wikipedia")
    year.end, year.precise = "2018-01-01", False
    day = _term("Pedro Soto", "CHL", "HOS", "2009-01-20", "countryinfo")
    day.end = "2017-01-20"
    other_office = _term("Pedro Soto", "CHL", "HOG", "2009-03-01", "countryinfo")
    _day_dates([year], [other_office, day])
    assert (year.start, year.end) == ("2009-01-20", "2017-01-20")


def _held(name: str, country: str, office: str, start: str, end: str) -> LeaderTerm:
    term = _term(name, country, office, start, "countryinfo")
    term.end = end
    return term


def test_near_spellings_of_one_office_holder_merge_and_namesakes_do_not() -> None:
    from stancemap.actors.kbbuild import merge_people

    terms = [
        # one prime minister in two lists' spellings, terms that meet: one person
        _held("Rafic Haddadi", "LBN", "HOG", "1992-10-31", "1998-12-02"),
        _held("Rafiq Haddadi", "LBN", "HOG", "1998-12-02", "2004-10-21"),
        _held("Sam Tebbins", "GUY", "HOG", "1992-10-09", "1997-03-17"),
        _held("Samuel Tebbins", "GUY", "HOG", "1997-01-01", "1999-01-01"),
        # near spellings in the same office decades apart: the post does not join them
        _held("Omar Wendt", "GAB", "HOS", "1967-12-02", "2009-06-08"),
        _held("Omer Wendt", "GAB", "HOS", "2030-10-16", "2040-08-30"),
        # Ahmad is not Hamad; the family name first (KOR) is no surname to pair on
        _held("Ahmad Qasimi", "JOR", "FM", "2001-01-01", "2003-01-01"),
        _held("Hamad Qasimi", "JOR", "FM", "2002-06-01", "2004-01-01"),
        _held("Lee Jong Seok", "KOR", "DEF", "2001-01-01", "2003-01-01"),
        _held("Lee Tae Sik", "KOR", "DEF", "2002-01-01", "2004-01-01"),
    ]
    people = merge_people(terms, {})
    groups = sorted(sorted(p.names) for p in people)
    assert ["Rafic Haddadi", "Rafiq Haddadi"] in groups
    assert ["Sam Tebbins", "Samuel Tebbins"] in groups
    for alone in ("Omar Wendt", "Omer Wendt", "Ahmad Qasimi", "Hamad Qasimi", "Lee Tae Sik"):
        assert [alone] in groups


def test_first_and_last_name_merge_only_where_the_middle_names_agree() -> None:
    from stancemap.actors.kbbuild import merge_people

    terms = [
        _held("Peter H. K. Lund", "NOR", "HOS", "1989-01-20", "1993-01-20"),
        _held("Peter Hans Karl Lund", "NOR", "FM", "1971-03-01", "1973-01-18"),
        _held("Peter K. Lund", "NOR", "HOS", "2001-01-20", "2009-01-20"),  # the son
        _held("Ahmad Zia ul Nabi", "PAK", "HOG", "1977-07-05", "1985-03-24"),
        _held("Ahmad Ijaz ul Nabi", "PAK", "OTHER", "2004-11-01", "2007-01-31"),
        _held("Ahmad Nabi", "PAK", "HOG", "1980-01-01", "1981-01-01"),  # either: no chain
    ]
    groups = sorted(sorted(p.names) for p in merge_people(terms, {}))
    assert ["Peter H. K. Lund", "Peter Hans Karl Lund"] in groups
    assert ["Peter K. Lund"] in groups
    assert not any("Ahmad Ijaz ul Nabi" in g and "Ahmad Zia ul Nabi" in g for g in groups)


def test_a_father_and_son_of_one_name_stay_two_people() -> None:
    """Years of birth (CountryInfo's [B:] marks) tell namesakes apart, and a hand-written
    alias they share ("Peter Lund") does not pull the father into the son's record."""
    from stancemap.actors.kbbuild import merge_people, skeleton

    father = _held("Peter Lund", "NOR", "HOS", "1989-01-20", "1993-01-20")
    father.born = "1924-06-12"
    father_again = _held("Peter H. K. Lund", "NOR", "HOS", "1989-01-20", "1993-01-20")
    son = _held("Peter K. Lund", "NOR", "HOS", "2001-01-20", "2009-01-20")
    son.born = "1946-07-06"
    curated = {("NOR", skeleton(n)): ("person:peter-k-lund", "Peter K. Lund")
               for n in ("Peter K. Lund", "Peter Lund")}  # fmt: skip
    names = {"person:peter-k-lund": ["Peter K. Lund", "Peter Lund"]}
    people = merge_people([son, father, father_again], curated, names)
    by_id = {p.curated_id: sorted(p.names) for p in people}
    assert by_id["person:peter-k-lund"] == ["Peter K. Lund"]
    assert by_id[None] == ["Peter H. K. Lund", "Peter Lund"]
