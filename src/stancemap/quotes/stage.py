"""The quotes stage (first version: quote marks + nearest speech verb subject).

Interface: ``QuoteStage(settings)`` -> ``stage(doc, document, actors) -> list[Quote]``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..config import Settings
from ..ingest import Document
from ..records import Quote, Span

_QUOTE = re.compile(r"[\"“„«]([^\"“”„«»]{3,}?)[\"”“»]")
_SPEECH = {"say", "tell", "add", "state", "declare", "claim", "warn", "insist", "argue"}


class QuoteStage:
    name = "stancemap.quotes.v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc, document: Document, actors: ActorLayer) -> list[Quote]:
        quotes: list[Quote] = []
        text = document.text
        for match in _QUOTE.finditer(text):
            start, end = match.span(1)
            if document.is_excluded(start, end):
                continue
            cue = source = None
            speaker = None
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            sent = span.sent if span is not None else None
            if sent is not None:
                for tok in sent:
                    if tok.lemma_ in _SPEECH and not (start <= tok.idx < end):
                        cue = Span(start=tok.idx, end=tok.idx + len(tok), text=tok.text)
                        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                        if subj:
                            sub = subj[0]
                            s0, s1 = sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge)
                            source = Span(start=s0, end=s1, text=text[s0:s1])
                            speaker = actors.actor_at(s0, s1)
                        break
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    kind="direct",
                    content=Span(start=start, end=end, text=text[start:end]),
                    cue=cue,
                    source=source,
                    speaker=speaker,
                    confidence=0.6 if speaker else 0.3,
                )
            )
        return quotes
