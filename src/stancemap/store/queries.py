"""Questions asked of a store, as typed records (``rows``).

The CLI and the web front call these and only these. Every value from a user
reaches SQL as a bound parameter (SQLAlchemy expressions, never formatted
strings); LIKE patterns are escaped.
"""

from __future__ import annotations

from datetime import date
from typing import Any, get_args

from sqlalchemy import Select, and_, case, exists, func, or_, select

from ..errors import InputError
from ..records import QuoteReports
from . import models as m
from .cache import cached
from .core import Store
from .rows import (
    ActorProfile,
    ActorRef,
    ActorSummary,
    EventCount,
    EventRow,
    IssueStance,
    Partner,
    QuoteRow,
    RoleSpan,
    StanceRow,
)

D, DA, Q, E, EA, S, R, MN = (
    m.documents.c,
    m.document_actors.c,
    m.quotes.c,
    m.events.c,
    m.event_actors.c,
    m.statements.c,
    m.relations.c,
    m.mentions.c,
)


def check_date(value: str | None, flag: str = "--since") -> str | None:
    """A YYYY-MM-DD string, or an error naming the flag."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(flag, f"'{value}' is not a date; use YYYY-MM-DD") from None


def check_reports(value: str) -> str:
    """``value`` if it is a kind of ``Quote.reports``, else an error naming the choices."""
    kinds = get_args(QuoteReports)
    if value not in kinds:
        raise InputError("--reports", f"'{value}' is not one of {', '.join(kinds)}")
    return value


def within_dates(query: Select, column: Any, since: str | None, until: str | None = None) -> Select:
    """``query`` kept to rows whose ``column`` date lies in [since, until] (each checked)."""
    if start := check_date(since):
        query = query.where(column >= start)
    if end := check_date(until, "--until"):
        query = query.where(column <= end)
    return query


def find_actor(store: Store, query: str) -> ActorRef | None:
    """An actor from an id, an exact name (any case), or a part of a name (the most seen)."""
    low = query.strip().lower()
    counted = (
        select(DA.actor_id, func.max(DA.name).label("name"), func.count().label("n"))
        .group_by(DA.actor_id)
        .order_by(func.count().desc(), DA.actor_id)
        .limit(1)
    )
    with store.read() as connection:
        for condition in (
            DA.actor_id == query,
            func.lower(DA.name) == low,
            func.lower(DA.name).contains(low, autoescape=True),
        ):
            row = connection.execute(counted.where(condition)).first()
            if row is not None:
                return ActorRef(id=row.actor_id, name=row.name)
    return None


def need_actor(store: Store, query: str) -> ActorRef:
    found = find_actor(store, query)
    if found is None:
        raise InputError(query, "no such actor in the store")
    return found


def actor_names(store: Store, ids: set[str]) -> dict[str, str]:
    """Display names of stored actors, by id (ids not stored are absent)."""
    if not ids:
        return {}
    query = select(DA.actor_id, func.max(DA.name)).where(DA.actor_id.in_(ids)).group_by(DA.actor_id)
    with store.read() as connection:
        return {row[0]: row[1] for row in connection.execute(query)}


def list_actors(
    store: Store, *, match: str | None = None, limit: int = 50, actor_id: str | None = None
) -> list[ActorSummary]:
    """Actors by the number of documents they appear in (``actor_id``: that one only)."""
    mentions_q = select(MN.actor_id, func.count().label("n")).group_by(MN.actor_id)
    quotes_q = select(Q.speaker, func.count().label("n")).group_by(Q.speaker)
    statements_q = select(S.actor_id, func.count().label("n")).group_by(S.actor_id)
    base_q = select(
        DA.actor_id,
        func.max(DA.name).label("name"),
        func.max(DA.type).label("type"),
        func.max(DA.country).label("country"),
        func.count().label("documents"),
    ).group_by(DA.actor_id)
    if actor_id is not None:  # filter before grouping: one actor's rows, by index
        mentions_q = mentions_q.where(MN.actor_id == actor_id)
        quotes_q = quotes_q.where(Q.speaker == actor_id)
        statements_q = statements_q.where(S.actor_id == actor_id)
        base_q = base_q.where(DA.actor_id == actor_id)
    mentions, quotes = mentions_q.subquery(), quotes_q.subquery()
    statements, base = statements_q.subquery(), base_q.subquery()
    query = (
        select(
            base,
            func.coalesce(mentions.c.n, 0),
            func.coalesce(quotes.c.n, 0),
            func.coalesce(statements.c.n, 0),
        )
        .outerjoin(mentions, mentions.c.actor_id == base.c.actor_id)
        .outerjoin(quotes, quotes.c.speaker == base.c.actor_id)
        .outerjoin(statements, statements.c.actor_id == base.c.actor_id)
        .order_by(base.c.documents.desc(), base.c.actor_id)
        .limit(limit)
    )
    if match:
        low = match.lower()
        query = query.where(
            or_(
                func.lower(base.c.name).contains(low, autoescape=True),
                base.c.actor_id == match,
            )
        )
    with store.read() as connection:
        return [
            ActorSummary(
                id=row[0],
                name=row[1],
                type=row[2],
                country=row[3],
                documents=row[4],
                mentions=row[5],
                quotes=row[6],
                statements=row[7],
            )
            for row in connection.execute(query)
        ]


def _quote_query() -> Select:
    return (
        select(
            Q.doc_id, D.date, D.title, Q.quote_id, Q.kind, Q.speaker, DA.name, Q.content_text,
            Q.confidence, Q.reports,
        )
        .join(m.documents, D.id == Q.doc_id)
        .outerjoin(m.document_actors, and_(DA.doc_id == Q.doc_id, DA.actor_id == Q.speaker))
    )  # fmt: skip


def _quote_rows(store: Store, query: Select) -> list[QuoteRow]:
    with store.read() as connection:
        return [
            QuoteRow(
                doc_id=r[0],
                date=r[1],
                title=r[2],
                quote_id=r[3],
                kind=r[4],
                speaker=r[5],
                speaker_name=r[6],
                content=r[7],
                confidence=r[8],
                reports=r[9],
            )
            for r in connection.execute(query)
        ]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    reports: str | None = None,
    limit: int = 50,
) -> list[QuoteRow]:
    """Quotes, newest first: by a speaker, about an actor (named inside the quote) or words,
    reporting speech or an attitude (``reports``)."""
    query = _quote_query().order_by(D.date.desc(), Q.doc_id, Q.quote_id).limit(limit)
    if speaker is not None:
        query = query.where(Q.speaker == need_actor(store, speaker).id)
    if about is not None:
        query = query.where(_about(store, about))
    if reports is not None:
        query = query.where(Q.reports == check_reports(reports))
    return _quote_rows(store, within_dates(query, D.date, since, until))


def _about(store: Store, about: str):  # type: ignore[no-untyped-def]
    """A quote is about Y when it names actor Y inside its content, or its words match Y."""
    from .search import quote_matches

    words = quote_matches(store, about)
    actor = find_actor(store, about)
    if actor is None:
        return words
    named = exists().where(
        MN.doc_id == Q.doc_id,
        MN.actor_id == actor.id,
        MN.start >= Q.content_start,
        MN.end <= Q.content_end,
    )
    return or_(named, words)


def events(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[EventRow]:
    """Events, newest first, filtered by source actor, target actor and PLOVER type."""
    date_col = func.coalesce(E.date, D.date)
    query = (
        select(E.doc_id, date_col, E.event_id, E.type, E.mode, E.trigger_text, E.evidence_text,
               E.confidence)
        .join(m.documents, D.id == E.doc_id)
        .order_by(date_col.desc(), E.doc_id, E.event_id)
        .limit(limit)
    )  # fmt: skip
    for role, who in (("source", source), ("target", target)):
        if who is not None:
            actor = need_actor(store, who)
            query = query.where(
                exists().where(
                    EA.doc_id == E.doc_id,
                    EA.event_id == E.event_id,
                    EA.role == role,
                    EA.actor_id == actor.id,
                )
            )
    if type is not None:
        query = query.where(func.upper(E.type) == type.upper())
    query = within_dates(query, date_col, since, until)
    with store.read() as connection:
        found = list(connection.execute(query))
        keys = [(r[0], r[2]) for r in found]
        roles: dict[tuple[str, str], dict[str, list[str]]] = {}
        if keys:
            doc_ids = {k[0] for k in keys}
            for doc_id, event_id, role, actor_id in connection.execute(
                select(EA.doc_id, EA.event_id, EA.role, EA.actor_id).where(EA.doc_id.in_(doc_ids))
            ):
                roles.setdefault((doc_id, event_id), {}).setdefault(role, []).append(actor_id)
    names = actor_names(store, {a for r in roles.values() for ids in r.values() for a in ids})

    def refs(ids: list[str]) -> list[ActorRef]:
        return [ActorRef(id=i, name=names.get(i, i)) for i in ids]

    return [
        EventRow(
            doc_id=r[0],
            date=r[1],
            event_id=r[2],
            type=r[3],
            mode=r[4],
            source=refs(roles.get((r[0], r[2]), {}).get("source", [])),
            target=refs(roles.get((r[0], r[2]), {}).get("target", [])),
            trigger=r[5],
            evidence=r[6],
            confidence=r[7],
        )
        for r in found
    ]


def _polarity_counts():  # type: ignore[no-untyped-def]
    return (
        func.sum(case((S.polarity > 0, 1), else_=0)),
        func.sum(case((S.polarity < 0, 1), else_=0)),
        func.sum(case((S.polarity == 0, 1), else_=0)),
    )


def stances(
    store: Store,
    *,
    issue: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    limit: int = 100,
) -> list[StanceRow]:
    """Who stands where: statements counted per actor and issue (id, or words of its label)."""
    support, oppose, neutral = _polarity_counts()
    query = (
        select(S.actor_id, S.issue_id, func.max(S.issue_label), support, oppose, neutral,
               func.max(D.date), func.max(S.text))
        .join(m.documents, D.id == S.doc_id)
        .group_by(S.actor_id, S.issue_id)
        .order_by(func.count().desc(), S.actor_id, S.issue_id)
        .limit(limit)
    )  # fmt: skip
    if issue is not None:
        low = issue.lower()
        query = query.where(
            or_(S.issue_id == issue, func.lower(S.issue_label).contains(low, autoescape=True))
        )
    if actor is not None:
        query = query.where(S.actor_id == need_actor(store, actor).id)
    query = within_dates(query, D.date, since)
    with store.read() as connection:
        found = list(connection.execute(query))
    names = actor_names(store, {r[0] for r in found})
    return [
        StanceRow(
            actor=r[0],
            name=names.get(r[0], r[0]),
            issue=r[1],
            label=r[2],
            support=r[3] or 0,
            oppose=r[4] or 0,
            neutral=r[5] or 0,
            last=r[6],
            example=r[7],
        )
        for r in found
    ]


def actor_profile(
    store: Store, query: str, *, top: int = 5, use_cache: bool = False
) -> ActorProfile:
    """Roles on dates, stances by issue, top quotes, events given and received, allies, opponents.

    ``use_cache=True`` (the CLI's ``actor``) keeps the answer in the store's query
    cache until the next document is written (``cache``); the web keeps its own.
    """
    ref = need_actor(store, query)
    if not use_cache:
        return _actor_profile(store, ref, top)
    return cached(
        store,
        "actor",
        {"actor": ref.id, "top": top},
        lambda: _actor_profile(store, ref, top),
        lambda profile: profile.model_dump_json(),
        ActorProfile.model_validate_json,
    )


def _actor_profile(store: Store, ref: ActorRef, top: int) -> ActorProfile:
    summary = list_actors(store, actor_id=ref.id, limit=1)
    actor = next((s for s in summary if s.id == ref.id), ActorSummary(id=ref.id, name=ref.name))
    support, oppose, neutral = _polarity_counts()
    with store.read() as connection:
        wiki = connection.execute(
            select(func.max(DA.wiki)).where(DA.actor_id == ref.id)
        ).scalar_one_or_none()
        roles = [
            RoleSpan(role=r[0], first=r[1], last=r[2], documents=r[3])
            for r in connection.execute(
                select(DA.role, func.min(D.date), func.max(D.date), func.count())
                .join(m.documents, D.id == DA.doc_id)
                .where(DA.actor_id == ref.id, DA.role.is_not(None))
                .group_by(DA.role)
                .order_by(func.min(D.date), DA.role)
            )
        ]
        issue_stances = [
            IssueStance(issue=r[0], label=r[1], support=r[2], oppose=r[3], neutral=r[4])
            for r in connection.execute(
                select(S.issue_id, func.max(S.issue_label), support, oppose, neutral)
                .where(S.actor_id == ref.id)
                .group_by(S.issue_id)
                .order_by(func.count().desc(), S.issue_id)
                .limit(top * 4)
            )
        ]
        given, received = (
            [
                EventCount(type=r[0], count=r[1])
                for r in connection.execute(
                    select(E.type, func.count())
                    .join(m.event_actors, and_(EA.doc_id == E.doc_id, EA.event_id == E.event_id))
                    .where(EA.actor_id == ref.id, EA.role == role)
                    .group_by(E.type)
                    .order_by(func.count().desc(), E.type)
                )
            ]
            for role in ("source", "target")
        )
        partners = _partners(connection, ref.id)
    names = actor_names(store, {p[0] for p in partners})
    ranked = [
        Partner(id=p, name=names.get(p, p), score=round(score, 4), documents=n)
        for p, score, n in partners
    ]
    quotes_by = (
        _quote_query()
        .where(Q.speaker == ref.id, Q.embedded.is_(False))
        .order_by(Q.confidence.desc(), D.date.desc(), Q.doc_id, Q.quote_id)
        .limit(top)
    )
    return ActorProfile(
        actor=actor,
        wiki=wiki,
        roles=roles,
        stances=issue_stances,
        top_quotes=_quote_rows(store, quotes_by),
        events_given=given,
        events_received=received,
        allies=sorted((p for p in ranked if p.score > 0), key=lambda p: (-p.score, -p.documents))[
            :top
        ],
        opponents=sorted((p for p in ranked if p.score < 0), key=lambda p: (p.score, -p.documents))[
            :top
        ],
    )


def _partners(connection, actor_id: str) -> list[tuple[str, float, int]]:  # type: ignore[no-untyped-def]
    """Every actor ``actor_id`` has a per-document relation with: mean score, documents."""
    other = case((R.a == actor_id, R.b), else_=R.a)
    query = (
        select(other, func.avg(R.score), func.count())
        .where(or_(R.a == actor_id, R.b == actor_id))
        .group_by(other)
    )
    return [(r[0], float(r[1]), int(r[2])) for r in connection.execute(query)]
