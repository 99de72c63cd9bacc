"""The FastAPI application: the JSON API under /api and the pages around it.

``create_app`` builds one app from settings; ``stancemap serve`` runs it with
uvicorn. Every response carries a strict Content-Security-Policy (scripts and
styles only from /static, nothing inline, nothing from another origin), and
``StancemapError`` becomes a status code in one handler. FastAPI's bundled
/docs page loads its script from a CDN, so it is switched off; /openapi.json
and the /api-docs page (rendered here, from the same schema) document the API.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Settings
from ..errors import ConfigError, InputError, NotFoundError, StageError, StancemapError
from .analysis import AnalysisService
from .article import actor_href
from .highlight import highlight
from .kb_edits import KbEditor, KbLoader, NameClash, with_layer
from .security import AccessDenied, SecurityHeaders

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(str(resources.files("stancemap.web")))


def path_quote(value: object) -> str:
    """A value as one URL path segment ("/" escaped too, unlike Jinja's ``urlencode``)."""
    return quote(str(value), safe="")


def status_for(exc: StancemapError) -> int:
    """The HTTP status of a deliberate stancemap error."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, NameClash):
        return 409
    if isinstance(exc, InputError | StageError):
        return 422
    if isinstance(exc, ConfigError):
        return 500
    return 503  # storage and anything else the server could not do


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", ""
    )


def create_app(
    settings: Settings | None = None,
    *,
    corpus: Any = None,
    analyzer: Any = None,
    kb_loader: KbLoader | None = None,
) -> FastAPI:
    """The app. ``corpus`` reads (and writes) the store; ``analyzer`` is a loaded
    pipeline to share (tests pass theirs; otherwise it loads on first analysis);
    ``kb_loader`` builds the KB that KB edits check and re-link with (default: the
    shipped KB with the layers on top)."""
    from .api import router as api_router
    from .corpus_pages import pair_href
    from .corpus_pages import router as corpus_router
    from .kb_routes import api_router as kb_api_router
    from .kb_routes import page_router as kb_page_router
    from .pages import router as pages_router

    settings = settings or Settings()
    app = FastAPI(
        title="stancemap",
        version=__version__,
        description=(
            "Who said what, who did what to whom, where actors stand. Read endpoints need no "
            "token unless the operator sets `[web] read_token`; writes need "
            "`Authorization: Bearer <write token>`."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.corpus = corpus
    # KB edits land in the user's layer; the pipeline reads it over the shipped KB
    editor = KbEditor(settings, load=kb_loader)
    app.state.kb_editor = editor
    app.state.analysis = AnalysisService(with_layer(settings, editor), analyzer)
    editor.on_change.append(lambda: app.state.analysis.reload(with_layer(settings, editor)))
    templates = Jinja2Templates(directory=str(PACKAGE_DIR / "templates"))
    templates.env.globals["version"] = __version__
    templates.env.filters["pathq"] = path_quote
    templates.env.filters["highlight"] = highlight
    templates.env.globals["actor_href"] = actor_href
    templates.env.globals["pair_href"] = pair_href
    app.state.templates = templates
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    app.include_router(api_router)
    app.include_router(kb_api_router)
    app.include_router(kb_page_router)
    app.include_router(pages_router)
    app.include_router(corpus_router)

    def error_page(request: Request, status: int, message: str) -> Response:
        if _wants_html(request):
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "message": message}, status_code=status
            )
        return JSONResponse({"error": message}, status_code=status)

    @app.exception_handler(StancemapError)
    async def stancemap_error(request: Request, exc: StancemapError) -> Response:
        status = status_for(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return error_page(request, status, str(exc))

    @app.exception_handler(AccessDenied)
    async def access_denied(request: Request, exc: AccessDenied) -> Response:
        response = error_page(request, exc.status, exc.message)
        if exc.status == 401:
            response.headers["www-authenticate"] = "Bearer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', '')}"
            for err in exc.errors()
        )
        return error_page(request, 422, f"invalid request: {problems}")

    return app
