"""The quotes stage: direct, mixed and indirect attributions with resolved speakers.

Interface: ``QuoteStage(settings)`` -> ``stage(doc, document, actors) -> list[Quote]``;
quotes held in another's content come last, naming it in ``within`` (``nesting``).

Order of work, per document:
 1. reported speech on the parse (``nonverbal.find_reported``): cue, source, content;
 2. quotations by their marks (``nlp.quote_marks.find_quoted``);
 3. each quotation joins the attribution whose content it lies in ("X said “Y”"),
    else an adjacent dangling cue ("“Y,” he said"), else the attribution of the
    quotation it continues ("“Y,” he said, “Z”"), else the speaker from context;
 4. speakers: the actors stage's mention on the source span, else the context rule;
 5. an attribution whose cue lies in another's content is embedded in it.

Content offsets index ``document.text``; nothing inside ``document.excluded``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..actors.coref import SUBJECT_RULES, described_referent
from ..config import Settings
from ..datafiles import constants
from ..ingest import Document
from ..nlp import modality as mod
from ..nlp.clause_mode import ModeRules, span_mode
from ..nlp.quote_marks import QuotedSpan, find_quoted
from ..nlp.text import doc_text
from ..nlp.view import doc_view, positions_from
from ..nlp.words import pronouns
from ..records import Excluded, Quote, QuoteKind, QuoteReports, Span
from ..rules import RuleSwitches
from . import rulebook as R
from .adjacent import clause_after, clause_before
from .bylines import dash_byline, paragraph_byline
from .continuing import continued_sentence
from .excluded import clear_of_excluded, cut_longest, pieces_outside
from .headlines import headline_line, without_headline_clause
from .lexicon import Lexicon, load_lexicon
from .linking import (
    Item,
    adjacent,
    after_colon,
    containing,
    continued,
    follows_content,
    next_paragraph,
    overlap,
)
from .nesting import mark_embedded
from .nonverbal import find_reported
from .plural import named_person, plural_speakers
from .possessed import possessor_not_speaker
from .reported import Attribution, Offsets, trim
from .speakers import SpeakerResolver
from .speech_after import speech_clause_after
from .spokespeople import (
    compound_referent,
    named_spokespeople,
    named_spokesperson,
    relayed_principal,
)

_C = constants("quotes")  # confidences and thresholds, explained in data/constants.toml
_DIRECT_SHARE = float(_C["direct_share"])  # quoted share above which content is direct
_EMBEDDED_MIN_WORDS = int(_C["embedded_min_words"])  # shorter: a name or a scare quote
# the longest stretch between two quotations that one cue sentence may fill
_NEXT_PARAGRAPH_CHARS = int(_C["next_paragraph_chars"])
# the tag pronouns pronoun_outside_content reads again ("..., he said")
_HE_SHE = pronouns(person=3, number="sg", forms=("subject",)) - {"it"}


class QuoteStage:
    """Finds every attribution in a parsed document."""

    name = "stancemap.quotes.v2"

    def __init__(self, settings: Settings, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or load_lexicon()
        switches = RuleSwitches.from_settings(settings)
        self.on: R.On = switches.enabled
        # "the diplomat said": the actor layer's coreference rules for descriptive subjects
        self.subject_rules = [r for r in switches.active(SUBJECT_RULES) if r.func is not None]

    def __call__(self, doc: Doc, document: Document, actors: ActorLayer) -> list[Quote]:
        text = document.text
        on = self.on
        stretches = document.excluded
        attributions = [
            cleared
            for a in find_reported(doc, self.lexicon, on)
            if not document.is_excluded(*a.cue)
            and (cleared := clear_of_excluded(doc, text, a, stretches, on)) is not None
        ]
        quoted = [
            q for q in find_quoted(text) if not document.is_excluded(q.inner_start, q.inner_end)
        ]
        if on(R.HEADLINE_CLAUSE) and (line := headline_line(text)) is not None:
            kept = [without_headline_clause(doc, a, line, quoted) for a in attributions]
            attributions = [a for a in kept if a is not None]
        attributions = [self._source_read(doc, actors, a) for a in attributions]
        if on(R.CUT_UNCLOSED):
            quoted = [_cut_at_cue_clause(text, q, attributions) for q in quoted]
        if on(R.INSIDE_QUOTATION):
            # attributions inside a quotation belong to the quoted speaker's own words
            # ("“I think it failed,” he said"): the quotation carries them
            closed = [(q.start, q.end) for q in quoted if q.closed]
            attributions = [a for a in attributions if not any(s < a.cue[0] < e for s, e in closed)]
        items = self._link(doc, attributions, quoted, lambda q: self._tag_after(doc, actors, q))
        resolver = SpeakerResolver(doc, actors, self.subject_rules, head_mention=on(R.HEAD_MENTION))
        self._resolve(items, resolver)
        quotes = mark_embedded(
            self._records(doc, text, items, actors, stretches),
            cut=on(R.CUT_TRAILING),
            embed=on(R.EMBEDDED),
        )
        rules = ModeRules.from_switches(on)
        negated_cue = on(R.NEGATED_CUE)
        return [_with_mode(doc, q, rules, negated_cue) for q in quotes]

    # ------------------------------------------------------------------ linking

    def _source_read(self, doc: Doc, actors: ActorLayer, a: Attribution) -> Attribution:
        """An attribution's source read as every source is: a spokesperson speaks for the
        body her title names, a possessed noun of people is not its possessor."""
        on = self.on
        if on(R.SPOKESPERSON):
            a = named_spokesperson(
                doc,
                actors,
                a,
                on(R.SPOKESPERSON_BODY),
                on(R.PRINCIPAL_DESCRIBED),
                on(R.UNNAMED_SPOKESPERSON),
                on(R.OF_AFTER_NAME),
                on(R.SPOKES_TITLE),
            )
        if on(R.POSSESSOR_NOT_SPEAKER):
            a = possessor_not_speaker(doc, actors, a)
        return a

    def _tag_after(self, doc: Doc, actors: ActorLayer, q: QuotedSpan) -> Attribution | None:
        """``quotes.link.speech_clause_after``'s tag, its source read as every source is."""
        tag = speech_clause_after(doc, q, self.lexicon)
        return None if tag is None else self._source_read(doc, actors, tag)

    def _link(
        self,
        doc: Doc,
        attributions: list[Attribution],
        quoted: list[QuotedSpan],
        tag_after: Callable[[QuotedSpan], Attribution | None] | None = None,
    ) -> list[Item]:
        text = doc_text(doc)
        on = self.on
        items = {id(a): Item(a, content=a.content) for a in attributions}
        orphans: list[Item] = []
        previous: tuple[QuotedSpan, Item] | None = None
        for q in quoted:
            inner = (q.inner_start, q.inner_end)
            item = (
                (on(R.CONTAINING) and containing(attributions, items, q))
                or (on(R.ADJACENT) and adjacent(text, attributions, items, q))
                or (on(R.CONTINUATION) and continued(text, previous, q))
                or (on(R.FOLLOWS_CONTENT) and follows_content(text, list(items.values()), q))
                or (on(R.NEXT_PARAGRAPH) and next_paragraph(text, previous, q))
                or (
                    on(R.CONTINUED_SENTENCE)
                    and continued_sentence(text, previous, q, attributions, _NEXT_PARAGRAPH_CHARS)
                )
                or None
            )
            if item is None and on(R.FRAMING_CLAUSE):
                item = self._framing_clause(doc, q)
                if item is not None:
                    orphans.append(item)
            if item is None and tag_after is not None and on(R.SPEECH_CLAUSE_AFTER):
                tag = tag_after(q)
                if tag is not None:
                    item = Item(tag, content=tag.content)
                    orphans.append(item)
            if item is None:
                if not on(R.ORPHAN):
                    continue
                if len(text[q.inner_start : q.inner_end].split()) < self.min_tokens:
                    continue  # a scare quote or a title, not a quotation
                item = Item(None, content=trim(text, *inner))
                orphans.append(item)
            item.quotes.append(q)
            previous = (q, item)
        for item in items.values():
            if item.content is None and item.attribution is not None and on(R.AFTER_COLON):
                item.content = after_colon(text, item.attribution)
        linked = [i for i in items.values() if i.content is not None]
        return sorted(linked + orphans, key=lambda i: i.content or (0, 0))

    @staticmethod
    def _framing_clause(doc: Doc, q: QuotedSpan) -> Item | None:
        """Any verb with a subject framing the quotation ("“Y,” Trump quipped")."""
        found = clause_after(doc, q) or clause_before(doc, q)
        return Item(found, content=found.content) if found else None

    @property
    def min_tokens(self) -> int:
        return self.settings.quotes.min_content_tokens

    # ------------------------------------------------------------------ speakers

    def _resolve(self, items: list[Item], resolver: SpeakerResolver) -> None:
        # first the items with a source, so that context and "I" can lean on them
        for item in items:
            a = item.attribution
            if a is None or a.source is None:
                continue
            item.source = a.source
            speaker, _, guessed = (
                (None, None, False) if a.unnamed else resolver.resolve(a.speaker_at or a.source)
            )
            if speaker is not None and self.on(R.PRONOUN_OUTSIDE_CONTENT):
                speaker = _outside_own_content(resolver, item, a.source, speaker)
            if (
                self.on(R.PLURAL_GROUP)
                and _person_or_none(resolver.actors, speaker)
                and not (
                    self.on(R.PLURAL_NAMED)
                    and speaker is not None
                    and named_person(resolver.doc, resolver.actors, a.speaker_at or a.source)
                )
            ):
                group = plural_speakers(
                    resolver.doc,
                    resolver.actors,
                    a.speaker_at or a.source,
                    own_group=self.on(R.PLURAL_OWN_GROUP),
                )
                if group is not None:
                    speaker, item.also = (group[0], group[1:]) if group else (None, [])
            item.speaker = speaker
            item.confidence = a.confidence - (_C["guessed_speaker_penalty"] if guessed else 0.0)
            if a.principal_at is not None:
                principal = resolver.actors.actor_at(*a.principal_at)
                if principal in (None, speaker) and self.on(R.PRINCIPAL_DESCRIBED):
                    # "a spokeswoman for the ministry", "the ministry's spokeswoman, Y": the
                    # body named before (the actors stage may give Y the words "ministry's
                    # spokeswoman" as a role: no principal of her own)
                    described = described_referent(
                        resolver.actors, resolver.doc, *a.principal_at, self.subject_rules
                    )
                    if described is None and self.on(R.COMPOUND_PRINCIPAL):
                        described = compound_referent(
                            resolver.actors, resolver.doc, a.principal_at, self.subject_rules
                        )
                    principal = described.actor_id if described is not None else principal
                    if (
                        principal is not None
                        and speaker is None
                        and a.speaker_at is None
                        and not a.unnamed
                    ):
                        speaker = item.speaker = principal  # no one named: the body speaks
                        item.confidence -= _C["guessed_speaker_penalty"]
                item.speaks_for = principal if principal != speaker else None
            if self.on(R.RELAYED_PRINCIPAL):
                content = item.content or (
                    (item.quotes[0].inner_start, item.quotes[0].inner_end) if item.quotes else None
                )
                if content is not None:
                    item.relayed = relayed_principal(
                        resolver.doc, resolver.actors, content, speaker, item.speaks_for
                    )
            if speaker is None:
                item.confidence -= _C["unresolved_speaker_penalty"]
        for item in items:
            a = item.attribution
            if a is not None and (a.source is not None and not a.first_person or a.writer):
                continue
            dash, paragraph = self.on(R.DASH_BYLINE), self.on(R.DASH_BYLINE_PARAGRAPH)
            if a is None and item.quotes and (dash or paragraph):
                text = doc_text(resolver.doc)
                signed = dash_byline(text, resolver, item.quotes[-1].end) if dash else None
                if signed is None and paragraph:
                    signed = paragraph_byline(text, resolver, item.quotes[-1].end)
                if signed is not None:
                    item.source, item.speaker = signed
                    item.confidence = _C["salient_speaker_confidence"]
                    continue
            self._from_context(item, items, resolver)

    def _from_context(self, item: Item, items: list[Item], resolver: SpeakerResolver) -> None:
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
        # The last attribution's speaker was tried here too ("quotes.speaker.context");
        # ablation removed it: it cost 0.0075 source match on both PolNeAR tune and check,
        # where the most salient actor before the quotation does better.
        mention = (
            resolver.salient_before(anchor, main_clause=self.on(R.SALIENT_MAIN_CLAUSE))
            if self.on(R.SALIENT_SPEAKER)
            else None
        )
        if mention is not None and self.on(R.SALIENT_OUTSIDE_QUOTATIONS):
            quoted = [q for other in items for q in other.quotes if q.closed]
            if any(q.inner_start <= mention.start < q.inner_end for q in quoted):
                mention = None  # named in someone's words, not speaking
        if mention is None:
            item.confidence = _C["no_speaker_confidence"]
            return
        item.speaker, item.source = mention.actor_id, (mention.start, mention.end)
        item.confidence = _C["salient_speaker_confidence"]
        item.from_context = True

    # ------------------------------------------------------------------ records

    def _records(
        self,
        doc: Doc,
        text: str,
        items: list[Item],
        actors: ActorLayer,
        stretches: Sequence[Excluded] = (),
    ) -> list[Quote]:
        quotes: list[Quote] = []
        # a spokesperson speaks for the same principal in every quote of the document
        principals = {i.speaker: i.speaks_for for i in items if i.speaker and i.speaks_for}
        if self.on(R.SPOKESPERSON_NAMED_BEFORE):
            # "Y is the spokeswoman of X. She said ...": named so outside any source
            described = self.subject_rules if self.on(R.PRINCIPAL_DESCRIBED) else None
            reduced = self.on(R.NAMED_REDUCED)
            principals = {**named_spokespeople(doc, actors, described, reduced), **principals}
        for item in items:
            if item.source is not None and stretches:
                # nothing inside a dateline or a credit is anyone's name
                item.source = cut_longest(text, item.source, stretches)
                if item.source is None and item.from_context:
                    item.speaker = None
            contents = [
                piece
                for content in self._contents(doc, text, item)
                for piece in pieces_outside(text, content, stretches)
            ]
            for content in contents:
                a = item.attribution
                span = _span(text, content)
                if span is None:
                    continue
                channel_span = _span(text, a.channel) if a and a.channel else None
                kind = self._kind(text, content, item)
                for speaker in [item.speaker, *item.also]:  # a plural source: one each
                    quotes.append(
                        Quote(
                            id=f"q{len(quotes) + 1}",
                            kind=kind,
                            content=span,
                            cue=_span(text, a.cue) if a else None,
                            source=_span(text, item.source) if item.source else None,
                            speaker=speaker,
                            confidence=round(
                                min(1.0, max(_C["confidence_floor"], item.confidence)), 2
                            ),
                            channel=actors.actor_at(*a.channel) if a and a.channel else None,
                            channel_span=channel_span,
                            speaks_for=item.relayed
                            or item.speaks_for
                            or principals.get(speaker or ""),
                            reports=_reports(kind, a) if self.on(R.REPORT_KIND) else None,
                        )
                    )
        return quotes

    def _contents(self, doc: Doc, text: str, item: Item) -> list[Offsets]:
        """One content per piece: a split quotation gives one record per piece."""
        if not item.quotes:
            rest = item.attribution.rest if item.attribution else None
            return [c for c in (item.content, rest) if c is not None]
        pieces: list[Offsets] = []
        if item.content and not any(
            overlap(item.content, (q.inner_start, q.inner_end)) for q in item.quotes
        ):
            pieces.append(item.content)  # "X added that Y. “Z.”": Y, then Z
        for q in item.quotes:
            inner = trim(text, q.inner_start, q.inner_end)
            if item.attribution is None:
                inner = self._embedding_sentence(doc, text, inner, self.on)
            elif item.content and overlap(item.content, inner) and not pieces:
                end = max(inner[1], item.content[1])
                inner = (min(inner[0], item.content[0]), end)
            pieces.append(inner)
        return pieces

    @staticmethod
    def _embedding_sentence(doc: Doc, text: str, inner: Offsets, on: R.On) -> Offsets:
        """A quotation set inside the writer's own words ("The reason is “Y”") takes
        the sentence as content: the writer's paraphrase around it is the speaker's too."""
        if not on(R.EMBEDDING_SENTENCE) and not on(R.SCARE_QUOTE):
            return inner
        span = doc.char_span(inner[0], inner[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            return inner  # only spaces between quotation marks: no token to read
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
    def _kind(text: str, content: Offsets, item: Item) -> QuoteKind:
        if not item.quotes:
            return "indirect"
        quoted = sum(overlap(content, (q.inner_start, q.inner_end)) for q in item.quotes)
        if quoted == 0:
            return "indirect"
        return "direct" if quoted >= _DIRECT_SHARE * (content[1] - content[0]) else "mixed"


# cue classes that report words said or written ("unlisted": a verb with a "that" clause)
_SPEECH_CLASSES = frozenset({"speech", "evidence", "unlisted"})


def _with_mode(
    doc: Doc, quote: Quote, rules: ModeRules | None = None, negated_cue: bool = False
) -> Quote:
    """The quote with the mode of what it says (``nlp.clause_mode.span_mode``, read from the
    clause heading its content; session 29): "he would back Y if ..." is conditional, "will
    back" future, "Does X back Y?" a question. A field only: no rule reads it here.
    ``negated_cue`` (``quotes.mode.negated_cue``): a negated cue ("have not said who they
    would vote for") makes it negated."""
    direct = quote.kind == "direct"
    if negated_cue and quote.cue is not None and _cue_negated(doc, quote.cue):
        return quote.model_copy(update={"mode": "negated"})
    rules = rules if rules is not None else ModeRules()
    mode = span_mode(doc, quote.content.start, quote.content.end, direct=direct, rules=rules)
    return quote.model_copy(update={"mode": mode})


def _cue_negated(doc: Doc, cue: Span) -> bool:
    """The quote's cue verb is negated ("have not said", "never said") or has a negative
    subject ("nobody said")."""
    view = doc_view(doc)
    verb = next(  # the cue's first such word, found by bisection (no walk of the whole doc)
        (
            doc[i]
            for i in positions_from(doc, cue.start, cue.end)
            if view.pos[i] in ("VERB", "AUX", "NOUN") and view.dep[i] != "aux"
        ),
        None,
    )
    if verb is None:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    return negated or mod.negative_subject(verb)


def _reports(kind: QuoteKind, a: Attribution | None) -> QuoteReports:
    """ "speech" for words said or written (a quotation, "said", "wrote", "the report
    shows"), "attitude" for a cue of belief, intention or stance ("thanked him for the
    support", "believes", "wants", "criticized"): the lexicon's class of the cue."""
    if a is None or kind == "direct" or a.cls in _SPEECH_CLASSES:
        return "speech"
    return "attitude"


def _outside_own_content(
    resolver: SpeakerResolver, item: Item, source: Offsets, speaker: str
) -> str:
    """ "Also, Trump isn't a conservative, he said": a he/she after the start of its own
    content is not the actor that content names by name; the salient person before the
    content speaks, if there is one."""
    text = doc_text(resolver.doc)
    if text[source[0] : source[1]].lower() not in _HE_SHE:
        return speaker
    content = item.content or (
        (item.quotes[0].inner_start, item.quotes[0].inner_end) if item.quotes else None
    )
    if content is None or content[0] >= source[0]:
        return speaker
    named = [
        m
        for m in resolver.actors.mentions_in(content[0], min(content[1], source[0]))
        if m.actor_id == speaker and m.how != "pronoun"
    ]
    if not named:
        return speaker
    before = resolver.salient_before(content[0], person=True)
    return before.actor_id if before is not None and before.actor_id != speaker else speaker


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


def _person_or_none(actors: ActorLayer, actor_id: str | None) -> bool:
    """A speaker a plural source may not be: a single person, or none found."""
    if actor_id is None:
        return True
    actor = actors.actor(actor_id)
    return actor is not None and actor.type == "person"


def _span(text: str, offsets: Offsets | None) -> Span | None:
    if offsets is None or offsets[1] <= offsets[0]:
        return None
    return Span(start=offsets[0], end=offsets[1], text=text[offsets[0] : offsets[1]])
