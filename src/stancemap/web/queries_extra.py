"""Store queries the web front needs beyond ``store.queries``: lists with an
offset (documents, statements, pair relations), one pair's shifts, and the
discourse network of a window.

Like the store's own queries, every user value reaches SQL as a bound
parameter (SQLAlchemy expressions only).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import networkx as nx
from pydantic import BaseModel, Field
from sqlalchemy import ScalarSelect, Table, and_, func, or_, select

from ..alignment.carried import carried_part
from ..alignment.corpus import build_corpus
from ..alignment.network import one_mode
from ..alignment.scoring import PairScore
from ..alignment.timeseries import Window, detect_shifts, pair_series
from ..alignment.turns import dated_evidence, detect_turns
from ..store import models as m
from ..store.core import Store
from ..store.pairs import pair_corpus, rules_key
from ..store.queries import actor_names, check_date, need_actor, within_dates
from ..store.reader import corpus_rows
from ..store.rows import ActorRef, RelationPoint, RelationReport
from ..store.timeline import points_with_evidence
from .read_cache import web_cached

D, DA, Q, E, S, R = (
    m.documents.c,
    m.document_actors.c,
    m.quotes.c,
    m.events.c,
    m.statements.c,
    m.relations.c,
)


class DocumentRow(BaseModel):
    id: str
    date: str | None
    title: str | None
    source: str | None
    language: str | None
    duplicate_of: str | None
    actors: int = 0
    quotes: int = 0
    events: int = 0


class StatementRow(BaseModel):
    doc_id: str
    date: str | None
    statement_id: str
    actor: ActorRef
    issue: str
    label: str
    polarity: int
    confidence: float
    text: str | None


class PairRow(BaseModel):
    a: ActorRef
    b: ActorRef
    score: float  # mean of the per-document relation scores
    documents: int
    cooperation: int
    conflict: int
    first: str | None
    last: str | None


class PairShift(BaseModel):
    start: str
    end: str
    before: float
    after: float
    p_value: float
    direction: str
    issues: list[str]
    # session 7: the documents behind the baseline and the window; the sign flipped
    articles_before: int = 0
    articles_after: int = 0
    sign_change: bool = False


class PairTurn(BaseModel):
    """A turn of the pair dated to the day (``stancemap shifts``' default detector)."""

    date: str  # the first evidence after the turn
    last_before: str | None  # the last evidence before it: the turn lies in between
    before: float
    after: float
    p_value: float
    direction: str
    issues: list[str]
    n_before: int
    n_after: int
    # session 7: the documents behind the evidence before and after; the sign flipped
    articles_before: int = 0
    articles_after: int = 0
    sign_change: bool = False


def _count_in(table: Table) -> ScalarSelect[int]:
    """How many rows of ``table`` the outer query's document holds (by the doc_id index)."""
    return select(func.count()).where(table.c.doc_id == D.id).scalar_subquery()


def list_documents(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    title: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[DocumentRow]:
    """Documents, newest first, with how many actors, quotes and events each holds.

    The counts are computed for the page's rows only (correlated subqueries on the
    doc_id indexes), not grouped over the whole store and joined.
    """
    query = (
        select(D.id, D.date, D.title, D.source, D.language, D.duplicate_of,
               _count_in(m.document_actors), _count_in(m.quotes), _count_in(m.events))
        .order_by(D.date.desc(), D.id)
        .offset(offset)
        .limit(limit)
    )  # fmt: skip
    query = within_dates(query, D.date, since, until)
    if title:
        query = query.where(func.lower(D.title).contains(title.lower(), autoescape=True))
    with store.read() as connection:
        return [
            DocumentRow(
                id=r[0], date=r[1], title=r[2], source=r[3], language=r[4], duplicate_of=r[5],
                actors=r[6], quotes=r[7], events=r[8],
            )
            for r in connection.execute(query)
        ]  # fmt: skip


def list_statements(
    store: Store,
    *,
    actor: str | None = None,
    issue: str | None = None,
    polarity: int | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[StatementRow]:
    """Single statements, newest first: an actor's stance on an issue, with its words."""
    query = (
        select(S.doc_id, D.date, S.statement_id, S.actor_id, S.issue_id, S.issue_label,
               S.polarity, S.confidence, S.text)
        .join(m.documents, D.id == S.doc_id)
        .order_by(D.date.desc(), S.doc_id, S.statement_id)
        .offset(offset)
        .limit(limit)
    )  # fmt: skip
    if actor is not None:
        query = query.where(S.actor_id == need_actor(store, actor).id)
    if issue is not None:
        low = issue.lower()
        query = query.where(
            or_(S.issue_id == issue, func.lower(S.issue_label).contains(low, autoescape=True))
        )
    if polarity is not None:
        query = query.where(S.polarity == polarity)
    query = within_dates(query, D.date, since, until)
    with store.read() as connection:
        found = list(connection.execute(query))
    names = actor_names(store, {r[3] for r in found})
    return [
        StatementRow(
            doc_id=r[0], date=r[1], statement_id=r[2],
            actor=ActorRef(id=r[3], name=str(names.get(r[3], r[3]))),
            issue=r[4], label=r[5], polarity=r[6], confidence=r[7], text=r[8],
        )
        for r in found
    ]  # fmt: skip


def list_pairs(
    store: Store,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[PairRow]:
    """Actor pairs with a relation in some document: mean score, most documents first."""
    query = (
        select(R.a, R.b, func.avg(R.score), func.count(), func.sum(R.cooperation),
               func.sum(R.conflict), func.min(D.date), func.max(D.date))
        .join(m.documents, D.id == R.doc_id)
        .group_by(R.a, R.b)
        .order_by(func.count().desc(), R.a, R.b)
        .offset(offset)
        .limit(limit)
    )  # fmt: skip
    if actor is not None:
        actor_id = need_actor(store, actor).id
        query = query.where(or_(R.a == actor_id, R.b == actor_id))
    query = within_dates(query, D.date, since, until)
    with store.read() as connection:
        found = list(connection.execute(query))
    names = actor_names(store, {r[0] for r in found} | {r[1] for r in found})
    return [
        PairRow(
            a=ActorRef(id=str(r[0]), name=names.get(str(r[0]), str(r[0]))),
            b=ActorRef(id=str(r[1]), name=names.get(str(r[1]), str(r[1]))),
            score=round(float(r[2]), 4), documents=r[3], cooperation=r[4] or 0,
            conflict=r[5] or 0, first=r[6], last=r[7],
        )
        for r in found
    ]  # fmt: skip


class CarriedPoint(BaseModel):
    """What one window's relation holds only through the two sides' leaders (evidence
    ``via`` "leaders:<a>~<b>", e.g. two countries whose presidents take sides): the
    point's own ``agree``/``disagree``/``cooperation``/``conflict`` count the pair's own
    statements and events alone, so a carried pair's columns would stay empty."""

    agree: list[str] = Field(default_factory=list)  # issue labels, not among the point's own
    disagree: list[str] = Field(default_factory=list)
    cooperation: int = 0  # the leaders' events between them, by the intensity table
    conflict: int = 0
    via: list[str] = Field(default_factory=list)  # the leaders' pairs it is carried from


class PairAnswer(BaseModel):
    """What the pair page shows, as kept in the store's query cache."""

    points: list[RelationPoint]
    shifts: list[PairShift]
    turns: list[PairTurn] = Field(default_factory=list)
    # one per point, in the same order (session 9)
    carried: list[CarriedPoint] = Field(default_factory=list)


def pair_report(
    store: Store, a: str, b: str, *, by: str = "month", switches: Any = None
) -> tuple[RelationReport, list[PairShift], list[PairTurn]]:
    """A and B per window with the evidence (as ``store.timeline.relation``), the
    windows where their relation shifted (``stancemap shifts --method windows``) and
    the turns dated to the day (``stancemap shifts``' default), from one read of the
    pair's corpus: the pair page needs them all, and that read is the cost. Kept in
    the store's query cache until the next document is written.
    """
    report, answer = pair_answer(store, a, b, by=by, switches=switches)
    return report, answer.shifts, answer.turns


def pair_answer(
    store: Store, a: str, b: str, *, by: str = "month", switches: Any = None
) -> tuple[RelationReport, PairAnswer]:
    """``pair_report``'s report and the whole cached answer (with ``carried``);
    ``switches`` (``RuleSwitches`` of the server's settings) reach the pair's corpus."""
    window = Window.parse(by)
    ref_a, ref_b = need_actor(store, a), need_actor(store, b)

    def compute() -> PairAnswer:
        return _pair_answer(store, ref_a.id, ref_b.id, window, switches)

    answer = web_cached(
        store,
        # older answers: "pair" holds no turns, "pair.v2" no evidence ``via``,
        # "pair.v3" no ``carried``
        "pair.v4",
        {"a": ref_a.id, "b": ref_b.id, "by": by, **rules_key(switches)},
        compute,
        PairAnswer.model_dump_json,
        PairAnswer.model_validate_json,
    )
    report = RelationReport(a=ref_a, b=ref_b, by=by, points=answer.points)
    return report, answer


def carried_point(pair: PairScore, labels: dict[str, str]) -> CarriedPoint:
    """The issues (by label) and events ``pair`` (one window's score) holds through its
    sides' leaders, apart from those it holds of its own: ``alignment.carried``, the
    same reading the analysis JSON's ``Relation.carried`` gives."""
    part = carried_part(pair)
    if part is None:
        return CarriedPoint()
    return CarriedPoint(
        agree=sorted({labels.get(i, i) for i in part.agree}),
        disagree=sorted({labels.get(i, i) for i in part.disagree}),
        cooperation=part.cooperation,
        conflict=part.conflict,
        via=part.via,
    )


def _pair_answer(
    store: Store, a_id: str, b_id: str, window: Window, switches: Any = None
) -> PairAnswer:
    corpus = pair_corpus(store, a_id, b_id, switches=switches)
    key = (min(a_id, b_id), max(a_id, b_id))
    series = {k: v for k, v in pair_series(corpus, window).items() if k == key}
    dated = window.kind != "all"
    points = points_with_evidence(store, corpus, series.get(key, []), window)
    carried = [carried_point(p.pair, corpus.issue_labels) for p in series.get(key, [])]
    shifts = [
        PairShift(
            start=s.start.isoformat(),
            end=s.end.isoformat(),
            before=s.before,
            after=s.after,
            p_value=s.p_value,
            direction=s.direction,
            issues=[corpus.issue_labels.get(i, i) for i in s.issues],
            articles_before=s.articles_before,
            articles_after=s.articles_after,
            sign_change=s.sign_change,
        )
        for s in (detect_shifts(corpus, series) if dated else [])
    ]
    # turns do not depend on the window: read from the pair's own dated evidence
    # only (the permutation tests are the cost; the corpus holds other pairs too)
    table = dated_evidence(corpus)
    turns = [
        PairTurn(
            date=t.start.isoformat(),
            last_before=t.last_before.isoformat() if t.last_before else None,
            before=t.before,
            after=t.after,
            p_value=t.p_value,
            direction=t.direction,
            issues=[corpus.issue_labels.get(i, i) for i in t.issues],
            n_before=t.n_before,
            n_after=t.n_after,
            articles_before=t.articles_before,
            articles_after=t.articles_after,
            sign_change=t.sign_change,
        )
        for t in detect_turns(corpus, {key: table[key]} if key in table else {})
    ]
    return PairAnswer(points=points, shifts=shifts, turns=turns, carried=carried)


def discourse_network(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    kind: str = "subtract",
    switches: Any = None,
) -> nx.Graph:
    """The one-mode actor network (DNA congruence/conflict/subtract) of a window, kept
    in the store's query cache until the next document is written (it reads every
    document of the window)."""
    start, end = check_date(since), check_date(until, "until")

    def compute() -> nx.Graph:
        rows = corpus_rows(store, since=start, until=end)
        corpus = build_corpus(rows, switches=switches)
        return one_mode(
            corpus,
            kind,
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )

    return web_cached(
        store,
        "network",
        {"since": start, "until": end, "kind": kind, **rules_key(switches)},
        compute,
        _graph_json,
        _graph_from_json,
    )


def _graph_json(graph: nx.Graph) -> str:
    return json.dumps(
        {
            "graph": dict(graph.graph),
            "nodes": [[n, d] for n, d in graph.nodes(data=True)],
            "edges": [[u, v, d] for u, v, d in graph.edges(data=True)],
        }
    )


def _graph_from_json(payload: str) -> nx.Graph:
    data = json.loads(payload)
    graph = nx.Graph(**data["graph"])
    graph.add_nodes_from((n, d) for n, d in data["nodes"])
    graph.add_edges_from((u, v, d) for u, v, d in data["edges"])
    return graph


def duplicate_target(store: Store, doc_id: str) -> str | None:
    """The document a stored near-duplicate copies (``None`` when it is not one)."""
    with store.read() as connection:
        row = connection.execute(
            select(D.duplicate_of).where(and_(D.id == doc_id, D.text.is_(None)))
        ).first()
    return row[0] if row is not None else None
