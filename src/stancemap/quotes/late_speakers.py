"""A quote with no speaker whose source is a group read late: "Federal and state officials
said Y", "environmentalists worry that Y".

The late groups (``actors.agent.subject_group_source_only``, ``actors.agent.
unlisted_subject_group_source_only``) are held back from the quotes stage: it decides on
``ActorLayer.before``, so a quote whose source is such a plural subject finds no mention
there and keeps no speaker, while the whole layer records the group at that very span
(session 48: most of the PolNeAR gold sources the late groups added to ``speaker_resolved``
were such quotes, their source the group's own words).

``quotes.speaker.late_group`` (session 48 QG): after the events stage has read the quotes
as they were (its quoted judgements take a quote's speaker as their source, and the events
must not move), a quote with no speaker takes the late group whose mention holds its
source's head word. Only an empty speaker is filled, only from a late group's mention
inside the source span: a quote whose source named someone, or a pronoun the layer left
open, keeps what the stage gave it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..records import Quote
from .spokespeople import _head_of


def _late_group_at(doc: Doc, layer: ActorLayer, start: int, end: int) -> str | None:
    """The late group whose mention inside [start, end) holds the span's head word."""
    head = _head_of(doc, (start, end))
    if head is None:
        return None
    speakers = layer.late_ids - layer.late_target_ids  # a target-only group says nothing
    for mention in layer.mentions_in(start, end):
        if mention.actor_id not in speakers or not mention.start <= head.idx < mention.end:
            continue
        actor = layer.actor(mention.actor_id)
        if actor is not None and actor.type == "group":
            return mention.actor_id
    return None


def fill_late_speakers(doc: Doc, quotes: list[Quote], layer: ActorLayer) -> list[Quote]:
    """``quotes`` with each empty speaker filled from a late group at its source (module
    doc); the records that do not change are the same objects."""
    if not layer.late_ids:
        return quotes
    out = []
    for quote in quotes:
        if quote.speaker is None and quote.source is not None:
            group = _late_group_at(doc, layer, quote.source.start, quote.source.end)
            if group is not None:
                quote = quote.model_copy(update={"speaker": group})
        out.append(quote)
    return out
