"""The orchestrator: runs the stages in order over documents.

Steps, for each document:
 1. nlp      - parse paragraph by paragraph (one spaCy Doc, exact offsets)
 2. actors   - link and resolve mentions -> ActorLayer
 3. quotes   - attributions with resolved speakers
 4. events   - PLOVER/CAMEO events with mode
 5. stances  - statements (actor, issue, polarity) from quotes and events
 6. alignment- relations between actor pairs in the document

Documents are parsed in batches (``nlp.pipe``); a failure in one document is
reported as a ``Failure`` and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .actors import ActorStage
from .alignment import relate_document
from .config import Settings
from .errors import StageError
from .events import EventStage
from .ingest import Document, make_document
from .nlp import load_pipeline, parse_documents
from .quotes import QuoteStage
from .records import Analysis
from .stances import StanceStage


@dataclass
class Failure:
    """A document that could not be analysed, and why."""

    source: str
    reason: str


class Analyzer:
    """Holds the loaded pipeline and stages; build once per process."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.actors = ActorStage(self.settings)
        self.nlp = load_pipeline(self.settings.nlp, self.actors.ruler_patterns)
        self.quotes = QuoteStage(self.settings)
        self.events = EventStage(self.settings)
        self.stances = StanceStage(self.settings)

    def analyze_text(
        self, text: str, *, doc_id: str | None = None, date: str | None = None
    ) -> Analysis:
        document = make_document(
            text, doc_id=doc_id, date=date, strip_boilerplate=self.settings.ingest.strip_boilerplate
        )
        result = next(self.analyze_documents([document]))
        if isinstance(result, Failure):
            raise RuntimeError(result.reason)
        return result

    def analyze_documents(
        self, documents: Iterable[Document], batch_docs: int = 32
    ) -> Iterator[Analysis | Failure]:
        """Yield one Analysis (or Failure) per document, in input order."""
        it = iter(documents)
        while batch := list(islice(it, batch_docs)):
            parsed = parse_documents(self.nlp, (d.text for d in batch), self.settings.nlp)
            for document, doc in zip(batch, parsed, strict=True):
                try:
                    yield self._run_stages(doc, document)
                except StageError as exc:
                    yield Failure(document.source or document.id, str(exc))

    def _run_stages(self, doc, document: Document) -> Analysis:  # type: ignore[no-untyped-def]
        stage = "actors"
        try:
            layer = self.actors(doc, document)
            stage = "quotes"
            quotes = self.quotes(doc, document, layer)  # outermost and embedded
            stage = "events"
            events = self.events(doc, document, layer, quotes)
            stage = "stances"
            statements = self.stances(doc, document, layer, quotes, events)
            stage = "alignment"
            actors = layer.to_records()
            relations = relate_document(statements, events, actors=actors)
        except Exception as exc:  # one bad document must not end a batch
            raise StageError(stage, document.id, exc) from exc
        return Analysis(
            document=document.info(),
            text=document.text,
            actors=actors,
            quotes=[q for q in quotes if q.within is None],
            embedded_quotes=[q for q in quotes if q.within is not None],
            events=events,
            statements=statements,
            relations=relations,
        )
