"""The corpus pages: documents, actors, an actor, a pair over time, the network,
shifts, search, and the API reference. Each reads the store through the same
queries as the JSON API and renders a template.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..errors import InputError
from ..store import queries
from ..store.search import search as search_store
from ..store.timeline import shifts as store_shifts
from . import queries_extra as extra
from . import read_cache
from .article import actor_href
from .charts import network_chart, pair_chart
from .deps import corpus_of, require_read, switches_of
from .pages import render
from .paging import PageParams, page_params, paged, paged_by_limit
from .pair_evidence import carried_chains, pair_document_relations, via_labels

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])
Paging = Annotated[PageParams, Depends(page_params)]
DATE = r"^\d{4}-\d{2}-\d{2}$"
WINDOW = r"^(week|month|all|[1-9][0-9]{0,3}d)$"


def pair_href(a: str, b: str, **extra_params: str) -> str:
    return "/pair?" + urlencode({"a": a, "b": b, **extra_params})


def _next_link(request: Request, next_offset: int | None) -> str | None:
    if next_offset is None:
        return None
    params = dict(request.query_params)
    params["offset"] = str(next_offset)
    return request.url.path + "?" + urlencode(params)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request,
    paging: Paging,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
) -> Response:
    store = corpus_of(request).store
    page = paged(
        lambda o, n: extra.list_documents(store, since=since, until=until, offset=o, limit=n),
        paging,
    )
    return render(
        request,
        "documents.html",
        {
            "page": page,
            "next": _next_link(request, page.next_offset),
            "since": since,
            "until": until,
        },
    )


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, paging: Paging, q: str | None = None) -> Response:
    store = corpus_of(request).store
    page = paged_by_limit(lambda n: queries.list_actors(store, match=q, limit=n), paging)
    return render(
        request,
        "actors.html",
        {"page": page, "next": _next_link(request, page.next_offset), "q": q or ""},
    )


@router.get("/actors/{actor:path}", response_class=HTMLResponse)
def actor_page(
    request: Request,
    actor: str,
    kb: Annotated[str | None, Query(max_length=200)] = None,
    relinked: Annotated[int | None, Query(ge=0)] = None,
    changed: Annotated[int | None, Query(ge=0)] = None,
) -> Response:
    """An actor's page; ``kb`` (and the counts) report a KB edit just saved from its form."""
    shown = read_cache.actor_page(corpus_of(request).store, actor)
    return render(
        request,
        "actor.html",
        {
            "p": shown.profile,
            "events": shown.events,
            "pair_href": pair_href,
            "actor_href": actor_href,
            "kb_edits": request.app.state.kb_editor.enabled,
            "kb_saved": kb,
            "relinked": relinked,
            "changed": changed,
        },
    )


@router.get("/pair", response_class=HTMLResponse)
def pair_page(
    request: Request,
    a: str,
    b: str,
    by: Annotated[str, Query(pattern=WINDOW)] = "month",
    at: Annotated[str | None, Query(pattern=DATE)] = None,
) -> Response:
    """A pair's relation over time; ``at`` opens the evidence of one window."""
    store = corpus_of(request).store
    report, answer = extra.pair_answer(store, a, b, by=by, switches=switches_of(request))
    shifts, turns = answer.shifts, answer.turns
    a_id, b_id = report.a.id, report.b.id
    chosen = next((p for p in report.points if p.start == at), None)
    if at is not None and chosen is None:
        raise InputError(at, "no point of this pair starts on that date")

    def href(point: Any) -> str:
        return pair_href(a_id, b_id, by=by, at=point.start or "") + "#evidence"

    chart = pair_chart(report.points, shifts, href, current=at, turns=turns)
    per_document = pair_document_relations(store, a_id, b_id)
    # what the relation rests on when it is carried from the leaders' (``via``):
    # the chart of a state pair may hold none of its own words
    chains = carried_chains(per_document)
    window_vias = {e.via for p in report.points for e in p.evidence if e.via}
    window_vias |= {via for c in answer.carried for via in c.via}
    # the Windows table's columns for each point: its own, and what its leaders carry
    carried = answer.carried if len(answer.carried) == len(report.points) else []
    labels = via_labels(store, window_vias | {c.via for c in chains})
    own_evidence = any(not p.via for d in per_document.documents for p in d.pieces)
    return render(
        request,
        "pair.html",
        {
            "r": report,
            "chart": chart,
            "shifts": shifts,
            "turns": turns,
            "per_document": per_document,
            "chains": chains,
            "own_evidence": own_evidence,
            # per point: what its leaders carry, and the chains' names ("via leaders A ~ B")
            "carried": [(c, "; ".join(labels.get(v, v) for v in c.via)) for c in carried],
            "via_labels": labels,
            "chosen": chosen,
            "by": by,
            "actor_href": actor_href,
            "pair_href": pair_href,
        },
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    kind: Annotated[str, Query(pattern=r"^(subtract|congruence|conflict)$")] = "subtract",
) -> Response:
    store = corpus_of(request).store
    graph = extra.discourse_network(
        store, since=since, until=until, kind=kind, switches=switches_of(request)
    )

    def node_href(node: str) -> str:
        return actor_href(node.removeprefix("actor:"))

    def edge_href(u: str, v: str) -> str:
        return pair_href(u.removeprefix("actor:"), v.removeprefix("actor:"))

    chart = network_chart(graph, node_href, edge_href)
    return render(
        request,
        "network.html",
        {"chart": chart, "since": since, "until": until, "kind": kind},
    )


@router.get("/shifts", response_class=HTMLResponse)
def shifts_page(
    request: Request,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    window: Annotated[str, Query(pattern=WINDOW)] = "month",
) -> Response:
    found = store_shifts(
        corpus_of(request).store, since=since, window=window, switches=switches_of(request)
    )
    return render(
        request,
        "shifts.html",
        {"shifts": found[:200], "since": since, "window": window, "pair_href": pair_href},
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "") -> Response:
    hits = search_store(corpus_of(request).store, q, limit=50) if q.strip() else []
    return render(request, "search.html", {"hits": hits, "query": q})


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The API reference, rendered from the app's own OpenAPI schema (no CDN script)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "tag": (op.get("tags") or [""])[0],
                }
            )
    return render(request, "api.html", {"endpoints": endpoints})
