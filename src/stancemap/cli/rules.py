"""``stancemap rules``: every registered rule, its stage, whether it is on and why,
and one line of doc."""

from __future__ import annotations

import json
from fnmatch import fnmatchcase
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..config import RuleSources, load_settings, rule_sources
from ..errors import StancemapError
from ..rules import Rule, load_all

# why a rule is in the state it is in (the "why" column)
SHIPPED_OFF = "shipped off"  # on the project's off-list (default_config.toml)
USER_OFF = "user off"  # the user's [rules] disable
USER_ON = "user on"  # shipped off, switched on by the user's [rules] enable
RUN_OFF = "off"  # off for a reason of neither list (a layer of the command's options)


def _matches(name: str, patterns: list[str]) -> bool:
    return any(fnmatchcase(name, p) for p in patterns)


def rule_state(rule: Rule, off_list: list[str], sources: RuleSources) -> tuple[bool, str]:
    """(on, why) of one rule: ``off_list`` is the settings' whole off-list; ``why`` is
    empty for a rule on by default."""
    if _matches(rule.name, off_list):
        if _matches(rule.name, sources.disable):
            return False, USER_OFF
        if _matches(rule.name, sources.shipped):
            return False, SHIPPED_OFF
        return False, RUN_OFF
    if _matches(rule.name, sources.shipped) and _matches(rule.name, sources.enable):
        return True, USER_ON
    return True, ""


def rules_command(
    pattern: str | None = typer.Argument(
        None, help="Only rules matching this fnmatch pattern (e.g. 'quotes.*')."
    ),
    config: Path | None = typer.Option(
        None,
        "--config",
        help="A TOML settings file: its [rules] disable adds to the shipped off-list, "
        "its enable switches shipped-off rules on.",
    ),
    off_only: bool = typer.Option(False, "--off", help="Only the rules that are off."),
    as_json: bool = typer.Option(
        False, "--json", help="A JSON list of {name, stage, on, why, doc}."
    ),
) -> None:
    """List every rule the stages register, whether it is on and why: "shipped off"
    (the project's off-list), "user off" (disable = [...] under the rules table of
    --config), "user on" (a shipped-off rule the file's enable = [...] switches on)."""
    try:
        settings = load_settings(config)  # checks the file's rule names too
        sources = rule_sources(config)
    except StancemapError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    rows = []
    for r in load_all().all():
        if pattern is not None and not fnmatchcase(r.name, pattern):
            continue
        on, why = rule_state(r, settings.rules.disable, sources)
        if off_only and on:
            continue
        rows.append({"name": r.name, "stage": r.stage, "on": on, "why": why, "doc": r.doc})
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    off = sum(1 for row in rows if not row["on"])
    table = Table(title=f"{len(rows)} rules, {off} off")
    table.add_column("name", overflow="fold")  # a name cut short could not be copied
    table.add_column("stage")
    table.add_column("state", overflow="fold")
    table.add_column("doc")
    for row in rows:
        state = "on" if row["on"] else "off"
        if row["why"]:
            state += f" ({row['why']})"
        table.add_row(str(row["name"]), str(row["stage"]), state, str(row["doc"]))
    Console().print(table)
