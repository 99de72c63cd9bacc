"""``[rules]`` in a user's settings file: ``disable`` adds to the shipped off-list,
``enable`` switches shipped-off rules on, and a name that matches no rule is an error
naming the file and the name. ``stancemap rules --config`` says why each rule is off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.config import Settings, default_dict, layer_rules, load_settings
from stancemap.errors import ConfigError
from stancemap.rules import RuleSwitches, load_all

# a rule the project ships on (its doc names the unnamed source of "reportedly")
ON_BY_DEFAULT = "quotes.cue.reportedly"


def _shipped_off() -> list[str]:
    shipped = default_dict()["rules"]["disable"]
    assert len(shipped) >= 2, "these tests need two shipped-off rules"
    assert ON_BY_DEFAULT not in shipped
    return list(shipped)


def _config(tmp_path: Path, text: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_disabling_one_rule_keeps_the_shipped_off_rules_off(tmp_path: Path) -> None:
    shipped = _shipped_off()
    settings = load_settings(_config(tmp_path, f'[rules]\ndisable = ["{ON_BY_DEFAULT}"]\n'))
    switches = RuleSwitches.from_settings(settings)
    assert not switches.enabled(ON_BY_DEFAULT)
    for name in shipped:
        assert not switches.enabled(name), f"{name} came back on"
    assert settings.rules.enable == []


def test_enable_switches_one_shipped_off_rule_on_and_no_other(tmp_path: Path) -> None:
    first, *others = _shipped_off()
    settings = load_settings(_config(tmp_path, f'[rules]\nenable = ["{first}"]\n'))
    switches = RuleSwitches.from_settings(settings)
    assert switches.enabled(first)
    assert not any(switches.enabled(name) for name in others)
    assert settings.rules.enable == [first]


def test_without_a_rules_table_the_shipped_list_is_the_off_list(tmp_path: Path) -> None:
    settings = load_settings(_config(tmp_path, "[nlp]\nbatch_size = 8\n"))
    assert settings.rules.disable == _shipped_off()
    # bare Settings() (benches, tests) switch off the same rules as the CLI's settings
    assert Settings().rules.disable == _shipped_off()


@pytest.mark.parametrize("key", ["disable", "enable"])
def test_a_name_that_matches_no_rule_names_the_file_and_the_name(tmp_path: Path, key: str) -> None:
    path = _config(tmp_path, f'[rules]\n{key} = ["quotes.cue.reportedy"]\n', "mine.toml")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    said = str(info.value)
    assert "mine.toml" in said and "'quotes.cue.reportedy'" in said and key in said


def test_a_rule_in_both_lists_and_an_unknown_key_are_errors(tmp_path: Path) -> None:
    both = _config(
        tmp_path, f'[rules]\ndisable = ["{ON_BY_DEFAULT}"]\nenable = ["{ON_BY_DEFAULT}"]\n'
    )
    with pytest.raises(ConfigError, match="both disable and enable"):
        load_settings(both)
    with pytest.raises(ConfigError, match="disable_more: unknown key"):
        load_settings(_config(tmp_path, '[rules]\ndisable_more = ["x.y"]\n', "other.toml"))


def test_options_layer_on_top_of_the_file(tmp_path: Path) -> None:
    first, *_ = _shipped_off()
    path = _config(tmp_path, f'[rules]\nenable = ["{first}"]\n')
    settings = load_settings(path, {"rules": {"disable": [ON_BY_DEFAULT]}})
    switches = RuleSwitches.from_settings(settings)
    assert switches.enabled(first) and not switches.enabled(ON_BY_DEFAULT)


def test_enable_inside_a_shipped_pattern_keeps_the_rest_of_it_off() -> None:
    names = load_all().names()
    group = [n for n in names if n.startswith("quotes.cue.")]
    assert len(group) >= 2
    result = layer_rules(["quotes.cue.*"], [("user.toml", {"enable": [ON_BY_DEFAULT]})], names)
    switches = RuleSwitches(result["disable"])
    assert switches.enabled(ON_BY_DEFAULT)
    assert not any(switches.enabled(n) for n in group if n != ON_BY_DEFAULT)


def test_rules_command_says_why_each_rule_is_off_or_on(tmp_path: Path) -> None:
    first, second, *_ = _shipped_off()
    path = _config(tmp_path, f'[rules]\ndisable = ["{ON_BY_DEFAULT}"]\nenable = ["{first}"]\n')
    result = CliRunner().invoke(app, ["rules", "--config", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert (rows[ON_BY_DEFAULT]["on"], rows[ON_BY_DEFAULT]["why"]) == (False, "user off")
    assert (rows[first]["on"], rows[first]["why"]) == (True, "user on")
    assert (rows[second]["on"], rows[second]["why"]) == (False, "shipped off")
    on_by_default = next(n for n, r in rows.items() if n not in (ON_BY_DEFAULT, first) and r["on"])
    assert rows[on_by_default]["why"] == ""
    # --off lists exactly the rules that are off
    off = CliRunner().invoke(app, ["rules", "--config", str(path), "--off", "--json"])
    assert {r["name"] for r in json.loads(off.stdout)} == {
        n for n, r in rows.items() if not r["on"]
    }


def test_rules_command_refuses_a_bad_file_by_name(tmp_path: Path) -> None:
    path = _config(tmp_path, '[rules]\nenable = ["nothing.like.this"]\n', "typo.toml")
    result = CliRunner().invoke(app, ["rules", "--config", str(path)])
    assert result.exit_code == 2
    assert "typo.toml" in result.output and "nothing.like.this" in result.output
