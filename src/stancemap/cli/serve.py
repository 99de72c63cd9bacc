"""``stancemap serve [--db URL] [--host H] [--port N]``: the web workbench."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..config import load_settings
from ..errors import StancemapError


def serve(
    db: str | None = typer.Option(
        None,
        "--db",
        help="The store to browse (a SQLite path or postgresql://...); "
        "default: $STANCEMAP_DB, else ./stancemap.db.",
    ),
    host: str | None = typer.Option(
        None, "--host", help="Address to listen on (default: web.host, 127.0.0.1)."
    ),
    port: int | None = typer.Option(None, "--port", help="Port (default: web.port, 8000)."),
    config: Path | None = typer.Option(
        None, "--config", dir_okay=False, help="A TOML settings file (its web section: tokens)."
    ),
    no_store: bool = typer.Option(
        False, "--no-store", help="Serve the analyze page and API only, without a store."
    ),
) -> None:
    """Serve the web workbench: the paste box, article view, corpus pages and JSON API.

    Example: stancemap serve --db news.db --port 8000 --config server.toml
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        typer.echo(f"error: {exc} (install the web extra: pip install 'stancemap[web]')", err=True)
        raise typer.Exit(2) from None
    overrides: dict[str, Any] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    try:
        settings = load_settings(config, {"web": overrides} if overrides else None)
        corpus = None if no_store else _open_corpus(db)
        app = create_app(settings, corpus=corpus)
    except StancemapError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    web = settings.web
    typer.echo(f"stancemap: serving on http://{web.host}:{web.port}/", err=True)
    # access_log off: request lines are noise, and no token ever reaches a log
    uvicorn.run(app, host=web.host, port=web.port, access_log=False, log_level="info")


def _open_corpus(db: str | None) -> Any:
    from ..web.corpus import open_corpus

    return open_corpus(db)
