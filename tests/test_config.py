"""Settings: defaults, layering, and clear errors for bad files."""

from __future__ import annotations

import pytest

from stancemap.config import Settings, default_dict, load_settings
from stancemap.errors import ConfigError


def test_shipped_defaults_match_the_model_defaults():
    # default_config.toml and the pydantic defaults must not drift apart
    assert Settings.model_validate(default_dict()) == Settings()


def test_user_file_overrides_only_its_keys(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text("[nlp]\nbatch_size = 8\n", "utf-8")
    settings = load_settings(path)
    assert settings.nlp.batch_size == 8
    assert settings.nlp.model == "auto"  # untouched key keeps its default


def test_flags_override_the_file(tmp_path):
    path = tmp_path / "user.toml"
    path.write_text('[nlp]\nmodel = "from_file"\n', "utf-8")
    assert load_settings(path, {"nlp": {"model": "from_flag"}}).nlp.model == "from_flag"


def test_misspelt_key_names_the_file_and_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[nlp]\nbatch_sise = 8\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert "bad.toml" in str(info.value) and "batch_sise" in str(info.value)


def test_invalid_toml_and_missing_file_are_config_errors(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[nlp\n", "utf-8")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_settings(broken)
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")
