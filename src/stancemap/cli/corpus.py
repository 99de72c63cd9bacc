"""Corpus-level commands over ``stancemap analyze --jsonl`` output.

``relations``, ``shifts``, ``network``, ``issues ...`` and ``plot ...``. Each reads
the JSON Lines only (never re-parses text), applying the user's issue registry.
Every command that reads a corpus takes ``--config FILE`` (as ``analyze`` does):
``[stances]`` decides the embeddings merge and ``[alignment] window`` the default
window of the time-series commands; a flag given on the command line wins.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer

from ..alignment.corpus import Corpus, load_corpus
from ..alignment.timeseries import Window, WindowPoint, detect_shifts, pair_series
from ..config import Settings, load_settings
from ..errors import ConfigError, StancemapError
from ..rules import RuleSwitches
from ..stances.registry import DEFAULT_REGISTRY, IssueRegistry

F = TypeVar("F", bound=Callable[..., Any])

REGISTRY_OPT = typer.Option(
    DEFAULT_REGISTRY, "--registry", help="JSON file with your issue names, merges and splits."
)
WINDOW_HELP = "week, month, all, or N days (e.g. 14d)."
# Help texts name settings as "alignment.window", not "[alignment] window": Rich
# would read the brackets as markup and drop them.
# relations and network summarise the whole corpus unless asked for windows, so
# alignment.window does not change them; shifts and plot pair need windows.
WHOLE_CORPUS_WINDOW_HELP = f"{WINDOW_HELP} Default: all (alignment.window is not used)."
SERIES_WINDOW_OPT = typer.Option(
    None, "--window", help=f"{WINDOW_HELP} Default: alignment.window from --config (month)."
)
CONFIG_OPT = typer.Option(
    None,
    "--config",
    dir_okay=False,
    help="A TOML settings file over the defaults, as for analyze; "
    "its stances and alignment sections apply here.",
)

DB_OPT = typer.Option(
    None, "--db", help="Read a store (SQLite file or postgresql:// URL) instead of FILE."
)


def _source(file: Path | None, db: str | None) -> Path | str:
    """The JSON Lines file, or the store URL from --db."""
    if isinstance(db, str):  # not the OptionInfo default of a direct call
        return db
    if file is None:
        raise ValueError("give a JSON Lines FILE or --db URL")
    return file


def _friendly(func: F) -> F:
    """Turn stancemap's own errors into one line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (StancemapError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


EMBED_OPT = typer.Option(
    None,
    "--embeddings/--no-embeddings",
    help="Also merge issues with similar labels (needs the embeddings extra). "
    "Default: stances.embeddings from --config (off).",
)


def _corpus(
    path: Path | str, registry: Path, settings: Settings, embeddings: bool | None
) -> Corpus:
    """The corpus, its issues merged by embeddings when the flag (or else the config) says so.

    ``[rules] disable`` of the settings reaches the corpus (``alignment.names.*``,
    ``alignment.corpus.*``) and its scoring (``alignment.score.*``, ``alignment.sides.*``).
    """
    switches = RuleSwitches.from_settings(settings)  # load_settings checked the names
    use_embeddings = settings.stances.embeddings if embeddings is None else embeddings
    encoder = None
    if use_embeddings:
        from ..stances.similarity import load_encoder

        encoder = load_encoder()
        if encoder is None:
            asked_by = "--embeddings" if embeddings else "[stances] embeddings = true"
            raise ValueError(
                f"{asked_by} needs the optional extra: pip install 'stancemap[embeddings]'"
            )
    if isinstance(path, str):  # a store (--db): the same objects, read from the database
        from ..alignment.corpus import build_corpus
        from ..store.reader import corpus_rows

        return build_corpus(
            corpus_rows(path),
            IssueRegistry.load(registry),
            encoder,
            settings.stances.similarity_threshold,
            switches,
        )
    return load_corpus(
        path,
        IssueRegistry.load(registry),
        encoder,
        settings.stances.similarity_threshold,
        switches,
    )


