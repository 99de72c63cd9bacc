"""The HTML pages: paste box and article view, corpus pages, sign-in.

Pages are rendered on the server with Jinja2 (autoescape on: article text is
hostile input and is only ever inserted as escaped text). The little
JavaScript there is (hover cards) lives in /static/app.js.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from ..errors import InputError
from ..records import Analysis
from .analysis import AnalyzeRequest
from .article import article_view
from .deps import analysis_service, corpus_of, require_read, require_write, settings_of
from .security import TOKEN_COOKIE, can_read, can_write, presented_token, token_matches

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    settings = settings_of(request).web
    token = presented_token(request)
    context = {
        **context,
        "has_store": request.app.state.corpus is not None,
        "can_write": can_write(settings, token),
        "signed_in": token is not None and can_read(settings, token),
    }
    response: Response = templates.TemplateResponse(request, template, context, status_code=status)
    return response


def render_article(request: Request, analysis: Analysis, *, stored: bool) -> Response:
    view = article_view(analysis)
    return render(
        request,
        "article.html",
        {"analysis": analysis, "view": view, "stored": stored, "doc": analysis.document},
    )


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> Response:
    require_read(request)
    return render(request, "index.html", {"form": {}})


@router.post("/analyze", response_class=HTMLResponse)
def analyze_form(
    request: Request,
    content: Annotated[str, Form()] = "",
    kind: Annotated[str, Form()] = "text",
    date: Annotated[str, Form()] = "",
    store: Annotated[str, Form()] = "",
) -> Response:
    """The paste box: analyse and show the article view (and store it when asked)."""
    require_read(request)
    form = {"content": content, "kind": kind, "date": date, "store": bool(store)}
    if kind not in ("text", "html", "url"):
        raise InputError("form", f"unknown input kind '{kind}' (text, html or url)")
    try:
        body = AnalyzeRequest.model_validate(
            {kind: content, "date": date or None, "store": bool(store)}
        )
    except ValueError as exc:
        message = "; ".join(e["msg"] for e in getattr(exc, "errors", lambda: [])()) or str(exc)
        return render(request, "index.html", {"form": form, "error": message}, 422)
    corpus = None
    if body.store:
        require_write(request)
        corpus = corpus_of(request)
    try:
        analysis = analysis_service(request).analyze(body)
    except InputError as exc:
        return render(request, "index.html", {"form": form, "error": str(exc)}, 422)
    if corpus is not None:
        corpus.save(analysis)
        return RedirectResponse(
            "/documents/" + quote(analysis.document.id, safe=""), status_code=303
        )
    return render_article(request, analysis, stored=False)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> Response:
    require_read(request)
    analysis = corpus_of(request).analysis(doc_id)
    return render_article(request, analysis, stored=True)


@router.get("/documents/{doc_id}/text", response_class=PlainTextResponse)
def document_text(request: Request, doc_id: str) -> Response:
    """The stored text exactly, as plain text (offsets index it)."""
    require_read(request)
    return PlainTextResponse(corpus_of(request).analysis(doc_id).text)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return render(request, "login.html", {})


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form()] = "") -> Response:
    """Keep a valid token in an HttpOnly, same-site cookie for the browser's later requests."""
    settings = settings_of(request).web
    token = token.strip()
    if not (
        token_matches(token, settings.read_token) or token_matches(token, settings.write_token)
    ):
        return render(request, "login.html", {"error": "that token is not accepted here"}, 401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(
        TOKEN_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout() -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE)
    return response
