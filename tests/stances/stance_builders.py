"""Build documents, actor layers, quotes and events by hand for stance tests."""

from __future__ import annotations

from stancemap.actors import ActorLayer
from stancemap.ingest import make_document
from stancemap.records import Actor, ActorMention, Event, Quote, Span


def layer_for(text: str, actors: dict[str, tuple[Actor, list[str]]]) -> ActorLayer:
    """Mentions for every occurrence of each listed surface form."""
    layer = ActorLayer()
    for actor, forms in actors.values():
        layer.actors[actor.id] = actor
        for form in forms:
            start = text.find(form)
            while start >= 0:
                layer.mentions.append(
                    ActorMention(start=start, end=start + len(form), text=form, actor_id=actor.id)
                )
                start = text.find(form, start + len(form))
    layer.__post_init__()
    return layer


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), text=part)


def quote(qid: str, text: str, content: str, speaker: str, confidence: float = 0.9) -> Quote:
    return Quote(
        id=qid, kind="direct", content=span(text, content), speaker=speaker, confidence=confidence
    )


def event(
    eid: str,
    text: str,
    trigger: str,
    etype: str,
    src: list[str],
    tgt: list[str],
    mode: str | None = None,
) -> Event:
    return Event(
        id=eid,
        type=etype,
        mode=mode,
        trigger=span(text, trigger),
        source=src,
        target=tgt,
        confidence=0.9,
    )


KAZ = Actor(id="KAZ", name="Kazakhstan", type="country", country="KAZ")
RUS = Actor(id="RUS", name="Russia", type="country", country="RUS")
DPR = Actor(id="DPR", name="Donetsk People's Republic", type="group")
LPR = Actor(id="LPR", name="Luhansk People's Republic", type="group")
UKR = Actor(id="UKR", name="Ukraine", type="country", country="UKR")
PUTIN = Actor(id="putin", name="Vladimir Putin", type="person", country="RUS", sector="GOV")
TOKAYEV = Actor(
    id="tokayev", name="Kassym-Jomart Tokayev", type="person", country="KAZ", sector="GOV"
)

__all__ = ["make_document"]