def _series_window(flag: str | None, settings: Settings) -> Window:
    """The --window flag, else [alignment] window; a bad config value names its key."""
    if flag is not None:
        return Window.parse(flag)
    try:
        return Window.parse(settings.alignment.window)
    except ValueError as exc:
        raise ConfigError(f"[alignment] window: {exc}") from None


def _note_undated(corpus: Corpus, spec: Window) -> None:
    """Say how many documents a time series leaves out for having no date."""
    if spec.kind == "all":
        return
    undated = sum(1 for d in corpus.documents.values() if d is None)
    if undated:
        typer.echo(
            f"note: {undated} of {len(corpus.documents)} documents have no date and are left "
            "out of the time series (give them one with analyze --date, or use --window all)",
            err=True,
        )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _actor(corpus: Corpus, query: str) -> str:
    found = corpus.find_actor(query)
    if found is None:
        raise ValueError(f"no actor '{query}' in the corpus")
    return found


def _point_json(corpus: Corpus, a: str, b: str, point: WindowPoint, window: Window) -> dict:
    pair = point.pair
    out = {
        "a": a,
        "a_name": corpus.name(a),
        "b": b,
        "b_name": corpus.name(b),
        "agree": sorted(set(pair.agree)),
        "disagree": sorted(set(pair.disagree)),
        "cooperation": pair.cooperation,
        "conflict": pair.conflict,
        "score": round(point.score, 4),
        "evidence": pair.evidence,
    }
    if window.kind != "all":
        out["window"] = {"start": point.start.isoformat(), "end": point.end.isoformat()}
    return out


def relations(
    file: Path | None = typer.Argument(
        None, exists=True, dir_okay=False, help="JSON Lines from analyze --jsonl (or --db)."
    ),
    window: str = typer.Option("all", "--window", help=WHOLE_CORPUS_WINDOW_HELP),
    actor: str | None = typer.Option(
        None, "--actor", help="Only pairs with this actor (id or name)."
    ),
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per pair (and window)."),
    db: str | None = DB_OPT,
) -> None:
    """Relations between actor pairs over the corpus (or per time window)."""
    corpus = _corpus(_source(file, db), registry, load_settings(config), embeddings)
    spec = Window.parse(window)
    wanted = _actor(corpus, actor) if actor else None
    series = pair_series(corpus, spec)
    rows = [
        _point_json(corpus, a, b, point, spec)
        for (a, b), points in sorted(series.items())
        if wanted is None or wanted in (a, b)
        for point in points
    ]
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in rows:
        when = f"{row['window']['start']} " if "window" in row else ""
        typer.echo(
            f"{when}{row['a_name']} ~ {row['b_name']}: score {row['score']:+.2f}  "
            f"agree {len(row['agree'])} disagree {len(row['disagree'])}  "
            f"cooperation {row['cooperation']} conflict {row['conflict']}"
        )
        for issue in row["disagree"]:
            typer.echo(f"    disagree: {corpus.issue_labels.get(issue, issue)}")


