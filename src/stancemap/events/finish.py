"""From a frame to a coded event: mode (negated, future, hypothetical, historical),
code adjustments that follow from mode, place, date, confidence and evidence.

Rule group ``events.mode.*`` and the place rules ``events.args.place_*``.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..nlp import modality as mod
from ..nlp.clause_mode import (
    AGENT_GERUND,
    HABITUAL_WOULD,
    INDIRECT_QUESTION,
    INVERTED_CONDITION,
    OPINION_CLAIM,
)
from ..nlp.text import doc_text
from ..rules import declare
from . import arguments as args
from .coded_objects import NEGATED_CODED_OBJECT, negated_object
from .codes import (
    COOPERATIVE,
    HOSTILE_TYPES,
    MATERIAL_CONFLICT,
    intent_code,
    refine_code,
    reject_code,
    threat_code,
)
from .commitment import COMMITMENT_PARTICIPLE, NEGATED_COMMITMENT, negated_by_commitment
from .complement_dates import (
    COMPLEMENT_DATE_NOT_ACT,
    DEADLINE_AHEAD,
    complement_tokens,
    deadline_ahead,
    deadline_of,
)
from .contractions import TYPOGRAPHIC_CONTRACTION
from .dates import resolve_date
from .hidden_prospects import HIDDEN_PROSPECTIVE_COMPLEMENT, hidden_prospective_mode
from .matching import FAILED_ATTEMPT
from .negated_support import NEGATED_SUPPORT_REJECT, backing, own_stance_refusal
from .negated_votes import NEGATED_VOTE_REJECT, bare_intent, beneficiary_for, political_voter
from .negation_scope import (
    APPROXIMATE_NEGATOR,
    NEGATION_RAISING,
    approximately_negated,
    raised_negation,
)
from .nominal_modes import NOMINAL_CLAUSE_MODE, nominal_mode, told_by_noun
from .ontology import Ontology
from .parts import Coded, DocContext, Frame, Tuning
from .prospects import ATTEMPTED_ACT, PROSPECTIVE_COMPLEMENT, prospective_mode
from .readiness_threats import READINESS_THREAT, readiness_threat_code
from .remembered import REMEMBERED_ACT, remembered
from .reply_phrases import REPLY_PHRASE_TARGET, place_reply_target
from .roles import RoleFinder
from .shared_time import (
    ADJUNCT_SHARES_TIME,
    SINCE_OPEN_PERIOD,
    UNTENSED_ACT_DATED,
    opens_period,
    time_governor,
    untensed_governors,
)
from .since_nouns import SINCE_NOUN_BACKGROUND, since_object
from .unreal_acts import HYPOTHETICAL_NO_EVENT, stated
from .victim_targets import CONTENT_CLAUSE_SUBJECT, HARM_NOUN_VICTIM, REQUEST_TYPES, kept_target

VISIT_CODE = "042"
# a token heading a clause of its own: a date under it dates that clause, not its governor
CLAUSE_DEPS = (
    "relcl",
    "acl",
    "ccomp",
    "csubj",
    "advcl",
    "parataxis",
)  # CAMEO "make a visit": the place visited names the host (the target)

FUTURE_DEED_IS_INTENT = declare(
    "events.mode.future_deed_is_intent",
    "'will send aid' is an intent (03x), 'will attack' a threat (13x)",
    order=10,
)
UNREAL_CLAUSE = declare(
    "events.mode.unreal_clause",
    "inside what someone fears or supposes, or under could/might/would above it: hypothetical",
    order=20,
)
DATED_BACKGROUND = declare(
    "events.mode.dated_background",
    "an event dated well before the document (or pluperfect, 'previously', a perfect "
    "after the lead) is historical",
    order=30,
)
DATE_OWN_CLAUSE = declare(
    "events.mode.date_own_clause",
    "a date dates only its own clause: 'lifted the emergency that had been in force since "
    "1992' is not dated 1992 (the climb from the date stops at a clause of its own)",
    order=31,
)
LAST_YEAR_DATED = declare(
    "events.mode.last_year_dated",
    "'last year' dates its clause on the first day of the year before the document (and "
    "so makes it historical), 'last week' seven days back; before, both dated nothing",
    order=32,
)
OBLIGATION_UNREAL = declare(
    "events.mode.obligation_is_unreal",
    "'officials should be focused on bringing them to justice': under should/ought (on the "
    "predicate or a verb it completes) the act is not done: hypothetical",
    order=20,
)
WISH_UNREAL = declare(
    "events.mode.wish_is_unreal",
    "'researchers hope one day to harness it', 'would like to go to meet': the complement of "
    "a verb of wishing (WordNet want.v.01, hope.v.01, wish.v.01; 'would like') is not done: "
    "hypothetical",
    order=20,
)
NEGATIVE_SUBJECT = declare(
    "events.mode.negative_subject",
    "'Neither X nor Y is inclined to attack Z', 'no country condemned it', 'nobody asked "
    "him to': an act whose clause has a negative subject is negated",
    order=16,
)
YES_NO_QUESTION = declare(
    "events.mode.yes_no_question",
    "'Does Iran support Hamas?', 'Will Iran meet Iraq?': an act asked about in a yes/no "
    "question (auxiliary before the subject, no wh-word, a question mark) is not asserted: "
    "hypothetical",
    order=20,
)
NEGATED_WISH = declare(
    "events.mode.negated_wish",
    "'voters do not want to vote for X': the complement of a negated verb of wishing "
    "(WordNet want.v.01, hope.v.01, wish.v.01) is not done: negated",
    order=20,
)
NEGATED_HOSTILE = declare(
    "events.mode.negated_hostile_no_event",
    "'would not attack X', 'did not criticize X', 'never threatened X': a hostile act "
    "negated did not happen and is no event at all (a negated cooperative act stays, "
    "negated: 'will not recognize X' is a refusal)",
    order=21,
)
REFUSAL_ASSERTED = declare(
    "events.mode.refusal_is_asserted",
    "'would not negotiate with X', 'will not recognize X': a negated cooperative act that the "
    "code turns into a refusal (CAMEO 12x) is asserted, not negated: the refusal happened "
    "(mode no longer 'negated', so the relation scorer reads it as a REJECT of X)",
    order=22,
)
READINESS_REFUSAL = declare(
    "events.mode.readiness_refusal_asserted",
    "'not ready to support X', 'not willing to back X': the negated readiness that made a "
    "cooperative act a refusal before the mode step (events.sense.withheld_act) is the "
    "refusal's own negation, read once: the refusal happened, asserted, not negated",
    order=22.5,
)
COUNTERFACTUAL = declare(
    "events.mode.counterfactual_not_done",
    "'Haddad should have congratulated him', 'would have met': should / ought / would with "
    "a perfect 'have' says the act was not done: negated",
    order=20,
)
MODAL_MONTH_AHEAD = declare(
    "events.mode.modal_month_ahead",
    "'Can he win new voters in November?': under a modal (can, could, may, might, should, "
    "must) a bare month or weekday looks ahead, as under 'will', not back to a past date",
    order=32,
)
MODAL_ABOVE_PREPOSITION = declare(
    "events.mode.modal_above_preposition",
    "'the Fed might achieve better results by coordinating with X': could/might/may or an "
    "unreported 'would' above the act reaches it through a preposition's gerund: hypothetical",
    order=20,
)
FUTURE_ABOVE = declare(
    "events.mode.future_above",
    "'will have to wait for someone to reward him', 'we're going to get out the message': an "
    "infinitive or participle under a verb with will/shall, a reported 'would' or 'going "
    "to' is future (a clause with a tense of its own is not)",
    order=20,
)
MUST_LET_US = declare(
    "events.mode.must_or_let_us",
    "'we must stand together to protect everyone', 'let us praise him': under 'must' (on the "
    "act or a verb above it) or a first-person 'let' the act is not done: hypothetical",
    order=20,
)
DIRECT_QUOTE_WOULD = declare(
    "events.mode.direct_quote_would",
    "'\"Trump would have a steep hill to climb in persuading delegates,\" said Hammond': in a "
    "direct quotation (the quotes stage's span) a 'would' under a speech verb outside it is "
    "the speaker's own conditional (hypothetical), not the future-in-the-past of reported "
    "speech ('said it would'); a speech verb inside the quotation still reports",
    order=20,
)
CONTRACTED_WOULD = declare(
    "events.mode.contracted_would",
    "'Trump said he'd welcome Bloomberg's entry': a contracted 'd the tagger reads as a "
    "modal (MD) is 'would' in every mode test ('he'd visited', 'd as 'had', is tagged VBD)",
    order=19,
)
SUBJUNCTIVE_CLAUSE = declare(
    "events.mode.subjunctive_clause",
    "'it is essential that Germany support the sanctions', 'insisted that the minister "
    "resign': an act in a 'that' clause in the mandative subjunctive (a bare verb after a "
    "singular subject, or a bare 'be') is demanded, not done: hypothetical",
    order=20,
)
TIME_CLAUSE = declare(
    "events.mode.time_clause_shares_mode",
    "'Putin is likely to meet Erdogan when he visits Ankara': an act in a present-tense "
    "clause of time (when, once, after, before, until) takes the future or hypothetical "
    "mode of the act it is the time of",
    order=23,
)
PAST_RELATIVE = declare(
    "events.mode.past_relative_background",
    "'a mayor who banned smoking in bars', 'an outfit that endorsed Sanders in the "
    "primary': an act in the simple past in a relative "
    "clause describing its noun (the relative word its subject) is background: historical "
    "(as a perfect: not an act of words, not in the lead)",
    order=33,
)
# the clause edges a modal above the predicate is looked for up to
MODAL_CLAUSE_EDGES = ("ROOT", "ccomp", "relcl", "advcl", "parataxis", "csubj", "acl")


def under_modal(tok: Token) -> bool:
    """A modal auxiliary (MD: can, could, may, should, must, would) on the predicate or on
    a verb above it in its own clause ("Can he succeed in mobilizing ..."), not a past
    modal ("could have attacked")."""
    node = tok
    while True:
        auxes = [c for c in node.children if c.dep_ == "aux"]
        if any(c.tag_ == "MD" for c in auxes):
            return not any(c.lemma_ == "have" for c in auxes)  # "could have attacked": past
        if node.dep_ in MODAL_CLAUSE_EDGES or node.head.i == node.i:
            return False
        node = node.head


PLACE_ROLES = declare(
    "events.args.place_roles",
    "protests' source, a material act's or a visit's target from the place it happened in",
    order=60,
)


class Finisher:
    """Turns frames into ``Coded`` records."""

    def __init__(self, ontology: Ontology, roles: RoleFinder, tuning: Tuning) -> None:
        self.ontology = ontology
        self.roles = roles
        self.tuning = tuning

    def _quotation(self, frame: Frame, ctx: DocContext) -> mod.Quotation:
        """The characters of the direct quotation the act lies in (``direct_quote_would``)."""
        if frame.nominal or not self.tuning.on(DIRECT_QUOTE_WOULD):
            return None
        quote = self.roles.quote_at(frame.head.idx, ctx)
        if quote is None or quote.kind != "direct":
            return None
        return (quote.content.start, quote.content.end)

    def _modes(self, frame: Frame, ctx: DocContext) -> tuple[bool, bool, bool]:
        reset = mod.contracted_would_on.set(self.tuning.on(CONTRACTED_WOULD))  # "he'd welcome"
        curly = mod.typographic_contraction_on.set(self.tuning.on(TYPOGRAPHIC_CONTRACTION))
        try:
            return self._read_modes(frame, ctx)
        finally:
            mod.typographic_contraction_on.reset(curly)
            mod.contracted_would_on.reset(reset)

    def _read_modes(self, frame: Frame, ctx: DocContext) -> tuple[bool, bool, bool]:
        negated = mod.is_negated(frame.tokens[:2] if not frame.nominal else [frame.head])
        if not negated and not frame.nominal and self.tuning.on(NEGATED_COMMITMENT):
            participles = self.tuning.on(COMMITMENT_PARTICIPLE)  # "is not inclined to"
            negated = negated_by_commitment(frame.head, participles)  # "is not ready to attack"
        if not negated and not frame.nominal and self.tuning.on(NEGATIVE_SUBJECT):
            negated = mod.negative_subject(frame.head)  # "Neither X nor Y is inclined to"
        if not negated and not frame.nominal and self.tuning.on(NEGATED_WISH):
            negated = any(mod.unwished(t) for t in frame.tokens[:1])  # "do not want to vote"
        if not negated and not frame.nominal and self.tuning.on(COUNTERFACTUAL):
            negated = mod.counterfactual(frame.head)  # "should have congratulated me"
        if not negated and not frame.nominal and self.tuning.on(NEGATION_RAISING):
            negated = raised_negation(frame.head)  # "I don't think you hear her"
        if not negated and not frame.nominal and self.tuning.on(APPROXIMATE_NEGATOR):
            negated = any(approximately_negated(t) for t in frame.tokens[:2])  # "hardly ever"
        if not negated and not frame.nominal and self.tuning.on(NEGATED_CODED_OBJECT):
            # "reported no arrests": the dictionary row's act is its object's (coded_objects)
            negated = frame.row.role == "event" and negated_object(frame.row, frame.head)
        habitual = self.tuning.on(HABITUAL_WOULD)  # "at times X would meet Y": no modal
        opinion = self.tuning.on(OPINION_CLAIM)  # "I think X helped Y": a claim
        quote = self._quotation(frame, ctx)  # '"X would Y," said Z': Z's own conditional
        agent = self.tuning.on(AGENT_GERUND)  # "can be added by threatening to"
        future = not frame.nominal and mod.is_future([frame.head], quote)
        hypothetical = not frame.nominal and mod.is_hypothetical([frame.head], habitual, quote)
        asked = not frame.nominal and self.tuning.on(INDIRECT_QUESTION)
        if asked and mod.indirect_question(frame.head):  # "whether (or not) they supported X"
            negated, hypothetical = False, True
        if not hypothetical and self.tuning.on(UNREAL_CLAUSE):
            hypothetical = mod.in_unreal_clause(
                frame.head, opinion=opinion, habitual=habitual, quote=quote
            )
        if not hypothetical and not frame.nominal and self.tuning.on(OBLIGATION_UNREAL):
            hypothetical = any(mod.under_obligation(t) for t in frame.tokens)
        if not hypothetical and not frame.nominal and self.tuning.on(YES_NO_QUESTION):
            hypothetical = mod.yes_no_question(frame.head)
        if not hypothetical and not frame.nominal and self.tuning.on(WISH_UNREAL):
            hypothetical = any(mod.wished_for(t) for t in frame.tokens)
        if not hypothetical and not frame.nominal and self.tuning.on(MODAL_ABOVE_PREPOSITION):
            hypothetical = mod.modal_above_preposition(
                frame.head, habitual=habitual, quote=quote, agent=agent
            )
        if not hypothetical and not frame.nominal and self.tuning.on(MUST_LET_US):
            hypothetical = mod.must_or_let_us(frame.head, agent=agent)
        if not hypothetical and not frame.nominal and self.tuning.on(INVERTED_CONDITION):
            hypothetical = mod.inverted_condition(frame.head)  # "had Clinton congratulated him"
        if not future and not frame.nominal and self.tuning.on(FUTURE_ABOVE):
            future = mod.future_above(frame.head, quote)
        if not hypothetical and not frame.nominal and self.tuning.on(SUBJUNCTIVE_CLAUSE):
            hypothetical = mod.subjunctive_clause(frame.head)  # "essential that X support Y"
        unmarked = not (negated or future or hypothetical or frame.nominal)
        if unmarked and self.tuning.on(TIME_CLAUSE):
            governor = mod.future_time_clause(frame.head)  # "likely to meet X when he visits"
            if governor is not None:
                future, hypothetical = self._governor_modes(governor, quote, habitual)
                unmarked = not (future or hypothetical)
        if unmarked and self.tuning.on(PROSPECTIVE_COMPLEMENT):
            start, end = frame.trigger  # "tried to meet": the frame's head is "tried"
            acts = [t for t in frame.tokens if start <= t.idx < end] or [frame.head]
            prospect = next((m for t in acts if (m := prospective_mode(t, frame.trigger))), None)
            if prospect == "attempt":  # "tried to meet": PLOVER codes the attempt as the act
                prospect = "hypothetical" if self.tuning.on(ATTEMPTED_ACT) else None
            negated = prospect == "negated"
            future = prospect == "future"
            hypothetical = prospect == "hypothetical"
        unmarked = not (negated or future or hypothetical)
        if (
            unmarked
            and told_by_noun(frame.nominal, frame.head)
            and self.tuning.on(NOMINAL_CLAUSE_MODE)
        ):
            clause = nominal_mode(frame.head)  # "don't have a quarrel with X" (nominal_modes)
            negated, future = clause == "negated", clause == "future"
            hypothetical = clause == "hypothetical"
        if (
            not (negated or future or hypothetical)
            and self.tuning.on(HIDDEN_PROSPECTIVE_COMPLEMENT)
            and self.tuning.on(PROSPECTIVE_COMPLEMENT)
        ):  # "renewed his call to ban X", "scheduled to co-host" (hidden_prospects)
            start, end = frame.trigger
            acts = [t for t in frame.tokens if start <= t.idx < end] or [frame.head]
            hidden = next(
                (m for t in acts if (m := hidden_prospective_mode(t, frame.trigger))), None
            )
            if hidden == "attempt":
                hidden = "hypothetical" if self.tuning.on(ATTEMPTED_ACT) else None
            negated, future = hidden == "negated", hidden == "future"
            hypothetical = hidden == "hypothetical"
        return negated, future, hypothetical

    def _governor_modes(
        self, verb: Token, quote: mod.Quotation, habitual: bool
    ) -> tuple[bool, bool]:
        """(future, hypothetical) of the act a time clause tells the time of
        (``time_clause_shares_mode``): its will / reported would / going to, its modal, an
        unreal clause or a prospect above it."""
        if mod.is_negated([verb]):
            return False, False  # "will not meet X until he visits": no act to share
        future = mod.is_future([verb], quote) or mod.future_above(verb, quote)
        hypothetical = (
            mod.is_hypothetical([verb], habitual, quote)
            or mod.in_unreal_clause(verb, habitual=habitual, quote=quote)
            or mod.under_obligation(verb)
            or mod.must_or_let_us(verb)
            or prospective_mode(verb) == "hypothetical"
        )
        return future and not hypothetical, hypothetical

    def _code(self, frame: Frame, etype: str, negated: bool, future: bool) -> str | None:
        code = frame.code
        on_future = self.tuning.on(FUTURE_DEED_IS_INTENT)
        if on_future and future and not negated and frame.row.role in ("event", "light"):
            if etype in COOPERATIVE and etype != "AGREE" and code:
                code = intent_code(code, self.ontology)
            elif etype in MATERIAL_CONFLICT and code:
                code = threat_code(code)
        # "failed to agree": no rejection by either party
        failed = self.tuning.on(FAILED_ATTEMPT) and any(mod.failed(t) for t in frame.tokens)
        if (
            negated
            and (future or frame.row.role == "intent")
            and etype in COOPERATIVE
            and not failed
        ):
            code = reject_code(code or "120")
        return refine_code(code, frame.words) if code else code

    def _withheld_backing(self, frame: Frame, etype: str, ctx: DocContext) -> bool:
        """Whether a negated reading is backing one can withhold: verbal support (CAMEO
        051-053, events.sense.negated_support_reject) or, from a political voter, a vote
        for someone ("I cannot vote for X", events.sense.negated_vote_reject)."""
        if etype == "SUPPORT":
            return backing(frame.code) and self.tuning.on(NEGATED_SUPPORT_REJECT)
        return (
            etype == "AGREE"
            and bare_intent(frame.code)
            and self.tuning.on(NEGATED_VOTE_REJECT)
            and beneficiary_for(frame.head)
            and political_voter(
                frame.head, lambda tok: self.roles.actors(tok, ctx), ctx.actors.actor
            )
        )

    def finish(
        self, frame: Frame, sent: SpacySpan, ctx: DocContext, sentence_index: int
    ) -> Coded | None:
        etype = self.ontology.canonical_type(frame.type) if frame.type else ""
        if etype not in self.ontology.types:
            return None
        negated, future, hypothetical = self._modes(frame, ctx)
        negated = negated or frame.head.i in ctx.withheld_acts  # "refrained from attacking"
        if negated and frame.head.i in ctx.readiness_refusals and self.tuning.on(READINESS_REFUSAL):
            negated = False  # "not ready to support X": the negation is the refusal, which happened
        own_refusal = (  # "I would not support X": a stated unwillingness, asserted REJECT
            negated
            and not frame.nominal
            and self._withheld_backing(frame, etype, ctx)
            and own_stance_refusal(frame.head, lambda tok: self.roles.actors(tok, ctx))
        )
        if own_refusal:
            negated = future = hypothetical = False
        ready_threat = None  # "prepared to impose martial law": a threat told now
        acted = not negated and not frame.nominal and frame.row.role in ("event", "light")
        if acted and self.tuning.on(READINESS_THREAT):
            ready_threat = readiness_threat_code(frame.head, etype, frame.code, frame.source)
        if ready_threat is not None:
            future = hypothetical = False
        # the act itself, before a negated intent turns it into a refusal, and the act its
        # trigger row codes, before a withheld act was made a refusal ("not ready to support")
        row_entry = self.ontology.lookup(frame.row.cameo) if frame.row.cameo else None
        row_type = frame.row.type or (row_entry.type if row_entry else etype)
        hostile = etype in HOSTILE_TYPES and self.ontology.canonical_type(row_type) in HOSTILE_TYPES
        code = ready_threat or self._code(frame, etype, negated, future)
        if own_refusal:
            code = reject_code(frame.code or "120")
        refused = negated and code != frame.code and (code or "").startswith("12")
        entry = self.ontology.lookup(code) if code else None
        if entry is not None:
            etype = entry.type
        preds = frame.tokens
        anchor = preds + ([frame.head.head] if frame.nominal else [])
        location, source, target = self._place(frame, etype, code, anchor, ctx)
        harm, content = self.tuning.on(HARM_NOUN_VICTIM), self.tuning.on(CONTENT_CLAUSE_SUBJECT)
        if target and (harm or content):
            # "deplores the violation of Georgia's sovereignty", "rejected the allegation
            # that Brown had been sidelined": the victim, the claim's content, no target
            target = kept_target(
                frame.head,
                [] if frame.nominal else self.roles.matcher.objects(frame.head),
                frame.nominal,
                etype,
                source,
                target,
                ctx.actors,
                lambda tok: self.roles.actors(tok, ctx),
                self._asking,
                harm,
                content,
            )
        ahead = future or (
            self.tuning.on(MODAL_MONTH_AHEAD) and not frame.nominal and under_modal(frame.head)
        )
        when = self._date(anchor, sent, ctx, ahead, frame)
        historical = self._historical(frame, when, ctx, etype, sentence_index)
        modality = None
        asserted = refused and self.tuning.on(REFUSAL_ASSERTED)  # "would not negotiate"
        for name, applies in (
            ("negated", negated and not asserted),
            ("hypothetical", hypothetical),
            ("future", future),
            ("historical", historical),
        ):
            if applies and name in self.ontology.modality_order:
                modality = name
                break
        if negated and hostile and self.tuning.on(NEGATED_HOSTILE):
            return None  # "would not attack X": no act on X
        if (
            modality == "hypothetical"
            and self.tuning.on(HYPOTHETICAL_NO_EVENT)
            and not stated(frame.tokens or [frame.head])
        ):
            return None  # "may have violated the law": no act told (unreal_acts)
        quote = self.roles.quote_at(frame.trigger[0], ctx)
        # the sentence's text is the document's text over its span (Span.text rebuilds it
        # from the tokens on every call)
        said = doc_text(sent.doc)[sent.start_char : sent.end_char]
        evidence = (sent.start_char, sent.end_char - (len(said) - len(said.rstrip())))
        # the refused or intended act keeps its context ("will not recognize": diplomatic)
        original = self.ontology.lookup(frame.code) if frame.code else None
        context = list(dict.fromkeys(e.context for e in (entry, original) if e and e.context))
        return Coded(
            trigger=frame.trigger,
            type=etype,
            cameo=code,
            source=source,
            target=target,
            modality=modality,
            subtype=entry.mode if entry else None,
            context=context,
            date=when.isoformat() if when else None,
            location=location,
            evidence=evidence,
            reported_by=quote.id if quote is not None else None,
            confidence=self._confidence(frame, source, target),
            origin=frame.row.source,
            role=frame.row.role,
        )

    def _confidence(self, frame: Frame, source: list[str], target: list[str]) -> float:
        n = self.tuning.number
        confidence = n("confidence_base")
        confidence += n("confidence_source") if source else 0
        confidence += n("confidence_target") if target else 0
        confidence += n("confidence_verbal") if not frame.nominal else 0
        return round(min(n("confidence_cap"), confidence * frame.row.weight), 3)

    def _asking(self, noun: Token) -> bool:
        """The trigger lexicon reads ``noun`` as a request ("demand", "call")."""
        row = self.roles.matcher.match_noun(noun)
        return row is not None and row.type in REQUEST_TYPES

    def _place(
        self, frame: Frame, etype: str, code: str | None, anchor: list[Token], ctx: DocContext
    ) -> tuple[tuple[int, int] | None, list[str], list[str]]:
        """Where it happened, and the roles the place fills when the parse named none."""
        location_tok = args.location_of(anchor, ctx.actors)
        if location_tok is None and not frame.nominal:  # "sent aid when protests erupted in X"
            location_tok = args.location_of(_when_clauses(frame.head), ctx.actors)
        location = None
        place: list[str] = []
        if location_tok is not None:
            location = args.char_span(args.own_tokens(location_tok))
            # a place is never a person, even where the linker took it for a namesake
            place = [
                a
                for a in args.place_actors(location_tok, ctx.actors)
                if not args.is_person(ctx.actors, a)
            ]
        source, target = list(frame.source), list(frame.target)
        if not self.tuning.on(PLACE_ROLES):
            return location, source, target
        if not source and etype == "PROTEST":
            source = place[:1]
        material = self.ontology.types[etype].material
        if etype == "MOBILIZE" and place:  # forces are moved *to* a place
            target = [a for a in place[:1] if a not in source] or target
        if not target and (material or etype == "THREATEN"):  # "lifted the curfew in X"
            target = [a for a in place[:1] if a not in source]
        if not target and code and code.startswith(VISIT_CODE):  # "arrived in Amman": the host
            target = [a for a in place[:1] if a not in source]
        placed = material or etype == "THREATEN" or bool(code and code.startswith(VISIT_CODE))
        if not target and placed and self.tuning.on(REPLY_PHRASE_TARGET):
            # "threatened force in response to unrest in X": the party answered
            target = place_reply_target(anchor, ctx, source)
        return location, source, target

    def _date(
        self,
        preds: list[Token],
        sent: SpacySpan,
        ctx: DocContext,
        future: bool,
        frame: Frame | None = None,
    ) -> date | None:
        complement: set[int] = set()
        if frame is not None and self.tuning.on(COMPLEMENT_DATE_NOT_ACT):
            # "asked Y to withdraw by March 15": the deadline is the withdrawal's
            complement = complement_tokens(frame.head, preds, frame.row.role, frame.nominal)
        anchors = {t.i for t in preds}
        for tok in preds:  # "... when protests erupted in January": the when-clause dates it
            anchors |= {advcl.i for advcl in _when_clauses(tok)}
        if self.tuning.on(ADJUNCT_SHARES_TIME):  # "two years ago by proposing": its verb's date
            anchors |= {g.i for tok in preds if (g := time_governor(tok)) is not None}
        if frame is not None and self.tuning.on(UNTENSED_ACT_DATED):  # "in 1971 as host"
            anchors |= {g.i for g in untensed_governors(frame.head, frame.nominal)}
        if ctx.dates_by_sentence is None:
            # one pass over the document's entities, not one per sentence or event
            ctx.dates_by_sentence = {}
            for ent in sent.doc.ents:
                if ent.label_ == "DATE":
                    ctx.dates_by_sentence.setdefault(ent.root.sent.start, []).append(ent)
        own_clause = self.tuning.on(DATE_OWN_CLAUSE)
        last_year = self.tuning.on(LAST_YEAR_DATED)
        since = self.tuning.on(SINCE_OPEN_PERIOD)
        deadline = self.tuning.on(DEADLINE_AHEAD)
        for ent in ctx.dates_by_sentence.get(sent.start, []):
            node = ent.root
            path = [node]
            while node.i not in anchors and node.pos_ != "VERB" and node.head.i != node.i:
                if own_clause and node.dep_ in CLAUSE_DEPS:
                    break  # "the emergency that had been in force since 1992": that clause's
                node = node.head
                path.append(node)
            if since and opens_period(path):
                continue  # "since May, she has tacked left": the start of a period to now
            if node.i in anchors:
                # "is to withdraw by March 15": a deadline of an act not done looks ahead
                ahead = future or (deadline and deadline_ahead(path))
                resolved = resolve_date(ent.text, ctx.reference, forward=ahead, last_year=last_year)
                if complement and deadline_of(path, complement):
                    # "asked Y to withdraw by March 15": a date of the act asked for whose
                    # year is a guess bounds nothing; "to step down in 2012" still does
                    other = resolve_date(
                        ent.text, ctx.reference, forward=not ahead, last_year=last_year
                    )
                    if other != resolved:
                        continue
                if resolved is not None:
                    return resolved
        return None

    def _historical(
        self, frame: Frame, when: date | None, ctx: DocContext, etype: str, sentence_index: int
    ) -> bool:
        if not self.tuning.on(DATED_BACKGROUND):
            return False
        if when is not None and ctx.reference is not None:
            return (ctx.reference - when).days > self.tuning.number("historical_after_days")
        if frame.nominal:  # "since the 11 September attacks": what opened the period
            return self.tuning.on(SINCE_NOUN_BACKGROUND) and since_object(frame.head)
        tense = mod.tense_of(frame.head)
        if tense == "pluperfect" or mod.has_background_adverb([frame.head]):
            return True
        if self.tuning.on(REMEMBERED_ACT) and remembered(frame.head):
            return True  # "recalled her years advising the president"
        speech = self.ontology.types[etype].speech
        lead = self.tuning.number("lead_sentences")
        background = not speech and sentence_index >= lead  # as a perfect after the lead
        if background and self.tuning.on(PAST_RELATIVE) and mod.past_relative(frame.head):
            return True  # "a mayor who banned smoking in bars"
        return tense == "perfect" and background


def _when_clauses(tok: Token) -> list[Token]:
    """Verbs of "when ..." clauses attached to a predicate: they share its time and place."""
    return [a for a in args.children(tok, "advcl") if any(c.lower_ == "when" for c in a.children)]
