"""The entity ruler's KB patterns kept on disk (``nlp.pattern_cache``): the cached list
is the computed one, a damaged or switched-off cache computes them, and the key moves
with the KB and with the code that chooses the patterns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.actors.stage import ActorStage
from stancemap.config import load_settings
from stancemap.nlp import pattern_cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(pattern_cache.OFF_ENV, raising=False)
    return tmp_path / "stancemap"


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(load_settings())


def test_the_cached_patterns_are_the_computed_ones(cache_home: Path, stage: ActorStage) -> None:
    computed = stage.build_ruler_patterns()
    first = stage.ruler_patterns()  # computed, then stored
    [stored] = cache_home.glob("ruler-patterns-*.json")
    second = stage.ruler_patterns()  # read back
    assert first == second == computed
    assert json.loads(stored.read_text("utf-8")) == computed
    assert len(computed) > 1000 and {"label", "pattern", "id"} <= set(computed[0])


def test_a_damaged_cache_is_computed_again(cache_home: Path, stage: ActorStage) -> None:
    stage.ruler_patterns()
    [stored] = cache_home.glob("ruler-patterns-*.json")
    stored.write_text('[{"label": "PERSON", "pat', "utf-8")
    assert stage.ruler_patterns() == stage.build_ruler_patterns()
    assert json.loads(stored.read_text("utf-8")) == stage.build_ruler_patterns()


def test_switched_off_nothing_is_written(
    cache_home: Path, stage: ActorStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(pattern_cache.OFF_ENV, "1")
    assert stage.ruler_patterns() == stage.build_ruler_patterns()
    assert not cache_home.exists() or not list(cache_home.glob("ruler-patterns-*"))


def _builder_a() -> list[dict[str, str]]:
    return [{"label": "GPE", "pattern": "A", "id": "country:AAA"}]


def _builder_b() -> list[dict[str, str]]:
    return [{"label": "GPE", "pattern": "B", "id": "country:BBB"}]


def test_the_key_moves_with_the_kb_files_the_kb_and_the_code(cache_home: Path) -> None:
    base = pattern_cache.pattern_key(_builder_a, (), (10, 20))
    assert base == pattern_cache.pattern_key(_builder_a, (), (10, 20))
    assert base != pattern_cache.pattern_key(_builder_a, (("extra.jsonl", 5, 1),), (10, 20))
    edited = pattern_cache.pattern_key(_builder_a, (("extra.jsonl", 5, 2),), (10, 20))
    assert edited != pattern_cache.pattern_key(_builder_a, (("extra.jsonl", 5, 1),), (10, 20))
    assert base != pattern_cache.pattern_key(_builder_a, (), (11, 20))  # a KB changed in memory
    assert base != pattern_cache.pattern_key(ActorStage.build_ruler_patterns, (), (10, 20))
    # two keys never share a stored list
    assert pattern_cache.cached_patterns("k1", _builder_a) == _builder_a()
    assert pattern_cache.cached_patterns("k2", _builder_b) == _builder_b()
    assert pattern_cache.cached_patterns("k1", _builder_b) == _builder_a()  # k1 is stored


def test_an_unwritable_folder_still_gives_the_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # stancemap/ cannot be made under a file
    monkeypatch.delenv(pattern_cache.OFF_ENV, raising=False)
    assert pattern_cache.cached_patterns("k", _builder_a) == _builder_a()


def _module_with(tmp_path: Path, name: str, min_chars: int):  # type: ignore[no-untyped-def]
    import importlib.util

    path = tmp_path / f"{name}.py"
    path.write_text(
        f"MIN_CHARS = {min_chars}\n\n\ndef build():\n"
        "    return [p for p in ('AB', 'ABC') if len(p) >= MIN_CHARS]\n",
        "utf-8",
    )
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_constant_beside_the_builder_moves_the_key(tmp_path: Path) -> None:
    # the same function text, a different module constant: other patterns, another key
    three = _module_with(tmp_path, "ruler_three", 3)
    two = _module_with(tmp_path, "ruler_two", 2)
    assert three.build() != two.build()
    assert pattern_cache.pattern_key(three.build, (), (1, 1)) != pattern_cache.pattern_key(
        two.build, (), (1, 1)
    )
