"""``stancemap actors ...`` and ``stancemap kb ...`` (owned by the actors stage work)."""

from __future__ import annotations

import typer

actors_app = typer.Typer(help="Resolve actor mentions.", no_args_is_help=True)
kb_app = typer.Typer(help="List, show, add, import and validate the actor knowledge base.", no_args_is_help=True)


@actors_app.command("resolve")
def resolve(mention: str = typer.Argument(None), date: str | None = typer.Option(None, "--date"),
            as_json: bool = typer.Option(False, "--json")) -> None:
    """Resolve one mention to an actor (not yet implemented)."""
    typer.echo("null")