def shifts(
    file: Path | None = typer.Argument(
        None, exists=True, dir_okay=False, help="JSON Lines from analyze --jsonl (or --db)."
    ),
    window: str | None = SERIES_WINDOW_OPT,
    min_delta: float = typer.Option(0.5, "--min-delta", help="Least change of score to flag."),
    alpha: float = typer.Option(0.1, "--alpha", help="Largest permutation-test p-value to flag."),
    min_obs: int = typer.Option(2, "--min-obs", help="Observations needed before and in a window."),
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per shift."),
    db: str | None = DB_OPT,
    since: str | None = typer.Option(
        None, "--since", help="Only shifts in windows ending on or after this date."
    ),
    method: str | None = typer.Option(
        None,
        "--method",
        help="turns: change points over the dated evidence, each turn dated to the day of "
        "its first evidence; windows: windows whose score left the pair's baseline. "
        "Default: windows when --window is given, else turns.",
    ),
    search: str = typer.Option(
        "cut",
        "--search",
        help="turns: cut (one change at a time, the default) or stretch (also a dip and "
        "its return: more turns, more false ones on real news).",
    ),
    declared: bool | None = typer.Option(
        None,
        "--declared/--no-declared",
        help="turns: also report declared turns, news that itself states one ('X endorsed "
        "Y', 'X broke with Y') where the pair's earlier evidence leaned the other way. "
        "Default: rule alignment.turns.declared (on unless [rules] disable names it).",
        show_default=False,
    ),
    unit: str = typer.Option(
        "article-sign",
        "--unit",
        help="turns: what one piece of evidence is: article-sign (the default: each "
        "article's reading of a pair, as one aligned or opposed report), article (its mean) "
        "or observation (each statement pair and event).",
    ),
) -> None:
    """Pairs whose alignment changed significantly, when it happened, and why."""
    from ..alignment.declared import declared_sentence, declared_turns
    from ..alignment.turns import Search, dated_evidence, detect_turns

    settings = load_settings(config)
    chosen = method or ("windows" if window is not None else "turns")
    if chosen not in ("turns", "windows"):
        raise typer.BadParameter(f"unknown method '{chosen}': use turns or windows")
    if search not in ("cut", "stretch"):
        raise typer.BadParameter(f"unknown search '{search}': use cut or stretch")
    spec = _series_window(window, settings)
    corpus = _corpus(_source(file, db), registry, settings, embeddings)
    _note_undated(corpus, spec)
    if chosen == "turns":
        if unit not in ("observation", "article", "article-sign"):
            raise typer.BadParameter(
                f"unknown unit '{unit}': use observation, article or article-sign"
            )
        how = Search(min_delta, alpha, min_obs, stretch=search == "stretch", unit=unit)
        evidence = dated_evidence(corpus)
        found = detect_turns(corpus, evidence, search=how)
        if declared is not False:  # --declared, or the rule's switch when neither flag
            found = sorted(
                found + declared_turns(corpus, evidence, on=declared),
                key=lambda s: (s.a, s.b, s.start),
            )
    else:
        series = pair_series(corpus, spec)
        found = detect_shifts(corpus, series, min_delta=min_delta, alpha=alpha, min_obs=min_obs)
    if since:
        found = [s for s in found if s.end >= date.fromisoformat(since)]
    for shift in found:
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "a": shift.a,
                        "a_name": corpus.name(shift.a),
                        "b": shift.b,
                        "b_name": corpus.name(shift.b),
                        "window": {"start": shift.start.isoformat(), "end": shift.end.isoformat()},
                        "before": shift.before,
                        "after": shift.after,
                        "delta": round(shift.delta, 4),
                        "p_value": shift.p_value,
                        "direction": shift.direction,
                        "issues": shift.issues,
                        "evidence": shift.evidence,
                        "method": shift.method,
                        "last_before": shift.last_before.isoformat() if shift.last_before else None,
                        "evidence_before": shift.evidence_before,
                        "n_before": shift.n_before,
                        "n_after": shift.n_after,
                        "articles_before": shift.articles_before,
                        "articles_after": shift.articles_after,
                        "sign_change": shift.sign_change,
                        "statements": [
                            {
                                "ref": s.ref,
                                "actor": s.actor,
                                "issue": s.issue,
                                "polarity": s.polarity,
                                "text": s.text,
                            }
                            for s in shift.statements
                        ],
                    },
                    ensure_ascii=False,
                )
            )
            continue
        when = (
            f"{shift.start} (last evidence before: {shift.last_before})"
            if shift.method in ("change-point", "declared")
            else f"{shift.start} .. {shift.end}"
        )
        typer.echo(
            f"{when}  {corpus.name(shift.a)} ~ {corpus.name(shift.b)}: "
            f"{shift.before:+.2f} -> {shift.after:+.2f} ({shift.direction}, "
            f"{'declared' if shift.method == 'declared' else f'p={shift.p_value:.3f}'}; "
            f"articles {shift.articles_before} before, {shift.articles_after} after"
            f"{'; sign change' if shift.sign_change else ''})"
        )
        if shift.method == "declared":
            for ref in shift.evidence:
                typer.echo(f"    {ref}: {declared_sentence(corpus, ref)}")
        for st in shift.statements:
            typer.echo(
                f"    {st.ref} {corpus.name(st.actor)} {st.polarity:+d} {corpus.issue_labels.get(st.issue, st.issue)}: {st.text or ''}"
            )
    if not found and not as_json:
        typer.echo("no shifts found", err=True)


