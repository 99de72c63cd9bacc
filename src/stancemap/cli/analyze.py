"""``stancemap analyze PATH... | URL... | -``."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..config import load_settings
from ..errors import StancemapError
from ..ingest import Document, IngestOptions, ResumeState, Skip, ingest
from ..ingest.model import DEFAULT_FIELDS
from ..ingest.safety import JsonDocuments, check_writable, terminal_safe
from ..ingest.sources import FORMATS
from ..pipeline import Failure, Pipeline, check_date, check_period
from ..records import DatePeriod
from ..runners import analyze_stream, default_workers
from ..runners.local import WorkerStartError
from .render import render_analysis

# The pipeline factory; tests substitute the session's loaded pipeline through this name.
Analyzer = Pipeline

_err = Console(stderr=True, soft_wrap=True)


def _valid_date(value: str | None, flag: str = "--date") -> str | None:
    try:
        return check_date(value, flag)
    except StancemapError as exc:
        raise typer.BadParameter(str(exc)) from None


def _valid_period(value: str | None) -> DatePeriod | None:
    """``--period START:END`` as a ``DatePeriod``."""
    if value is None:
        return None
    try:
        return check_period(tuple(value.split(":")), "--period")
    except StancemapError as exc:
        raise typer.BadParameter(str(exc)) from None


def _field_map(text_field: str | None, fields: list[str]) -> dict[str, str]:
    """``--text-field`` and ``--field KEY=COLUMN`` as one key -> column map."""
    out: dict[str, str] = {}
    for item in fields:
        key, eq, column = item.partition("=")
        key, column = key.strip(), column.strip()
        if not eq or not column or key not in DEFAULT_FIELDS:
            raise typer.BadParameter(
                f"'{item}': use KEY=COLUMN with KEY one of {', '.join(DEFAULT_FIELDS)}",
                param_hint="--field",
            )
        out[key] = column
    if text_field:
        out["text"] = text_field
    return out


def _languages(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if value.strip().lower() in ("any", "all", "*"):
        return ()
    return tuple(code.strip().lower() for code in value.split(",") if code.strip())


def analyze(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories, globs, http(s) URLs, or - for stdin."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object (an array of them for several documents)."
    ),
    as_jsonl: bool = typer.Option(False, "--jsonl", help="JSON Lines: one object per line."),
    date: str | None = typer.Option(
        None,
        "--date",
        help="Date (YYYY-MM-DD) SET on every document: wins over the page's and the "
        "metadata's. To only fill documents that state no date, use --default-date (the "
        "output contract analysis-v1 calls that fill-in date --date).",
    ),
    default_date: str | None = typer.Option(
        None,
        "--default-date",
        help="Date (YYYY-MM-DD) that only FILLS documents whose page and metadata state "
        "none: the fill-in date the output contract analysis-v1 calls --date.",
    ),
    period: str | None = typer.Option(
        None,
        "--period",
        help="START:END (YYYY-MM-DD:YYYY-MM-DD): the period undated documents are known to "
        "fall in (an archive of 2004-2005); read by the shipped-off rule "
        "actors.link.document_period.",
    ),
    model: str | None = typer.Option(None, "--model", help="Any installed spaCy pipeline."),
    config: Path | None = typer.Option(None, "--config", help="A TOML settings file."),
    errors_file: Path | None = typer.Option(
        None, "--errors", help="Write skipped and failed documents (JSONL: source, reason, kind)."
    ),
    input_format: str = typer.Option(
        "auto", "--format", help=f"Input format: {', '.join(FORMATS)} (auto: suffix, then content)."
    ),
    text_field: str | None = typer.Option(
        None, "--text-field", help="JSONL/JSON/CSV field holding the text (a.b for nested)."
    ),
    fields: list[str] = typer.Option(
        [],
        "--field",
        help="Metadata column, KEY=COLUMN, KEY one of id,title,date,source,author,language "
        "(repeatable), e.g. --field date=published_at.",
    ),
    resume: Path | None = typer.Option(
        None,
        "--resume",
        help="State file of processed documents: skip them now, record new ones as they finish.",
    ),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Allow URLs on private, loopback or reserved addresses."
    ),
    keep_duplicates: bool = typer.Option(
        False,
        "--keep-duplicates",
        help="Analyse exact duplicates and do not group near-duplicates.",
    ),
    languages: str | None = typer.Option(
        None,
        "--languages",
        help="Languages to analyse, comma-separated (or 'any'); default: [ingest].",
    ),
    workers: int = typer.Option(
        0,
        "--workers",
        min=0,
        help="Worker processes (0: one per core). Output order and content do not change; "
        "a run of a few documents stays in this process.",
    ),
) -> None:
    """Analyse news documents: actors, quotes, events, stances, relations.

    Example: stancemap analyze news/ feed.rss crawl.warc.gz --jsonl --errors skipped.jsonl
    """
    doc_date = _valid_date(date)
    fallback_date = _valid_date(default_date, "--default-date")
    known_period = _valid_period(period)
    if input_format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    field_map = _field_map(text_field, fields)
    overrides = {"nlp": {"model": model}} if model else None
    try:
        settings = load_settings(config, overrides)
        options = IngestOptions.from_settings(
            settings,  # the whole settings: [rules] disable reaches the page reader
            format=input_format,
            fields=field_map,
            date=doc_date,
            default_date=fallback_date,
            period=known_period,
            dedup=not keep_duplicates,
            allow_private=allow_private,
            languages=_languages(languages),
            ignore=frozenset(str(p.resolve()) for p in (resume, errors_file) if p is not None),
        )
        for path, flag in ((errors_file, "--errors"), (resume, "--resume")):
            if path is not None:
                check_writable(path, flag)  # before the batch, not after its first document
        state = ResumeState(resume) if resume is not None else None
        processes = workers or default_workers()
        # one process: load now, so that a bad model or KB stops us before the batch;
        # several: each worker loads its own, and a failure there stops the run
        pipeline = Analyzer(settings) if processes == 1 else None
    except StancemapError as exc:
        _err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None

    machine = as_json or as_jsonl
    report = _Report(errors_file, append=state is not None and bool(state.entries))
    ingester, items = ingest(paths, options, state=state)
    in_flight: deque[Document] = deque()

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skip):
                report.skip(item)
            else:
                in_flight.append(item)
                yield item

    out = sys.stdout
    progress = Progress(
        SpinnerColumn(),
        TextColumn("analysing: {task.completed} documents"),
        TimeElapsedColumn(),
        console=_err,
        disable=not sys.stderr.isatty(),
        transient=True,
    )
    analysed = 0
    json_out = JsonDocuments(out)
    try:
        with progress:
            task = progress.add_task("analyse", total=None)
            results = analyze_stream(
                documents(),
                settings,
                workers=processes,
                pipeline=pipeline,
                make_local=lambda: Analyzer(settings),
            )
            for result in results:
                document = in_flight.popleft()
                progress.advance(task)
                if isinstance(result, Failure):
                    report.skip(Skip(result.source, result.reason))
                    continue
                analysed += 1
                data = result.to_json_dict()
                if as_jsonl:
                    out.write(json.dumps(data, ensure_ascii=False) + "\n")
                elif as_json:
                    json_out.write(data)
                else:
                    render_analysis(result, Console())
                out.flush()
                if state is not None:
                    state.record(document)  # only once its result is out
    except WorkerStartError as exc:
        _err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        json_out.close()
        report.close()
        if state is not None:
            state.close()
    if report.count or not machine:
        _err.print(escape(ingester.report.summary()) + f"; analysed {analysed}")
    # Nothing analysed because of errors is a failure; nothing left to do after
    # a resume is not.
    if analysed == 0 and report.errors and not ingester.report.skipped["resumed"]:
        raise typer.Exit(1)


def _shown(text: str) -> str:
    """Document-borne text for the terminal: no control sequences, no Rich markup."""
    return escape(terminal_safe(text))


class _Report:
    """Per-document skips and failures: printed on stderr, written to ``--errors`` as they come."""

    def __init__(self, path: Path | None, *, append: bool) -> None:
        self.count = 0
        self.errors = 0
        self._file: IO[str] | None = None
        if path is not None:
            # backslashreplace: a reason quoting odd text must not end the run at write time
            self._file = path.open(
                "a" if append else "w", encoding="utf-8", errors="backslashreplace"
            )

    def skip(self, item: Skip) -> None:
        self.count += 1
        if item.kind == "error":
            self.errors += 1
            _err.print(f"[yellow]skipped[/yellow] {_shown(item.source)}: {_shown(item.reason)}")
        elif item.kind != "resumed":
            _err.print(f"[dim]skipped {_shown(item.source)}: {_shown(item.reason)}[/dim]")
        if self._file is not None:
            self._file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
