"""The events stage (first version: a handful of verbs with subject/object).

Interface: ``EventStage(settings)`` -> ``stage(doc, document, actors, quotes) -> list[Event]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..config import Settings
from ..ingest import Document
from ..records import Event, Quote, Span

_VERBS = {"recognize": "AGREE", "accuse": "ACCUSE", "send": "AID", "protest": "PROTEST", "attack": "ASSAULT"}


class EventStage:
    name = "stancemap.events.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc, document: Document, actors: ActorLayer, quotes: list[Quote]) -> list[Event]:
        events: list[Event] = []
        for tok in doc:
            etype = _VERBS.get(tok.lemma_)
            if etype is None or tok.pos_ != "VERB" or document.is_excluded(tok.idx, tok.idx + len(tok)):
                continue
            src = [c for c in tok.children if c.dep_ == "nsubj"]
            obj = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            source = [a for c in src if (a := actors.actor_at(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))]
            target = [a for c in obj if (a := actors.actor_at(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))]
            negated = any(c.dep_ == "neg" for c in tok.children)
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    type=etype,
                    mode="negated" if negated else None,
                    trigger=Span(start=tok.idx, end=tok.idx + len(tok), text=tok.text),
                    source=source,
                    target=target,
                    date=document.date,
                    confidence=0.4,
                )
            )
        return events
