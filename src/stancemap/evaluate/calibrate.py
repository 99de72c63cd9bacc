"""Confidence that means something: binned calibration of quote and event confidences.

A stage's raw confidence is a few fixed values (0.85 for a named speaker, 0.6
for a guess), right or wrong. Calibration replaces it with the precision that
items of the same kind and raw value reached on the dev gold's ``tune`` part:

- quotes: PolNeAR dev articles; a quote is right when its content overlaps a
  gold attribution's content (one-to-one, largest overlap first) and, where
  the gold names a source, the predicted source overlaps it;
- events: PLOVER dev sentences; an event is right when its type is the gold
  type and its trigger touches the gold event words.

Each key (quote kind and raw confidence; event raw confidence) maps to its
observed precision, shrunk towards the part's overall precision by
``prior_weight`` pseudo-items so that a rare key does not jump to 0 or 1.
The mapping lives in ``data/calibration.toml``; ``Calibrator`` applies it.
``reliability`` bins items by calibrated confidence and reports the observed
precision of each bin on the ``check`` part (docs/benchmarks.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Event
from ..stances.confidence import (  # noqa: F401  (re-exported: the pipeline imports them here)
    APPLY,
    Calibrator,
    calibrate_records,
    default_calibrator,
    event_key,
    quote_key,
)
from .split import part_of

PRIOR_WEIGHT = 5.0  # pseudo-items pulling a key towards the overall precision
BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass
class Item:
    key: str
    raw: float
    correct: bool


# ------------------------------------------------------------------ labelling


def label_quotes(analysis: dict[str, Any], gold: list[Any], text: str) -> list[Item]:
    """Every predicted quote of one PolNeAR article, right or wrong."""
    from .polnear import _shared, _trimmed, pair_greedy

    quotes = list(analysis.get("quotes") or []) + list(analysis.get("embedded_quotes") or [])
    g_content = [_trimmed(text, g.content) for g in gold]
    p_content = [_trimmed(text, [(q["content"]["start"], q["content"]["end"])]) for q in quotes]
    right = set()
    for gi, pi, _ in pair_greedy(g_content, p_content):
        g_source = _trimmed(text, gold[gi].source)
        q = quotes[pi]
        src = q.get("source")
        if not g_source or (src and _shared(g_source, [(src["start"], src["end"])]) > 0):
            right.add(pi)
    return [
        Item(quote_key(q["kind"], float(q["confidence"])), float(q["confidence"]), i in right)
        for i, q in enumerate(quotes)
    ]


def label_events(record: dict[str, Any], events: list[Event]) -> list[Item]:
    """Every predicted event of one PLOVER sentence, right or wrong."""
    from ..events.ontology import load_ontology
    from .plover import _gold_spans, _touches

    ontology = load_ontology()
    gold = ontology.canonical_type(record["event"])
    spans = _gold_spans(record)
    return [
        Item(
            event_key(e.confidence),
            e.confidence,
            ontology.canonical_type(e.type) == gold and (not spans or _touches(e, spans)),
        )
        for e in events
    ]


def polnear_items(cache: Path, polnear_dev: Path) -> dict[str, list[Item]]:
    """part -> labelled quotes, from cached analyses (JSONL) of the PolNeAR dev articles."""
    from .polnear_gold import load_split

    articles = {a.name: a for a in load_split(polnear_dev)}
    out: dict[str, list[Item]] = {"tune": [], "check": []}
    for line in cache.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        name = obj["document"]["id"]
        article = articles.get(name)
        if article is None:
            continue
        out[part_of(name)] += label_quotes(obj, article.attributions, article.text)
    return out


def plover_items(path: Path, analyzer: Any) -> dict[str, list[Item]]:
    """part -> labelled events, analysing each PLOVER dev sentence."""
    from .plover import read_records

    out: dict[str, list[Item]] = {"tune": [], "check": []}
    for record in read_records(path):
        result = analyzer.analyze_text(record["text"], doc_id=record["id"], date=record.get("date"))
        out[part_of(record["id"])] += label_events(record, result.events)
    return out


# ------------------------------------------------------------------ fitting


def fit(items: Iterable[Item]) -> dict[str, Any]:
    """key -> shrunk precision, and the overall precision as the default."""
    items = list(items)
    overall = sum(i.correct for i in items) / len(items) if items else 0.5
    counts: dict[str, list[int]] = {}
    for item in items:
        c = counts.setdefault(item.key, [0, 0])
        c[0] += item.correct
        c[1] += 1
    mapping = {
        key: round((right + PRIOR_WEIGHT * overall) / (n + PRIOR_WEIGHT), 3)
        for key, (right, n) in sorted(counts.items())
    }
    return {
        "default": round(overall, 3),
        "items": len(items),
        "map": mapping,
        "counts": {k: n for k, (_, n) in sorted(counts.items())},
    }


def reliability(items: Iterable[Item], mapping: dict[str, Any]) -> list[dict[str, Any]]:
    """Bins of calibrated confidence: count, mean predicted, observed precision; raw beside."""
    rows = []
    scored = [(mapping["map"].get(i.key, mapping["default"]), i) for i in items]
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [(p, i) for p, i in scored if lo <= p < hi]
        if not inside:
            continue
        rows.append(
            {
                "bin": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                "n": len(inside),
                "predicted": round(sum(p for p, _ in inside) / len(inside), 3),
                "raw": round(sum(i.raw for _, i in inside) / len(inside), 3),
                "observed": round(sum(i.correct for _, i in inside) / len(inside), 3),
            }
        )
    return rows


def expected_error(items: Iterable[Item], confidence: Any) -> float:
    """Expected calibration error: |confidence - correct| weighted over BINS."""
    items = list(items)
    if not items:
        return 0.0
    total = 0.0
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [i for i in items if lo <= confidence(i) < hi]
        if inside:
            mean = sum(confidence(i) for i in inside) / len(inside)
            observed = sum(i.correct for i in inside) / len(inside)
            total += len(inside) * abs(mean - observed)
    return round(total / len(items), 4)


def write_mapping(path: Path, quotes: dict[str, Any], events: dict[str, Any]) -> None:
    """The mapping file (TOML), with how it was fitted."""
    lines = [
        "# Calibrated confidences (stancemap eval calibrate): key -> precision observed on the",
        "# tune part of the dev gold, shrunk towards the part's overall precision.",
        "# quotes: key 'kind|raw confidence', fitted on PolNeAR dev (tune);",
        "# events: key 'raw confidence', fitted on PLOVER dev (tune).",
        "# Regenerate, never edit by hand: the check part's reliability is in docs/benchmarks.md.",
    ]
    for name, table in (("quotes", quotes), ("events", events)):
        lines += ["", f"[{name}]", f"default = {table['default']}", f"items = {table['items']}"]
        lines += ["", f"[{name}.map]"]
        lines += [f'"{k}" = {v}' for k, v in table["map"].items()]
        lines += ["", f"[{name}.counts]"]
        lines += [f'"{k}" = {v}' for k, v in table["counts"].items()]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def run_calibration(
    cache: Path, polnear_dev: Path, plover_dev: Path, analyzer: Any, out: Path | None
) -> dict[str, Any]:
    """Fit on tune, write the mapping (when ``out``), report reliability on tune and check.

    ``cache`` holds analyses (JSONL) of the PolNeAR dev articles, made with the
    raw (uncalibrated) confidences, e.g. by ``bench/polnear_shifts.py``.
    """
    quotes = polnear_items(cache, polnear_dev)
    events = plover_items(plover_dev, analyzer)
    q_map, e_map = fit(quotes["tune"]), fit(events["tune"])
    if out is not None:
        write_mapping(out, q_map, e_map)
    report: dict[str, Any] = {}
    for name, parts, mapping in (("quotes", quotes, q_map), ("events", events, e_map)):
        report[name] = {
            "fitted_on": f"tune ({mapping['items']} items)",
            **{
                part: {
                    "items": len(parts[part]),
                    "precision": round(
                        sum(i.correct for i in parts[part]) / max(1, len(parts[part])), 3
                    ),
                    "ece_raw": expected_error(parts[part], lambda i: i.raw),
                    "ece_calibrated": expected_error(
                        parts[part], lambda i, m=mapping: m["map"].get(i.key, m["default"])
                    ),
                    "reliability": reliability(parts[part], mapping),
                }
                for part in ("tune", "check")
            },
        }
    return report
