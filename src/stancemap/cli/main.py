"""``stancemap``: the root command and its sub-commands."""

from __future__ import annotations

import json
import logging

import typer

from .. import __version__
from ..records import json_schema
from .actors import actors_app, kb_app
from .analyze import analyze
from .corpus import register_corpus_commands
from .eval import eval_app
from .rules import rules_command
from .serve import serve
from .store import register_store_commands

app = typer.Typer(
    name="stancemap",
    help="Who said what, who did what to whom, where actors stand, who drifts from whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("analyze")(analyze)
app.command("serve")(serve)
app.add_typer(eval_app, name="eval")
app.add_typer(actors_app, name="actors")
app.add_typer(kb_app, name="kb")
register_corpus_commands(app)
register_store_commands(app, actors_app)
app.command("rules")(rules_command)


@app.callback()
def main(
    verbose: int = typer.Option(
        0,
        "--verbose",
        "-v",
        count=True,
        help="Log progress on standard error (-v: info, -vv: debug).",
    ),
) -> None:
    """Who said what, who did what to whom, where actors stand, who drifts from whom."""
    if verbose:
        logging.basicConfig(
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
        )


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of one analysis object (stancemap/analysis@1)."""
    typer.echo(json.dumps(json_schema(), indent=2))


@app.command("version")
def version() -> None:
    """Print the stancemap version."""
    typer.echo(__version__)
