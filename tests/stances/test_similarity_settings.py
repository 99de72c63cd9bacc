"""[stances] similarity_threshold: validated, and in step with the library default."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.config import Settings, load_settings
from stancemap.errors import ConfigError
from stancemap.stances.similarity import DEFAULT_THRESHOLD


def test_shipped_threshold_is_the_library_default() -> None:
    # the TOML/pydantic default and similarity.DEFAULT_THRESHOLD are written twice
    # (config must not import the stances package); they must not drift apart
    assert load_settings().stances.similarity_threshold == DEFAULT_THRESHOLD
    assert Settings().stances.similarity_threshold == DEFAULT_THRESHOLD


@pytest.mark.parametrize("value", [0.0, -0.1, 1.01])
def test_threshold_outside_zero_one_is_refused_with_its_key(tmp_path: Path, value: float) -> None:
    path = tmp_path / "user.toml"
    path.write_text(f"[stances]\nsimilarity_threshold = {value}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert "similarity_threshold" in str(info.value) and "user.toml" in str(info.value)


def test_threshold_of_one_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "user.toml"
    path.write_text("[stances]\nsimilarity_threshold = 1\n", "utf-8")
    assert load_settings(path).stances.similarity_threshold == 1.0
