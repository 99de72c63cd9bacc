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
