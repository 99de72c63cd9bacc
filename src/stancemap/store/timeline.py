"""A pair's relation over time and the shifts in a corpus, computed by the
alignment code the corpus commands use, over documents read from the store.

Both are kept in the store's query cache (``cache``) until the next document
is written: the first answer after an ingest is computed, the next ones read.
``relation`` reads only what can move the pair's score (``pairs.pair_corpus``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import select, tuple_

from ..alignment.corpus import Corpus, build_corpus
from ..alignment.scoring import Observation
from ..alignment.timeseries import Window, WindowPoint, detect_shifts, pair_series
from ..stances.registry import IssueRegistry
from . import models as m
from .cache import cached
from .core import Store
from .pairs import pair_corpus, pair_documents, rules_key
from .queries import check_date, need_actor
from .reader import corpus_rows
from .rows import ActorRef, Evidence, RelationPoint, RelationReport, ShiftRow

E = m.events.c

__all__ = [
    "evidence",
    "pair_corpus",
    "pair_documents",
    "relation",
    "relation_points",
    "shifts",
    "store_corpus",
]


def evidence(
    store: Store, corpus: Corpus, refs: list[str], via: dict[str, str] | None = None
) -> list[Evidence]:
    """Each statement or event ref of ``corpus`` with its date and the words it was read
    from; ``via`` names the other actors' relation a ref was carried from (``carried_via``)."""
    via = via or {}
    event_keys = []
    for ref in refs:
        doc_id, _, local = ref.partition("#")
        if corpus.statement(ref) is None:
            event_keys.append((doc_id, local))
    event_text: dict[tuple[str, str], str] = {}
    if event_keys:
        with store.read() as connection:
            query = select(E.doc_id, E.event_id, E.evidence_text, E.trigger_text).where(
                tuple_(E.doc_id, E.event_id).in_(event_keys)
            )
            for row in connection.execute(query):
                event_text[(row[0], row[1])] = row[2] or row[3]
    out = []
    for ref in refs:
        doc_id, _, local = ref.partition("#")
        when = corpus.documents.get(doc_id)
        statement = corpus.statement(ref)
        out.append(
            Evidence(
                ref=ref,
                doc_id=doc_id,
                date=when.isoformat() if when else None,
                kind="statement" if statement is not None else "event",
                text=statement.text if statement is not None else event_text.get((doc_id, local)),
                via=via.get(ref),
            )
        )
    return out


def carried_via(observations: list[Observation]) -> dict[str, str]:
    """Ref -> the leaders' pair it was carried from (``Observation.via``
    "leaders:<a>~<b>"), for the refs a pair holds only through other actors' relation."""
    carried: dict[str, str] = {}
    own: set[str] = set()
    for obs in observations:
        if obs.via.startswith("leaders:"):
            for ref in obs.refs:
                carried.setdefault(ref, obs.via)
        else:
            own.update(obs.refs)
    return {ref: via for ref, via in carried.items() if ref not in own}


def store_corpus(
    store: Store,
    doc_ids: list[str] | None = None,
    registry: IssueRegistry | None = None,
    switches: Any = None,
) -> Corpus:
    return build_corpus(corpus_rows(store, doc_ids=doc_ids), registry, switches=switches)


def _registry_key(registry: IssueRegistry | None) -> dict[str, Any]:
    return asdict(registry) if registry is not None else {}


def relation_points(
    store: Store, corpus: Corpus, a_id: str, b_id: str, window: Window
) -> list[RelationPoint]:
    """A and B's score per window of ``corpus`` (their ``pair_corpus``), with the evidence."""
    key = tuple(sorted((a_id, b_id)))
    points = pair_series(corpus, window).get((key[0], key[1]), [])
    return points_with_evidence(store, corpus, points, window)


def points_with_evidence(
    store: Store, corpus: Corpus, points: list[WindowPoint], window: Window
) -> list[RelationPoint]:
    """One pair's scored windows (from ``pair_series``) as report points with evidence;
    for a caller that already holds the series (the web scores it once for points and shifts)."""
    dated = window.kind != "all"
    return [
        RelationPoint(
            start=point.start.isoformat() if dated else None,
            end=point.end.isoformat() if dated else None,
            score=round(point.score, 4),
            agree=sorted({corpus.issue_labels.get(i, i) for i in point.pair.agree}),
            disagree=sorted({corpus.issue_labels.get(i, i) for i in point.pair.disagree}),
            cooperation=point.pair.cooperation,
            conflict=point.pair.conflict,
            evidence=evidence(
                store, corpus, point.pair.evidence, carried_via(point.pair.observations)
            ),
        )
        for point in points
    ]


