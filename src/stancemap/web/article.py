"""An ``Analysis`` cut into flat, non-overlapping segments for the article view.

Every extracted span (actor mentions, quote contents, cues and sources, event
triggers, boilerplate stretches) marks a stretch of ``text``. The text is cut
at every span boundary; each piece carries the CSS classes and record keys of
the spans covering it, so the template renders one flat run of elements whose
concatenated text is ``text`` exactly (no nested links, no HTML built here:
the template escapes every piece). Hovering a piece shows the records behind
it, which travel as one JSON block of plain fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import Actor, Analysis, Event, Quote

SPEAKER_COLOURS = 8  # classes spk-0 .. spk-7 in app.css
SNIPPET_CHARS = 280
# A browser lays out one long paragraph again and again while it arrives (a 1 MB
# line took 40 s and more in Chromium), and nobody reads such a stretch on screen:
# in a text longer than FULL_TEXT_CHARS, a piece longer than 2 * KEEP_CHARS shows
# its two ends and says how many characters lie between (the plain text has all).
FULL_TEXT_CHARS = 150_000
KEEP_CHARS = 2_000


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    layer: str  # ex, qc, qcue, qsrc, men, trg
    key: str  # record key shown on hover ("" = none)
    css: str = ""
    href: str | None = None


@dataclass
class Segment:
    text: str
    classes: str = ""
    refs: str = ""
    href: str | None = None
    elided: int = 0  # characters left out here (the text shows "[... N characters ...]")


@dataclass
class Speaker:
    id: str | None
    name: str
    colour: str
    quotes: int


@dataclass
class ArticleView:
    segments: list[Segment]
    records: dict[str, dict[str, Any]]
    speakers: list[Speaker]
    counts: dict[str, int] = field(default_factory=dict)


def actor_href(actor_id: str) -> str:
    from urllib.parse import quote

    return "/actors/" + quote(actor_id, safe="")


def _snippet(text: str) -> str:
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "\u2026"


def _clip(start: int, end: int, size: int) -> tuple[int, int] | None:
    start, end = max(0, start), min(size, end)
    return (start, end) if start < end else None


class _Builder:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.names = {a.id: a.name for a in analysis.actors}
        self.marks: list[_Mark] = []
        self.records: dict[str, dict[str, Any]] = {}
        self.colours: dict[str | None, str] = {}
        self.speaker_counts: dict[str | None, int] = {}

    def name(self, actor_id: str | None) -> str:
        if actor_id is None:
            return "(unresolved)"
        return self.names.get(actor_id, actor_id)

    def colour(self, speaker: str | None) -> str:
        if speaker is None:
            return "spk-none"
        if speaker not in self.colours:
            self.colours[speaker] = f"spk-{len(self.colours) % SPEAKER_COLOURS}"
        return self.colours[speaker]

    def add(self, start: int, end: int, layer: str, key: str = "", **kw: Any) -> None:
        span = _clip(start, end, len(self.analysis.text))
        if span is not None:
            self.marks.append(_Mark(span[0], span[1], layer, key, **kw))

    # ------------------------------------------------------------ layers

    def excluded(self) -> None:
        for n, ex in enumerate(self.analysis.document.excluded):
            key = f"x:{n}"
            self.records[key] = {
                "title": "excluded (boilerplate)",
                "fields": [["reason", ex.reason or "page chrome"]],
            }
            self.add(ex.start, ex.end, "ex", key)

    def actors(self) -> None:
        for actor in self.analysis.actors:
            key = f"a:{actor.id}"
            self.records[key] = self.actor_record(actor)
            for mention in actor.mentions:
                self.add(mention.start, mention.end, "men", key, href=actor_href(actor.id))

    def actor_record(self, actor: Actor) -> dict[str, Any]:
        fields = [["type", actor.type], ["id", actor.id]]
        for label, value in (
            ("role", actor.role),
            ("country", actor.country),
            ("sector", actor.sector),
        ):
            if value:
                fields.append([label, value])
        fields.append(["confidence", f"{actor.confidence:.2f}"])
        fields.append(["mentions", str(len(actor.mentions))])
        return {"title": actor.name, "fields": fields, "href": actor_href(actor.id)}

    def quotes(self) -> None:
        for quote in [*self.analysis.quotes, *self.analysis.embedded_quotes]:
            key = f"q:{quote.id}"
            self.records[key] = self.quote_record(quote)
            self.speaker_counts[quote.speaker] = self.speaker_counts.get(quote.speaker, 0) + 1
            css = self.colour(quote.speaker) + (" qe" if quote.within else "")
            self.add(quote.content.start, quote.content.end, "qc", key, css=css)
            if quote.cue is not None:
                self.add(quote.cue.start, quote.cue.end, "qcue", key)
            if quote.source is not None:
                self.add(quote.source.start, quote.source.end, "qsrc", key)

    def quote_record(self, quote: Quote) -> dict[str, Any]:
        fields = [
            ["speaker", self.name(quote.speaker)],
            ["kind", quote.kind],
            ["confidence", f"{quote.confidence:.2f}"],
        ]
        if quote.source is not None:
            fields.append(["source as written", quote.source.text])
        if quote.cue is not None:
            fields.append(["cue", quote.cue.text])
        if quote.channel:
            fields.append(["via", self.name(quote.channel)])
        if quote.within:
            fields.append(["inside quote", quote.within])
        fields.append(["content", _snippet(quote.content.text)])
        title = f"{self.name(quote.speaker)}: {quote.kind} quote {quote.id}"
        record: dict[str, Any] = {"title": title, "fields": fields}
        if quote.speaker:
            record["href"] = actor_href(quote.speaker)
        return record

    def events(self) -> None:
        for event in self.analysis.events:
            key = f"e:{event.id}"
            self.records[key] = self.event_record(event)
            self.add(event.trigger.start, event.trigger.end, "trg", key)
            for mention in event.mentions:
                self.add(mention.start, mention.end, "trg", key)

    def event_record(self, event: Event) -> dict[str, Any]:
        fields = [
            ["source", ", ".join(self.name(a) for a in event.source) or "-"],
            ["target", ", ".join(self.name(a) for a in event.target) or "-"],
            ["confidence", f"{event.confidence:.2f}"],
        ]
        for label, value in (
            ("mode", event.mode),
            ("CAMEO", event.cameo),
            ("date", event.date),
            ("claimed in quote", event.reported_by),
        ):
            if value:
                fields.append([label, value])
        if event.evidence is not None:
            fields.append(["evidence", _snippet(event.evidence.text)])
        return {"title": f"event {event.type} ({event.id})", "fields": fields}

    # ------------------------------------------------------------ segments

    def segments(self) -> list[Segment]:
        text = self.analysis.text
        starts: dict[int, list[_Mark]] = {}
        cuts = {0, len(text)}
        for mark in self.marks:
            starts.setdefault(mark.start, []).append(mark)
            cuts.update((mark.start, mark.end))
        bounds = sorted(cuts)
        active: list[_Mark] = []
        out: list[Segment] = []
        elide = len(text) > FULL_TEXT_CHARS
        for left, right in zip(bounds, bounds[1:], strict=False):
            active = [m for m in active if m.end > left] + starts.get(left, [])
            if elide and right - left > 3 * KEEP_CHARS:
                out.append(_segment(text[left : left + KEEP_CHARS], active))
                out.append(Segment("", elided=right - left - 2 * KEEP_CHARS))
                out.append(_segment(text[right - KEEP_CHARS : right], active))
            else:
                out.append(_segment(text[left:right], active))
        return out


def _segment(piece: str, active: list[_Mark]) -> Segment:
    if not active:
        return Segment(piece)
    classes: list[str] = []
    refs: list[str] = []
    for layer in ("ex", "qc", "qcue", "qsrc", "men", "trg"):
        marks = [m for m in active if m.layer == layer]
        if not marks:
            continue
        classes.append(layer)
        # the innermost (shortest) span decides colour and link
        inner = min(marks, key=lambda m: (m.end - m.start, -m.start))
        if inner.css:
            classes.append(inner.css)
        for mark in sorted(marks, key=lambda m: m.end - m.start):
            if mark.key and mark.key not in refs:
                refs.append(mark.key)
    links = [m for m in active if m.href]
    href = min(links, key=lambda m: m.end - m.start).href if links else None
    return Segment(piece, " ".join(classes), " ".join(refs), href)


def article_view(analysis: Analysis) -> ArticleView:
    """Segments, hover records and the speaker legend of one analysed document."""
    builder = _Builder(analysis)
    builder.excluded()
    builder.actors()
    builder.quotes()
    builder.events()
    counts = {
        "actors": len(analysis.actors),
        "quotes": len(analysis.quotes) + len(analysis.embedded_quotes),
        "events": len(analysis.events),
        "statements": len(analysis.statements),
        "relations": len(analysis.relations),
    }
    speakers = [
        Speaker(sid, builder.name(sid), builder.colour(sid), n)
        for sid, n in sorted(builder.speaker_counts.items(), key=lambda kv: -kv[1])
    ]
    return ArticleView(builder.segments(), builder.records, speakers, counts)
