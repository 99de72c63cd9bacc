"""From a matched trigger to a frame: the event a predicate asserts, with its
complement folded in ("agreed to undertake joint exercises" is one AGREE) and
support verbs handing the event to their object ("imposed sanctions").

Rule group ``events.frame.*``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .acquired import ACQUIRED_EVENT_GIVER, GIVEN_TYPES, acquired_objects
from .acting_subjects import THING_SUBJECT_NO_THREAT, thing_subject_no_threat
from .authorised_acts import AUTHORISED_ROW
from .claim_subjects import CLAIM_SUBJECT_NO_TARGET, keeps_claim_subject
from .codes import (
    MATERIAL_CONFLICT,
    demand_code,
    intent_code,
    reject_code,
    threat_code,
)
from .denials import DENIAL_ROW
from .directives import directive_clauses
from .lexicon import TriggerEntry
from .light_frames import clause_sensed
from .matching import FAILURE_ROW, TriggerMatcher, for_clauses
from .necessity_demands import NECESSITY_DEMAND, necessity_infinitive
from .ontology import Ontology
from .own_forces import PASSIVE_OWN_FORCES, forces_actors, own_forces_code, passive_forces
from .parts import DocContext, Frame, Tuning
from .placed_acts import PLACED_ROW
from .pledged_support import PLEDGED_SUPPORT, pledged_support
from .rejected_charges import REJECTED_CHARGE, charge_target
from .requested_acts import hostile_request
from .role_rows import sensed
from .roles import RoleFinder
from .sense import apply_sense
from .support_verbs import PATIENT_SUPPORT, patient_objects, verbal_code
from .undergone import UNDERGONE_EVENT, doers, undergone_nouns
from .withheld_speech import WITHHELD_SPEECH, withheld_speech

MODAL_DEMAND = {"must", "should", "ought"}

SPEECH_MODAL_DEMAND = declare(
    "events.frame.speech_modal_demand",
    "'X said that Y must do Z' (a speech verb that is no trigger): X REQUEST of Y",
    order=10,
)
COUNTERFACTUAL_NO_DEMAND = declare(
    "events.frame.counterfactual_is_no_demand",
    "'X said Y should have congratulated him': a modal with a perfect 'have' is a reproach "
    "about the past, no demand by X on Y",
    order=10,
)
ASK_FOR_PASSIVE = declare(
    "events.frame.ask_for_passive",
    "'asked for the ban to be lifted': a REQUEST that the act be done, not the act",
    order=20,
)
REQUEST_ANY_COMPLEMENT = declare(
    "events.frame.request_any_complement",
    "'A asked/urged/called on B to <verb>': A REQUEST of B whatever the complement verb "
    "(an uncoded complement leaves the demand verb's own code)",
    order=25,
)
LIGHT_VERBS = declare(
    "events.frame.light_verbs",
    "support verbs hand the event to their object noun ('held talks', 'imposed sanctions')",
    order=30,
)
LIGHT_FALLTHROUGH = declare(
    "events.frame.light_fallthrough",
    "a support verb whose object is no event noun tries its next rows ('lodged a protest', "
    "'paid a visit' from the CAMEO dictionary's patterns)",
    order=31,
)


class FrameBuilder:
    """Builds the frame of a verb or noun trigger."""

    def __init__(
        self, ontology: Ontology, matcher: TriggerMatcher, roles: RoleFinder, tuning: Tuning
    ) -> None:
        self.ontology = ontology
        self.matcher = matcher
        self.roles = roles
        self.tuning = tuning
        # governing verbs (token indices) whose folded frame a sense rule dropped: the coder
        # consumes their clause as a coded frame's (cleared per sentence by the coder)
        self.vetoed: set[int] = set()

    def _complements(self, tok: Token) -> list[Token]:
        out = args.children(tok, "xcomp", "ccomp") + for_clauses(tok)
        for obj in self.matcher.objects(tok):  # "launched 10 days of war games"
            out += [obj, *args.prep_objects(obj, ["of"])]
        out += args.prep_objects(tok, ("to", "for", "into", "on", "in"))
        out += args.children(tok, "attr", "acomp")
        return out

    def frame_noun(
        self, noun: Token, ctx: DocContext, row: TriggerEntry, source: list[str]
    ) -> Frame | None:
        src = self.roles.noun_source(noun, ctx) or source
        start = min(
            [noun.idx]
            + [
                c.idx
                for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i < noun.i and c.i >= noun.i - 2
            ]
        )
        words = {t.lemma_.lower() for t in noun.subtree}
        frame = Frame(
            row,
            row.cameo,
            row.type or "",
            noun,
            (start, noun.idx + len(noun)),
            [noun],
            src,
            self.roles.noun_targets(noun, ctx, src),
            words,
            nominal=True,
        )
        return apply_sense(frame, noun, ctx, self.tuning)

    def frame_verb(
        self, tok: Token, ctx: DocContext, inherited: list[str] | None = None, depth: int = 0
    ) -> Frame | None:
        """The event a verb predicates, with its complement folded in, or None."""
        frame = self._frame_verb(tok, ctx, inherited, depth)
        if frame is not None and depth == 0:  # "called for the resignation of Y"
            frame = hostile_request(frame, tok, ctx, self)
        return frame

    def _frame_verb(
        self, tok: Token, ctx: DocContext, inherited: list[str] | None, depth: int
    ) -> Frame | None:
        if depth > 3:
            return None
        undergone = self._frame_undergone(tok, ctx)
        if undergone is not None or tok.i in self.vetoed:  # a vetoed one: no row after it
            return undergone
        for number, row in enumerate(self.matcher.verb_rows(tok, ctx.actors)):
            if number and not self.tuning.on(LIGHT_FALLTHROUGH):
                return None
            before = len(ctx.sense_vetoes)
            frame = self._frame_row(row, tok, ctx, inherited, depth)
            if frame is None and self._sense_vetoed(tok, row.role == "light", ctx, before):
                return None  # "no event" said by a vetoing sense rule: no other row
            if frame is not None and row.role == "event":
                frame = self._undergone_roles(frame, tok, ctx)
                frame = self._acquired_roles(frame, tok, ctx)
            if frame is not None or row.role != "light" or tok.i in self.vetoed:
                return frame  # a light frame vetoed by its clause tries no other row
        return None

    def _frame_undergone(self, tok: Token, ctx: DocContext) -> Frame | None:
        """ "A convoy came under attack", "suffered an attack by X": the noun's event, with
        the verb's subject as its target (``roles.noun_targets``); the verb carries tense,
        negation and modality."""
        if not self.tuning.on(UNDERGONE_EVENT):
            return None
        nouns = undergone_nouns(tok)
        if not nouns and self.tuning.on(ACQUIRED_EVENT_GIVER):
            nouns = acquired_objects(tok)  # "earned the backing of X"
            given = True
        else:
            given = False
        patient = False
        if not nouns and self.tuning.on(PATIENT_SUPPORT):
            nouns = patient_objects(tok)  # "attracted criticism from X", "incurred"
            given, patient = False, True
        for noun in nouns:
            row = self.matcher.match_noun(noun)
            if row is None or row.type is None:
                continue
            if given and row.type not in GIVEN_TYPES:
                continue  # "secured the release of X": X is no giver
            before = len(ctx.sense_vetoes)
            frame = self.frame_noun(noun, ctx, row, [])
            if frame is None:
                if self._sense_vetoed(tok, True, ctx, before):
                    return None  # the noun's act vetoed: the verb's own rows read no more
                continue
            if given and not (frame.source or frame.target):
                continue  # no giver and no receiver named: the verb's own rows decide
            if patient:  # the subject undergoes the noun's act: its target
                subject = self.roles.subject(tok)
                target = self.roles.actors(subject, ctx) if subject is not None else []
                frame.target = target or [a for a in frame.target if a not in frame.source]
                frame.source = [a for a in frame.source if a not in frame.target]
            frame.trigger = (tok.idx, frame.trigger[1])
            frame.tokens = [tok, noun]
            frame.head = tok
            frame.nominal = False
            return self._clause_sensed(frame, tok, ctx)  # "Would X come under attack?"
        return None

    def _sense_vetoed(self, tok: Token, whole: bool, ctx: DocContext, before: int) -> bool:
        """A sense rule vetoed a reading since ``before`` (``DocContext.sense_vetoes``): of
        ``tok`` itself, or (``whole``: a support verb and its noun, a verb and the noun it
        undergoes, are one predication) of any token read with it. The token is then
        recorded in ``vetoed``: no other row, and the coder consumes its clause. Nothing
        is ever recorded while no vetoing rule is on."""
        new = ctx.sense_vetoes[before:]
        if not new or not (whole or tok.i in new):
            return False
        self.vetoed.add(tok.i)
        return True

    def _clause_sensed(self, frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
        """``frame``, governed by ``tok``, through the clause-level sense rules
        (``events.sense.light_frames_clause_sensed``); a dropped one is recorded in
        ``vetoed``, so the coder consumes its clause."""
        kept = clause_sensed(frame, tok, ctx, self.tuning)
        if kept is None:
            self.vetoed.add(tok.i)
        return kept

    def _undergone_roles(self, frame: Frame, tok: Token, ctx: DocContext) -> Frame:
        """A verb pattern that is itself coded ("came under fire" in the CAMEO dictionary)
        over a noun its subject undergoes: the subject is the target, "by"/"from" the source."""
        nouns = undergone_nouns(tok, coded=True) if self.tuning.on(UNDERGONE_EVENT) else []
        if not nouns:
            return frame
        subject = self.roles.subject(tok)
        target = self.roles.actors(subject, ctx) if subject is not None else []
        source = [
            a for d in doers(nouns[0], tok) for a in self.roles.actors(d, ctx) if a not in target
        ]
        frame.source, frame.target = source, target or [a for a in frame.target if a not in source]
        frame.trigger = (frame.trigger[0], max(frame.trigger[1], nouns[0].idx + len(nouns[0])))
        return frame

    def _acquired_roles(self, frame: Frame, tok: Token, ctx: DocContext) -> Frame:
        """A verb of getting coded itself over its object ("earned the backing of X": the
        dictionary's support pattern): the subject receives, the object's "of"/"from"/"by"
        object gives (``events.args.acquired_event_giver``)."""
        if frame.type not in GIVEN_TYPES or not self.tuning.on(ACQUIRED_EVENT_GIVER):
            return frame
        nouns = [n for n in acquired_objects(tok) if self._given_noun(n)]
        subject = self.roles.subject(tok) if nouns else None
        if subject is None:
            return frame
        target = self.roles.actors(subject, ctx)
        source = [
            a for d in doers(nouns[0], tok) for a in self.roles.actors(d, ctx) if a not in target
        ]
        if not target and not source:
            return frame
        frame.source, frame.target = source, target
        return frame

    def _given_noun(self, noun: Token) -> bool:
        """An act one is given: an event noun of ``GIVEN_TYPES`` ("the endorsement"), or
        a verbal noun in -ing the lexicon lacks ("the backing"); not a thing ("bought a
        Boeing 727 from X")."""
        row = self.matcher.match_noun(noun)
        if row is not None:
            return row.type in GIVEN_TYPES
        return noun.tag_ in ("NN", "NNS") and noun.lower_.endswith(("ing", "ings"))

    def _claim_subjects(self, row: TriggerEntry, tok: Token) -> bool:
        """A claim clause's subject may be the row's target (``CLAIM_SUBJECT_NO_TARGET``)."""
        if row.source == DENIAL_ROW:
            return False  # "denied that the Tories had lied": what is denied, not at whom
        if not self.tuning.on(CLAIM_SUBJECT_NO_TARGET):
            return True
        return keeps_claim_subject(row.type, tok.lemma_)

    def _frame_row(
        self,
        row: TriggerEntry,
        tok: Token,
        ctx: DocContext,
        inherited: list[str] | None,
        depth: int,
    ) -> Frame | None:
        roles = self.roles
        source = roles.source(tok, ctx, inherited)
        trigger = (tok.idx, tok.idx + len(tok))
        words = {t.lemma_.lower() for o in self.matcher.objects(tok) for t in o.subtree}
        words |= {t.lemma_.lower() for p in args.prep_objects(tok, ["with"]) for t in p.subtree}
        if row.role == "event":
            if not source and self.tuning.on(PASSIVE_OWN_FORCES) and own_forces_code(row.cameo):
                # "the army was put on high alert": the army's own, with no agent named
                forces = passive_forces(tok)
                source = forces_actors(forces, ctx.actors) if forces is not None else []
            verbal = verbal_code(row.cameo)  # "lashed out at X on Twitter": not Twitter
            claims = self._claim_subjects(row, tok)
            direct = roles.targets(
                tok, ctx, source, verbal, claim_subjects=claims
            ) or roles.purpose_targets(tok, ctx, source)
            frame = Frame(
                row, row.cameo, row.type or "", tok, trigger, [tok], source, direct, words
            )
            return apply_sense(frame, tok, ctx, self.tuning)
        comp = self._complement_frame(tok, ctx, source, depth)
        if row.role == "light":
            if comp is None or not self.tuning.on(LIGHT_VERBS):
                return None
            if comp.nominal and comp.trigger[0] > tok.idx and comp.trigger[0] - tok.idx < 40:
                comp.trigger = (tok.idx, comp.trigger[1])
            elif row.source == FAILURE_ROW and comp.trigger[0] > tok.idx:
                comp.trigger = (tok.idx, comp.trigger[1])  # "failed to agree"
            comp.tokens = [tok, *comp.tokens]
            comp.head = tok
            comp.nominal = False  # the support verb carries tense, negation and modality
            if row.source in (AUTHORISED_ROW, PLACED_ROW) and source:
                # "ordered patrols by police": the one who orders is the source; "put
                # sanctions on X": the one who places them
                comp.target = [a for a in comp.target if a not in source]
                comp.source = source
            comp.source = comp.source or source
            comp.target = (
                comp.target
                or roles.targets(tok, ctx, comp.source)
                or roles.purpose_targets(tok, ctx, comp.source)
            )
            return self._clause_sensed(comp, tok, ctx)  # "whether she pays a visit"
        target: list[str] = []
        if row.role == "demand":
            target = roles.demand_target(tok, ctx, source)
        if comp is not None:  # the complement read its sense; the governing verb's here
            folded = self._fold(row, tok, trigger, comp, ctx, source, target, words)
            kept = sensed(folded, tok, ctx, self.tuning, folded=True)
            if kept is None:  # "Would X agree to meet Y?": the meeting was read in the veto
                self.vetoed.add(tok.i)
            return kept
        if row.role == "refuse" and self.tuning.on(WITHHELD_SPEECH) and withheld_speech(tok):
            self.vetoed.add(tok.i)  # what is not said is no event either: the clause is consumed
            return None  # "refused to say how long": plain speech withheld, no REJECT
        target = (
            target
            or roles.targets(tok, ctx, source, claim_subjects=self._claim_subjects(row, tok))
            or roles.purpose_targets(tok, ctx, source)
        )
        if any(r.slot == "comp" for r in row.requires):
            if row.role == "demand" and self.tuning.on(REQUEST_ANY_COMPLEMENT):
                # "asked the Council to impose a no-fly zone": the asking is the event
                asking = Frame(
                    row, row.cameo, row.type or "", tok, trigger, [tok], source, target, words
                )
                return sensed(asking, tok, ctx, self.tuning)
            return None  # "plans to put it to good use": the plan is not a coded event
        if row.role == "intent" and args.children(tok, "ccomp"):
            return None  # "voters agreed that she is healthy": an opinion, not an intent
        frame = Frame(row, row.cameo, row.type or "", tok, trigger, [tok], source, target, words)
        if row.role == "threat" and self.tuning.on(THING_SUBJECT_NO_THREAT):
            # "the decision threatens to create a bind": no sense rule reads a bare threat
            threat = thing_subject_no_threat(frame, tok, ctx)
            return sensed(threat, tok, ctx, self.tuning)
        # events.sense.role_rows_sensed: "whether she agrees with X" read as "disagrees" is
        return sensed(frame, tok, ctx, self.tuning)

    def _fold(
        self,
        row: TriggerEntry,
        tok: Token,
        trigger: tuple[int, int],
        comp: Frame,
        ctx: DocContext,
        source: list[str],
        target: list[str],
        words: set[str],
    ) -> Frame:
        """An intent, threat, refusal or demand of the complement's act."""
        transform = {
            "intent": intent_code,
            "threat": lambda c, _o: threat_code(c),
            "refuse": lambda c, _o: reject_code(c),
            "demand": lambda c, _o: demand_code(c),
        }[row.role]
        code = transform(comp.code, self.ontology) if comp.code else row.cameo
        if row.role == "intent" and comp.code is None and comp.type in MATERIAL_CONFLICT:
            code = "130"
        if row.role == "intent" and self.tuning.on(PLEDGED_SUPPORT) and pledged_support(tok, comp):
            code = comp.code  # "pledged their support to X": the support itself, 05x
        entry = self.ontology.lookup(code) if code else None
        etype = entry.type if entry else (comp.type if row.role == "intent" else row.type or "")
        if self.tuning.on(REJECTED_CHARGE):  # "rejected British accusations": the accuser
            rejecting_verb = self.matcher.rejects_a_charge(tok)
            types = self.matcher.charge_types()  # with a request ("dismissed pleas for")
            target = target or charge_target(row.role, comp, source, rejecting_verb, types) or []
        target = target or comp.target or self.roles.targets(tok, ctx, source)
        target = target or self.roles.purpose_targets(tok, ctx, source)
        tokens = [tok, *comp.tokens]
        return Frame(row, code, etype, tok, trigger, tokens, source, target, words | comp.words)

    def _complement_frame(
        self, tok: Token, ctx: DocContext, source: list[str], depth: int
    ) -> Frame | None:
        for comp in self._complements(tok):
            before = len(ctx.sense_vetoes)
            if comp.pos_ == "VERB":
                inherited = source if comp.dep_ in ("xcomp", "pcomp") else None
                frame = self.frame_verb(comp, ctx, inherited, depth + 1)
                if frame is not None:
                    return frame
            else:
                row = self.matcher.match_noun(comp)
                noun = self.frame_noun(comp, ctx, row, source) if row is not None else None
                if noun is not None:
                    return noun
            if comp.i in ctx.sense_vetoes[before:]:
                return None  # the complement's act vetoed: no later complement read instead
        return None

    def frame_ask_for(self, tok: Token, ctx: DocContext) -> Frame | None:
        """ "A asked/called for the ban to be lifted": A's REQUEST; what is asked is not done."""
        if not self.tuning.on(ASK_FOR_PASSIVE) or tok.lemma_ not in (
            "ask",
            "call",
            "appeal",
            "press",
            "push",
        ):
            return None
        for clause in args.prep_objects(tok, ["for"]) + args.children(tok, "ccomp", "advcl"):
            if clause.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in clause.children):
                continue
            inner = self.frame_verb(clause, ctx, None, 1)
            code = demand_code(inner.code) if inner is not None and inner.code else "100"
            source = self.roles.source(tok, ctx, None)
            target = self.roles.demand_target(tok, ctx, source)
            row = TriggerEntry(tok.lemma_, "V", "demand", code, (), "REQUEST", "rule:ask-for")
            words = inner.words if inner is not None else set()
            asked = Frame(
                row,
                code,
                "REQUEST",
                tok,
                (tok.idx, tok.idx + len(tok)),
                [tok, clause],
                source,
                target,
                words,
            )
            kept = self._clause_sensed(asked, tok, ctx)  # "Did X ask for Y to be lifted?"
            return kept and hostile_request(kept, tok, ctx, self)  # "called for Y to be jailed"
        return None

    def frame_speech_demand(self, tok: Token, ctx: DocContext) -> Frame | None:
        """ "X said/declared that Y must do Z", "X told Y that it must do Z": a demand by
        X on Y."""
        if not self.tuning.on(SPEECH_MODAL_DEMAND):
            return None
        clauses = directive_clauses(tok)
        if not clauses:
            return None
        own_event = self.matcher.match_verb(tok, ctx.actors) is not None
        for ccomp, addressed in clauses:
            if own_event and ccomp.head.i == tok.i:
                continue  # "agreed that they should ...": the verb's own event
            aux = {c.lower_ for c in ccomp.children if c.dep_ == "aux"}
            act = ccomp
            if not aux & MODAL_DEMAND:
                # events.frame.necessity_demand: "said Y needs to / has got to do Z"
                infinitive = (
                    necessity_infinitive(ccomp) if self.tuning.on(NECESSITY_DEMAND) else None
                )
                if infinitive is None:
                    continue
                act = infinitive
            elif "have" in aux and self.tuning.on(COUNTERFACTUAL_NO_DEMAND):
                continue  # "should have congratulated me": a past reproach, no demand
            source = self.roles.source(tok, ctx, None)
            subj = self.roles.subject(ccomp)
            target = [a for a in self.roles.actors(subj, ctx) if a not in source] if subj else []
            if not target and subj is not None and args.is_pronoun(subj):
                target = self.roles.addressee(subj, addressed, ctx, source)
            if not target:
                continue
            comp = self.frame_verb(act, ctx, None, 1)
            code = demand_code(comp.code) if comp is not None and comp.code else "100"
            row = TriggerEntry(tok.lemma_, "V", "demand", code, (), "REQUEST", "rule:speech+modal")
            words = comp.words if comp is not None else set()
            demand = Frame(
                row,
                code,
                "REQUEST",
                tok,
                (tok.idx, tok.idx + len(tok)),
                [tok, ccomp],
                source,
                target,
                words,
            )
            kept = self._clause_sensed(demand, tok, ctx)  # "Did X say Y must resign?"
            return kept and hostile_request(kept, tok, ctx, self)  # "said Y must resign"
        return None
