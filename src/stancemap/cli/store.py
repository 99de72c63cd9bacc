"""Store commands: ``ingest``, ``reresolve``, ``actors list``, ``actor``, ``quotes``,
``events``, ``stances``, ``relation``, ``search``, ``export``.

Each opens the store named by ``--db`` (a SQLite path or a ``postgresql://``
URL; default ``$STANCEMAP_DB`` or ``./stancemap.db``) and prints a readable
table, or ``--json`` (JSON Lines for lists) or ``--csv``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import StancemapError

F = TypeVar("F", bound=Callable[..., Any])
_err = Console(stderr=True, soft_wrap=True)

DB_OPT = typer.Option(
    None,
    "--db",
    help="Store: a SQLite file or postgresql://user:pass@host/db "
    "(default: $STANCEMAP_DB, else ./stancemap.db).",
)
JSON_OPT = typer.Option(False, "--json", help="JSON (JSON Lines for lists).")
CSV_OPT = typer.Option(False, "--csv", help="CSV on standard output.")
LIMIT_OPT = typer.Option(50, "--limit", min=1, help="Most rows to show.")
SINCE_OPT = typer.Option(None, "--since", help="First date (YYYY-MM-DD).")
UNTIL_OPT = typer.Option(None, "--until", help="Last date (YYYY-MM-DD).")
CONFIG_OPT = typer.Option(None, "--config", help="A TOML settings file.")


def _friendly(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (StancemapError, ValueError) as exc:
            _err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def open_store(db: str | None, *, create: bool = False):  # type: ignore[no-untyped-def]
    """The store for ``--db``; a query on a SQLite file that is not there is an error."""
    from ..store import Store, StoreError
    from ..store.engine import normalize_url

    url = normalize_url(db)
    if not create and url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        if not path.exists():
            raise StoreError(f"no store at {path}: run 'stancemap ingest PATH --db {path}' first")
    return Store(db)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("ref") or value.get("id") or value)
    return "" if value is None else str(value)


def _flat(row: BaseModel) -> dict[str, str]:
    return {k: _cell(v) for k, v in row.model_dump(mode="json").items()}


def emit(
    rows: Sequence[BaseModel],
    *,
    as_json: bool,
    as_csv: bool,
    title: str,
    columns: Sequence[str] | None = None,
) -> None:
    """Rows as a table (``columns`` of them), JSON Lines or CSV (every field)."""
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row.model_dump(mode="json"), ensure_ascii=False))
        return
    flat = [_flat(r) for r in rows]
    if as_csv:
        names = list(flat[0].keys() if flat else [])
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
        return
    if not rows:
        _err.print(f"no {title.lower()} found")
        return
    names = list(columns or flat[0].keys())
    table = Table(title=title)
    for name in names:
        table.add_column(name, overflow="fold")
    for cells in flat:
        table.add_row(*(escape(_short(cells.get(n, ""))) for n in names))
    Console().print(table)


def _short(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _analyser(settings: Any, workers: int, dask: str | None) -> tuple[Any, Any]:
    """What analyses the documents: this process, N worker processes, or a Dask cluster."""
    from ..runners import analyze_stream, default_workers

    processes = workers or default_workers()
    if dask:
        from ..runners.dask_cluster import connect, stream_results

        client = connect(dask, processes)
        _err.print(f"analysing on Dask: {escape(str(client.scheduler.address))}")
        return (lambda docs: stream_results(docs, settings, client=client)), client
    if processes == 1:
        from ..store.ingest import Analyse

        return Analyse(settings), None
    return (lambda docs: analyze_stream(docs, settings, workers=processes)), None


@_friendly
def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs or URLs to analyse."),
    db: str | None = DB_OPT,
    analyses: bool = typer.Option(
        False, "--analyses", help="The inputs are analyses already made (analyze --jsonl)."
    ),
    replace: bool = typer.Option(
        False, "--replace", help="Analyse documents already stored again and replace their rows."
    ),
    date: str | None = typer.Option(
        None,
        "--date",
        "--default-date",
        help="Date (YYYY-MM-DD) that only FILLS documents without one (here --date is the "
        "fill-in date, as in the output contract; analyze --date sets every document's).",
    ),
    config: Path | None = CONFIG_OPT,
    input_format: str = typer.Option("auto", "--format", help="Input format (as for analyze)."),
    languages: str | None = typer.Option(None, "--languages", help="As for analyze."),
    errors_file: Path | None = typer.Option(
        None, "--errors", help="Write skipped and failed documents (JSON Lines)."
    ),
    workers: int = typer.Option(
        0,
        "--workers",
        min=0,
        help="Worker processes (0: one per core; with --dask local, its size).",
    ),
    dask: str | None = typer.Option(
        None,
        "--dask",
        help="Analyse on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
    ),
) -> None:
    """Analyse documents into the store; run again to resume, --replace to redo.

    Example: stancemap ingest news/ --db postgresql://localhost/news
    """
    from ..store.ingest import ingest_analyses, ingest_paths

    store = open_store(db, create=True)
    if analyses:
        from ..alignment.corpus import read_analyses

        counts = ingest_analyses(
            store,
            ((f"{p}:{no}", obj) for p in paths for no, obj in read_analyses(p)),
            replace=replace,
        )
        _err.print(counts.summary())
        return
    from ..config import load_settings
    from ..ingest import IngestOptions, Skip
    from ..ingest.sources import FORMATS
    from .analyze import _languages, _valid_date

    if input_format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    settings = load_settings(config)
    options = IngestOptions.from_settings(
        settings,  # the whole settings: [rules] disable reaches the page reader
        format=input_format,
        default_date=_valid_date(date),
        languages=_languages(languages),
        ignore=frozenset(str(p.resolve()) for p in (errors_file,) if p is not None),
    )
    log = errors_file.open("a", encoding="utf-8") if errors_file else None

    def on_skip(item: Skip) -> None:
        if item.kind == "error":
            _err.print(f"[yellow]skipped[/yellow] {escape(item.source)}: {escape(item.reason)}")
        if log is not None:
            log.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            log.flush()

    analyse, client = _analyser(settings, workers, dask)
    try:
        counts = ingest_paths(store, analyse, paths, options, replace=replace, on_skip=on_skip)
    finally:
        if log is not None:
            log.close()
        if client is not None:
            client.close()
    _err.print(f"{counts.summary()} into {store.url}")
    if counts.stored == 0 and counts.failed:
        raise typer.Exit(1)


@_friendly
def reresolve_cmd(
    db: str | None = DB_OPT,
    config: Path | None = CONFIG_OPT,
) -> None:
    """Re-link stored actors after a knowledge-base update (no text is parsed again)."""
    from ..actors import ActorStage
    from ..config import load_settings
    from ..store.reresolve import reresolve

    store = open_store(db)
    stage = ActorStage(load_settings(config))
    _err.print(reresolve(store, stage.resolve).summary())


@_friendly
def actors_cmd(
    match: str | None = typer.Argument(None, help="Only actors whose name contains this."),
    db: str | None = DB_OPT,
    limit: int = LIMIT_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """Actors in the store, by the number of documents they appear in."""
    from ..store.queries import list_actors

    rows = list_actors(open_store(db), match=match, limit=limit)
    columns = ("name", "type", "country", "documents", "mentions", "quotes", "statements")
    emit(rows, as_json=as_json, as_csv=as_csv, title="Actors", columns=columns)


@_friendly
def actor_cmd(
    name: str = typer.Argument(..., help="Actor id or name (or part of one)."),
    db: str | None = DB_OPT,
    top: int = typer.Option(5, "--top", min=1, help="Quotes, allies and opponents to show."),
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """One actor: roles on dates, stances by issue, top quotes, events, allies, opponents."""
    from ..store.queries import actor_profile

    profile = actor_profile(open_store(db), name, top=top, use_cache=True)
    if as_json:
        typer.echo(json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(("section", "item", "value", "detail"))
        for r in profile.roles:
            writer.writerow(("role", r.role, r.documents, f"{r.first} .. {r.last}"))
        for s in profile.stances:
            writer.writerow(("stance", s.label, s.net, f"+{s.support} -{s.oppose} ={s.neutral}"))
        for q in profile.top_quotes:
            writer.writerow(("quote", f"{q.doc_id}#{q.quote_id}", q.date, q.content))
        for e in profile.events_given:
            writer.writerow(("event given", e.type, e.count, ""))
        for e in profile.events_received:
            writer.writerow(("event received", e.type, e.count, ""))
        for p in profile.allies:
            writer.writerow(("ally", p.name, p.score, p.documents))
        for p in profile.opponents:
            writer.writerow(("opponent", p.name, p.score, p.documents))
        return
    a = profile.actor
    console = Console()
    console.rule(f"[bold]{escape(a.name)}[/bold] [{escape(a.id)}] {a.type or ''} {a.country or ''}")
    console.print(
        f"{a.documents} documents, {a.mentions} mentions, {a.quotes} quotes, "
        f"{a.statements} statements" + (f"; {profile.wiki}" if profile.wiki else "")
    )
    sections: tuple[tuple[str, Sequence[BaseModel]], ...] = (
        ("Roles", profile.roles),
        ("Stances", profile.stances),
        ("Top quotes", profile.top_quotes),
        ("Events given", profile.events_given),
        ("Events received", profile.events_received),
        ("Closest allies", profile.allies),
        ("Opponents", profile.opponents),
    )
    quote_columns = ("date", "doc_id", "content", "confidence")
    for title, rows in sections:
        columns = quote_columns if title == "Top quotes" else None
        emit(rows, as_json=False, as_csv=False, title=title, columns=columns)


@_friendly
def quotes_cmd(
    speaker: str | None = typer.Option(None, "--speaker", help="Actor id or name."),
    about: str | None = typer.Option(
        None, "--about", help="An actor named inside the quote, or words of it."
    ),
    reports: str | None = typer.Option(
        None,
        "--reports",
        help="speech (words said or written) or attitude (thanked, believes, criticized).",
    ),
    since: str | None = SINCE_OPT,
    until: str | None = UNTIL_OPT,
    db: str | None = DB_OPT,
    limit: int = LIMIT_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """What was said: quotes by a speaker, about someone or something, since a date."""
    from ..store.queries import check_reports, quotes

    if reports is not None:
        check_reports(reports)  # before opening the store: a typo costs nothing
    rows = quotes(
        open_store(db),
        speaker=speaker,
        about=about,
        since=since,
        until=until,
        reports=reports,
        limit=limit,
    )
    emit(
        rows,
        as_json=as_json,
        as_csv=as_csv,
        title="Quotes",
        columns=("date", "speaker_name", "kind", "reports", "content", "doc_id"),
    )


@_friendly
def events_cmd(
    source: str | None = typer.Option(None, "--source", help="Source actor id or name."),
    target: str | None = typer.Option(None, "--target", help="Target actor id or name."),
    event_type: str | None = typer.Option(None, "--type", help="PLOVER type, e.g. ACCUSE."),
    since: str | None = SINCE_OPT,
    until: str | None = UNTIL_OPT,
    db: str | None = DB_OPT,
    limit: int = LIMIT_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """Who did what to whom."""
    from ..store.queries import events

    rows = events(
        open_store(db),
        source=source,
        target=target,
        type=event_type,
        since=since,
        until=until,
        limit=limit,
    )
    emit(
        rows,
        as_json=as_json,
        as_csv=as_csv,
        title="Events",
        columns=("date", "source", "type", "mode", "target", "evidence"),
    )


@_friendly
def stances_cmd(
    issue: str | None = typer.Option(None, "--issue", help="Issue id, or words of its label."),
    actor: str | None = typer.Option(None, "--actor", help="Actor id or name."),
    since: str | None = SINCE_OPT,
    db: str | None = DB_OPT,
    limit: int = LIMIT_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """Who stands where on an issue: statements for, against and neutral per actor."""
    from ..store.queries import stances

    rows = stances(open_store(db), issue=issue, actor=actor, since=since, limit=limit)
    emit(
        rows,
        as_json=as_json,
        as_csv=as_csv,
        title="Stances",
        columns=("name", "label", "support", "oppose", "neutral", "last"),
    )


@_friendly
def relation_cmd(
    a: str = typer.Argument(..., help="Actor id or name."),
    b: str = typer.Argument(..., help="Actor id or name."),
    by: str = typer.Option("month", "--by", help="week, month, all, or N days (e.g. 14d)."),
    db: str | None = DB_OPT,
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
    config: Path | None = CONFIG_OPT,
) -> None:
    """How two actors relate, window by window, with the evidence.

    ``[rules]`` of ``--config`` reaches the pair's corpus and its scoring, as in the
    corpus commands (``relations``, ``shifts``) and the web.
    """
    from ..config import load_settings
    from ..rules import RuleSwitches
    from ..store.timeline import relation

    switches = RuleSwitches.from_settings(load_settings(config))  # names checked there
    report = relation(open_store(db), a, b, by=by, switches=switches)
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
        return
    if as_csv:
        emit(report.points, as_json=False, as_csv=True, title="Relation")
        return
    Console().rule(f"{escape(report.a.name)} ~ {escape(report.b.name)} by {escape(by)}")
    if not report.points:
        _err.print("they share no issue or event")
    for p in report.points:
        when = f"{p.start} .. {p.end}" if p.start else "all"
        typer.echo(
            f"{when}: score {p.score:+.2f}  agree {len(p.agree)} disagree {len(p.disagree)}  "
            f"cooperation {p.cooperation} conflict {p.conflict}"
        )
        for label in p.agree:
            typer.echo(f"    agree: {label}")
        for label in p.disagree:
            typer.echo(f"    disagree: {label}")
        for ev in p.evidence:
            typer.echo(f"    {ev.ref} ({ev.date or 'undated'}): {_short(ev.text or '', 110)}")


@_friendly
def search_cmd(
    text: str = typer.Argument(..., help="Words to find in quotes and documents."),
    db: str | None = DB_OPT,
    limit: int = typer.Option(20, "--limit", min=1),
    as_json: bool = JSON_OPT,
    as_csv: bool = CSV_OPT,
) -> None:
    """Full-text search over quote content and document text."""
    from ..store.search import search

    rows = search(open_store(db), text, limit=limit)
    emit(
        rows,
        as_json=as_json,
        as_csv=as_csv,
        title="Matches",
        columns=("kind", "date", "doc_id", "speaker_name", "snippet"),
    )


@_friendly
def export_cmd(
    fmt: str = typer.Argument(
        ..., help="jsonl, csv, parquet, graphml, gexf, plover, phoenix or dna."
    ),
    out: Path = typer.Option(
        ..., "--out", help="Output file (a directory for csv and parquet: one file per table)."
    ),
    db: str | None = DB_OPT,
    kind: str = typer.Option(
        "subtract", "--kind", help="Network: two-mode, congruence, conflict or subtract."
    ),
) -> None:
    """Export the store for other tools (contract JSON Lines, tables, networks, events)."""
    from ..store.exports import export

    options = {"kind": kind} if fmt in ("graphml", "gexf") else {}
    for path in export(open_store(db), fmt, out, **options):
        typer.echo(f"wrote {path}")


def register_store_commands(app: typer.Typer, actors_app: typer.Typer) -> None:
    """Add the store commands to the root app (``actors list`` to the actors group)."""
    app.command("ingest")(ingest_cmd)
    app.command("reresolve")(reresolve_cmd)
    actors_app.command("list")(actors_cmd)
    app.command("actor")(actor_cmd)
    app.command("quotes")(quotes_cmd)
    app.command("events")(events_cmd)
    app.command("stances")(stances_cmd)
    app.command("relation")(relation_cmd)
    app.command("search")(search_cmd)
    app.command("export")(export_cmd)
