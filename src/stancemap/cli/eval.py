"""``stancemap eval polnear|plover|actors|realnews|all``: scores against the gold sets.

Each prints JSON on stdout (``--json``) or a Rich table; the baselines are
scored in the same run, side by side.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from ..config import load_settings

eval_app = typer.Typer(help="Score stancemap against gold data.", no_args_is_help=True)


def _emit(name: str, result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    console = Console()
    table = Table(title=f"eval {name}")
    table.add_column("metric")
    table.add_column("value", justify="right")

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, float):
            table.add_row(prefix, f"{value:.4f}")
        elif not isinstance(value, list):
            table.add_row(prefix, str(value))

    walk("", result)
    console.print(table)


PART_HELP = (
    "all, tune (about 2/3 of the records, by a hash of the id: read its errors) "
    "or check (the other 1/3: score it, never read it)"
)


def _check(path: Path) -> None:
    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist")


@eval_app.command("polnear")
def eval_polnear(
    path: Path = typer.Argument(..., help="A PolNeAR split folder (with text/ and attributions/)."),
    limit: int | None = typer.Option(None, help="Score only the first N articles."),
    part: str = typer.Option("all", help=PART_HELP),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Attribution: content/source/cue spans vs PolNeAR, textacy side by side."""
    from ..evaluate.polnear import evaluate_polnear

    _check(path)
    _emit("polnear", evaluate_polnear(path, load_settings(config), limit=limit, part=part), as_json)


