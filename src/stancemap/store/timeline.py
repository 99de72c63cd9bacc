"""A pair's relation over time and the shifts in a corpus, computed by the
alignment code the corpus commands use, over documents read from the store.
"""

from __future__ import annotations

from sqlalchemy import or_, select, tuple_

from ..alignment.corpus import Corpus, build_corpus
from ..alignment.timeseries import Window, detect_shifts, pair_series
from ..stances.registry import IssueRegistry
from . import models as m
from .core import Store
from .queries import check_date, need_actor
from .reader import corpus_rows
from .rows import ActorRef, Evidence, RelationPoint, RelationReport, ShiftRow

DA, E = m.document_actors.c, m.events.c


def _evidence(store: Store, corpus: Corpus, refs: list[str]) -> list[Evidence]:
    """Each statement or event ref with the words it was read from."""
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
            )
        )
    return out


def store_corpus(
    store: Store, doc_ids: list[str] | None = None, registry: IssueRegistry | None = None
) -> Corpus:
    return build_corpus(corpus_rows(store, doc_ids=doc_ids), registry)


def _only_pair(corpus: Corpus, a: str, b: str) -> Corpus:
    """The corpus cut to what can move A and B's score: their statements, and events
    involving them, their countries or their leaders (``scoring`` counts those)."""
    related = {a, b}
    for country, people in corpus.leaders.items():
        if related & {country, *people}:
            related |= {country, *people}
    corpus.statements = [s for s in corpus.statements if s.actor in (a, b)]
    corpus.events = [e for e in corpus.events if related & {*e.obs.source, *e.obs.target}]
    return corpus


def pair_documents(store: Store, a_id: str, b_id: str) -> list[str]:
    """Ids of the documents that name actor ``a_id`` or ``b_id``, in order."""
    with store.read() as connection:
        return sorted(
            connection.execute(
                select(DA.doc_id).where(or_(DA.actor_id == a_id, DA.actor_id == b_id)).distinct()
            ).scalars()
        )


def relation(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    registry: IssueRegistry | None = None,
) -> RelationReport:
    """How A and B relate per window (``month``, ``week``, ``all``, ``14d``), with evidence."""
    window = Window.parse(by)
    ref_a, ref_b = need_actor(store, a), need_actor(store, b)
    doc_ids = pair_documents(store, ref_a.id, ref_b.id)
    corpus = _only_pair(store_corpus(store, doc_ids, registry), ref_a.id, ref_b.id)
    key = tuple(sorted((ref_a.id, ref_b.id)))
    points = pair_series(corpus, window).get((key[0], key[1]), [])
    out = []
    for point in points:
        pair = point.pair
        dated = window.kind != "all"
        out.append(
            RelationPoint(
                start=point.start.isoformat() if dated else None,
                end=point.end.isoformat() if dated else None,
                score=round(point.score, 4),
                agree=sorted({corpus.issue_labels.get(i, i) for i in pair.agree}),
                disagree=sorted({corpus.issue_labels.get(i, i) for i in pair.disagree}),
                cooperation=pair.cooperation,
                conflict=pair.conflict,
                evidence=_evidence(store, corpus, pair.evidence),
            )
        )
    return RelationReport(a=ref_a, b=ref_b, by=by, points=out)


def shifts(
    store: Store,
    *,
    since: str | None = None,
    window: str = "month",
    min_delta: float = 0.5,
    alpha: float = 0.1,
    min_obs: int = 2,
    registry: IssueRegistry | None = None,
) -> list[ShiftRow]:
    """Pairs whose alignment changed in a window starting on or after ``since``."""
    start = check_date(since)
    corpus = store_corpus(store, None, registry)
    series = pair_series(corpus, Window.parse(window))
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
            evidence=_evidence(store, corpus, s.evidence),
        )
        for s in found
        if start is None or s.end.isoformat() >= start
    ]
