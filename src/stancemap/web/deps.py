"""Request dependencies shared by the API and the pages: access checks, the store."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..config import Settings
from ..errors import StorageError
from ..rules import RuleSwitches
from .analysis import AnalysisService
from .security import check_read, check_write, presented_token


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def switches_of(request: Request) -> RuleSwitches:
    """The server's ``[rules] disable``: the corpus pages build their corpus with it."""
    return RuleSwitches.from_settings(settings_of(request))


def require_read(request: Request) -> None:
    """Reading is open unless the operator set a read token."""
    check_read(settings_of(request).web, presented_token(request))


def require_write(request: Request) -> None:
    """Writing needs the write token."""
    check_write(settings_of(request).web, presented_token(request))


def analysis_service(request: Request) -> AnalysisService:
    service: AnalysisService = request.app.state.analysis
    return service


def corpus_of(request: Request) -> Any:
    corpus = request.app.state.corpus
    if corpus is None:
        raise StorageError("this server has no store (start it with `stancemap serve --db URL`)")
    return corpus
