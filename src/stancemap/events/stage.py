"""The events stage: who did what to whom, coded in PLOVER and CAMEO, with mode.

Interface: ``EventStage(settings)`` -> ``stage(doc, document, actors, quotes) -> list[Event]``.

``Event.mode`` says how the event is asserted when it is not a plain fact
("negated", "hypothetical", "future", "historical", in that priority);
otherwise it carries PLOVER's event-specific mode ("hunger", "visit", ...),
which the CAMEO code always determines as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span

from ..actors import ActorLayer
from ..config import Settings
from ..ingest import Document
from ..nlp.text import doc_text
from ..records import Event, MentionParties, Quote
from ..records import Span as TextSpan
from ..rules import RuleSwitches, declare
from . import reality
from .adjunct_futures import ADJUNCT_FUTURE, with_adjunct_futures
from .arguments import (
    ABSTRACT_HEAD_NO_PLACE,
    ABSTRACT_HEAD_OPPOSED_PARTY,
    CITY_MODIFIER_NO_PARTY,
    CLAUSE_INSIDE_NO_PARTY,
    RELATED_PERSON_HEAD,
    TITLE_CONJUNCT_NAME,
    UNNAMED_STAFF_NO_PERSON,
    abstract_opposed_on,
    abstract_place_on,
    city_modifier_on,
    clause_inside_on,
    compared_on,
    related_person_on,
    title_conjunct_on,
    unnamed_staff_on,
)
from .coder import Coded, Coder, DocContext
from .compared import COMPARED_NO_PARTY
from .conjunct_modes import (
    BARE_CONJUNCT_PROSPECT,
    TENSED_CONJUNCT,
    with_bare_conjunct_prospects,
    with_tensed_conjunct_modes,
)
from .contractions import TYPOGRAPHIC_CONTRACTION
from .dates import parse_iso
from .failed_acts import NEGATIVE_IMPLICATIVE, with_failed_acts
from .firm_parties import FIRM_PARTIES, without_firm_acts
from .late_sources import fill_late_sources, fill_late_targets
from .layer_reads import ReadLog, RecordingLayer, same_reads
from .lexicon import (
    DICTIONARY_CONSULT_PATTERNS,
    DICTIONARY_NO_EVENT_PATTERNS,
    DICTIONARY_WHOLE_SETS,
    DISPLEASURE_CRIES,
    EMPTY_SLOT_FALLBACK,
    NO_EVENT_UNCONTESTED,
    load_lexicon,
)
from .merge import NO_ROLE_FROM_OTHER_MENTION, PARTY_NAMED_IN_OWN_SENTENCE, NamedIn, merge_events
from .ontology import load_ontology
from .own_verb_rows import OWN_VERB_ROWS
from .own_verb_rows import SHIPPED as SHIPPED_ROWS
from .own_verb_rows import TABLE as OWN_ROWS_TABLE
from .owner_pronoun_targets import OWNER_PRONOUN_TARGET, with_owner_pronoun_targets
from .parties import PREP_GERUND_OWNER
from .policy_pledges import (
    OFFERED_THING,
    PLEDGE_ACTING_ON_ACTOR,
    POLICY_PLEDGE,
    without_policy_pledges,
)
from .private_ends import PRIVATE_ENDS, without_private_acts
from .quoted_deeds import CHARGED_DEED, quoted_deeds
from .quoted_judgements import (
    CONTENT_JUDGEMENT,
    INFINITIVE_GOAL,
    JUDGED_PRONOUN,
    NAME_WORDS,
    WEAK_OBJECT_ADJECTIVE,
    quoted_judgements,
)
from .setting_places import EVENT_NOUN_SETTING, setting_place_on
from .stated_request_signs import (
    STATED_REQUEST_RECODED,
    STATED_REQUEST_UNJUDGED,
    UNASKED_REQUEST_SAYING,
    recoded_stated_requests,
)
from .stated_requests import STATED_REQUEST, without_stated_requests
from .unmarked_unreal import (
    HEADLINE_INFINITIVE,
    HYPHENED_NO_ONE,
    OWN_CONDITION,
    PARTICIPLE_OF_UNREAL,
    with_unmarked_unreal,
)
from .unreal_readings import QUOTED_NEGATION, SOURCELESS_HYPOTHETICAL, without_unreal_unowned

DICTIONARY = declare(
    "events.trigger.cameo_dictionary",
    "verbs and verb patterns of the CAMEO verb dictionary (cameo_verbs.tsv) after our triggers",
    order=10,
)
GUARDED = declare(
    "events.trigger.own_conditions_win",
    "a word our lexicon conditions ('meet' needs someone) gets no bare dictionary fallback",
    order=11,
)


class EventStage:
    name = "stancemap.events.v2"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ontology = load_ontology()
        switches = RuleSwitches.from_settings(settings)
        self.lexicon = load_lexicon(
            self.ontology,
            settings.events.extra_lexicons,
            dictionary=switches.enabled(DICTIONARY),
            guarded=switches.enabled(GUARDED),
            fallback=switches.enabled(EMPTY_SLOT_FALLBACK),
            consult_patterns=switches.enabled(DICTIONARY_CONSULT_PATTERNS),
            whole_sets=switches.enabled(DICTIONARY_WHOLE_SETS),
            no_event_patterns=switches.enabled(DICTIONARY_NO_EVENT_PATTERNS),
            no_event_uncontested=switches.enabled(NO_EVENT_UNCONTESTED),
            displeasure=switches.enabled(DISPLEASURE_CRIES),
            dictionary_file=OWN_ROWS_TABLE if switches.enabled(OWN_VERB_ROWS) else SHIPPED_ROWS,
        )
        self.coder = Coder(self.ontology, self.lexicon, switches)
        self.reality = switches.enabled(reality.CONFIDENCE)
        self.recorded = switches.enabled(reality.RECORDED)
        self.drop_unreal = switches.enabled(reality.DROP)
        self.fit = reality.fit_of(
            switches.enabled(reality.REFIT),
            switches.enabled(reality.SESSION27),
            switches.enabled(reality.REFIT29),
            switches.enabled(reality.REFIT41),
            switches.enabled(reality.REFIT43),
        )
        self.marked_kept = switches.enabled(reality.MARKED_KEPT)
        self.marked_threshold = switches.enabled(reality.MARKED_THRESHOLD)
        self.type_thresholds = switches.enabled(reality.TYPE_THRESHOLDS)
        self.two_sided_kept = switches.enabled(reality.TWO_SIDED_KEPT)
        self.two_sided_asserted = switches.enabled(reality.TWO_SIDED_ASSERTED_ONLY)
        self.mode_thresholds = switches.enabled(reality.MODE_THRESHOLDS)
        self.group_thresholds = switches.enabled(reality.GROUP_THRESHOLDS)
        self.group_thresholds_sized = switches.enabled(reality.GROUP_THRESHOLDS_SIZED)
        self.title_conjunct = switches.enabled(TITLE_CONJUNCT_NAME)
        self.related_person = switches.enabled(RELATED_PERSON_HEAD)
        self.compared = switches.enabled(COMPARED_NO_PARTY)
        self.city_modifier = switches.enabled(CITY_MODIFIER_NO_PARTY)
        self.clause_inside = switches.enabled(CLAUSE_INSIDE_NO_PARTY)
        self.abstract_place = switches.enabled(ABSTRACT_HEAD_NO_PLACE)
        self.abstract_opposed = switches.enabled(ABSTRACT_HEAD_OPPOSED_PARTY)
        self.setting_place = switches.enabled(EVENT_NOUN_SETTING)
        self.unnamed_staff = switches.enabled(UNNAMED_STAFF_NO_PERSON)
        self.own_roles = switches.enabled(NO_ROLE_FROM_OTHER_MENTION)
        self.party_named = switches.enabled(PARTY_NAMED_IN_OWN_SENTENCE)
        self.gerund_owner = switches.enabled(PREP_GERUND_OWNER)
        self.firm_parties = switches.enabled(FIRM_PARTIES)
        self.private_ends = switches.enabled(PRIVATE_ENDS)
        self.policy_pledges = switches.enabled(POLICY_PLEDGE)
        self.offered_things = switches.enabled(OFFERED_THING)
        self.pledge_acting_kept = switches.enabled(PLEDGE_ACTING_ON_ACTOR)
        self.owner_pronoun_targets = switches.enabled(OWNER_PRONOUN_TARGET)
        self.sourceless_hypothetical = switches.enabled(SOURCELESS_HYPOTHETICAL)
        self.quoted_negation = switches.enabled(QUOTED_NEGATION)
        self.stated_request = switches.enabled(STATED_REQUEST)
        self.tensed_conjunct = switches.enabled(TENSED_CONJUNCT)
        self.bare_conjunct = switches.enabled(BARE_CONJUNCT_PROSPECT)
        self.adjunct_future = switches.enabled(ADJUNCT_FUTURE)
        self.headline_infinitive = switches.enabled(HEADLINE_INFINITIVE)
        self.participle_of_unreal = switches.enabled(PARTICIPLE_OF_UNREAL)
        self.own_condition = switches.enabled(OWN_CONDITION)
        self.hyphened_no_one = switches.enabled(HYPHENED_NO_ONE)
        self.negative_implicative = switches.enabled(NEGATIVE_IMPLICATIVE)  # session 69 MD
        self.typographic = switches.enabled(TYPOGRAPHIC_CONTRACTION)
        self.stated_request_recoded = switches.enabled(STATED_REQUEST_RECODED)
        self.stated_request_unjudged = switches.enabled(STATED_REQUEST_UNJUDGED)
        self.unasked_request_saying = switches.enabled(UNASKED_REQUEST_SAYING)
        self.quote_readers = [
            read
            for rule, read in ((CONTENT_JUDGEMENT, quoted_judgements), (CHARGED_DEED, quoted_deeds))
            if switches.enabled(rule)
        ]
        self.clear_pronouns = switches.enabled(JUDGED_PRONOUN)
        self.judgement_grammar = frozenset(
            name
            for name in (INFINITIVE_GOAL, WEAK_OBJECT_ADJECTIVE, NAME_WORDS)
            if switches.enabled(name)
        )

    def code(
        self, doc: Doc, document: Document, actors: ActorLayer, quotes: list[Quote]
    ) -> list[Coded]:
        """Coded predications of a document, merged, before they become records."""
        return [item for item, _ in self._coded(doc, document, actors, quotes)]

    def _coded(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        quotes: list[Quote],
        record: list[_Sentence] | None = None,
    ) -> list[tuple[Coded, float | None]]:
        """Each coded predication with its learned reality (None unless recorded);
        ``record``: gets each sentence's coding and its reads of the layer."""
        ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
        real = self._real(doc, self._merged(doc, document, actors, ctx, record), ctx)
        # events.quotes.content_judgement, then charged_deed (which leaves the first's alone):
        # after the merge and the learned reality, which were fitted on coded verbs; at their
        # own confidence
        for read in self.quote_readers:
            found = read(
                doc,
                actors,
                quotes,
                [item for item, _ in real],
                pronouns=self.clear_pronouns,
                grammar=self.judgement_grammar,
            )
            real += [(item, None) for item in found if not document.is_excluded(*item.trigger)]
        return real

    def _merged(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        ctx: DocContext,
        record: list[_Sentence] | None = None,
    ) -> list[Coded]:
        """Each coded predication of the document, merged, before its learned reality;
        ``record``: the layer's reads logged per sentence (``layer_reads``)."""
        self._set_switches()
        coded: list[Coded] = []
        recording = RecordingLayer(actors) if record is not None else None
        if recording is not None:
            ctx.actors = cast(ActorLayer, recording)
        try:
            for sent, index in self._sentences(doc, document):
                if recording is None or record is None:
                    coded += self._code_sentence(document, sent, ctx, index)
                    continue
                recording.log = ReadLog()
                held = _held(ctx)
                self.coder.matcher.forget_layer()
                found = self._code_sentence(document, sent, ctx, index)
                record.append(
                    _Sentence(sent, index, deepcopy(found), recording.log, held, _held(ctx))
                )
                coded += found
        finally:
            ctx.actors = actors
        named_in = _named_in(actors) if self.party_named else None
        return merge_events(coded, self.own_roles, named_in)

    def _set_switches(self) -> None:
        title_conjunct_on.set(self.title_conjunct)
        related_person_on.set(self.related_person)
        compared_on.set(self.compared)
        city_modifier_on.set(self.city_modifier)
        clause_inside_on.set(self.clause_inside)
        abstract_place_on.set(self.abstract_place)
        abstract_opposed_on.set(self.abstract_opposed)
        setting_place_on.set(self.setting_place)
        unnamed_staff_on.set(self.unnamed_staff)

    def _sentences(self, doc: Doc, document: Document) -> Iterator[tuple[Span, int]]:
        """The sentences the coder reads, with their index (blank and excluded ones skipped)."""
        index = 0
        text = doc_text(doc)  # a sentence's text is the document's over its span
        for sent in doc.sents:
            blank = not text[sent.start_char : sent.end_char].strip()
            if blank or document.is_excluded(sent.start_char, sent.end_char):
                continue
            yield sent, index
            index += 1

    def _code_sentence(
        self, document: Document, sent: Span, ctx: DocContext, index: int
    ) -> list[Coded]:
        return [
            item
            for item in self.coder.code_sentence(sent, ctx, index)
            if not document.is_excluded(*item.trigger)
        ]

    def _merged_again(
        self, document: Document, actors: ActorLayer, ctx: DocContext, record: list[_Sentence]
    ) -> list[Coded]:
        """``_merged`` on ``actors``, given the coding of the same document on another
        layer (``record``): a sentence whose reads the layer answers the same, from the same
        context, is that coding (copied); only the others are coded again."""
        self._set_switches()
        coded: list[Coded] = []
        for done in record:
            if _held(ctx) == done.held_before and same_reads(done.log, actors):
                coded += deepcopy(done.items)
                ctx.withheld_acts = set(done.held_after[0])
                ctx.readiness_refusals = set(done.held_after[1])
                continue
            self.coder.matcher.forget_layer()
            coded += self._code_sentence(document, done.sent, ctx, done.index)
        named_in = _named_in(actors) if self.party_named else None
        return merge_events(coded, self.own_roles, named_in)

    def _real(
        self, doc: Doc, coded: list[Coded], ctx: DocContext
    ) -> list[tuple[Coded, float | None]]:
        """How likely each event is real (``events.reality.*``): recorded on the event
        and made its confidence, and, with the drop rule on, one under the threshold
        dropped."""
        recorder = reality.RECORDER
        if not (self.reality or self.drop_unreal or recorder):
            return [(item, None) for item in coded]
        fitted = reality.model(self.fit)
        # the session-28 groups the fit reads (all of them while the fitting script records)
        groups = None if recorder is not None else reality.fit_groups(self.fit)
        # events.reality.group_thresholds (everywhere), or ..._sized: from a document size up
        cut = reality.group_min_sentences() if self.group_thresholds_sized else None
        grouped_here = self.group_thresholds or (
            cut is not None and bool(coded) and sum(1 for _ in doc.sents) >= cut
        )
        kept: list[tuple[Coded, float | None]] = []
        for item in coded:
            feats = reality.features(
                doc, item, ctx, "s43" if recorder is not None else self.fit, groups
            )
            if recorder is not None:
                recorder(doc, item, feats)
            r = reality.probability(feats, self.fit)
            # events.reality.type_thresholds, but (two_sided_kept) not on an act between
            # two named parties - (two_sided_kept_asserted_only) an asserted one
            two_sided = bool(item.source and item.target) and not (
                self.two_sided_asserted and item.modality in reality.MARKED
            )
            by_type = self.type_thresholds and not (self.two_sided_kept and two_sided)
            threshold = reality.threshold_of(
                fitted,
                item.modality,
                self.marked_threshold,
                item.type,
                by_type,
                self.mode_thresholds,
            )
            if grouped_here:
                # events.reality.group_thresholds: the type x mode group cell's, by the net
                grouped = reality.group_threshold(self.fit, item.type, item.modality)
                threshold = threshold if grouped is None else grouped
            if item.own and self.reality and recorder is None:
                # each mention's own reality (``Event.mention_parties``)
                item.own_reality = [
                    reality.probability(reality.features(doc, m, ctx, self.fit, groups), self.fit)
                    for m in item.own
                ]
            if r is not None and self.drop_unreal and r < threshold:
                if not (self.marked_kept and item.modality in reality.MARKED):
                    continue
                # events.reality.marked_kept: kept with its mode, its reality its confidence
                kept.append((item, round(r, 3)))
                continue
            if r is not None and self.recorded and not self.reality and recorder is None:
                # events.reality.recorded: beside the coded confidence, not as it
                item.learned = round(r, 3)
            kept.append((item, round(r, 3) if r is not None and self.reality else None))
        return kept

    def __call__(
        self, doc: Doc, document: Document, actors: ActorLayer, quotes: list[Quote]
    ) -> list[Event]:
        text = document.text
        events = []
        if actors.before is None:
            coded = self._coded(doc, document, actors, quotes)
        else:
            # a resolution read late (``actors.before``): which events there are, their
            # merge and their learned reality are decided on the layer without it; it
            # only fills the source of an event kept anyway (``late_sources``)
            record: list[_Sentence] = []
            coded = self._coded(doc, document, actors.before, quotes, record)
            ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
            # the whole layer's coding, only where its reads differ (``layer_reads``)
            full = self._merged_again(document, actors, ctx, record)
            kept = [item for item, _ in coded]
            # a target-only late group (``object_groups``) is never a source
            fill_late_sources(kept, full, actors.late_ids - actors.late_target_ids)
            fill_late_targets(kept, full, actors.late_target_ids)
        if self.gerund_owner:
            self._fill_gerund_owners(doc, document, actors, quotes, [i for i, _ in coded])
        if self.firm_parties:  # events.sense.firm_parties: once the parties are final
            ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
            coded = without_firm_acts(doc, ctx, coded)
        if self.private_ends:  # events.sense.private_ends (session 68 PA): parties final
            ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
            coded = without_private_acts(doc, ctx, coded)
        if self.policy_pledges or self.offered_things:  # events.sense.policy_pledge_no_event,
            # events.sense.offered_thing_no_event: once the parties are final
            ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
            coded = without_policy_pledges(
                doc,
                ctx,
                coded,
                self.policy_pledges,
                self.offered_things,
                self.pledge_acting_kept,  # events.sense.pledge_acting_on_actor_kept
            )
        if self.owner_pronoun_targets:  # events.args.owner_pronoun_target: parties final
            coded = with_owner_pronoun_targets(doc, actors, coded)
        # session 67 MD: the modes read once the parties are final, before the rules that
        # drop unreal readings read them
        if self.tensed_conjunct:  # events.mode.tensed_conjunct: only the mode changes
            coded = with_tensed_conjunct_modes(doc, coded)
        if self.bare_conjunct:  # events.mode.bare_conjunct_prospect: only the mode changes
            coded = with_bare_conjunct_prospects(doc, coded)
        if self.adjunct_future:  # events.mode.adjunct_future: only the mode changes
            coded = with_adjunct_futures(doc, coded, self.typographic)
        if (
            self.headline_infinitive
            or self.participle_of_unreal
            or self.own_condition
            or self.hyphened_no_one
        ):
            # session 68 MD: events.mode.headline_infinitive, participle_of_unreal,
            # own_condition, hyphened_no_one - only the mode changes (unmarked_unreal)
            coded = with_unmarked_unreal(
                doc,
                coded,
                self.headline_infinitive,
                self.participle_of_unreal,
                self.own_condition,
                self.hyphened_no_one,
            )
        if self.negative_implicative:  # events.mode.negative_implicative (session 69 MD):
            # an act a negative-implicative verb says was not done - only the mode changes
            coded = with_failed_acts(doc, coded)
        # events.mode.sourceless_hypothetical, events.mode.quoted_negation: parties final
        coded = without_unreal_unowned(
            doc, coded, self.sourceless_hypothetical, self.quoted_negation
        )
        if (
            self.stated_request_recoded
            or self.stated_request_unjudged
            or self.unasked_request_saying
        ):
            # events.sense.stated_request_recoded / _unjudged, unasked_request_saying: parties
            # final, before events.sense.stated_request (a recoded reading is no REQUEST)
            coded = recoded_stated_requests(
                doc,
                actors,
                coded,
                self.stated_request_recoded,
                self.stated_request_unjudged,
                self.unasked_request_saying,
            )
        if self.stated_request:  # events.sense.stated_request: parties final
            coded = without_stated_requests(doc, coded)
        named = _named_in(actors)
        for number, (item, r) in enumerate(coded, start=1):
            events.append(
                Event(
                    id=f"e{number}",
                    type=item.type,
                    mode=item.modality or item.subtype,
                    cameo=item.cameo,
                    trigger=_span(text, item.trigger),
                    source=item.source,
                    target=item.target,
                    date=item.date
                    if item.date
                    else (None if item.modality == "historical" else document.date),
                    confidence=item.confidence if r is None else r,
                    context=item.context,
                    location=_span(text, item.location) if item.location else None,
                    reported_by=item.reported_by,
                    evidence=_span(text, document.clear_of_excluded(*item.evidence)),
                    mentions=[_span(text, m) for m in item.mentions],
                    mention_parties=_mention_parties(text, document, item, named),
                    reality=r if r is not None else item.learned,
                    coded_confidence=None if r is None else item.confidence,
                )
            )
        return events

    def _fill_gerund_owners(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        quotes: list[Quote],
        kept: list[Coded],
    ) -> None:
        """events.args.prep_gerund_owner: "his position on banning Muslims" - the
        possessor read as the gerund's doer only fills the empty source of an event kept
        without it. The learned reality reads the arguments, so a source found this way
        would keep events the default drops (session 45 PC: judged no-events came back);
        the document is coded once more with the owner read, for its sources alone."""
        ctx = DocContext(actors=actors, quotes=quotes, reference=parse_iso(document.date))
        roles = self.coder.roles
        roles.late_owner = True
        try:
            full = self._merged(doc, document, actors, ctx)
        finally:
            roles.late_owner = False
        owners = {a for item in full for own in (item, *item.own) for a in own.source}
        fill_late_sources(kept, full, owners)


