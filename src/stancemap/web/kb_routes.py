"""KB edits over HTTP: ``GET/POST /api/kb/actors`` and the actor page's form.

Reading a KB record needs what reading needs; an edit needs the write token
(checked in constant time, never logged) and a server started with
``[web] user_kb``. A bad edit is refused with 422 naming the field, a name
another actor carries with 409, before anything is written.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import ValidationError

from ..errors import InputError
from .deps import require_read, require_write
from .kb_edits import KbEdit, KbEditor, KbEditResult, KbRecord, RoleEdit

api_router = APIRouter(
    prefix="/api/kb", tags=["knowledge base"], dependencies=[Depends(require_read)]
)
page_router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])


def kb_editor(request: Request) -> KbEditor:
    editor: KbEditor = request.app.state.kb_editor
    return editor


def _store(request: Request) -> Any:
    corpus = request.app.state.corpus
    return corpus.store if corpus is not None else None


@api_router.get("/actors/{actor_id:path}", response_model=KbRecord)
def kb_actor(request: Request, actor_id: str) -> Any:
    """An actor as the pipeline's knowledge base reads it (shipped KB and layers), and
    its record in the user's layer, if any."""
    return kb_editor(request).record(actor_id)


@api_router.post(
    "/actors",
    response_model=KbEditResult,
    summary="Add an actor to the KB, or correct a known one",
    responses={
        201: {"description": "a new actor was added"},
        401: {"description": "the write token is missing or wrong"},
        403: {"description": "KB edits or writes are switched off on this server"},
        409: {"description": "a name is another actor's (send allow_shared_names)"},
        422: {"description": "the edit is not a valid KB record (the message names the field)"},
    },
)
def kb_edit(request: Request, body: KbEdit) -> Any:
    """Write the edit to the user's KB layer (``[web] user_kb``); the next analysis reads it.

    With ``reresolve: true`` the stored documents' actors are re-linked at once (as
    ``stancemap reresolve``) and the counts are returned.
    """
    require_write(request)
    editor = kb_editor(request)
    editor.require_enabled()
    result = editor.apply(body, _store(request))
    return JSONResponse(result.model_dump(), status_code=201 if result.created else 200)


@page_router.post("/kb/actors")
def kb_edit_form(
    request: Request,
    actor_id: Annotated[str, Form()] = "",
    page: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    aliases: Annotated[str, Form()] = "",
    country: Annotated[str, Form()] = "",
    sector: Annotated[str, Form()] = "",
    role_title: Annotated[str, Form()] = "",
    role_office: Annotated[str, Form()] = "",
    role_country: Annotated[str, Form()] = "",
    role_start: Annotated[str, Form()] = "",
    role_end: Annotated[str, Form()] = "",
    shared: Annotated[str, Form()] = "",
    relink: Annotated[str, Form()] = "",
) -> Response:
    """The actor page's form: one edit, then back to the page with what happened."""
    require_write(request)
    editor = kb_editor(request)
    editor.require_enabled()
    try:
        roles = []
        if role_title.strip():
            roles.append(
                RoleEdit(
                    title=role_title.strip(),
                    office=role_office or None,
                    country=role_country or None,
                    sector=sector or None,
                    start=role_start or None,
                    end=role_end or None,
                )
            )
        edit = KbEdit(
            id=actor_id or None,
            name=name or None,
            country=country or None,
            sector=sector or None,
            aliases=[a for a in (x.strip() for x in aliases.split(",")) if a],
            roles=roles,
            allow_shared_names=bool(shared),
            reresolve=bool(relink) and request.app.state.corpus is not None,
        )
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'form'}: {e['msg']}" for e in exc.errors()
        )
        raise InputError("KB edit form", problems) from None
    result = editor.apply(edit, _store(request))
    params = {"kb": result.id}
    if result.reresolve is not None:
        params["relinked"] = str(result.reresolve.relinked_actors)
        params["changed"] = str(result.reresolve.changed_documents)
    back = page or result.id
    return RedirectResponse(
        "/actors/" + quote(back, safe="") + "?" + urlencode(params), status_code=303
    )
