"""The Wikipedia nationality list: a full name nobody else knows takes the country of its
article's nationality, marked as such, never a surname or a place, and the text wins.
The small tables here are made up for the tests; the shipped one is checked only on
well-known people who are in no KB file."""

from __future__ import annotations

import gzip
import pickle
from collections import OrderedDict
from pathlib import Path

import pytest

import rule_settings
from stancemap.actors import nationality as nat
from stancemap.errors import KnowledgeBaseError

from .kb_stubs import StubPerson as _Person
from .kb_stubs import StubRole as _Role


@pytest.fixture(autouse=True)
def _no_common_name_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tiny made-up sources here would make every name "common"; one test sets it."""
    monkeypatch.setitem(nat._SETTINGS, "max_expected_namesakes", 1e9)


def _table(lines: list[str]) -> nat.NationalityTable:
    return nat.NationalityTable((nat.HEADER + "".join(f"{x}\n" for x in lines)).encode())


def test_build_maps_words_to_one_state_and_leaves_out_what_names_none() -> None:
    source = {
        "Ana Lima": ["Brazilian"],
        "Tom Baker": ["English"],  # not a demonym of a state: nationality_words.tsv
        "Kim Min-jun": ["Korean"],  # two Koreas: left out
        "Pat Doe": ["American", "Canadian"],  # namesakes of two states: left out
        "Plato": ["Greek"],  # one word: never a full name
        "Jose Silva": ["Brazilian"],
        "José Silva": ["Portuguese"],  # the same folded key, another state: dropped
    }
    lines, report = nat.build_table(source, [])
    table = _table(lines)
    assert table.get("Ana Lima") is not None and table.get("Ana Lima").country == "BRA"  # type: ignore[union-attr]
    assert table.get("tom baker").country == "GBR"  # type: ignore[union-attr]
    for absent in ("Kim Min-jun", "Pat Doe", "Plato", "Jose Silva", "José Silva"):
        assert table.get(absent) is None, absent
    assert report["clashing_keys"] == 1
    keys = [line.split("\t")[0].encode() for line in lines]
    assert keys == sorted(keys)  # the look-up is a binary search


def test_a_word_the_kb_contradicts_is_left_out_and_agreement_sets_confidence() -> None:
    # "Georgian" for people the KB has as Turkish office holders (descent categories)
    source = {f"Ali Vel{chr(97 + i)}": ["Georgian"] for i in range(8)}
    source |= {f"Hans Meie{chr(97 + i)}": ["German"] for i in range(8)}
    people = [_Person(f"Ali Vel{chr(97 + i)}", "TUR") for i in range(8)]
    people += [_Person(f"Hans Meie{chr(97 + i)}", None, roles=[_Role("DEU")]) for i in range(6)]
    lines, report = nat.build_table(source, people)
    table = _table(lines)
    assert "georgian" in report["dropped_words"]
    assert table.get("Ali Velb") is None
    german = table.get("Hans Meieh")
    assert german is not None and german.country == "DEU"
    # 6 of 6 agree: above the prior, below 1, times the scale
    assert 0.5 * 0.6 < german.confidence < 0.6


def test_a_name_of_very_common_words_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(nat._SETTINGS, "max_expected_namesakes", 0.1)
    source = {f"Sarah {c}ox": ["American"] for c in "ABCDEFGHIJ"}  # ten Sarahs
    source |= {f"John Mitch{c}": ["American"] for c in "ABCDEFGHIJ"}
    source |= {f"Wil{c} Fuller": ["American"] for c in "ABCDEFGHIJ"}
    source |= {"Sarah Fuller": ["Australian"], "Agathe Zwick": ["German"]}
    for i in range(200):  # other people, so that the first names are rare among them
        source[f"Pat{i:03d}x Doe{i:03d}y".replace("0", "o").replace("1", "l")] = ["Irish"]
    lines, report = nat.build_table(source, [])
    table = _table(lines)
    assert table.get("Sarah Fuller") is None  # 11 Sarahs x 11 Fullers among 232 names
    assert table.get("Agathe Zwick") is not None
    assert report["common_names"] >= 1


def test_lookup_folds_case_and_accents_and_needs_a_full_name() -> None:
    lines, _ = nat.build_table({"Zoë Ångström": ["Norwegian"]}, [])
    table = _table(lines)
    found = nat.nationality_of("ZOE ANGSTROM", table)
    assert found is not None and (found.country, found.title) == ("NOR", "Zoë Ångström")
    assert nat.nationality_of("Angstrom", table) is None  # a surname alone
    assert nat.nationality_of("the Angstrom company", table) is None


def test_the_reader_refuses_a_pickle_that_would_run_code(tmp_path: Path) -> None:
    path = tmp_path / "name2nats.pkl"
    path.write_bytes(pickle.dumps(OrderedDict(a=["French"])))
    with pytest.raises(KnowledgeBaseError):
        nat.read_name2nat(path)
    path.write_bytes(pickle.dumps({"Ana Lima": ["Brazilian"]}))
    assert nat.read_name2nat(path) == {"Ana Lima": ["Brazilian"]}


def test_shipped_table_is_sorted_and_carries_its_source() -> None:
    from importlib import resources

    data = gzip.decompress(resources.files("stancemap").joinpath(nat.TABLE).read_bytes())
    head = data[:2000].decode()
    assert "CC BY-SA 4.0" in head and "name2nat" in head
    table = nat.shipped_table()
    assert table is not None and len(table) > 500_000
    rows = [table._key(i) for i in range(0, len(table), 997)]
    assert rows == sorted(rows)


def test_linker_gives_an_unknown_full_name_the_listed_country_marked(kb) -> None:  # type: ignore[no-untyped-def]
    from stancemap.actors.linker import Linker

    assert not kb.lookup("Andre Agassi")
    found = Linker(kb).link("Andre Agassi", "2021-05-01")
    assert found is not None and found.type == "person"
    # the sector is a prior (actors.link.notable_person_sector), not the list's word
    assert (found.country, found.sector, found.country_source) == (
        "USA",
        "GOV",
        nat.SOURCE,
    )
    no_prior = Linker(kb, switches=rule_settings.switches(("actors.link.notable_person_sector",)))
    assert no_prior.link("Andre Agassi", "2021-05-01").sector is None  # type: ignore[union-attr]
    assert found.wiki == "Andre Agassi" and found.confidence < 0.6
    off = Linker(kb, switches=rule_settings.switches(("actors.link.nationality_list",)))
    assert off.link("Andre Agassi", "2021-05-01") is None
    # a place or a phrase naming a country is never read as a listed person
    assert Linker(kb).link("Tripoli", None).type != "person"  # type: ignore[union-attr]


def test_in_a_document_the_text_beats_the_list(layer_of) -> None:  # type: ignore[no-untyped-def]
    text = "Andre Agassi said the plan was good. Alain Connes, a Belgian official, disagreed."
    layer, _ = layer_of(text, "2021-06-01")
    people = {a.name: a for a in layer.actors.values() if a.type == "person"}
    listed = people["Andre Agassi"]
    assert (listed.country, listed.country_source) == ("USA", nat.SOURCE)
    described = people["Alain Connes"]  # the list says French; the text Belgian
    assert (described.country, described.country_source) == ("BEL", None)