_POINTS = TypeAdapter(list[RelationPoint])
_SHIFTS = TypeAdapter(list[ShiftRow])


def relation(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    registry: IssueRegistry | None = None,
    use_cache: bool = True,
    switches: Any = None,
) -> RelationReport:
    """How A and B relate per window (``month``, ``week``, ``all``, ``14d``), with evidence.

    ``use_cache=False`` computes the answer even when the store's cache holds it.
    """
    window = Window.parse(by)
    ref_a, ref_b = need_actor(store, a), need_actor(store, b)

    def compute() -> list[RelationPoint]:
        corpus = pair_corpus(store, ref_a.id, ref_b.id, registry, switches)
        return relation_points(store, corpus, ref_a.id, ref_b.id, window)

    if use_cache:
        arguments = {
            "a": ref_a.id,
            "b": ref_b.id,
            "by": window,
            "registry": _registry_key(registry),
            **rules_key(switches),
        }
        # "relation.v2": answers cached before evidence named its ``via`` hold none
        points = cached(store, "relation.v2", arguments, compute, _dump_points, _load_points)
    else:
        points = compute()
    return RelationReport(a=ref_a, b=ref_b, by=by, points=points)


def _dump_points(points: list[RelationPoint]) -> str:
    return _POINTS.dump_json(points).decode()


def _load_points(payload: str) -> list[RelationPoint]:
    return _POINTS.validate_json(payload)


def _dump_shifts(found: list[ShiftRow]) -> str:
    return _SHIFTS.dump_json(found).decode()


def _load_shifts(payload: str) -> list[ShiftRow]:
    return _SHIFTS.validate_json(payload)


def shifts(
    store: Store,
    *,
    since: str | None = None,
    window: str = "month",
    min_delta: float = 0.5,
    alpha: float = 0.1,
    min_obs: int = 2,
    registry: IssueRegistry | None = None,
    use_cache: bool = True,
    method: str = "windows",
    switches: Any = None,
) -> list[ShiftRow]:
    """Pairs whose alignment changed in a window ending on or after ``since``.

    ``method="turns"``: change points over each pair's dated evidence instead
    (``alignment.turns``), each turn dated to its first evidence (``window`` unused).
    """
    start = check_date(since)
    parsed = Window.parse(window)
    if method not in ("windows", "turns"):
        raise ValueError(f"unknown shift method '{method}': use windows or turns")
    arguments = {
        "window": window, "min_delta": min_delta, "alpha": alpha, "min_obs": min_obs,
        "registry": _registry_key(registry), **rules_key(switches),
    }  # fmt: skip
    if method != "windows":  # the old key stays for the old answer: its cache still serves
        arguments["method"] = method

    def compute() -> list[ShiftRow]:
        return _all_shifts(store, parsed, min_delta, alpha, min_obs, registry, method, switches)

    if use_cache:
        found = cached(store, "shifts", arguments, compute, _dump_shifts, _load_shifts)
    else:
        found = compute()
    # one cached answer serves every --since: the filter is applied to it
    return [s for s in found if start is None or s.end >= start]


def _all_shifts(
    store: Store,
    window: Window,
    min_delta: float,
    alpha: float,
    min_obs: int,
    registry: IssueRegistry | None,
    method: str = "windows",
    switches: Any = None,
) -> list[ShiftRow]:
    from ..alignment.turns import detect_turns

    corpus = store_corpus(store, None, registry, switches)
    if method == "turns":
        found = detect_turns(corpus, min_delta=min_delta, alpha=alpha, min_obs=min_obs)
    else:
        series = pair_series(corpus, window)
        found = detect_shifts(corpus, series, min_delta=min_delta, alpha=alpha, min_obs=min_obs)
    return [
        ShiftRow(
            a=ActorRef(id=s.a, name=corpus.name(s.a)),
            b=ActorRef(id=s.b, name=corpus.name(s.b)),
            start=s.start.isoformat(),
            end=s.end.isoformat(),
            before=s.before,
            after=s.after,
            p_value=s.p_value,
            direction=s.direction,
            issues=[corpus.issue_labels.get(i, i) for i in s.issues],
            evidence=evidence(store, corpus, s.evidence),
            method=s.method,
            last_before=s.last_before.isoformat() if s.last_before else None,
            evidence_before=evidence(store, corpus, s.evidence_before),
            articles_before=s.articles_before,
            articles_after=s.articles_after,
            sign_change=s.sign_change,
        )
        for s in found
    ]
