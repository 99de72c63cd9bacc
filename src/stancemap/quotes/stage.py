"""The quotes stage: direct, mixed and indirect attributions with resolved speakers.

Interface: ``QuoteStage(settings)`` -> ``stage(doc, document, actors) -> list[Quote]``;
quotes held in another's content come last, naming it in ``within`` (``nesting``).

Order of work, per document:
 1. reported speech on the parse (``nonverbal.find_reported``): cue, source, content;
 2. quotations by their marks (``marks.find_quoted``);
 3. each quotation joins the attribution whose content it lies in ("X said “Y”"),
    else an adjacent dangling cue ("“Y,” he said"), else the attribution of the
    quotation it continues ("“Y,” he said, “Z”"), else the speaker from context;
 4. speakers: the actors stage's mention on the source span, else the context rule;
 5. an attribution whose cue lies in another's content is embedded in it.

Content offsets index ``document.text``; nothing inside ``document.excluded``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..config import Settings
from ..ingest import Document
from ..nlp.text import doc_text
from ..records import Quote, QuoteKind, Span
from ..rules import RuleSwitches
from . import rulebook as R
from .adjacent import clause_after, clause_before
from .lexicon import Lexicon, load_lexicon
from .marks import QuotedSpan, find_quoted
from .nesting import mark_embedded
from .nonverbal import find_reported
from .reported import Attribution, Offsets, trim
from .speakers import SpeakerResolver

_GLUE = re.compile(r"^[\s,:;—–-]*$")  # what may sit between a quotation and its cue clause
_COLON_AFTER = re.compile(r"[^\S\n]*:")  # the cue clause ends in a colon
_NEW_SENTENCE = re.compile(r"[.!?]\s+\w")
_CONTENT_GLUE = re.compile(r"^[ \t.,;:]*$")  # same paragraph, only punctuation between
_SENTENCE_BREAK = re.compile(r"^[^\S\n]*[.!?][^\S\n]*\n?[^\S\n]*\n?[^\S\n]*$")
_NEXT_PARAGRAPH_CHARS = 200  # "“Y,” said the senator from Ohio.¶“Z”"
_CONTINUATION_CHARS = 120  # "“Y,” the senator from Ohio said on Tuesday, “Z”"
_CONTEXT_CHARS = 1500  # how far back a quotation without a source looks for its speaker
_DIRECT_SHARE = 0.8  # quoted share of the content above which it counts as direct
_EMBEDDED_MIN_WORDS = 6  # shorter quoted bits inside a writer's sentence are names or scare quotes


@dataclass
class _Item:
    """One attribution being assembled: its quotations, then its speaker."""

    attribution: Attribution | None
    quotes: list[QuotedSpan] = field(default_factory=list)
    content: Offsets | None = None
    speaker: str | None = None
    source: Offsets | None = None
    confidence: float = 0.5
    from_context: bool = False


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(inner: Offsets, outer: Offsets) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class QuoteStage:
    """Finds every attribution in a parsed document."""

    name = "stancemap.quotes.v2"

    def __init__(self, settings: Settings, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or load_lexicon()
        self.on: R.On = RuleSwitches.from_settings(settings).enabled

    def __call__(self, doc: Doc, document: Document, actors: ActorLayer) -> list[Quote]:
        text = document.text
        on = self.on
        attributions = [
            a for a in find_reported(doc, self.lexicon, on) if not document.is_excluded(*a.cue)
        ]
        quoted = [
            q for q in find_quoted(text) if not document.is_excluded(q.inner_start, q.inner_end)
        ]
        if on(R.CUT_UNCLOSED):
            quoted = [_cut_at_cue_clause(text, q, attributions) for q in quoted]
        if on(R.INSIDE_QUOTATION):
            # attributions inside a quotation belong to the quoted speaker's own words
            # ("“I think it failed,” he said"): the quotation carries them
            closed = [(q.start, q.end) for q in quoted if q.closed]
            attributions = [a for a in attributions if not any(s < a.cue[0] < e for s, e in closed)]
        items = self._link(doc, attributions, quoted)
        resolver = SpeakerResolver(doc, actors)
        self._resolve(items, resolver)
        return mark_embedded(
            self._records(doc, text, items, actors),
            cut=on(R.CUT_TRAILING),
            embed=on(R.EMBEDDED),
        )

    # ------------------------------------------------------------------ linking

    def _link(
        self, doc: Doc, attributions: list[Attribution], quoted: list[QuotedSpan]
    ) -> list[_Item]:
        text = doc_text(doc)
        on = self.on
        items = {id(a): _Item(a, content=a.content) for a in attributions}
        orphans: list[_Item] = []
        previous: tuple[QuotedSpan, _Item] | None = None
        for q in quoted:
            inner = (q.inner_start, q.inner_end)
            item = (
                (on(R.CONTAINING) and self._containing(attributions, items, q))
                or (on(R.ADJACENT) and self._adjacent(text, attributions, items, q))
                or (on(R.CONTINUATION) and self._continued(text, previous, q))
                or (on(R.FOLLOWS_CONTENT) and self._follows_content(text, list(items.values()), q))
                or (on(R.NEXT_PARAGRAPH) and self._next_paragraph(text, previous, q))
                or None
            )
            if item is None and on(R.FRAMING_CLAUSE):
                item = self._framing_clause(doc, q)
                if item is not None:
                    orphans.append(item)
            if item is None:
                if not on(R.ORPHAN):
                    continue
                if len(text[q.inner_start : q.inner_end].split()) < self.min_tokens:
                    continue  # a scare quote or a title, not a quotation
                item = _Item(None, content=trim(text, *inner))
                orphans.append(item)
            item.quotes.append(q)
            previous = (q, item)
        for item in items.values():
            if item.content is None and item.attribution is not None and on(R.AFTER_COLON):
                item.content = self._after_colon(text, item.attribution)
        linked = [i for i in items.values() if i.content is not None]
        return sorted(linked + orphans, key=lambda i: i.content or (0, 0))

    @staticmethod
    def _after_colon(text: str, a: Attribution) -> Offsets | None:
        """ "The Times reports:" then unquoted text: the rest of the line, else the next
        paragraph, is what was reported."""
        end = max(a.cue[1], a.source[1]) if a.source else a.cue[1]
        match = _COLON_AFTER.match(text, end)
        if match is None:
            return None
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[match.end() : line_end].strip():
            return trim(text, match.end(), line_end)
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text):
            return None
        next_end = text.find("\n", start)
        return trim(text, start, len(text) if next_end < 0 else next_end)

    @staticmethod
    def _framing_clause(doc: Doc, q: QuotedSpan) -> _Item | None:
        """Any verb with a subject framing the quotation ("“Y,” Trump quipped")."""
        found = clause_after(doc, q) or clause_before(doc, q)
        return _Item(found, content=found.content) if found else None

    @property
    def min_tokens(self) -> int:
        return self.settings.quotes.min_content_tokens

    @staticmethod
    def _containing(
        attributions: list[Attribution], items: dict[int, _Item], q: QuotedSpan
    ) -> _Item | None:
        """The attribution whose content holds most of this quotation, cue outside it."""
        inner = (q.inner_start, q.inner_end)
        best, best_share = None, 0.0
        for a in attributions:
            if a.content is None or _inside(a.cue, (q.start, q.end)):
                continue
            shared = _overlap(a.content, inner)
            if not shared:
                continue
            share = shared / min(inner[1] - inner[0], a.content[1] - a.content[0])
            if share >= 0.5 and share > best_share:
                best, best_share = a, share
        return items[id(best)] if best is not None else None

    @staticmethod
    def _adjacent(
        text: str, attributions: list[Attribution], items: dict[int, _Item], q: QuotedSpan
    ) -> _Item | None:
        """A dangling cue right after ("“Y,” he said") or right before ("He said: “Y”")."""
        for a in attributions:
            item = items[id(a)]
            if a.content is not None or item.content is not None:
                continue  # not dangling, or already joined to a quotation
            clause = a.cue
            if a.source:
                clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1]))
            after = clause[0] >= q.end and _GLUE.match(text[q.end : clause[0]])
            before = clause[1] <= q.start and _GLUE.match(text[clause[1] : q.start])
            if after or before:
                item.content = trim(text, q.inner_start, q.inner_end)
                return item
        return None

    @staticmethod
    def _continued(
        text: str, previous: tuple[QuotedSpan, _Item] | None, q: QuotedSpan
    ) -> _Item | None:
        """ "“Y,” he said, “Z”": Z continues Y when only Y's cue clause lies between."""
        if previous is None:
            return None
        last, item = previous
        gap = (last.end, q.start)
        if gap[1] - gap[0] > _CONTINUATION_CHARS or "\n" in text[gap[0] : gap[1]]:
            return None
        a = item.attribution
        if a is None or not _inside(a.cue, gap):
            return None
        clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1])) if a.source else a.cue
        if not _inside(clause, gap):
            return None
        before, after = text[gap[0] : clause[0]], text[clause[1] : gap[1]]
        if not _GLUE.match(before):
            return None
        # after the clause an apposition or a time may follow ("said X, an economist."),
        # but not a new sentence ("said X. The vote is Monday.")
        return None if _NEW_SENTENCE.search(after.rstrip(" .,;:—–-")) else item

    @staticmethod
    def _next_paragraph(
        text: str, previous: tuple[QuotedSpan, _Item] | None, q: QuotedSpan
    ) -> _Item | None:
        """ "“Y,” he said.¶“Z.”": a quotation opening the sentence right after the cue
        clause that closes the previous quotation goes on with the same speaker."""
        if previous is None:
            return None
        last, item = previous
        a = item.attribution
        if a is None or a.source is None or q.start - last.end > _NEXT_PARAGRAPH_CHARS:
            return None
        clause = (min(a.cue[0], a.source[0]), max(a.cue[1], a.source[1]))
        if not _inside(clause, (last.end, q.start)):
            return None
        before, after = text[last.end : clause[0]], text[clause[1] : q.start]
        if not _GLUE.match(before) or not _SENTENCE_BREAK.match(after):
            return None
        return item

    @staticmethod
    def _follows_content(text: str, items: list[_Item], q: QuotedSpan) -> _Item | None:
        """ "X added that Y. “Z.”": a quotation right after an attributed content goes on it."""
        for item in items:
            if item.attribution is None or item.content is None or item.content[1] > q.start:
                continue
            if _CONTENT_GLUE.match(text[item.content[1] : q.start]):
                return item
        return None

    # ------------------------------------------------------------------ speakers

    def _resolve(self, items: list[_Item], resolver: SpeakerResolver) -> None:
        # first the items with a source, so that context and "I" can lean on them
        for item in items:
            a = item.attribution
            if a is None or a.source is None:
                continue
            item.source = a.source
            speaker, _, guessed = resolver.resolve(a.speaker_at or a.source)
            item.speaker = speaker
            item.confidence = a.confidence - (0.15 if guessed else 0.0)
            if speaker is None:
                item.confidence -= 0.25
        for item in items:
            a = item.attribution
            if a is not None and (a.source is not None and not a.first_person or a.writer):
                continue
            self._from_context(item, items, resolver)

    def _from_context(self, item: _Item, items: list[_Item], resolver: SpeakerResolver) -> None:
        """The speaker of a quotation inside which "I" speaks, or of the last attribution."""
        anchor = item.attribution.cue[0] if item.attribution else (item.content or (0, 0))[0]
        if item.attribution is not None and item.attribution.first_person:
            if not self.on(R.FIRST_PERSON):
                return
            for other in items:
                if (
                    other is not item
                    and other.speaker
                    and any(q.start <= anchor < q.end for q in other.quotes)
                ):
                    item.speaker = other.speaker
                    item.from_context = True
                    return
            return
        before = [
            other
            for other in items
            if self.on(R.CONTEXT_SPEAKER)
            and other.speaker
            and other.source
            and not other.from_context
            and other.source[1] <= anchor
            and anchor - other.source[0] <= _CONTEXT_CHARS
        ]
        if before:
            last = max(before, key=lambda o: o.source[0] if o.source else 0)
            item.speaker, item.source = last.speaker, last.source
            item.confidence = 0.55
        else:
            mention = resolver.salient_before(anchor) if self.on(R.SALIENT_SPEAKER) else None
            if mention is None:
                item.confidence = 0.3
                return
            item.speaker, item.source = mention.actor_id, (mention.start, mention.end)
            item.confidence = 0.45
        item.from_context = True

    # ------------------------------------------------------------------ records

    def _records(self, doc: Doc, text: str, items: list[_Item], actors: ActorLayer) -> list[Quote]:
        quotes: list[Quote] = []
        for item in items:
            for content in self._contents(doc, text, item):
                a = item.attribution
                span = _span(text, content)
                if span is None:
                    continue
                channel_span = _span(text, a.channel) if a and a.channel else None
                quotes.append(
                    Quote(
                        id=f"q{len(quotes) + 1}",
                        kind=self._kind(text, content, item),
                        content=span,
                        cue=_span(text, a.cue) if a else None,
                        source=_span(text, item.source) if item.source else None,
                        speaker=item.speaker,
                        confidence=round(min(1.0, max(0.05, item.confidence)), 2),
                        channel=actors.actor_at(*a.channel) if a and a.channel else None,
                        channel_span=channel_span,
                    )
                )
        return quotes

    def _contents(self, doc: Doc, text: str, item: _Item) -> list[Offsets]:
        """One content per piece: a split quotation gives one record per piece."""
        if not item.quotes:
            rest = item.attribution.rest if item.attribution else None
            return [c for c in (item.content, rest) if c is not None]
        pieces: list[Offsets] = []
        if item.content and not any(
            _overlap(item.content, (q.inner_start, q.inner_end)) for q in item.quotes
        ):
            pieces.append(item.content)  # "X added that Y. “Z.”": Y, then Z
        for q in item.quotes:
            inner = trim(text, q.inner_start, q.inner_end)
            if item.attribution is None:
                inner = self._embedding_sentence(doc, text, inner, self.on)
            elif item.content and _overlap(item.content, inner) and not pieces:
                inner = (min(inner[0], item.content[0]), max(inner[1], item.content[1]))
            pieces.append(inner)
        return pieces

    @staticmethod
    def _embedding_sentence(doc: Doc, text: str, inner: Offsets, on: R.On) -> Offsets:
        """A quotation set inside the writer's own words ("The reason is “Y”") takes
        the sentence as content: the writer's paraphrase around it is the speaker's too."""
        if not on(R.EMBEDDING_SENTENCE) and not on(R.SCARE_QUOTE):
            return inner
        span = doc.char_span(inner[0], inner[1], alignment_mode="expand")
        if span is None:
            return inner
        sent = span[0].sent
        outside = text[sent.start_char : inner[0]] + text[inner[1] : sent.end_char]
        if len(re.findall(r"\w+", outside)) < 3 or sent.end_char < inner[1]:
            return inner
        if len(text[inner[0] : inner[1]].split()) < _EMBEDDED_MIN_WORDS and on(R.SCARE_QUOTE):
            return (0, 0)  # a title or a scare quote in the writer's sentence, not speech
        if not on(R.EMBEDDING_SENTENCE):
            return inner
        return trim(text, sent.start_char, sent.end_char)

    @staticmethod
    def _kind(text: str, content: Offsets, item: _Item) -> QuoteKind:
        if not item.quotes:
            return "indirect"
        quoted = sum(_overlap(content, (q.inner_start, q.inner_end)) for q in item.quotes)
        if quoted == 0:
            return "indirect"
        return "direct" if quoted >= _DIRECT_SHARE * (content[1] - content[0]) else "mixed"


def _cut_at_cue_clause(text: str, q: QuotedSpan, attributions: list[Attribution]) -> QuotedSpan:
    """An unclosed quotation ends where a cue clause with a source starts inside it:
    in "“We are ready, Lee said." the closing mark is missing, not the attribution."""
    if q.closed:
        return q
    for a in attributions:
        if a.source is None or a.content is not None and not q.inner_start <= a.content[0] < q.end:
            continue
        clause_start = min(a.cue[0], a.source[0])
        if q.inner_start < clause_start < q.end:
            inner_end = trim(text, q.inner_start, clause_start)[1]
            if inner_end > q.inner_start:
                return replace(q, end=clause_start, inner_end=inner_end)
    return q


def _span(text: str, offsets: Offsets | None) -> Span | None:
    if offsets is None or offsets[1] <= offsets[0]:
        return None
    return Span(start=offsets[0], end=offsets[1], text=text[offsets[0] : offsets[1]])
