"""The JSON API (``/api/...``): analyze, and read the store with filters and pages.

Routes are thin: they check access, call the analysis service or the store's
queries, and return typed records (documented in /openapi.json). Errors map
to status codes in the app's one handler.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..records import Analysis, QuoteReports
from ..store import queries
from ..store.rows import (
    ActorProfile,
    ActorSummary,
    EventRow,
    QuoteRow,
    RelationReport,
    SearchHit,
    ShiftRow,
    StanceRow,
)
from ..store.search import search as search_store
from ..store.timeline import shifts as store_shifts
from . import queries_extra as extra
from . import read_cache
from .analysis import AnalyzeRequest
from .deps import analysis_service, corpus_of, require_read, require_write, switches_of
from .paging import Page, PageParams, page_params, paged, paged_by_limit
from .pair_evidence import PairDocuments, pair_document_relations

router = APIRouter(prefix="/api", dependencies=[Depends(require_read)])
Paging = Annotated[PageParams, Depends(page_params)]
DATE = r"^\d{4}-\d{2}-\d{2}$"
Since = Annotated[str | None, Query(pattern=DATE, description="On or after (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(pattern=DATE, description="On or before (YYYY-MM-DD).")]
WINDOW = r"^(week|month|all|[1-9][0-9]{0,3}d)$"


@router.post(
    "/analyze",
    tags=["analyze"],
    summary="Analyse a posted text, HTML page or URL",
    response_model=Analysis,
    responses={
        401: {"description": "a token is needed and none (or a wrong one) was sent"},
        403: {"description": "store=true but writes are switched off on this server"},
        422: {"description": "the input could not be analysed (the message says why)"},
    },
)
def analyze(body: AnalyzeRequest, request: Request) -> Any:
    """One ``stancemap/analysis@1`` object for the posted input.

    With ``store: true`` the analysis is also written to the store (this needs
    the write token); the response is the same.
    """
    corpus = None
    if body.store:
        require_write(request)
        corpus = corpus_of(request)
    analysis = analysis_service(request).analyze(body)
    if corpus is not None:
        corpus.save(analysis)
    return JSONResponse(analysis.to_json_dict())


@router.get("/documents", tags=["documents"], response_model=Page[extra.DocumentRow])
def documents(
    request: Request,
    paging: Paging,
    since: Since = None,
    until: Until = None,
    title: Annotated[str | None, Query(description="Words in the title.")] = None,
) -> Any:
    """Stored documents, newest first."""
    store = corpus_of(request).store
    return paged(
        lambda offset, limit: extra.list_documents(
            store, since=since, until=until, title=title, offset=offset, limit=limit
        ),
        paging,
    )


@router.get("/documents/{doc_id}", tags=["documents"], response_model=Analysis)
def document(request: Request, doc_id: str) -> Any:
    """One stored document as the contract's analysis object (text included)."""
    return JSONResponse(corpus_of(request).analysis(doc_id).to_json_dict())


@router.get("/actors", tags=["actors"], response_model=Page[ActorSummary])
def actors(
    request: Request,
    paging: Paging,
    q: Annotated[str | None, Query(description="Part of a name, or an actor id.")] = None,
) -> Any:
    """Actors by the number of documents they appear in."""
    store = corpus_of(request).store
    return paged_by_limit(lambda n: queries.list_actors(store, match=q, limit=n), paging)


@router.get("/actors/{actor:path}", tags=["actors"], response_model=ActorProfile)
def actor(request: Request, actor: str, top: Annotated[int, Query(ge=1, le=100)] = 10) -> Any:
    """Roles on dates, stances by issue, top quotes, events given and received, allies, opponents."""
    return read_cache.actor_profile(corpus_of(request).store, actor, top=top)


@router.get("/quotes", tags=["records"], response_model=Page[QuoteRow])
def quotes(
    request: Request,
    paging: Paging,
    speaker: Annotated[str | None, Query(description="Actor id or name.")] = None,
    about: Annotated[
        str | None, Query(description="An actor named in the quote, or words.")
    ] = None,
    reports: Annotated[
        QuoteReports | None,
        Query(description="speech (words said or written) or attitude (thanked, believes)."),
    ] = None,
    since: Since = None,
    until: Until = None,
) -> Any:
    """Quotes, newest first."""
    store = corpus_of(request).store
    return paged_by_limit(
        lambda n: queries.quotes(
            store,
            speaker=speaker,
            about=about,
            since=since,
            until=until,
            reports=reports,
            limit=n,
        ),
        paging,
    )


@router.get("/events", tags=["records"], response_model=Page[EventRow])
def events(
    request: Request,
    paging: Paging,
    source: Annotated[str | None, Query(description="Source actor id or name.")] = None,
    target: Annotated[str | None, Query(description="Target actor id or name.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. ACCUSE.")] = None,
    since: Since = None,
    until: Until = None,
) -> Any:
    """Events, newest first."""
    store = corpus_of(request).store
    return paged_by_limit(
        lambda n: queries.events(
            store, source=source, target=target, type=type, since=since, until=until, limit=n
        ),
        paging,
    )


