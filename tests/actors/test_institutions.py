"""Universities from the swot list; former and Soviet names of states; compass regions."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from stancemap.actors import institutions as inst
from stancemap.errors import KnowledgeBaseError


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_build_takes_the_country_of_the_domain_and_drops_shared_and_vanity_names(
    tmp_path: Path,
) -> None:
    domains = tmp_path / "domains"
    _write(domains, "edu/amherst.txt", "Amherst College\n")
    _write(domains, "uk/ac/ox.txt", "University of Oxford\nOxford\n")
    _write(domains, "ke/ac/uonbi.txt", "University of Nairobi\n")
    _write(domains, "com/acme.txt", "Acme University\n")  # a generic domain: no country
    _write(domains, "io/hack.txt", "Hack University\n")  # bought for its letters
    _write(domains, "co/edu/unal.txt", "Universidad Nacional de Colombia\n")
    _write(domains, "de/fom.txt", "FOM University\n")
    _write(domains, "at/fom.txt", "FOM University\n")  # two countries: names none
    _write(domains, "fr/x.txt", "Polytechnique\n")  # one word: too little to go on
    out = tmp_path / "inst.tsv.gz"
    kept, shared = inst.write_table(inst.read_swot(domains, inst.iso_codes()), out)
    assert (kept, shared) == (4, 1)
    table = inst.parse_table(gzip.decompress(out.read_bytes()).decode("utf-8"))
    rows = {line.split("\t")[1]: line.split("\t")[2] for line in table._lines.values()}
    assert rows == {
        "Amherst College": "USA",
        "University of Oxford": "GBR",
        "University of Nairobi": "KEN",
        "Universidad Nacional de Colombia": "COL",
    }


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="swot"):
        list(inst.read_swot(tmp_path / "nowhere", {}))


def _table(*names: tuple[str, str]) -> inst.Institutions:
    from stancemap.actors.normalize import fold

    filler = [(f"Filler College {i}", "USA") for i in range(30)]
    text = "\n".join(f"{fold(n)}\t{n}\t{c}" for n, c in [*names, *filler])
    return inst.parse_table(text)


def test_only_a_name_with_a_word_many_institutions_share_is_one() -> None:
    table = _table(("Amherst College", "USA"), ("Agnes Scott", "USA"), ("College Smith", "USA"))
    found = table.get("the Amherst College")
    assert found is not None and found.country == "USA"
    assert table.get("Agnes Scott") is None  # also a person's name
    assert table.get("College Smith") is None  # two words: the shared word must come second
    assert table.get("Harvard College") is None  # not listed


def test_a_bad_row_is_named_when_read() -> None:
    table = inst.parse_table(
        "amherst college\tAmherst College\n"
        + "\n".join(f"filler college {i}\tFiller College {i}\tUSA" for i in range(30))
    )
    with pytest.raises(KnowledgeBaseError, match="ISO3"):
        table.get("Amherst College")


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("Soviet troops", "RUS"),
        ("the Soviet Union", "RUS"),
        ("USSR", "RUS"),
        ("Kampuchean guerrillas", "KHM"),
        ("Upper Volta", "BFA"),
        ("West German officials", "DEU"),  # not Cameroon's "West" region
    ],
)
def test_former_names_of_a_state_name_it(linker, mention: str, country: str) -> None:
    found = linker.link(mention, "1985-06-01")
    assert found is not None and found.country == country


def test_a_compass_word_is_no_region() -> None:
    from stancemap.actors.countries import subdivision_index

    regions = subdivision_index()
    assert "west" not in regions and "north" not in regions
    assert "bavaria" in regions or "bayern" in regions
