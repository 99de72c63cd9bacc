"""``stancemap rules``: every registered rule, its stage and one line of doc."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from ..rules import load_all


def rules_command(
    pattern: str | None = typer.Argument(
        None, help="Only rules matching this fnmatch pattern (e.g. 'quotes.*')."
    ),
    as_json: bool = typer.Option(False, "--json", help="A JSON list of {name, stage, doc}."),
) -> None:
    """List every rule the stages register; a settings file switches any off with
    disable = [...] under its rules table."""
    from fnmatch import fnmatchcase

    rules = [r for r in load_all().all() if pattern is None or fnmatchcase(r.name, pattern)]
    if as_json:
        rows = [{"name": r.name, "stage": r.stage, "doc": r.doc} for r in rules]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(rules)} rules")
    for column in ("name", "stage", "doc"):
        table.add_column(column)
    for r in rules:
        table.add_row(r.name, r.stage, r.doc)
    Console().print(table)