@eval_app.command("plover")
def eval_plover(
    path: Path = typer.Argument(..., help="PLOVER gold records (JSON Lines)."),
    limit: int | None = typer.Option(None, help="Score only the first N records."),
    part: str = typer.Option("all", help=PART_HELP),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Events: type, source/target country, mode, over-generation vs PLOVER gold."""
    from ..evaluate.plover import evaluate_plover

    _check(path)
    _emit("plover", evaluate_plover(path, load_settings(config), limit=limit, part=part), as_json)


@eval_app.command("actors")
def eval_actors(
    path: Path = typer.Argument(..., help="NGEC actor cases (JSON Lines)."),
    part: str = typer.Option("all", help=PART_HELP),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Actor resolution: country / sector / wiki title accuracy vs NGEC cases."""
    from ..evaluate.actors import evaluate_actors

    _check(path)
    _emit("actors", evaluate_actors(path, load_settings(config), part=part), as_json)


@eval_app.command("ablate")
def eval_ablate(
    gold: Path = typer.Argument(
        ..., help="A PolNeAR split folder, PLOVER records or NGEC actor cases (detected)."
    ),
    part: str = typer.Option("all", help=PART_HELP),
    rules: str | None = typer.Option(
        None,
        "--rules",
        help="Rules to switch off in turn (fnmatch pattern); default: the gold set's stage "
        "(quotes.*, events.*, actors.*).",
    ),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Each rule's gain: the headline scores with the rule on minus with it switched off."""
    from ..evaluate.ablate import ablate

    _check(path=gold)
    try:
        result = ablate(gold, load_settings(config), part=part, rules=rules)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    metrics = list(result["full"])
    table = Table(title=f"ablation: {result['kind']} {result['part']} ({result['gold']})")
    table.add_column("rule")
    for metric in metrics:
        table.add_column(f"{metric} gain", justify="right")
    table.add_row("(full pipeline)", *(f"{result['full'][m]:.4f}" for m in metrics))
    for row in sorted(result["ablation"], key=lambda r: -sum(r["gain"].values())):
        table.add_row(row["rule"], *(f"{row['gain'][m]:+.4f}" for m in metrics))
    Console().print(table)


@eval_app.command("all")
def eval_all(
    gold: Path = typer.Argument(Path("../shared/gold"), help="The shared gold folder."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Run every evaluation whose gold data is present."""
    from ..evaluate.actors import evaluate_actors
    from ..evaluate.plover import evaluate_plover
    from ..evaluate.polnear import evaluate_polnear

    settings = load_settings()
    results: dict[str, Any] = {}
    if (gold / "polnear" / "dev").exists():
        results["polnear"] = evaluate_polnear(gold / "polnear" / "dev", settings)
    if (gold / "plover-gsr" / "dev.jsonl").exists():
        results["plover"] = evaluate_plover(gold / "plover-gsr" / "dev.jsonl", settings)
    if (gold / "ngec-actors" / "dev.jsonl").exists():
        results["actors"] = evaluate_actors(gold / "ngec-actors" / "dev.jsonl", settings)
    _emit("all", results, as_json)


@eval_app.command("calibrate")
def eval_calibrate(
    cache: Path = typer.Argument(
        ..., help="Analyses (JSON Lines, raw confidences) of the PolNeAR dev articles."
    ),
    gold: Path = typer.Option(Path("../shared/gold"), help="The shared gold folder."),
    write: Path | None = typer.Option(
        None, "--write", help="Write the mapping here (the shipped one: data/calibration.toml)."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Fit quote/event confidence calibration on tune; reliability on tune and check."""
    from ..analyze import Analyzer
    from ..evaluate.calibrate import APPLY, run_calibration

    _check(cache)
    settings = load_settings()
    settings.rules.disable = [*settings.rules.disable, APPLY]  # fit on the raw confidences
    report = run_calibration(
        cache,
        gold / "polnear" / "dev",
        gold / "plover-gsr" / "dev.jsonl",
        Analyzer(settings),
        write,
    )
    _emit("calibrate", report, as_json)


@eval_app.command("pages")
def eval_pages(
    path: Path = typer.Argument(
        Path("tests/ingest/pages/data"), help="A folder of labelled .page files."
    ),
    part: str = typer.Option("all", help=PART_HELP),
    unseen_templates: bool = typer.Option(
        False,
        "--unseen-templates",
        help="Read each template's pages with a model fitted on the other templates "
        "(needs scikit-learn): the honest number on tune, where the shipped model was fitted.",
    ),
    errors: bool = typer.Option(False, "--errors", help="List the wrong lines (tune only)."),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
) -> None:
    """Pasted pages: excluded-line F1, title, date and dateline accuracy."""
    from ..ingest.pages.evaluate import evaluate_pages
    from ..rules import RuleSwitches

    _check(path)
    if errors and part != "tune":
        raise typer.BadParameter("errors are read on --part tune only", param_hint="--errors")
    result = evaluate_pages(
        path,
        part=part,
        errors=errors,
        unseen_templates=unseen_templates,
        switches=RuleSwitches.from_settings(load_settings(config)),
    )
    if errors and not as_json:
        for page, found in result.pop("errors").items():
            typer.echo(f"{page}: {json.dumps(found, ensure_ascii=False)}", err=True)
    _emit("pages", result, as_json)


@eval_app.command("realnews")
def eval_realnews(
    path: Path = typer.Argument(
        ..., help="A judged real-news file: bench/data/realnews/*.jsonl or a judge's JSON."
    ),
    as_json: bool = typer.Option(False, "--json"),
    config: Path | None = typer.Option(None, "--config"),
    list_new: bool = typer.Option(
        False,
        "--list-new",
        help="Print the readings no judged item covers (new, changed), with their text from "
        "../shared, as a sample to judge (JSON on stdout; the report goes to stderr). Judge "
        "them and append them with bench/real_news_sample.py merge FILE NEW.json.",
    ),
    polnear: Path | None = typer.Option(
        None, "--polnear", help="The PolNeAR folder (default ../shared/gold/polnear)."
    ),
    first_mention: bool = typer.Option(
        False,
        "--first-mention",
        help="Score a merged event at its first mention only (the scorer before session 30); "
        "by default an event is read at each of its mentions.",
    ),
    both_scorers: bool = typer.Option(
        False, "--both-scorers", help="Add the other scorer's report as other_scorer."
    ),
) -> None:
    """Real-news precision: hand-judged PolNeAR events or relations carried to this tree."""
    from ..evaluate.judged_news import evaluate_realnews

    _check(path)
    try:
        result = evaluate_realnews(
            path,
            load_settings(config),
            polnear,
            new_items=list_new,
            first_mention=first_mention,
            both=both_scorers,
        )
    except (ValueError, KeyError, FileNotFoundError) as exc:
        raise typer.BadParameter(f"{path}: {exc}") from None
    if "skipped" in result:
        typer.echo(f"skipped: {result['skipped']}", err=True)
        if as_json:
            typer.echo(json.dumps(result, indent=2))
        return
    if list_new:
        items = result.pop("new_items")
        typer.echo(json.dumps(result), err=True)
        sample = {"what": result["what"], "articles": sorted({i["article"] for i in items})}
        typer.echo(json.dumps({**sample, "items": items}, indent=1, ensure_ascii=False))
        return
    _emit("realnews", result, as_json)