@dataclass
class _Sentence:
    """One sentence's coding on a layer, with what it read of it (``layer_reads``)."""

    sent: Span
    index: int
    items: list[Coded]  # as coded, before the merge changes them
    log: ReadLog
    held_before: tuple[frozenset[int], frozenset[int]]  # the context's marks before it
    held_after: tuple[frozenset[int], frozenset[int]]


def _held(ctx: DocContext) -> tuple[frozenset[int], frozenset[int]]:
    """The marks a sentence's coding leaves in the context for the finisher."""
    return frozenset(ctx.withheld_acts), frozenset(ctx.readiness_refusals)


def _named_in(actors: ActorLayer) -> NamedIn:
    """The actors a span names (``events.merge.party_named_in_own_sentence``)."""

    def named(bounds: tuple[int, int]) -> set[str]:
        return {m.actor_id for m in actors.mentions_in(*bounds)}

    return named


def _mention_parties(
    text: str, document: Document, item: Coded, named_in: NamedIn
) -> list[MentionParties]:
    """Each mention of a merged event with the parties its own sentence names: its own
    reading's roles, and the merged event's parties an actor mention inside it names."""
    out = []
    for number, own in enumerate(item.own):
        named = named_in(own.evidence)
        r = item.own_reality[number] if number < len(item.own_reality) else None
        out.append(
            MentionParties(
                trigger=_span(text, own.trigger),
                evidence=_span(text, document.clear_of_excluded(*own.evidence)),
                source=list(dict.fromkeys(own.source + [a for a in item.source if a in named])),
                target=list(dict.fromkeys(own.target + [a for a in item.target if a in named])),
                confidence=round(own.confidence if r is None else r, 3),
            )
        )
    return out


def _span(text: str, bounds: tuple[int, int]) -> TextSpan:
    start, end = bounds
    return TextSpan(start=start, end=end, text=text[start:end])
