"""Small synthetic analyses: store tests where the pipeline is not the point.

Each document has a text whose sentences are the spans its records point
at, so offsets are exact and full-text search has real words to find.
"""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.records import Actor, Analysis, DocumentInfo, Event, Issue, Quote, Span, Statement

ACTORS = {
    "person:ana-ruiz": ("Ana Ruiz", "person", "ESP", "President of Spain"),
    "person:ole-berg": ("Ole Berg", "person", "NOR", "Prime Minister of Norway"),
    "country:ESP": ("Spain", "country", "ESP", None),
    "country:NOR": ("Norway", "country", "NOR", None),
}


class TextBuilder:
    def __init__(self) -> None:
        self.text = ""

    def add(self, sentence: str) -> Span:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        return Span(start=start, end=len(self.text), text=sentence)


def synthetic(
    doc_id: str,
    date: str,
    *,
    stance_a: int = 1,
    stance_b: int = 1,
    issue: str = "support:fishing-quota",
    label: str = "fishing quota",
    event_type: str = "COOPERATE",
    extra_quotes: int = 0,
    names_norway: bool = False,
) -> Analysis:
    """Ana Ruiz and Ole Berg each take a stance on one issue; Spain acts on Norway."""
    text = TextBuilder()
    mentions: dict[str, list[Span]] = {k: [] for k in ACTORS}
    head = text.add(f"Report {doc_id} on the {label}.")
    quotes: list[Quote] = []
    statements: list[Statement] = []
    for n, (actor, polarity) in enumerate(
        (("person:ana-ruiz", stance_a), ("person:ole-berg", stance_b)), start=1
    ):
        name = ACTORS[actor][0]
        verb = {1: "backs", -1: "opposes", 0: "is weighing"}[polarity]
        content = text.add(f"We {verb} the {label} now.")
        source = text.add(f"{name} said so.")
        name_span = Span(start=source.start, end=source.start + len(name), text=name)
        mentions[actor].append(name_span)
        cue = Span(start=name_span.end + 1, end=name_span.end + 5, text="said")
        quotes.append(
            Quote(
                id=f"q{n}",
                kind="direct",
                content=content,
                cue=cue,
                source=name_span,
                speaker=actor,
                confidence=0.9,
            )
        )
        statements.append(
            Statement(
                id=f"s{n}",
                actor=actor,
                issue=Issue(id=issue, label=label),
                polarity=polarity,  # type: ignore[arg-type]
                evidence=[f"q{n}"],
                confidence=0.8,
                text=content,
            )
        )
    for k in range(extra_quotes):
        content = text.add(f"Talks number {k} went on about the harbour.")
        quotes.append(
            Quote(
                id=f"q{3 + k}",
                kind="indirect",
                content=content,
                speaker="person:ana-ruiz",
                confidence=0.6,
            )
        )
    if names_norway:  # a quote whose content names an actor
        content = text.add("Norway will gain from the deal.")
        mentions["country:NOR"].append(
            Span(start=content.start, end=content.start + 6, text="Norway")
        )
        quotes.append(
            Quote(
                id=f"q{3 + extra_quotes}",
                kind="indirect",
                content=content,
                speaker="person:ole-berg",
                confidence=0.7,
            )
        )
    sentence = text.add("Spain met Norway in Oslo.")
    mentions["country:ESP"].append(Span(start=sentence.start, end=sentence.start + 5, text="Spain"))
    mentions["country:NOR"].append(
        Span(start=sentence.start + 10, end=sentence.start + 16, text="Norway")
    )
    trigger = Span(start=sentence.start + 6, end=sentence.start + 9, text="met")
    events = [
        Event(
            id="e1",
            type=event_type,
            mode=None,
            trigger=trigger,
            source=["country:ESP"],
            target=["country:NOR"],
            date=date,
            confidence=0.7,
            evidence=sentence,
        )
    ]
    actors = [
        Actor(
            id=actor_id,
            name=name,
            type=kind,  # type: ignore[arg-type]
            country=country,
            role=role,
            mentions=mentions[actor_id],
        )
        for actor_id, (name, kind, country, role) in ACTORS.items()
    ]
    from stancemap.ingest.identity import content_sha256

    assert head.text  # the headline is part of the text
    return Analysis(
        document=DocumentInfo(id=doc_id, sha256=content_sha256(text.text), date=date),
        text=text.text,
        actors=actors,
        quotes=quotes,
        events=events,
        statements=statements,
        relations=relate_document(statements, events, actors=actors),
    )