def network(
    file: Path | None = typer.Argument(
        None, exists=True, dir_okay=False, help="JSON Lines from analyze --jsonl (or --db)."
    ),
    out: list[Path] = typer.Option(
        ..., "--out", help="Output file(s): .graphml, .gexf, .csv, .png, .svg."
    ),
    kind: str = typer.Option(
        "subtract", "--kind", help="two-mode, congruence, conflict or subtract."
    ),
    normalise: str = typer.Option("none", "--normalise", help="none, average, jaccard or cosine."),
    start: str | None = typer.Option(None, "--from", help="First date (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Last date (YYYY-MM-DD)."),
    registry: Path = REGISTRY_OPT,
    window: str = typer.Option(
        "all",
        "--window",
        help=f"One network per window ({WHOLE_CORPUS_WINDOW_HELP}); files get its start date.",
    ),
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
    db: str | None = DB_OPT,
) -> None:
    """A discourse network (DNA-style) written to GraphML, GEXF, CSV or a picture."""
    corpus = _corpus(_source(file, db), registry, load_settings(config), embeddings)
    spec = Window.parse(window)
    first, last = _date(start), _date(end)
    if spec.kind == "all":
        _write_network(corpus, kind, normalise, first, last, out, "")
        return
    dated = sorted(d for d in corpus.documents.values() if d is not None)
    if not dated:
        raise ValueError("no dated documents: use --window all")
    seen: set[date] = set()
    for day in dated:
        w0, w1 = spec.bounds(day, dated[0])
        if w0 in seen:
            continue
        seen.add(w0)
        lo = max(w0, first) if first else w0
        hi = min(w1, last) if last else w1
        if lo <= hi:
            _write_network(corpus, kind, normalise, lo, hi, out, w0.isoformat())


def _write_network(
    corpus: Corpus,
    kind: str,
    normalise: str,
    start: date | None,
    end: date | None,
    out: list[Path],
    tag: str,
) -> None:
    from ..alignment.network import one_mode, two_mode, write_network

    if kind == "two-mode":
        graph = two_mode(corpus, start, end)
    else:
        graph = one_mode(corpus, kind, normalise, start, end)
    for path in out:
        target = path.with_name(f"{path.stem}.{tag}{path.suffix}") if tag else path
        if target.suffix.lower() in (".png", ".svg"):
            from ..alignment.plots import plot_network

            plot_network(graph, target, title=f"{kind} network {tag}".strip())
        else:
            write_network(graph, target)
        typer.echo(
            f"wrote {target} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)"
        )


issues_app = typer.Typer(help="List, name, merge and split issues.", no_args_is_help=True)


@issues_app.command("list")
@_friendly
def issues_list(
    file: Path | None = typer.Argument(
        None, exists=True, dir_okay=False, help="JSON Lines from analyze --jsonl (or --db)."
    ),
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
    as_json: bool = typer.Option(False, "--json"),
    db: str | None = DB_OPT,
) -> None:
    """Every merged issue: id, label, statement count and the raw issue ids it holds."""
    corpus = _corpus(_source(file, db), registry, load_settings(config), embeddings)
    counts: dict[str, int] = {}
    for st in corpus.statements:
        counts[st.issue] = counts.get(st.issue, 0) + 1
    for issue in sorted(counts, key=lambda i: (-counts[i], i)):
        label = corpus.issue_labels.get(issue, issue)
        raw = sorted(corpus.raw_issues.get(issue, []))
        if as_json:
            row = {"id": issue, "label": label, "statements": counts[issue], "raw": raw}
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            typer.echo(f"{issue}\t{counts[issue]}\t{label}\t[{', '.join(raw)}]")


