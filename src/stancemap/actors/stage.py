"""The actors stage (first version: NER entities become actors).

Replaced by the KB-backed linker; the interface stays:
``ActorStage(settings)`` -> ``stage(doc, document) -> ActorLayer``,
``stage.ruler_patterns()`` and ``stage.resolve(mention, date)``.
"""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc

from ..config import Settings
from ..ingest import Document
from ..records import Actor, ActorMention
from .layer import ActorLayer

_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "location"}


def stable_id(name: str, kind: str) -> str:
    norm = re.sub(r"\W+", " ", name.lower()).strip()
    return f"new:{kind}:" + hashlib.sha1(norm.encode()).hexdigest()[:10]


class ActorStage:
    name = "stancemap.actors.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def ruler_patterns(self) -> list[dict]:
        return []

    def resolve(self, mention: str, date: str | None = None) -> Actor | None:
        return None

    def __call__(self, doc: Doc, document: Document) -> ActorLayer:
        layer = ActorLayer()
        for ent in doc.ents:
            kind = _TYPES.get(ent.label_)
            if kind is None or document.is_excluded(ent.start_char, ent.end_char):
                continue
            actor_id = stable_id(ent.text, kind)
            layer.actors.setdefault(actor_id, Actor(id=actor_id, name=ent.text, type=kind))  # type: ignore[arg-type]
            layer.mentions.append(
                ActorMention(start=ent.start_char, end=ent.end_char, text=ent.text, actor_id=actor_id, how="new", confidence=0.5)
            )
        layer.__post_init__()
        return layer
