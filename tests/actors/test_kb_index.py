"""The prebuilt KB index shipped in the package (``data/kb/index.bin``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.actors import kbindex
from stancemap.actors.kb import build_from_files


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """One index built from the shipped files (it takes seconds) for the tests below."""
    target = tmp_path_factory.mktemp("index") / "index.bin"
    return target, kbindex.write_index(target)


def test_shipped_index_is_current() -> None:
    """Fails after an edit to data/kb/ or to the code that shapes the KB: run
    `stancemap kb index` (the KB still loads meanwhile, from the files, slower)."""
    head = kbindex.read_header()
    assert head is not None, "data/kb/index.bin is missing: run `stancemap kb index`"
    assert head == kbindex.header(), "data/kb/index.bin is stale: run `stancemap kb index`"


def test_index_holds_what_the_files_say(written: tuple[Path, dict[str, object]]) -> None:
    target, head = written
    kb = kbindex.read_index(target)
    assert kb is not None and len(kb.actors) == head["actors"]
    fresh = build_from_files()
    assert kb.actors.keys() == fresh.actors.keys()
    assert kb.index == fresh.index and kb.surnames == fresh.surnames
    merkel = kb.actors["person:angela-merkel"]
    assert merkel.roles == fresh.actors["person:angela-merkel"].roles
    assert "linker" in kb.derived  # the linker's tables come with it


def test_a_stale_or_damaged_index_is_never_used(
    written: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    lines = written[0].read_bytes().split(b"\n", 1)
    head = json.loads(lines[0])
    stale = tmp_path / "stale.bin"
    stale.write_bytes(json.dumps({**head, "sources": "0" * 32}).encode() + b"\n" + lines[1])
    assert kbindex.read_index(stale) is None
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(lines[0] + b"\n" + b"not zlib at all")
    assert kbindex.read_index(damaged) is None
    assert kbindex.read_index(tmp_path / "missing.bin") is None


def test_index_builds_each_actor_once_when_asked(written: tuple[Path, dict[str, object]]) -> None:
    from stancemap.actors.kb import KbActor

    kb = kbindex.read_index(written[0])
    assert kb is not None
    fresh = build_from_files()
    assert list(kb.actors) == list(fresh.actors)  # same ids, same order
    merkel = kb.actors["person:angela-merkel"]
    assert merkel is kb.actors["person:angela-merkel"]  # built once: changes to it last
    assert merkel == fresh.actors["person:angela-merkel"]
    assert kb.actors.get("person:nobody-at-all") is None and "person:nobody-at-all" not in kb.actors
    extra = KbActor(id="person:someone-new", name="Someone New", type="person")
    kb.add(extra)
    assert kb.actors["person:someone-new"] is extra and len(kb.actors) == len(fresh.actors) + 1
    assert kb.lookup("Someone New") == [extra]


def test_index_brings_the_linker_tables_and_regions(
    written: tuple[Path, dict[str, object]],
) -> None:
    from stancemap.actors import countries
    from stancemap.actors.linker import Linker

    kb = kbindex.read_index(written[0])
    assert kb is not None
    fuzzy = kb.derived["fuzzy:88"]
    assert fuzzy.keys is kb.derived["linker"][0]  # the Linker reuses it as it is
    linker = Linker(kb, 88)
    assert linker._fuzzy is fuzzy
    # the region table stored with it is the one pycountry gives
    countries.subdivision_index.cache_clear()
    stored = countries.subdivision_index()
    countries.use_region_table(None)
    countries.subdivision_index.cache_clear()
    assert stored == countries.subdivision_index() and stored["texas"] == ["USA"]
    found = linker.link("Angela Merkell")  # a near spelling, through the stored fuzzy index
    assert found is not None and (found.id, found.how) == ("person:angela-merkel", "fuzzy")
