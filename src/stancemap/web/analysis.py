"""The analyze endpoint's work: a posted text, HTML page or URL -> one ``Analysis``.

Posted input goes through the same ingest steps as ``stancemap analyze``
(HTML main-text extraction, language check, dateline, boilerplate listed in
``excluded``) and then the orchestrator. The spaCy pipeline is loaded on first
use and shared; one analysis runs at a time (a spaCy pipeline is not meant to
be called from several threads at once), while reads go on in other threads.
"""

from __future__ import annotations

import threading
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..config import Settings
from ..errors import ConfigError, InputError, StancemapError
from ..ingest import Document, IngestOptions, RawDocument, Skip, ingest
from ..ingest.fetch import is_url
from ..ingest.html import extract_html
from ..ingest.readers import Ingester
from ..pipeline import Failure, Pipeline
from ..records import Analysis

InputKind = Literal["text", "html", "url"]


class AnalyzeRequest(BaseModel):
    """Exactly one of ``text``, ``html`` or ``url``; the rest is optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain text, analysed exactly as sent.")
    html: str | None = Field(default=None, description="An HTML page: its main text is analysed.")
    url: str | None = Field(default=None, description="An http(s) page to fetch and analyse.")
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="Date (YYYY-MM-DD) for a document that carries none.",
    )
    id: str | None = Field(default=None, description="Document id (default: a content hash).")
    title: str | None = None
    store: bool = Field(
        default=False, description="Also store the analysis (needs the write token)."
    )

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k) not in (None, "")]
        if len(given) != 1:
            raise ValueError("send exactly one of 'text', 'html' or 'url'")
        return self

    @property
    def kind(self) -> InputKind:
        if self.text:
            return "text"
        return "html" if self.html else "url"


class AnalysisService:
    """Holds the (lazily loaded) analyzer for the app's lifetime."""

    def __init__(self, settings: Settings, analyzer: Pipeline | None = None) -> None:
        self.settings = settings
        self._analyzer = analyzer
        self._owned = analyzer is None  # a pipeline passed in is never rebuilt here
        self._nlp: Any = None
        self._lock = threading.Lock()

    def reload(self, settings: Settings) -> None:
        """After a KB edit: the next analysis builds its pipeline with ``settings`` (the
        edited layer), keeping the loaded parser. Its entity ruler still holds the old
        KB's names (a new name is found by the statistical NER); the linker reads the new KB."""
        with self._lock:
            self.settings = settings
            if self._owned and self._analyzer is not None:
                self._nlp = self._analyzer.nlp
                self._analyzer = None

    @property
    def analyzer(self) -> Pipeline:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    try:
                        self._analyzer = Pipeline(self.settings, nlp=self._nlp)
                    except StancemapError as exc:  # the server's fault, not the request's
                        raise ConfigError(f"the analysis pipeline cannot load: {exc}") from exc
        return self._analyzer

    def analyze(self, request: AnalyzeRequest) -> Analysis:
        """The analysis of the posted input; ``InputError`` names what was wrong with it."""
        document = self.document(request)
        analyzer = self.analyzer
        with self._lock:
            result = next(analyzer.pipe([document], batch_size=1))
        if isinstance(result, Failure):
            raise InputError(result.source, result.reason)
        return result

    def document(self, request: AnalyzeRequest) -> Document:
        """The posted input as a ``Document``, through the ingest steps."""
        web = self.settings.web
        options = IngestOptions.from_settings(
            self.settings,  # the whole settings: [rules] disable reaches the page reader
            default_date=request.date,
            dedup=False,
            allow_private=web.allow_private_urls,
            max_bytes=min(self.settings.ingest.max_bytes, web.max_analyze_chars * 4),
        )
        raw = self._raw(request, options)
        if isinstance(raw, Skip):
            raise InputError(raw.source, raw.reason)
        if isinstance(raw, Document):  # a fetched page, already through ingest
            raw.id = request.id or raw.id
            raw.title = request.title or raw.title
            return raw
        if request.id:
            raw.id = request.id
        if request.title:
            raw.title = request.title
        if len(raw.text) > web.max_analyze_chars:
            raise InputError(
                raw.source,
                f"too long ({len(raw.text)} characters > {web.max_analyze_chars}; "
                "the operator sets [web] max_analyze_chars)",
            )
        finished = Ingester(options).finish(raw)
        if isinstance(finished, Skip):
            raise InputError(finished.source, finished.reason)
        return finished

    def _raw(
        self, request: AnalyzeRequest, options: IngestOptions
    ) -> RawDocument | Document | Skip:
        limit = self.settings.web.max_analyze_chars
        if request.kind == "text":
            text = request.text or ""
            if len(text) > limit:
                raise InputError("posted text", f"too long ({len(text)} characters > {limit})")
            return RawDocument(text=text, source="posted text", plain=True)
        if request.kind == "html":
            html = request.html or ""
            if len(html) > limit * 4:
                raise InputError("posted HTML", f"too long ({len(html)} characters > {limit * 4})")
            return extract_html(html.encode("utf-8"), "posted HTML", declared="utf-8")
        url = (request.url or "").strip()
        # Only http(s): ingest would read a path or file:// URL from the server's own disk.
        if not is_url(url):
            raise InputError(url[:200], "only http:// and https:// URLs can be analysed")
        _, stream = ingest([url], options)
        for item in stream:
            if isinstance(item, Document) and len(item.text) > limit:
                raise InputError(url, f"too long ({len(item.text)} characters > {limit})")
            return item
        raise InputError(url, "the page held no document")