@router.get("/statements", tags=["records"], response_model=Page[extra.StatementRow])
def statements(
    request: Request,
    paging: Paging,
    actor: Annotated[str | None, Query(description="Actor id or name.")] = None,
    issue: Annotated[str | None, Query(description="Issue id or words of its label.")] = None,
    polarity: Annotated[int | None, Query(ge=-1, le=1)] = None,
    since: Since = None,
    until: Until = None,
) -> Any:
    """Single statements (an actor's stance on an issue, with its words), newest first."""
    store = corpus_of(request).store
    return paged(
        lambda offset, limit: extra.list_statements(
            store, actor=actor, issue=issue, polarity=polarity, since=since, until=until,
            offset=offset, limit=limit,
        ),
        paging,
    )  # fmt: skip


@router.get("/stances", tags=["records"], response_model=Page[StanceRow])
def stances(
    request: Request,
    paging: Paging,
    issue: Annotated[str | None, Query(description="Issue id or words of its label.")] = None,
    actor: Annotated[str | None, Query(description="Actor id or name.")] = None,
    since: Since = None,
) -> Any:
    """Statements counted per actor and issue."""
    store = corpus_of(request).store
    return paged_by_limit(
        lambda n: queries.stances(store, issue=issue, actor=actor, since=since, limit=n), paging
    )


@router.get("/relations", tags=["relations"], response_model=Page[extra.PairRow])
def relations(
    request: Request,
    paging: Paging,
    actor: Annotated[str | None, Query(description="Pairs with this actor.")] = None,
    since: Since = None,
    until: Until = None,
) -> Any:
    """Actor pairs related in some document: mean score, documents, events between them."""
    store = corpus_of(request).store
    return paged(
        lambda offset, limit: extra.list_pairs(
            store, actor=actor, since=since, until=until, offset=offset, limit=limit
        ),
        paging,
    )


class PairReport(BaseModel):
    relation: RelationReport
    shifts: list[extra.PairShift]  # windows whose score left the baseline
    turns: list[extra.PairTurn] = Field(default_factory=list)  # turns dated to the day
    # session 7: each stored document's relation of the pair, its confidence, its
    # evidence (with "via" when carried from the leaders' relation)
    documents: PairDocuments | None = None
    # session 9: per point (same order), the issues and acts carried from the two
    # sides' leaders (a pair of countries related through their presidents)
    carried: list[extra.CarriedPoint] = Field(default_factory=list)


@router.get("/relation", tags=["relations"], response_model=PairReport)
def relation(
    request: Request,
    a: Annotated[str, Query(description="Actor id or name.")],
    b: Annotated[str, Query(description="Actor id or name.")],
    by: Annotated[str, Query(pattern=WINDOW, description="week, month, all or Nd.")] = "month",
) -> Any:
    """How A and B relate per window, with the statements and events behind each point,
    the windows where their relation shifted, and its turns dated to the day."""
    store = corpus_of(request).store
    report, answer = extra.pair_answer(store, a, b, by=by, switches=switches_of(request))
    documents = pair_document_relations(store, report.a.id, report.b.id)
    return PairReport(
        relation=report,
        shifts=answer.shifts,
        turns=answer.turns,
        documents=documents,
        carried=answer.carried,
    )


@router.get("/shifts", tags=["relations"], response_model=Page[ShiftRow])
def shifts(
    request: Request,
    paging: Paging,
    since: Since = None,
    window: Annotated[str, Query(pattern=WINDOW)] = "month",
) -> Any:
    """Pairs whose alignment changed, across the whole corpus."""
    store = corpus_of(request).store
    found = store_shifts(store, since=since, window=window, switches=switches_of(request))
    return paged(lambda offset, limit: found[offset : offset + limit], paging)


class NetworkNode(BaseModel):
    id: str
    label: str


class NetworkEdge(BaseModel):
    a: str
    b: str
    weight: float
    congruence: int
    conflict: int


class Network(BaseModel):
    kind: str
    since: str | None
    until: str | None
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


@router.get("/network", tags=["relations"], response_model=Network)
def network(
    request: Request,
    since: Since = None,
    until: Until = None,
    kind: Annotated[str, Query(pattern=r"^(subtract|congruence|conflict)$")] = "subtract",
) -> Any:
    """The discourse network (actor x actor, from shared and opposed stances) of a window."""
    graph = extra.discourse_network(
        corpus_of(request).store,
        since=since,
        until=until,
        kind=kind,
        switches=switches_of(request),
    )
    return Network(
        kind=kind,
        since=since,
        until=until,
        nodes=[
            NetworkNode(id=n.removeprefix("actor:"), label=str(d.get("label", n)))
            for n, d in graph.nodes(data=True)
        ],
        edges=[
            NetworkEdge(
                a=u.removeprefix("actor:"),
                b=v.removeprefix("actor:"),
                weight=d["weight"],
                congruence=d["congruence"],
                conflict=d["conflict"],
            )
            for u, v, d in graph.edges(data=True)
        ],
    )


@router.get("/search", tags=["search"], response_model=Page[SearchHit])
def search(
    request: Request,
    paging: Paging,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
) -> Any:
    """Quotes and documents whose words match (quotes first, best match first)."""
    store = corpus_of(request).store
    return paged_by_limit(lambda n: search_store(store, q, limit=n), paging)