@issues_app.command("name")
@_friendly
def issues_name(
    issue: str = typer.Argument(..., help="Issue id."),
    label: str = typer.Argument(..., help="The label to show."),
    registry: Path = REGISTRY_OPT,
) -> None:
    """Give an issue your own label."""
    reg = IssueRegistry.load(registry)
    reg.name(issue, label)
    reg.save(registry)
    typer.echo(f"{issue}: {label}")


@issues_app.command("merge")
@_friendly
def issues_merge(
    issues: list[str] = typer.Argument(..., help="Issue ids to merge."),
    into: str = typer.Option(..., "--into", help="The issue they become part of."),
    registry: Path = REGISTRY_OPT,
) -> None:
    """Merge issues into one."""
    reg = IssueRegistry.load(registry)
    reg.merge(issues, into)
    reg.save(registry)
    typer.echo(f"merged {', '.join(issues)} into {into}")


@issues_app.command("split")
@_friendly
def issues_split(
    raw: list[str] = typer.Argument(..., help="Raw (per-document) issue ids to take out."),
    new_id: str = typer.Option(..., "--as", help="The id of the new issue they form."),
    registry: Path = REGISTRY_OPT,
) -> None:
    """Take raw issue ids out of the issue they were merged into."""
    reg = IssueRegistry.load(registry)
    reg.split(raw, new_id)
    reg.save(registry)
    typer.echo(f"split {', '.join(raw)} into {new_id}")


plot_app = typer.Typer(help="Pictures (PNG or SVG, by the --out suffix).", no_args_is_help=True)


@plot_app.command("pair")
@_friendly
def plot_pair_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False),
    a: str = typer.Argument(..., help="Actor id or name."),
    b: str = typer.Argument(..., help="Actor id or name."),
    out: Path = typer.Option(..., "--out"),
    window: str | None = SERIES_WINDOW_OPT,
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
) -> None:
    """A pair's alignment over time, with detected shifts marked."""
    from ..alignment.plots import plot_pair

    settings = load_settings(config)
    spec = _series_window(window, settings)
    corpus = _corpus(file, registry, settings, embeddings)
    ida, idb = sorted((_actor(corpus, a), _actor(corpus, b)))
    _note_undated(corpus, spec)
    series = pair_series(corpus, spec)
    points = series.get((ida, idb), [])
    if not points:
        raise ValueError(f"{corpus.name(ida)} and {corpus.name(idb)} share no issue or event")
    found = [s for s in detect_shifts(corpus, {(ida, idb): points})]
    plot_pair(points, f"{corpus.name(ida)} ~ {corpus.name(idb)}", out, found)
    typer.echo(f"wrote {out}")


@plot_app.command("stances")
@_friendly
def plot_stances_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False),
    actor: str = typer.Argument(..., help="Actor id or name."),
    out: Path = typer.Option(..., "--out"),
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
) -> None:
    """An actor's stances as a table picture."""
    from ..alignment.plots import plot_stances

    corpus = _corpus(file, registry, load_settings(config), embeddings)
    plot_stances(corpus, _actor(corpus, actor), out)
    typer.echo(f"wrote {out}")


@plot_app.command("network")
@_friendly
def plot_network_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False),
    out: Path = typer.Option(..., "--out"),
    kind: str = typer.Option(
        "subtract", "--kind", help="two-mode, congruence, conflict or subtract."
    ),
    normalise: str = typer.Option("none", "--normalise", help="none, average, jaccard or cosine."),
    start: str | None = typer.Option(None, "--from", help="First date (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Last date (YYYY-MM-DD)."),
    registry: Path = REGISTRY_OPT,
    embeddings: bool | None = EMBED_OPT,
    config: Path | None = CONFIG_OPT,
) -> None:
    """A picture of a discourse network (the options of "stancemap network")."""
    network(file, [out], kind, normalise, start, end, registry, "all", embeddings, config)


def register_corpus_commands(app: typer.Typer) -> None:
    """Add corpus commands to the root app."""
    app.command("relations")(_friendly(relations))
    app.command("shifts")(_friendly(shifts))
    app.command("network")(_friendly(network))
    app.add_typer(issues_app, name="issues")
    app.add_typer(plot_app, name="plot")
