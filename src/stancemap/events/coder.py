"""The event coder: one sentence's dependency parse -> coded predications.

One event per predication: a verb that triggers an event takes its clause
(objects, infinitive and clausal complements) with it, so "agreed to undertake
joint military exercises" is one AGREE, not AGREE + COOPERATE. Support verbs
("stage", "hold", "impose") hand the event to their object noun ("staged
protests", "imposed sanctions"). A noun triggers an event on its own only when
no coded verb governs it and it has an actor, a place or a date to anchor it.

The work is split into parts, each a list of named rules (``stancemap rules``):
``matching.py`` (``events.trigger.*``), ``roles.py`` (``events.args.*``),
``sense.py`` (``events.sense.*``), ``frames.py`` (``events.frame.*``),
``finish.py`` (``events.mode.*``). ``[rules] disable`` switches any of them off.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..nlp.view import doc_view
from ..rules import RuleSwitches, declare
from .aimed_at import aim
from .attitudes import ATTITUDE_PREDICATES, attitude_frame
from .cause_phrases import aim_by_cause
from .co_subject_args import code_co_subjects
from .complement_sense import quoted_question_no_request
from .continents import own_side_obliged
from .counterparts import press_is_no_party, quarrel_both_sides
from .criticism_verbs import CRITICISM_VERBS
from .deep_parties import aim_deeper
from .denial_sides import read_denial
from .denials import DENIAL_ROW
from .embedded import EMBEDDED_CLAUSES, MEANS_GERUND, TIME_GERUND, clause_tokens
from .finish import Finisher
from .frames import FrameBuilder
from .headline_verbs import (
    HEADLINE_CLAUSE_VERBS,
    HEADLINE_NAME_VERB,
    HEADLINE_NOUN_VERBS,
    noun_verb_frame,
    verbless,
)
from .joint_events import called_off_object, put_off_object
from .left_places import aim_at_place_left
from .lexicon import Lexicon
from .light_frames import clause_sensed
from .matching import TriggerMatcher
from .office_places import aim_at_office
from .ontology import Ontology
from .participle_doers import fill_participle_source
from .parts import Coded, DocContext, Frame, Tuning
from .phrase_demonyms import aim_at_phrase_demonym
from .place_targets import aim_at_place
from .poll_shares import support_measure_verb
from .predicate_triggers import HELD_RESPONSIBLE, UNDER_CRITICISM, predicate_frame
from .questions import question_clauses, question_is_no_request
from .reply_phrases import aim_by_reply
from .roles import RoleFinder
from .sense import apply_sense
from .source_side import keep_sides
from .stranded import aim_at_reduced_clause
from .talks_counterparts import aim_by_talks
from .threat_conditions import aim_by_condition
from .yielding import yielded_to_demand

__all__ = ["Coded", "Coder", "DocContext"]

NOUN_EVENTS = declare(
    "events.trigger.free_nouns",
    "an event noun no coded verb governs ('the protests in X') is an event when anchored",
    order=40,
)


class Coder:
    """Codes sentences with a lexicon and an ontology."""

    def __init__(
        self, ontology: Ontology, lexicon: Lexicon, switches: RuleSwitches | None = None
    ) -> None:
        self.ontology = ontology
        self.lexicon = lexicon
        self.tuning = Tuning(switches or RuleSwitches())
        self.matcher = TriggerMatcher(lexicon, self.tuning)
        self.roles = RoleFinder(self.matcher, self.tuning)
        self.frames = FrameBuilder(ontology, self.matcher, self.roles, self.tuning)
        self.finisher = Finisher(ontology, self.roles, self.tuning)

    def _clause(self, tok: Token) -> set[int]:
        """The tokens a verb's reading takes, which no later predicate codes again."""
        return clause_tokens(
            tok,
            self.tuning.on(EMBEDDED_CLAUSES),
            means=self.tuning.on(MEANS_GERUND),  # "violated the law by calling on X"
            time=self.tuning.on(TIME_GERUND),  # "resigned after attacking X"
        )

    def code_sentence(self, sent: SpacySpan, ctx: DocContext, sentence_index: int) -> list[Coded]:
        """Every event predicated in one sentence."""
        out: list[Coded] = []
        consumed: set[int] = set()
        # shallowest first; the depths come from the per-document view (walking
        # tok.ancestors made a Token per step, for every token of every sentence)
        depth = doc_view(sent.doc).depth
        positions = sorted(range(sent.start, sent.end), key=lambda i: (depth[i], i))
        by_depth = [sent.doc[i] for i in positions]
        frames = self.frames
        frames.vetoed.clear()
        ctx.sense_vetoes.clear()
        for tok in by_depth:
            if tok.i in consumed or tok.pos_ != "VERB":
                continue
            frame = (
                put_off_object(tok, ctx, self.matcher, frames, self.tuning)  # "scrapped its
                # joint exercises with Y": reduced relations, not the verb's own code
                or frames.frame_ask_for(tok, ctx)
                or frames.frame_speech_demand(tok, ctx)
                # an ask-for or a speech demand its clause vetoed: the verb's rows read no more
                or (None if tok.i in frames.vetoed else frames.frame_verb(tok, ctx))
            )
            if frame is None:
                if tok.i in frames.vetoed:  # a folded frame vetoed: its complement with it
                    consumed |= self._clause(tok)
                continue
            if support_measure_verb(tok, self.matcher, self.tuning):
                continue  # "support for X declined": a measure, read on the noun
            if question_is_no_request(frame, self.tuning) is None:  # "asked whether ..."
                # nothing asked about is asserted: the question's own clause is read no further
                consumed |= {t.i for c in question_clauses(tok) for t in c.subtree}
                continue
            if quoted_question_no_request(frame, tok, self.tuning):
                continue  # "“With nukes?” Wallace asked": words asked for, no act
            # "gave in to X's demands", "resigned, bowing to demands": a concession to X
            frame = yielded_to_demand(frame, tok, ctx, self.matcher, self.roles, self.tuning)
            frame = aim(frame, ctx, self.tuning)  # targets the verb's arguments left open
            frame = aim_at_place(frame, ctx, self.tuning)  # "shelled the city of Homs"
            frame = aim_at_place_left(frame, ctx, self.tuning)  # "pulled out of the city of X"
            frame = aim_by_cause(frame, ctx, self.tuning)  # "in defiance of X"
            frame = aim_by_reply(frame, ctx, self.tuning)  # "in retaliation for X's move"
            frame = aim_by_condition(frame, ctx, self.tuning)  # "threatened ... unless X"
            # "called off the strike after talks with X": the party yielded to
            frame = aim_by_talks(frame, ctx, self.tuning, self.matcher.match_noun)
            frame = aim_at_reduced_clause(frame, ctx, self.tuning)  # "to officers holed up in"
            # "shot the governor of Kandahar province": the office's place's country
            frame = aim_at_office(frame, ctx, self.tuning, self.roles.subject(tok))
            frame = aim_deeper(frame, ctx, self.tuning)  # "spoke by telephone with X"
            frame = aim_at_phrase_demonym(frame, ctx, self.tuning)  # "to Armenian provocations"
            frame = keep_sides(frame, ctx, self.tuning, self.roles)  # not its own side
            frame = code_co_subjects(frame, ctx, self.tuning, self.roles)  # "X and Y agreed"
            frame = quarrel_both_sides(frame, self.tuning)  # "X and Y sparred"
            if frame.row.source == DENIAL_ROW:
                # a denial takes only its verb: what it denies is read as the tree reads it;
                # made by a political actor, at the accuser
                consumed.add(tok.i)
                frame = read_denial(frame, tok, ctx)
                if frame is None:
                    continue
            else:
                consumed |= self._clause(tok)
            frame = own_side_obliged(frame, ctx, self.tuning)  # "Europe must", by a European
            frame = frame and press_is_no_party(frame, ctx, self.tuning)  # "told reporters to"
            if frame is None:
                continue
            coded = self.finisher.finish(frame, sent, ctx, sentence_index)
            if coded is not None:
                out.append(coded)
        named = self.tuning.on(HEADLINE_NAME_VERB)  # "Obama slams Trump": "Trump" a verb
        clauses = self.tuning.on(HEADLINE_CLAUSE_VERBS)  # "X extols Y, who killed 13"
        if self.tuning.on(HEADLINE_NOUN_VERBS) and verbless(sent, ctx if named else None, clauses):
            out += self._headline_verbs(sent, ctx, sentence_index, consumed)
        under, held = self.tuning.on(UNDER_CRITICISM), self.tuning.on(HELD_RESPONSIBLE)
        if under or held:  # "X is under fire from Y", "X holds Y responsible"
            out += self._predicates(sent, ctx, sentence_index, consumed, under, held)
        if self.tuning.on(NOUN_EVENTS):
            out += self._free_nouns(sent, ctx, sentence_index, consumed)
        if self.tuning.on(ATTITUDE_PREDICATES):  # "X has been critical of Y"
            out += self._attitudes(sent, ctx, sentence_index, consumed)
        return out

    def _attitudes(
        self, sent: SpacySpan, ctx: DocContext, sentence_index: int, consumed: set[int]
    ) -> list[Coded]:
        def frame_of(tok: Token) -> Frame | None:
            frame = attitude_frame(tok, ctx, self.roles)  # "Is X critical of Y?": the verb
            return frame and clause_sensed(frame, frame.head, ctx, self.tuning)  # of being

        return self._token_frames(sent, ctx, sentence_index, consumed, frame_of)

    def _predicates(
        self,
        sent: SpacySpan,
        ctx: DocContext,
        sentence_index: int,
        consumed: set[int],
        under: bool,
        held: bool,
    ) -> list[Coded]:
        def frame_of(tok: Token) -> Frame | None:
            frame = predicate_frame(tok, ctx, self.roles, under, held)
            return frame and clause_sensed(frame, frame.head, ctx, self.tuning)

        return self._token_frames(sent, ctx, sentence_index, consumed, frame_of)

    def _headline_verbs(
        self, sent: SpacySpan, ctx: DocContext, sentence_index: int, consumed: set[int]
    ) -> list[Coded]:
        """ "Iran, Saudi Arabia Clash Over Yemen": a verbless headline's verb read as a noun."""
        next_actor = self.tuning.on(HEADLINE_NAME_VERB)
        criticism = self.tuning.on(CRITICISM_VERBS)

        def frame_of(tok: Token) -> Frame | None:
            frame = noun_verb_frame(tok, ctx, self.lexicon, self.roles, next_actor, criticism)
            return frame and apply_sense(frame, tok, ctx, self.tuning)

        def both_sides(frame: Frame) -> Frame:
            return quarrel_both_sides(frame, self.tuning)  # "X, Y spar over Z"

        return self._token_frames(sent, ctx, sentence_index, consumed, frame_of, both_sides)

    def _token_frames(
        self,
        sent: SpacySpan,
        ctx: DocContext,
        sentence_index: int,
        consumed: set[int],
        frame_of: Callable[[Token], Frame | None],
        after_sides: Callable[[Frame], Frame] = lambda frame: frame,
    ) -> list[Coded]:
        """One event a token of ``sent`` no earlier reading consumed, where ``frame_of`` reads
        one there: the sides kept, then ``after_sides``, then finished."""
        out: list[Coded] = []
        for tok in sent:
            if tok.i in consumed:
                continue
            frame = frame_of(tok)
            if frame is None:
                continue
            frame = after_sides(keep_sides(frame, ctx, self.tuning, self.roles))
            coded = self.finisher.finish(frame, sent, ctx, sentence_index)
            if coded is not None:
                consumed.add(tok.i)
                out.append(coded)
        return out

    def _free_nouns(
        self, sent: SpacySpan, ctx: DocContext, sentence_index: int, consumed: set[int]
    ) -> list[Coded]:
        out: list[Coded] = []
        for tok in sent:
            if tok.i in consumed:
                continue
            row = self.matcher.match_noun(tok)
            if row is None or row.type is None:
                continue
            if called_off_object(tok, row.type, self.tuning):
                continue  # "called off their joint rally": it did not happen
            frame = self.frames.frame_noun(tok, ctx, row, [])
            if frame is None:
                continue
            frame = aim_at_place(aim(frame, ctx, self.tuning), ctx, self.tuning)
            frame = aim_at_place_left(frame, ctx, self.tuning)  # "the withdrawal from X"
            frame = aim_by_cause(frame, ctx, self.tuning)  # "a strike in protest against X"
            frame = aim_by_reply(frame, ctx, self.tuning)  # "strikes in response to X"
            frame = aim_by_talks(frame, ctx, self.tuning, self.matcher.match_noun)
            frame = aim_deeper(frame, ctx, self.tuning)  # "mediation between X and Y"
            frame = aim_at_phrase_demonym(frame, ctx, self.tuning)  # "against Israeli rule"
            # "relief supplies sent by India", "a lawsuit filed against X by Y"
            frame = fill_participle_source(frame, ctx, self.tuning, self.lexicon)
            frame = keep_sides(frame, ctx, self.tuning, self.roles)
            frame.tokens = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
            coded = self.finisher.finish(frame, sent, ctx, sentence_index)
            if coded is None:
                continue
            if not (coded.source or coded.target or coded.location or coded.date):
                continue  # a bare mention ("the war") is not a predication
            consumed |= {t.i for t in tok.subtree}
            out.append(coded)
        return out
