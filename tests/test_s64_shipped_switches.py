"""RuleSwitches.shipped and RuleSwitches.all_on (session 64, engineer TS, issues 12 and 14).

A rule's test compares the shipped rules with the rule on against the shipped rules with
it off. Tests that built ``RuleSwitches([X])`` - every registered rule on but X - broke
each time a session shipped a new rule off (session 63: nine failures after the merges).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stancemap.config import Settings, load_settings, shipped_off_list
from stancemap.errors import ConfigError
from stancemap.rules import RuleSwitches, load_all

TESTS = Path(__file__).parent


def _names() -> list[str]:
    return load_all().names()


def _first_shipped_off() -> str:
    switches = RuleSwitches(shipped_off_list())
    return next(n for n in _names() if not switches.enabled(n))


def _first_shipped_on() -> str:
    switches = RuleSwitches(shipped_off_list())
    return next(n for n in _names() if switches.enabled(n))


def _answers(switches: RuleSwitches) -> dict[str, bool]:
    return {n: switches.enabled(n) for n in _names()}


def test_shipped_is_the_shipped_off_list() -> None:
    shipped = RuleSwitches.shipped()
    assert list(shipped.patterns) == shipped_off_list() == list(Settings().rules.disable)
    assert _answers(shipped) == _answers(RuleSwitches.from_settings(Settings()))
    assert not all(_answers(shipped).values())  # some rules ship off


def test_off_adds_and_on_takes_away() -> None:
    on_rule, off_rule = _first_shipped_off(), _first_shipped_on()
    shipped = _answers(RuleSwitches.shipped())
    changed = _answers(RuleSwitches.shipped(on=[on_rule], off=[off_rule]))
    assert changed[on_rule] and not changed[off_rule]
    assert {n for n in shipped if shipped[n] != changed[n]} == {on_rule, off_rule}


def test_it_is_what_a_users_rules_table_gives(tmp_path: Path) -> None:
    on_rule, off_rule = _first_shipped_off(), _first_shipped_on()
    path = tmp_path / "on.toml"
    path.write_text(f'[rules]\nenable = ["{on_rule}"]\ndisable = ["{off_rule}"]\n', "utf-8")
    user = RuleSwitches.from_settings(load_settings(path))
    assert _answers(RuleSwitches.shipped(on=[on_rule], off=[off_rule])) == _answers(user)


def test_a_pattern_switches_its_whole_group() -> None:
    switches = RuleSwitches.shipped(on=["alignment.*"], off=["ingest.pages.*"])
    answers = _answers(switches)
    assert all(v for n, v in answers.items() if n.startswith("alignment."))
    assert not any(v for n, v in answers.items() if n.startswith("ingest.pages."))


@pytest.mark.parametrize(
    ("on", "off", "message"),
    [
        (["alignment.score.no_such_rule"], [], "matches no rule"),
        ([], ["no.such.*"], "matches no rule"),
        (["alignment.score.lead"], ["alignment.score.lead"], "both on and off"),
    ],
)
def test_a_misspelt_or_doubled_name_fails(on: list[str], off: list[str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        RuleSwitches.shipped(on=on, off=off)


def test_all_on_switches_every_rule_on() -> None:
    assert all(_answers(RuleSwitches.all_on()).values())


def test_no_test_builds_every_rule_on_but_a_list() -> None:
    """``RuleSwitches([...])`` meant every rule on but the list; only the registry's own
    tests keep it, on purpose (each says so)."""
    kept = {"test_rules_cli.py", "test_rules_cache.py", "test_rule_census.py", Path(__file__).name}
    found = sorted(
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if path.name not in kept and re.search(r"RuleSwitches\(\[", path.read_text("utf-8"))
    )
    assert found == []
