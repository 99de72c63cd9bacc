"""Leaders of breakaway republics in the Wikidata list: the recognised state's code with
sector PRE and no office of that state, so they never stand for its government."""

from __future__ import annotations

from pathlib import Path

from stancemap.actors.leaders import quasi_state, read_wikidata_leaders

HEADER = (
    "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
)


def test_a_breakaway_republics_leader_is_pre_not_the_states_head(tmp_path: Path) -> None:
    csv = tmp_path / "leaders.csv"
    csv.write_text(
        HEADER
        + "Q1,Republic of Abkhazia,Q2,President of Abkhazia,Q3,Aslan Bzhania,2020,\n"
        + "Q4,Georgia,Q5,President of Georgia,Q6,Salome Zourabichvili,2018,\n"
        + "Q7,Nowhereland,Q8,President of Nowhereland,Q9,Jan Nobody,2020,\n"
    )
    terms = {t.name: t for t in read_wikidata_leaders(csv)}
    assert set(terms) == {"Aslan Bzhania", "Salome Zourabichvili"}
    abkhaz, georgian = terms["Aslan Bzhania"], terms["Salome Zourabichvili"]
    assert (abkhaz.country, abkhaz.sector, abkhaz.office) == ("GEO", "PRE", "OTHER")
    assert (georgian.country, georgian.sector, georgian.office) == ("GEO", "GOV", "HOS")


def test_quasi_state_names_as_the_lists_write_them() -> None:
    assert quasi_state("Turkish Republic of Northern Cyprus") == ("CYP", "PRE")
    assert quasi_state("Republic of Abkhazia") == ("GEO", "PRE")
    assert quasi_state("France") is None


def test_the_shipped_kb_keeps_them_apart_from_the_state(linker) -> None:
    tatar = linker.link("Ersin Tatar", "2022-06-01")
    assert tatar is not None and tatar.country == "CYP" and tatar.sector == "PRE"
    head = linker.link("the Cypriot president", "2022-06-01")
    assert head is None or head.id != tatar.id
