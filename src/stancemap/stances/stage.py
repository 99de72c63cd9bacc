"""The stances stage (first version: one statement per event with a source).

Interface: ``StanceStage(settings)`` -> ``stage(doc, document, actors, quotes, events) -> list[Statement]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..config import Settings
from ..ingest import Document
from ..records import Event, Issue, Quote, Statement


class StanceStage:
    name = "stancemap.stances.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(
        self, doc: Doc, document: Document, actors: ActorLayer, quotes: list[Quote], events: list[Event]
    ) -> list[Statement]:
        out: list[Statement] = []
        for ev in events:
            targets = "+".join(sorted(ev.target)) or "none"
            issue = Issue(id=f"{ev.type.lower()}:{targets}", label=f"{ev.type.lower()} {targets}")
            for actor in ev.source:
                out.append(
                    Statement(
                        id=f"s{len(out) + 1}",
                        actor=actor,
                        issue=issue,
                        polarity=-1 if ev.mode == "negated" else 1,
                        evidence=[ev.id],
                        confidence=ev.confidence,
                    )
                )
        return out
