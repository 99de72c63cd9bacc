"""Pages of results: ``?offset=&limit=`` in, ``{items, offset, limit, next_offset}`` out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from fastapi import Query, Request
from pydantic import BaseModel

T = TypeVar("T")

MAX_OFFSET = 100_000  # deep offsets cost a scan; filter by date instead


class Page(BaseModel, Generic[T]):
    items: list[T]
    offset: int
    limit: int
    next_offset: int | None = None


class PageParams(BaseModel):
    offset: int
    limit: int


def page_params(
    request: Request,
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip."),
    limit: int | None = Query(
        None,
        ge=1,
        description="Rows per page (default and maximum: [web] page_size, max_page_size).",
    ),
) -> PageParams:
    web = request.app.state.settings.web
    return PageParams(offset=offset, limit=min(limit or web.page_size, web.max_page_size))


def paged(fetch: Callable[[int, int], list[T]], params: PageParams) -> Page[T]:
    """``fetch(offset, limit)`` asked for one row more than the page, to know if another follows."""
    rows = fetch(params.offset, params.limit + 1)
    more = len(rows) > params.limit
    return Page[T](
        items=rows[: params.limit],
        offset=params.offset,
        limit=params.limit,
        next_offset=params.offset + params.limit if more else None,
    )


def paged_by_limit(fetch: Callable[[int], list[T]], params: PageParams) -> Page[T]:
    """For queries that take only a limit: read up to the page's end and cut."""
    return paged(lambda offset, limit: fetch(offset + limit)[offset:], params)
