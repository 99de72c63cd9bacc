"""``stancemap serve [--db URL] [--host H] [--port N]``: the web workbench."""

from __future__ import annotations

import json
import os
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
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        help="Server processes (reads are CPU-bound Python: one per core serves more readers; "
        "each loads the NLP pipeline on its first analysis).",
    ),
) -> None:
    """Serve the web workbench: the paste box, article view, corpus pages and JSON API.

    Example: stancemap serve --db news.db --port 8000 --config server.toml
    """
    try:
        import uvicorn

        import stancemap.web  # noqa: F401 (the web extra is installed)
    except ImportError as exc:
        typer.echo(f"error: {exc} (install the web extra: pip install 'stancemap[web]')", err=True)
        raise typer.Exit(2) from None
    overrides: dict[str, Any] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    plan = {
        "config": str(config) if config else None,
        "web": overrides,
        "db": db,
        "store": not no_store,
    }
    try:
        # built once here even with several workers: bad settings or a store that cannot
        # be opened (or migrated) fail now, with one message
        app = app_from_plan(plan)
    except StancemapError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    web = app.state.settings.web
    typer.echo(f"stancemap: serving on http://{web.host}:{web.port}/", err=True)
    # access_log off: request lines are noise, and no token ever reaches a log
    # keep-alive 75 s (uvicorn's 5 s closed idle connections that a busy client was just
    # reusing: the load test's readers saw ReadErrors with the machine loaded)
    options: dict[str, Any] = {"access_log": False, "log_level": "info", "timeout_keep_alive": 75}
    if workers == 1:
        uvicorn.run(app, host=web.host, port=web.port, **options)
        return
    if app.state.corpus is not None:
        app.state.corpus.close()  # each worker opens its own
    os.environ[PLAN_ENV] = json.dumps(plan)  # the workers build the same app from it
    uvicorn.run(
        "stancemap.cli.serve:app_from_environment",
        factory=True,
        workers=workers,
        # a worker imports the whole package before it answers: on a busy machine that
        # outlasts uvicorn's 5 s health check, and the supervisor would kill it
        timeout_worker_healthcheck=120,
        host=web.host,
        port=web.port,
        **options,
    )


PLAN_ENV = "STANCEMAP_SERVE_PLAN"  # settings file path, db URL, host/port: never a token


def app_from_plan(plan: dict[str, Any]) -> Any:
    from ..web import create_app
    from ..web.corpus import open_corpus

    web = plan.get("web") or {}
    settings = load_settings(plan.get("config"), {"web": web} if web else None)
    corpus = open_corpus(plan.get("db")) if plan.get("store") else None
    return create_app(settings, corpus=corpus)


def app_from_environment() -> Any:
    """The app of one worker process (``--workers N``)."""
    return app_from_plan(json.loads(os.environ[PLAN_ENV]))
