"""The stances stage: statements (actor, issue, polarity) from quotes, events and text.

Interface: ``StanceStage(settings)`` ->
``stage(doc, document, actors, quotes, events) -> list[Statement]``.

Steps:
 1. findings from cues in the text (``extract``): attributions give the speaker's
    positions, attitude verbs with an actor subject give the subject's;
 2. findings from events whose trigger or type evokes an issue frame (an actor
    that recognizes, sanctions or invades holds that issue);
 3. a country's position read from words is also read as its leader's (the one
    person of that country in the government sector named in the document), with
    less confidence; its acts and its relations to other actors are not;
 4. issues of a frame are merged within the document (``issues.cluster_issues``)
    and the findings of one actor on one issue become one statement.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..actors import ActorLayer
from ..config import Settings
from ..datafiles import constants
from ..events.ontology import load_ontology
from ..ingest import Document
from ..nlp.clause_mode import ModeRules
from ..records import Event, Issue, Quote, Span, Statement
from ..rules import RuleSwitches, declare
from .deed_effects import DEED_EFFECT, deed_findings
from .extract import ALIGNMENT, Extractor, Finding, QuoteIndex
from .former_ties import BREAK_OVER_FORMER, former_ties_dropped
from .issues import IssueKey, cluster_issues, issue_id, issue_label
from .judged_deed import DEED_MAIN_CLAUSE, JUDGED_DEED, judged_deeds
from .judged_gates import gate as judged_gate
from .judged_party import JUDGED_PARTY, JUDGED_PARTY_SWITCHES, judged_parties
from .judged_subject import DEFERS, JUDGED_SUBJECT, LEXICON_VETO, OWN_SIDE, judged_subjects
from .lexicon import Lexicon, default_lexicon
from .modes import ASSERTED, clause_mode, most_real, unreal
from .off_subject import CHARGED_AGENT, FELT_CLAUSE, off_subject_findings
from .owned_fault import OWNED_FAULT, owned_faults
from .party_voice import PARTY_VOICE
from .polarity import (
    ASKED_STOP_KEEPS_SIGN,
    NEGATED_FRIENDLY_WEIGHT,
    NEGATED_HOSTILE_WEIGHT,
    NEGATION_ASYMMETRY,
    NEGATIVE_OBJECT,
    NEVER_AGAIN,
    NO_LONGER,
    REVERSAL,
    WITHHELD,
    reversing_verb,
)
from .reciprocal_acts import RECIPROCAL_OBJECT, reciprocal_findings
from .relations import RelationReader
from .relative_subjects import RELATIVE_SUBJECT, with_relative_subjects
from .reproach import COUNTERFACTUAL_REPROACH, reproaches
from .said_of import CLEAR_PRONOUN, SAID_OF_LEARNED, SAID_OF_OWNER
from .sport_rivals import SPORT_RIVALS, sport_rivals_dropped
from .standing_mode import STANDING, STANDING_RIVAL, STANDING_UNDATED, is_standing

_EVENT_CONFIDENCE = 0.8  # an act is a strong sign of a position, but coders err
# What happened long ago or might happen is background to the story's positions:
# one table with the relation scorer (constants.toml [alignment] mode_weight).
_MODE_WEIGHT = {k: float(v) for k, v in constants("alignment")["mode_weight"].items()}
_LEADER_CONFIDENCE = 0.7  # a country's position read as its leader's
_LEADER_SECTORS = {"GOV"}
_AMBIVALENT = 0.2  # |weighted mean polarity| below this: neutral/ambivalent (0)

NEGATED_HOSTILE_NONE = declare(
    "stances.polarity.negated_hostile_no_position",
    "a position for another actor read from a negated clause ('did not attack Y', 'Y was "
    "not opposed by X': a negated hostile cue, which stances.polarity.negation_asymmetry "
    "keeps as a weak sign for Y; stances.modes gives the clause's mode) is no position: the "
    "absence of hostility is no alignment (session 40 RP, issue 14)",
    order=12,
)


UNREAL_SAID = declare(
    "stances.mode.unreal_said",
    "a position read from a clause that says what is not (so) - a conditional ('if he wins, "
    "we will oppose him') or a question, or a hypothetical or future one told of another "
    "('Bernie would probably encourage people to back Clinton'; stances/modes.py, read with "
    "the events' modality) - weighs its mode's weight (constants [alignment] mode_weight); "
    "a holder's own hypothetical or future ('I would never vote for him', 'we will back "
    "her') is a position taken now and keeps its weight (session 28)",
    order=10,
)


def _restraint(finding: Finding, doc: Doc, lexicon: Lexicon) -> bool:
    """A position for another actor read from a negated clause: the restraint of a negated
    hostile cue ("did not attack Y"), which ``NEGATED_HOSTILE_NONE`` takes as none; a
    friendly cue noun taken back and the taking back negated ("did not withdraw his
    support for Y", ``stances.polarity.reversal``) stays a position for Y."""
    if (
        finding.frame != ALIGNMENT
        or finding.polarity <= 0
        or (finding.mode or "").lower() not in ("negated", "not")
    ):
        return False
    cue = finding.cue
    return cue is None or not 0 <= cue < len(doc) or reversing_verb(doc[cue], lexicon) is None


def _own(finding: Finding, quote: Quote | None, actors: ActorLayer) -> bool:
    """The finding's holder speaks of herself: the quote the cue sits in is hers, her
    spokesperson's, or her own leader's or official's ("Serbia will not recognize ...",
    said by its president), as ``alignment.relations.quote_voices`` reads it."""
    if quote is None or not quote.speaker:
        return False
    if finding.holder in (quote.speaker, quote.speaks_for):
        return True
    speaker, holder = actors.actor(quote.speaker), actors.actor(finding.holder)
    return (
        speaker is not None
        and holder is not None
        and holder.type == "country"
        and bool(speaker.country)
        and speaker.country in (holder.country, holder.id)
    )


MODE_WEIGHTED = declare(
    "stances.events.mode_weight",
    "a position read from a historical, background or hypothetical act weighs less",
    order=10,
)


class StanceStage:
    name = "stancemap.stances.v2"

    def __init__(self, settings: Settings, lexicon: Lexicon | None = None) -> None:
        self.settings = settings
        self.switches = RuleSwitches.from_settings(settings)
        self.lexicon = lexicon or default_lexicon()
        if not self.switches.enabled(NEGATION_ASYMMETRY):
            self.lexicon = replace(self.lexicon, negation_asymmetry=False)
        if not self.switches.enabled(REVERSAL):
            self.lexicon = replace(self.lexicon, reversal=False)
        if not self.switches.enabled(NEGATIVE_OBJECT):
            self.lexicon = replace(self.lexicon, negative_object=False)
        if not self.switches.enabled(NO_LONGER):
            self.lexicon = replace(self.lexicon, no_longer=False)
        if self.switches.enabled(NEVER_AGAIN):  # shipped off: the lexicon's default is off
            self.lexicon = replace(self.lexicon, never_again=True)
        if not self.switches.enabled(WITHHELD):
            self.lexicon = replace(self.lexicon, withheld=False)
        if self.switches.enabled(ASKED_STOP_KEEPS_SIGN):  # shipped off
            self.lexicon = replace(self.lexicon, asked_stop=True)
        self.extract = Extractor(self.lexicon)
        self.event_frames = self.lexicon.frames_by_event_type()
        self.relations = RelationReader(self.lexicon, self.switches, self.extract)

    def __call__(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        quotes: list[Quote],
        events: list[Event],
    ) -> list[Statement]:
        if self.switches.enabled(RELATIVE_SUBJECT):  # "Jack Straw, who accused Y of ..."
            actors = with_relative_subjects(doc, actors)
        said = self.extract(doc, document, actors, quotes)
        acts = self._from_events(doc, document, actors, events, said)
        related = self.relations(doc, document, actors, quotes, events)
        # a judging word the issue cues read already ("the operation was necessary" on the
        # war) is no second claim (stances.claims.predicate)
        read = {(f.cue, f.frame, f.holder) for f in said if f.cue is not None}
        related = [f for f in related if not _read_already(f, doc, read)]
        if self.switches.enabled(JUDGED_SUBJECT):  # 'Y said X was stoking tensions'
            veto = self.switches.enabled(LEXICON_VETO)
            own_side = self.switches.enabled(OWN_SIDE)
            defer = self.switches.enabled(DEFERS)
            said_of = frozenset(
                r
                for r in (SAID_OF_OWNER, SAID_OF_LEARNED, CLEAR_PRONOUN)
                if self.switches.enabled(r)
            )
            related += judged_subjects(
                doc,
                document,
                actors,
                quotes,
                said + related,
                self.lexicon,
                veto,
                own_side,
                defer,
                said_of,
                self.switches.enabled(PARTY_VOICE),
            )
        if self.switches.enabled(JUDGED_PARTY):  # 'Y said X had become a safe haven for ...'
            on = frozenset(r for r in JUDGED_PARTY_SWITCHES if self.switches.enabled(r))
            related += judged_parties(
                doc, document, actors, quotes, said + related, self.lexicon, on
            )
        if self.switches.enabled(JUDGED_DEED):  # 'Y said X caused death'
            on = frozenset(
                r for r in (*JUDGED_PARTY_SWITCHES, DEED_MAIN_CLAUSE) if self.switches.enabled(r)
            )
            related += judged_deeds(doc, document, actors, quotes, said + related, self.lexicon, on)
        if self.switches.enabled(COUNTERFACTUAL_REPROACH):  # 'Y said X should have acted'
            said_of = frozenset(
                r
                for r in (SAID_OF_OWNER, SAID_OF_LEARNED, CLEAR_PRONOUN)
                if self.switches.enabled(r)
            )
            related += reproaches(
                doc,
                document,
                actors,
                quotes,
                said + related,
                said_of,
                self.switches.enabled(PARTY_VOICE),
            )
        if self.switches.enabled(OWNED_FAULT):  # 'Y said the report showed X's failure'
            parties = self.switches.enabled(PARTY_VOICE)
            related += owned_faults(
                doc, document, actors, quotes, said + related, self.lexicon, parties
            )
        agent, felt = self.switches.enabled(CHARGED_AGENT), self.switches.enabled(FELT_CLAUSE)
        if agent or felt:  # 'Y said he was betrayed by X', 'Y: "I am appalled that X ..."'
            related += off_subject_findings(
                doc,
                document,
                actors,
                quotes,
                said + related,
                self.lexicon,
                agent=agent,
                felt=felt,
                parties=self.switches.enabled(PARTY_VOICE),
            )
        if self.switches.enabled(RECIPROCAL_OBJECT):  # "X and Y attacked each other"
            mutual, matter = reciprocal_findings(doc, actors, events)
            if mutual:
                said = [f for f in said if not matter(f)]
                acts = [f for f in acts if not matter(f)]
                related = [f for f in related if not matter(f)] + mutual
        if self.switches.enabled(DEED_EFFECT):  # "X fired Y": the act's effect on Y
            related += deed_findings(doc, actors, events)
        self._read_modes(doc, actors, quotes, said + related)
        # session 37: observers, forecasts, an unnamed holder (stances.claims.judged_*)
        said = judged_gate(said, doc, actors, quotes, self.lexicon, self.switches.enabled)
        related = judged_gate(related, doc, actors, quotes, self.lexicon, self.switches.enabled)
        if self.switches.enabled(SPORT_RIVALS):  # "to beat Switzerland 3-0": a match
            said = sport_rivals_dropped(said, doc, actors)
            acts = sport_rivals_dropped(acts, doc, actors)
            related = sport_rivals_dropped(related, doc, actors)
        findings = said + acts + related
        if self.switches.enabled(NEGATED_HOSTILE_NONE):  # "did not attack Y": no alignment
            findings = [f for f in findings if not _restraint(f, doc, self.lexicon)]
        # a country's words (not its acts, not its relations) are also its leader's
        words = [f for f in said + related if f.frame != ALIGNMENT]
        findings += _leaders(words, actors, findings)
        if self.switches.enabled(BREAK_OVER_FORMER):  # "We stood with X. That is finished."
            findings = former_ties_dropped(findings, doc)
        return self._statements(document, actors, findings)

    def _read_modes(
        self, doc: Doc, actors: ActorLayer, quotes: list[Quote], findings: list[Finding]
    ) -> None:
        """Each finding read from a cue gets its clause's mode (``stances.modes``); under
        ``UNREAL_SAID`` one that says what is not (so) weighs its mode's weight."""
        index = QuoteIndex(quotes)
        weigh = self.switches.enabled(UNREAL_SAID)
        rules = ModeRules.from_switches(self.switches.enabled)
        standing_on = self.switches.enabled(STANDING_UNDATED)
        rival_on = standing_on and self.switches.enabled(STANDING_RIVAL)
        for f in findings:
            if f.cue is None or f.mode is not None or not 0 <= f.cue < len(doc):
                continue
            tok = doc[f.cue]
            quote = index.at(tok.idx)
            direct = quote is not None and quote.kind == "direct"
            f.mode = clause_mode(tok, direct=direct, rules=rules)
            if standing_on and f.mode == ASSERTED and is_standing(f, rival_on):
                f.mode = STANDING  # 'Y, a Trump ally': no dated news of a turn
            if weigh and unreal(f.mode, _own(f, quote, actors)):
                f.confidence = round(f.confidence * _MODE_WEIGHT.get(f.mode, 1.0), 3)

    def _from_events(
        self,
        doc: Doc,
        document: Document,
        actors: ActorLayer,
        events: list[Event],
        findings: list[Finding],
    ) -> list[Finding]:
        by_cue = {f.cue: f for f in findings if f.cue is not None}
        mode_weighted = self.switches.enabled(MODE_WEIGHTED)
        weighed: set[str] = set()  # events whose mode already weighed on a text finding
        out: list[Finding] = []
        for ev in events:
            if (
                not ev.source
                or ev.reported_by
                or document.is_excluded(ev.trigger.start, ev.trigger.end)
            ):
                continue  # a claim inside a quote is the speaker's view, not the source's act
            weight = _MODE_WEIGHT.get((ev.mode or "").lower(), 1.0) if mode_weighted else 1.0
            span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
            if head is not None and head.i in by_cue:
                same = by_cue[head.i]  # the text pass read this act already: cite the event
                if ev.id not in same.evidence:
                    if not any(e in same.evidence for e in weighed):
                        same.confidence = round(same.confidence * weight, 3)
                    same.evidence.append(ev.id)
                    weighed.add(ev.id)
                frame_types = (
                    self.lexicon.frames[same.frame].arg_types
                    if same.frame in self.lexicon.frames
                    else frozenset()
                )
                extra = {
                    t for t in ev.target if t != same.holder and _arg_ok(actors, t, frame_types)
                }
                same.args = same.args | frozenset(extra)
                continue
            frame = None
            is_predicate = False
            if head is not None:
                match = self.extract.frames.match_at(doc, head.i)
                if match is not None:
                    frame = match[0]
                    is_predicate = head.lemma_.lower() in frame.predicates
            if frame is None:
                frame = self.event_frames.get(ev.type.upper())
            if frame is None:
                continue
            # "Trump attacked Machado" is no war: a state, group or place must take part
            if not any(
                (a := actors.actor(x)) is not None and a.type in frame.arg_types
                for x in ev.source + ev.target
            ):
                continue
            negated = (ev.mode or "").lower() in ("negated", "not")
            if is_predicate:  # "will not recognize" coded as REJECT or as negated AGREE
                polarity = -1 if negated or ev.type.upper() == "REJECT" else 1
            elif negated and self.lexicon.negation_asymmetry:
                # an act that did not happen: no invasion is no stance for peace, and
                # aid not sent is less than hostility (``polarity``'s asymmetry)
                if _cooperative(ev.type):
                    polarity, weight = -1, weight * NEGATED_FRIENDLY_WEIGHT
                else:
                    polarity, weight = 0, weight * NEGATED_HOSTILE_WEIGHT
            else:
                polarity = -1 if negated else 1
            sentence = ev.evidence or ev.trigger
            for source in ev.source:
                args = {t for t in ev.target + ev.source if t != source}
                args = {a for a in args if _arg_ok(actors, a, frame.arg_types)}
                if is_predicate and not args:
                    continue  # recognizing nobody in particular is acknowledging, not recognition
                out.append(
                    Finding(
                        holder=source,
                        frame=frame.id,
                        args=frozenset(args),
                        polarity=polarity,
                        confidence=round(ev.confidence * _EVENT_CONFIDENCE * weight, 3),
                        start=sentence.start,
                        end=sentence.end,
                        evidence=[ev.id],
                        mode=(ev.mode or ASSERTED).lower(),
                    )
                )
        return out

    def _statements(
        self, document: Document, actors: ActorLayer, findings: list[Finding]
    ) -> list[Statement]:
        counts: dict[IssueKey, int] = {}
        for f in findings:
            key = (f.frame, f.args)
            counts[key] = counts.get(key, 0) + 1
        clusters = cluster_issues(counts, self.lexicon.frames, scope="document")
        grouped: dict[tuple[str, IssueKey], list[Finding]] = {}
        for f in findings:
            grouped.setdefault((f.holder, clusters((f.frame, f.args))), []).append(f)
        out: list[Statement] = []
        for (holder, key), group in grouped.items():
            total = sum(f.confidence for f in group)
            if total <= 0:
                continue
            mean = sum(f.polarity * f.confidence for f in group) / total
            polarity = 0 if abs(mean) < _AMBIVALENT else (1 if mean > 0 else -1)
            side = [f for f in group if f.polarity == polarity] or group
            best = max(side, key=lambda f: f.confidence)
            evidence = sorted({e for f in group for e in f.evidence}, key=_evidence_order)
            issue = issue_id(*key)
            target, target_kind = _target(key, issue)
            mode = most_real([f.mode for f in group])
            out.append(
                Statement(
                    id=f"s{len(out) + 1}",
                    actor=holder,
                    issue=Issue(id=issue, label=self._label(key, actors)),
                    polarity=polarity,  # type: ignore[arg-type]
                    evidence=evidence,
                    confidence=round(min(1.0, best.confidence * max(abs(mean), 0.5)), 3),
                    text=Span(
                        start=best.start, end=best.end, text=document.text[best.start : best.end]
                    ),
                    target=target,
                    target_kind=target_kind,  # type: ignore[arg-type]
                    spans=[
                        Span(start=a, end=b, text=document.text[a:b])
                        for a, b in sorted({(f.start, f.end) for f in group})
                    ],
                    mode=mode,
                )
            )
        return out

    def _label(self, key: IssueKey, actors: ActorLayer) -> str:
        if key[0].startswith("claim-state."):  # a state's forces or agents (claims.py)
            code = key[0].removeprefix("claim-state.")
            country = actors.actor(f"country:{code}")
            return f"how the forces of {country.name if country else code} did"
        if key[0].startswith("claim-"):
            return f"how the {key[0].removeprefix('claim-')} went"
        names = []
        for arg in sorted(key[1]):
            actor = actors.actor(arg)
            names.append(actor.name if actor else arg)
        return issue_label(self.lexicon.frames.get(key[0]), key[0], sorted(names))


def _read_already(finding: Finding, doc: Doc, read: set[tuple[int, str, str]]) -> bool:
    """A predicate claim whose judging word (or a conjunct of it) the issue cues read as
    the same holder's stance on the same issue: one reading, not two."""
    if "predicate-claim" not in finding.notes or finding.cue is None:
        return False
    word = doc[finding.cue]
    return any((t.i, finding.frame, finding.holder) in read for t in [word, *word.conjuncts])


def _target(key: IssueKey, issue: str) -> tuple[str, str]:
    """What a statement is about: the other actor, a judged proposition, or the issue."""
    frame, args = key
    if frame == ALIGNMENT and len(args) == 1:
        return next(iter(args)), "actor"
    if frame.startswith("claim-"):
        return issue, "proposition"
    return issue, "issue"


def _cooperative(event_type: str) -> bool:
    """Whether PLOVER counts the type as cooperation (an unknown type counts as not)."""
    try:
        return load_ontology().type_of(event_type).cooperative
    except KeyError:
        return False


def _arg_ok(actors: ActorLayer, actor_id: str, types: frozenset[str]) -> bool:
    actor = actors.actor(actor_id)
    return actor is None or actor.type in types


def _evidence_order(value: str) -> tuple[str, int]:
    digits = "".join(c for c in value if c.isdigit())
    return value.rstrip("0123456789"), int(digits) if digits else 0


def _leaders(findings: list[Finding], actors: ActorLayer, known: list[Finding]) -> list[Finding]:
    """A country's findings, also read as held by its government's person in the document.

    Only where the document names exactly one government person of that country:
    with several (a president and ministers) nobody can tell who speaks for it.
    The caller passes only positions read from words: a state's acts ("Turkey
    and Romania clash") and its relations stay the state's, so they never spread
    down to an official (the relation goes up instead: ``alignment.sides``).
    ``known`` are all findings, so a leader's own position on a frame wins.
    """
    present = {m.actor_id for m in actors.mentions}
    leaders: dict[str, list[str]] = {}
    for actor in actors.actors.values():
        if (
            actor.type == "person"
            and actor.country
            and actor.sector in _LEADER_SECTORS
            and actor.id in present
        ):
            leaders.setdefault(actor.country, []).append(actor.id)
    leaders = {code: ids for code, ids in leaders.items() if len(ids) == 1}
    if not leaders:
        return []
    own = {(f.holder, f.frame) for f in known}
    out: list[Finding] = []
    for f in findings:
        country = actors.actor(f.holder)
        if country is None or country.type != "country":
            continue
        code = country.country or country.id
        for person in leaders.get(code, []):
            if (person, f.frame) in own:
                continue
            out.append(
                Finding(
                    holder=person,
                    frame=f.frame,
                    args=frozenset(a for a in f.args if a != person),
                    polarity=f.polarity,
                    confidence=round(f.confidence * _LEADER_CONFIDENCE, 3),
                    start=f.start,
                    end=f.end,
                    evidence=list(f.evidence),
                    notes=(*f.notes, f"leader-of:{f.holder}"),
                    mode=f.mode,
                )
            )
    return out
