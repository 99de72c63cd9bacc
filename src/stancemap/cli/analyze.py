"""``stancemap analyze PATH... | -``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..analyze import Analyzer, Failure
from ..config import load_settings
from ..errors import StancemapError
from ..ingest.readers import Skip, iter_documents
from .render import render_analysis

_err = Console(stderr=True)


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD") from None


def analyze(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per document."),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="JSON Lines: one object per line."),
    date: str | None = typer.Option(
        None, "--date", help="Date (YYYY-MM-DD) for documents without one."
    ),
    model: str | None = typer.Option(None, "--model", help="Any installed spaCy pipeline."),
    config: Path | None = typer.Option(None, "--config", help="A TOML settings file."),
    errors_file: Path | None = typer.Option(
        None, "--errors", help="Write skipped documents (JSONL) here."
    ),
) -> None:
    """Analyse news documents: actors, quotes, events, stances, relations."""
    doc_date = _valid_date(date)
    overrides = {"nlp": {"model": model}} if model else None
    try:
        settings = load_settings(config, overrides)
        analyzer = Analyzer(settings)
    except StancemapError as exc:
        _err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None

    machine = as_json or as_jsonl
    failures: list[dict[str, str]] = []
    analysed = 0
    documents = list(
        iter_documents(
            paths,
            date=doc_date,
            strip_boilerplate=settings.ingest.strip_boilerplate,
            max_bytes=settings.ingest.max_bytes,
        )
    )
    good = []
    for item in documents:
        if isinstance(item, Skip):
            failures.append({"source": item.source, "reason": item.reason})
            _err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
        else:
            good.append(item)

    show_progress = len(good) > 1 and sys.stderr.isatty() or len(good) > 20
    progress = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_err,
        disable=not show_progress,
        transient=True,
    )
    out = sys.stdout
    with progress:
        task = progress.add_task("analyse", total=len(good))
        for result in analyzer.analyze_documents(good):
            progress.advance(task)
            if isinstance(result, Failure):
                failures.append({"source": result.source, "reason": result.reason})
                _err.print(f"[yellow]failed[/yellow] {result.source}: {result.reason}")
                continue
            analysed += 1
            data = result.to_json_dict()
            if as_jsonl:
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            elif as_json:
                out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            else:
                render_analysis(result, Console())
    if errors_file is not None:
        errors_file.write_text("".join(json.dumps(f) + "\n" for f in failures), "utf-8")
    if failures and not machine:
        _err.print(f"{analysed} analysed, {len(failures)} skipped")
    if analysed == 0 and failures:
        raise typer.Exit(1)
