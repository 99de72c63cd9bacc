"""Ablation: what each rule is worth, measured on a gold set.

The gold set is read and parsed once; the pipeline's stages then run again
with each rule (matching a pattern) switched off in turn, through
``[rules] disable`` - no monkeypatching. A rule's gain is the headline score
with it on minus the score with it off: a rule whose gain on ``check`` is not
above zero is removed, or the reason it stays is written beside it.

Headline metrics per gold kind:

* ``polnear`` (a PolNeAR split folder): quote content overlap F1, source match;
* ``plover`` (PLOVER records, JSON Lines): event type, source / target country;
* ``actors`` (NGEC cases, JSON Lines): actor country / sector accuracy.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

from ..config import Settings, load_settings
from ..rules import load_all

Kind = Literal["polnear", "plover", "actors"]
Scorer = Callable[[Settings], dict[str, float]]

# The rules each kind can see by default: those of the stages its metric runs through.
DEFAULT_RULES: dict[str, tuple[str, ...]] = {
    "polnear": ("quotes.*",),
    "plover": ("events.*",),
    "actors": ("actors.*",),
}


def detect_kind(path: Path) -> Kind:
    """PolNeAR folder, PLOVER records or NGEC actor cases, from what the path holds."""
    if path.is_dir():
        if (path / "text").is_dir() and (path / "attributions").is_dir():
            return "polnear"
        raise ValueError(f"{path}: a folder, but not a PolNeAR split (needs text/, attributions/)")
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), None)
    if first is None:
        raise ValueError(f"{path}: empty")
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        raise ValueError(f"{path}: not JSON Lines, and not a PolNeAR folder") from None
    if isinstance(record, dict) and "mention" in record and "expected" in record:
        return "actors"
    if isinstance(record, dict) and "text" in record and "event" in record:
        return "plover"
    raise ValueError(f"{path}: neither PLOVER records (text, event) nor NGEC cases (mention)")


def _with_disabled(settings: Settings, patterns: list[str]) -> Settings:
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *patterns]})
    return settings.model_copy(update={"rules": rules})


def _polnear_scorer(path: Path, settings: Settings, part: str, pipeline: Any) -> Scorer:
    from .polnear import headline, prepare_polnear

    prepared = prepare_polnear(path, settings, part=part, pipeline=pipeline)

    def score(current: Settings) -> dict[str, float]:
        tallies, _ = prepared.score(current)
        return headline(tallies)

    return score


def _plover_scorer(path: Path, settings: Settings, part: str, pipeline: Any) -> Scorer:
    from ..ingest import make_document
    from ..pipeline import Failure, Pipeline
    from .plover import _Tally, read_records, score_record
    from .split import select

    records = select(read_records(path), lambda r: str(r["id"]), part)
    pipeline = pipeline.derive(settings) if pipeline is not None else Pipeline(settings)
    documents = [
        make_document(r["text"], doc_id=r.get("id"), date=r.get("date"), strip_boilerplate=False)
        for r in records
    ]
    parsed = pipeline.parse(documents)

    def score(current: Settings) -> dict[str, float]:
        tally = _Tally()
        results = pipeline.run(parsed, current, stages=("actors", "quotes", "events"))
        for record, result in zip(records, results, strict=True):
            score_record(tally, record, None if isinstance(result, Failure) else result)
        scores = tally.scores()
        return {
            "type": scores["type_accuracy"],
            "source_country": scores["source_country_accuracy"],
            "target_country": scores["target_country_accuracy"],
        }

    return score


def _actors_scorer(path: Path, settings: Settings, part: str, pipeline: Any) -> Scorer:
    from ..actors import ActorStage
    from .actors import read_cases, score_cases
    from .split import select

    cases = select(read_cases(path), lambda c: str(c["id"]), part)

    def score(current: Settings) -> dict[str, float]:
        result = score_cases(cases, ActorStage(current).link)
        return {
            "country": result["all"]["country"]["accuracy"],
            "sector": result["all"]["sector"]["accuracy"],
        }

    return score


SCORERS: dict[str, Callable[[Path, Settings, str, Any], Scorer]] = {
    "polnear": _polnear_scorer,
    "plover": _plover_scorer,
    "actors": _actors_scorer,
}


def ablate(
    path: Path,
    settings: Settings | None = None,
    *,
    part: str = "all",
    rules: str | None = None,
    pipeline: Any = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score the full pipeline, then with each rule matching ``rules`` switched off.

    Returns the kind, the full scores and, per rule, its scores when off and its
    gain (full minus off) on each headline metric.
    """
    started = time.perf_counter()
    settings = settings if settings is not None else load_settings()
    path = Path(path)
    kind = detect_kind(path)
    patterns = (rules,) if rules else DEFAULT_RULES[kind]
    names = [
        r.name
        for r in load_all().all()
        if any(fnmatchcase(r.name, p) for p in patterns)
        and not any(fnmatchcase(r.name, d) for d in settings.rules.disable)
    ]
    if not names:
        raise ValueError(f"no rule matches {', '.join(patterns)} (see `stancemap rules`)")
    score = SCORERS[kind](path, settings, part, pipeline)
    full = score(settings)
    rows = []
    for name in names:
        off = score(_with_disabled(settings, [name]))
        gain = {metric: round(full[metric] - off[metric], 4) for metric in full}
        rows.append({"rule": name, "off": off, "gain": gain})
        if progress is not None:
            progress(f"{name}: {gain}")
    return {
        "gold": str(path),
        "kind": kind,
        "part": part,
        "rules": list(patterns),
        "full": full,
        "ablation": rows,
        "gain_definition": "score with the rule on minus score with it switched off",
        "seconds": round(time.perf_counter() - started, 1),
    }
