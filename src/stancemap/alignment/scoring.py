"""How aligned two actors are, from their stances and the events between them.

One formula serves a document, a corpus and a time window, so their numbers
compare. Each *observation* is a value in [-1, 1] with a weight:

- a shared issue: the product of the two actors' mean polarities on it
  (+1 both for or both against, -1 opposed), weighted by the lesser confidence;
- an event from one to the other: its Goldstein-like intensity / 10, weighted
  by its confidence times ``EVENT_WEIGHT`` (words of position count more than
  single acts, and a claimed event - inside a quote - counts half).

- a position one actor takes towards the other (issue frame ``alignment``:
  "Orbán distanced himself from Merkel"): its polarity, weighted by its
  confidence; an event that the position already rests on is not counted again.

The score is the weighted mean of the observations, in [-1, 1].

An event relates exactly its source and target actors: "Turkey and Romania
clash" sets Turkey against Romania, never the Turkish foreign minister against
Romania. The reverse holds instead: two states follow their leaders' relation
(``sides.settle``), so a relation goes up from an office holder to a state, not
down from a state to every official.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from ..datafiles import constants
from ..rules import declare
from ..stances.issues import parse_issue_id
from ..stances.modes import unreal as unreal_mode
from ..stances.standing_mode import STANDING
from .evidence_weight import DIRECT_WEIGHT, event_value, shared_share
from .intensity import Intensity

ALIGNMENT = "alignment"  # the stances stage's frame for a position towards an actor
CLAIM_PREFIX = "claim-"  # the stances stage's frames of a judged proposition (``_target``)

_TABLE = constants("alignment")
EVENT_WEIGHT = float(_TABLE["event_weight"])
REPORTED_EVENT_WEIGHT = float(_TABLE["reported_event_weight"])
MODE_WEIGHT: dict[str, float] = {k: float(v) for k, v in _TABLE["mode_weight"].items()}
RECIPROCAL_TYPES = frozenset(t.upper() for t in _TABLE["reciprocal_types"])
JOINT_TYPES = frozenset(t.upper() for t in _TABLE["joint_types"])
CO_SOURCE_WEIGHT = float(_TABLE["co_source_weight"])
NEGATED_MODES = {"negated", "not"}
LEAD_CHARS = int(_TABLE["lead_chars"])
LEAD_WEIGHT = float(_TABLE["lead_weight"])
ASSERTED_MODES = frozenset({"asserted", STANDING})  # a statement's mode that says what is so, now
# (STANDING: "Y, a Trump ally", stances.mode.standing_undated - so now, no dated news)

MODE_WEIGHTED = declare(
    "alignment.score.mode_weight",
    "historical, background and hypothetical events weigh less than the story's own",
    order=10,
)
NEGATED_NO_ACT = declare(
    "alignment.score.negated_no_act",
    "a negated event ('did not meet X', 'will not recognize X') is no act between its "
    "parties: it adds no cooperation or conflict and no event evidence (the stances stage "
    "reads what the negation says, stances.polarity.negation_asymmetry)",
    order=9,
)
LEAD = declare(
    "alignment.score.lead",
    "evidence in the story's headline and lead weighs more than the body's: the lead states "
    "the story's relation, background told further down weighs less beside it",
    order=15,
)
CO_SOURCES = declare(
    "alignment.score.co_sources",
    "an event with two sources and no target ('X and Y clash') stands between the sources",
    order=20,
)
HOSTILE_REQUEST = declare(
    "alignment.score.hostile_request",
    "a request against the one it names (CAMEO 0241/1041 a change in leadership, 0213/1013 "
    "judicial action: 'called for the resignation of Y', events.frame.hostile_request) "
    "weighs as a DEMAND, conflict, not as a neutral request",
    order=3,
)
CO_STANCE_STRONG = declare(
    "alignment.score.co_stance_strong",
    "two actors' positions towards a third party ('X and Y both attacked Z') are a shared "
    "stance between them only where both are direct (the holder's own words or act: no "
    "quote of another speaker, no event of another source - 'Military Times found "
    "Republicans favored Trump', 'John said the delegates are unlikely to favor Trump'), "
    "asserted (no negated, hypothetical, conditional, future, question or historical "
    "clause: 'he would not vote for either', 'I might vote for Trump') and unmixed (every "
    "statement of each holder towards Z of one sign) - judged real news: co-stancers "
    "towards a third party read as allied or opposed (session 30 SG); one document's "
    "relations only: the corpus windows keep their co-stances",
    order=6,
)
CO_STANCE_OPPOSED = declare(
    "alignment.score.co_stance_opposed_apart",
    "one actor for a third party and another against it are no shared stance between them "
    "(a disagreement on Z is no relation of the two: 'Ryan is not ready to support Trump' "
    "beside 'Priebus works with Trump'; 'God bless America' beside one who questioned "
    "America's commitment); two for Z or two against Z stay a shared stance (session 30 SG; "
    "one document's relations only)",
    order=6,
)
CO_TARGET_ALONE = declare(
    "alignment.score.co_target_alone_no_pair",
    "two actors whose only evidence in the document is that both are for one third party "
    "('the union endorsed Z' beside 'the teachers wanted to endorse Z') are no pair: each "
    "relates to the third party, not to the other; a second shared target or issue, or "
    "evidence of another kind between the two (a statement of one about the other, an event "
    "between them) keeps the pair (issue 14: no relation without a statement pair or an "
    "event between the two; session 38 PG; one document's relations only)",
    order=8,
)
CO_OPPOSED_ALONE = declare(
    "alignment.score.co_opposed_alone_no_pair",
    "two actors whose only evidence in the document is that one is for and one against one "
    "third party ('God bless America' beside one who questioned America's commitment) are "
    "no pair (session 38 PG; one document's relations only; cf. "
    "alignment.score.co_stance_opposed_apart, which drops such a co-stance everywhere)",
    order=8.1,
)
SHARED_ALONE = declare(
    "alignment.score.shared_alone_no_pair",
    "two actors whose only evidence in the document is one issue or proposition they agree "
    "on ('the union has not endorsed a candidate' beside another's endorsement of 'a "
    "candidate') are no pair; opposite positions on one issue stay a disagreement (session "
    "38 PG; one document's relations only)",
    order=8.5,
)
SHARED_GENERIC_ALONE = declare(
    "alignment.score.shared_generic_issue_no_pair",
    "two actors whose only evidence in the document is one generic issue they agree on (an "
    "issue label naming no actor and no proposition: 'the union has not endorsed a "
    "candidate' beside another's endorsement of 'a candidate') are no pair unless each "
    "states it: its own words or act, asserted, in a passage of its own ('Lula supports the "
    "climate fund. Petro supports the climate fund.' keeps the pair; 'politicians and "
    "activists are decrying the attacks' read for both, a negated, future or reported "
    "position does not); a shared specific target still relates them - a proposition both "
    "judge (issue 14: two actors' claims on one target agree or disagree), an issue naming "
    "an actor ('recognition of Kosovo'); opposite positions stay a disagreement (session 45 "
    "SA, the narrow form of alignment.score.shared_alone_no_pair; one document's relations "
    "only)",
    order=8.6,
)
SHARED_NAMED_ALONE = declare(
    "alignment.score.shared_named_issue_no_pair",
    "two actors whose only evidence in the document is one issue naming actors that they "
    "agree on (both for the recognition of Kosovo, both against sanctions on Iran: "
    "'recognition:country:XKX') are no pair: each relates to the issue's actors, not to "
    "the other - as two endorsers of one third party are no pair "
    "(alignment.score.co_target_alone_no_pair); a proposition both judge (issue 14) or a "
    "bare issue each states keeps the pair (session 45 SA, the part of "
    "alignment.score.shared_alone_no_pair's check gain on issues naming actors; one "
    "document's relations only)",
    order=8.7,
)
SHARED_ASSERTED = declare(
    "alignment.score.shared_issue_asserted",
    "two actors' positions on one issue or proposition are a shared stance (agreement or "
    "disagreement) only where both are real (stances.modes.unreal: no conditional or "
    "question, no hypothetical or future one told by another - 'her campaign said she "
    "would support the nominee' - and no historical one: 'last year, police reported "
    "attacks'); a negated position is one ('will not recognise the republics') (session 30 SG; one document's relations only)",
    order=7,
)
CO_SOURCES_EACH = declare(
    "alignment.score.co_sources_each",
    "sources that acted each on their own ('Both X and Y criticized Z', 'X and Y both "
    "condemned the coup': 'both' before the trigger) are no partners or rivals of one "
    "another; each still relates to the target",
    order=21,
)


def mode_weight(mode: str | None) -> float:
    """How much an event of this mode weighs (1.0 for the story's own events)."""
    return MODE_WEIGHT.get((mode or "").lower(), 1.0)


@dataclass(frozen=True)
class StanceObs:
    """One statement, as the scorer needs it."""

    actor: str
    issue: str
    polarity: int
    confidence: float
    ref: str  # statement id (document-qualified at corpus level)
    sources: tuple[str, ...] = ()  # the quote/event ids the statement rests on
    mode: str | None = None  # the statement's clause mode (stances/modes.py); None: not read
    # the holder's own words or act: no evidence quote of another speaker, no evidence event
    # of another source (``direct_statement``)
    direct: bool = True
    # where the passages it was read from start (``Statement.spans``); () when not known
    spans: tuple[int, ...] = ()


@dataclass(frozen=True)
class EventObs:
    """One event, as the scorer needs it."""

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    confidence: float
    ref: str
    mode: str | None = None
    reported: bool = False
    each: bool = False  # "Both X and Y criticized Z": the sources acted each on their own


# CAMEO codes of a request against the one it names (the events stage's, from the data)
HOSTILE_REQUEST_CODES = frozenset(
    code for pair in constants("events")["hostile_request_codes"].values() for code in pair
)


def hostile_request(event_type: str, cameo: str | None) -> bool:
    """Whether a REQUEST is one against the one it names: CAMEO codes of a change in
    leadership or judicial action ("called for the resignation of Y")."""
    return event_type.upper() == "REQUEST" and cameo in HOSTILE_REQUEST_CODES


def acted_each(evidence: str | None, evidence_start: int | None, trigger_start: int | None) -> bool:
    """Whether the event's words before its trigger say its sources acted each on their
    own: "both" ("Both X and Y criticized Z", "X and Y both condemned ..."), the
    distributive reading of coordinated subjects, not a joint or mutual act ("each" is
    left out: "each year", "each other")."""
    if not evidence or evidence_start is None or trigger_start is None:
        return False
    before = evidence[: max(0, trigger_start - evidence_start)]
    return bool(_EACH.search(before))


_EACH = re.compile(r"\bboth\b", re.IGNORECASE)


@dataclass
class Observation:
    value: float
    weight: float
    kind: str  # "issue" or "event"
    key: str  # issue id or event type
    refs: list[str]
    via: str = ""  # "leaders": a states' pair read from their leaders' observations
    shared: bool = False  # two actors' positions on one issue (a co-stance), not between them
    toward: float = 0.0  # a co-stance's first holder's mean polarity on it (the sign of both)
    # a co-stance both holders state themselves: each position its holder's own words or act,
    # asserted, and read from passages of its own (no sentence read for both)
    stated: bool = False
    # session 63 RW (alignment.score.direct_evidence_weight, off): the value and the weight
    # factor (this weight / the weight before the rule) the observation had without the rule,
    # so the score on that scale (``PairScore.plain_score``) can still be read: the learned
    # relation confidence was fitted on it
    plain_value: float | None = None
    plain_factor: float = 1.0

    def carried(self, factor: float, via: str) -> Observation:
        """This observation read for another pair: weighed by ``factor``, named by ``via``
        (only the evidence fields travel; a co-stance's marks stay with its own pair)."""
        return Observation(
            self.value,
            self.weight * factor,
            self.kind,
            self.key,
            self.refs,
            via=via,
            plain_value=self.plain_value,
            plain_factor=self.plain_factor,
        )


@dataclass
class PairScore:
    a: str
    b: str
    agree: list[str] = field(default_factory=list)
    disagree: list[str] = field(default_factory=list)
    cooperation: int = 0
    conflict: int = 0
    observations: list[Observation] = field(default_factory=list)

    @property
    def score(self) -> float:
        return weighted_mean(self.observations)

    @property
    def plain_score(self) -> float:
        """The score on the scale before ``alignment.score.direct_evidence_weight`` (each
        observation's ``plain_value`` and weight / ``plain_factor``); the score itself where
        the rule is off."""
        total = value = 0.0
        for obs in self.observations:
            weight = obs.weight / obs.plain_factor if obs.plain_factor > 0 else 0.0
            total += weight
            value += weight * (obs.value if obs.plain_value is None else obs.plain_value)
        if total <= 0:
            return 0.0
        return max(-1.0, min(1.0, value / total))

    @property
    def evidence(self) -> list[str]:
        return list(self.evidence_weights())

    def evidence_weights(self) -> dict[str, float]:
        """Each evidence id with the weight it carries in the score (largest use)."""
        seen: dict[str, float] = {}
        for obs in self.observations:
            for ref in obs.refs:
                seen[ref] = max(seen.get(ref, 0.0), obs.weight)
        return seen


def weighted_mean(observations: Iterable[Observation]) -> float:
    """The weighted mean of observation values, clipped to [-1, 1]; 0 when empty."""
    total = value = 0.0
    for obs in observations:
        total += obs.weight
        value += obs.weight * obs.value
    if total <= 0:
        return 0.0
    return max(-1.0, min(1.0, value / total))


@dataclass
class Position:
    """An actor's stance on one issue, pooled over its statements."""

    mean: float  # confidence-weighted mean polarity
    confidence: float  # mean confidence
    refs: list[str]
    sources: frozenset[str]
    asserted: bool = True  # every statement asserted (or of no mode read)
    real: bool = True  # no statement unreal (stances.modes.unreal, own = direct) or historical
    direct: bool = True  # every statement the holder's own words or act
    strong: bool = True  # unmixed: every statement of one sign, none neutral
    spans: frozenset[int] = frozenset()  # where its statements' passages start
    mode_factor: float = 1.0  # the mean mode weight of its statements (``mode_weight``)


def asserted_mode(mode: str | None) -> bool:
    """Whether a statement's mode says what is so now (None: no clause was read)."""
    return mode is None or mode.lower() in ASSERTED_MODES


def shared_counts(issue: str, pa: Position, pb: Position, enabled: Any) -> bool:
    """Whether two actors' positions on ``issue`` are a shared stance between them
    (``CO_STANCE_STRONG`` and ``CO_STANCE_OPPOSED`` towards a third party, ``SHARED_ASSERTED``
    on an issue)."""
    if parse_issue_id(issue)[0] == ALIGNMENT:
        if enabled(CO_STANCE_OPPOSED) and pa.mean * pb.mean < 0:
            return False
        return not enabled(CO_STANCE_STRONG) or (
            pa.asserted and pb.asserted and pa.direct and pb.direct and pa.strong and pb.strong
        )
    return not enabled(SHARED_ASSERTED) or (pa.real and pb.real)


def stated_apart(pa: Position, pb: Position) -> bool:
    """Whether two positions on one issue are each stated by its holder: the holder's own
    words or act, asserted, and read from passages of its own (no one sentence read for
    both holders: "politicians and activists are decrying ...")."""
    return pa.direct and pb.direct and pa.asserted and pb.asserted and not pa.spans & pb.spans


def positions(stances: Iterable[StanceObs]) -> dict[str, dict[str, Position]]:
    """actor -> issue -> the pooled position."""
    acc: dict[str, dict[str, list[StanceObs]]] = {}
    for st in stances:
        acc.setdefault(st.actor, {}).setdefault(st.issue, []).append(st)
    out: dict[str, dict[str, Position]] = {}
    for actor, issues in acc.items():
        for issue, group in issues.items():
            weight = sum(s.confidence for s in group) or 1e-9
            signs = {s.polarity for s in group}
            out.setdefault(actor, {})[issue] = Position(
                mean=sum(s.polarity * s.confidence for s in group) / weight,
                confidence=weight / len(group),
                refs=[s.ref for s in group],
                sources=frozenset(x for s in group for x in s.sources),
                asserted=all(asserted_mode(s.mode) for s in group),
                real=all(
                    not unreal_mode(s.mode, s.direct) and (s.mode or "").lower() != "historical"
                    for s in group
                ),
                direct=all(s.direct for s in group),
                strong=len(signs) == 1 and 0 not in signs,
                spans=frozenset(x for s in group for x in s.spans),
                mode_factor=sum(mode_weight(s.mode) for s in group) / len(group),
            )
    return out


def score_pairs(
    stances: Iterable[StanceObs],
    events: Iterable[EventObs],
    intensity: Mapping[str, Intensity],
    switches: Any = None,
    in_document: bool = True,
) -> dict[tuple[str, str], PairScore]:
    """Every pair of actors that shares an issue or an event, with its observations.

    ``in_document``: the observations are one document's (``shared_counts`` reads a
    document's co-stances; a corpus window's
    pairs pool many documents and keep their shared stances: applied per window, the
    co-stance rules added false monthly windows on the PolNeAR shifts' controls, session 30).

    ``switches`` (``rules.RuleSwitches``) can turn the ``alignment.score.*`` rules off.
    """
    enabled = switches.enabled if switches is not None else (lambda _name: True)
    # shipped off: only where the caller's switches name it on (evidence_weight.py); one
    # document's relations only - applied to the corpus windows too it moved the 2016
    # shifts (a documented change point and two windows lost, two unmatched turns added)
    one_scale = switches is not None and in_document and enabled(DIRECT_WEIGHT)
    pairs: dict[tuple[str, str], PairScore] = {}
    pos = positions(stances)
    by_issue: dict[str, list[str]] = {}
    for actor, issues in pos.items():
        for issue, position in issues.items():
            if position.mean == 0:
                continue
            by_issue.setdefault(issue, []).append(actor)
    for issue, actors in sorted(by_issue.items()):
        for a, b in combinations(sorted(set(actors)), 2):
            pa, pb = pos[a][issue], pos[b][issue]
            if pa.sources and pa.sources == pb.sources:
                continue  # one utterance read for two actors (a leader and their state): not two views
            if in_document and not shared_counts(issue, pa, pb, enabled):
                continue  # a weak, reported, unreal or opposite co-stance: no view shared
            pair = pairs.setdefault((a, b), PairScore(a, b))
            (pair.agree if pa.mean * pb.mean > 0 else pair.disagree).append(issue)
            share = shared_share(len(set(actors))) if one_scale else 1.0
            pair.observations.append(
                Observation(
                    pa.mean * pb.mean,
                    min(pa.confidence, pb.confidence) * share,
                    "issue",
                    issue,
                    pa.refs + pb.refs,
                    shared=True,
                    toward=pa.mean,
                    stated=stated_apart(pa, pb),
                    plain_factor=share,
                )
            )
    counted: set[tuple[str, str, str]] = set()  # (a, b, source id) already read as a position
    for actor, issues in pos.items():
        for issue, position in issues.items():
            frame, others = parse_issue_id(issue)
            if frame != ALIGNMENT or position.mean == 0:
                continue
            for other in others:
                if other == actor:
                    continue
                a, b = sorted((actor, other))
                pair = pairs.setdefault((a, b), PairScore(a, b))
                (pair.agree if position.mean > 0 else pair.disagree).append(issue)
                factor = position.mode_factor if one_scale else 1.0
                pair.observations.append(
                    Observation(
                        position.mean,
                        position.confidence * factor,
                        "issue",
                        issue,
                        position.refs,
                        plain_factor=factor,
                    )
                )
                counted.update((a, b, src) for src in position.sources)
    for ev in events:
        if enabled(NEGATED_NO_ACT) and (ev.mode or "").lower() in NEGATED_MODES:
            continue  # an act that did not happen is no act between them
        info = intensity.get(ev.type.upper())
        if info is None:
            continue
        weight = ev.confidence * EVENT_WEIGHT * (REPORTED_EVENT_WEIGHT if ev.reported else 1.0)
        if enabled(MODE_WEIGHTED):
            weight *= mode_weight(ev.mode)
        if weight <= 0:
            continue
        sources = tuple(dict.fromkeys(ev.source))
        kind = ev.type.upper()
        partners: set[tuple[str, str]] = set()  # pairs of co-sources: inferred, not an act
        each = ev.each and enabled(CO_SOURCES_EACH)
        if enabled(CO_SOURCES) and len(sources) > 1 and not each:
            partners = {(min(a, b), max(a, b)) for a, b in combinations(sources, 2)}
            if not ev.target and kind in RECIPROCAL_TYPES:
                # "Turkey and Romania clash": each source acts on the others
                ev = EventObs(
                    ev.type, sources, sources, ev.confidence, ev.ref, ev.mode, ev.reported
                )
            elif kind in JOINT_TYPES:
                # "Sunak and Macron agreed with X": partners in it, and each acts on X
                ev = EventObs(
                    ev.type,
                    sources,
                    sources + ev.target,
                    ev.confidence,
                    ev.ref,
                    ev.mode,
                    ev.reported,
                )
        for a, b in _event_pairs(ev):
            if (a, b, ev.ref) in counted:
                continue
            pair = pairs.setdefault((a, b), PairScore(a, b))
            if info.relation == "cooperation":
                pair.cooperation += 1
            elif info.relation == "conflict":
                pair.conflict += 1
            # "X and Y are vowing to ...": two subjects of one act are read as partners (or
            # rivals), an inference from the coordination that weighs less than an act of one
            # on the other
            inferred = CO_SOURCE_WEIGHT if (a, b) in partners else 1.0
            # session 63 RW (off): a signed act's sign on the co-stance's scale
            value = event_value(info.value, info.relation, one_scale)
            pair.observations.append(
                Observation(
                    value,
                    weight * inferred,
                    "event",
                    kind,
                    [ev.ref],
                    plain_value=info.value / 10.0 if value != info.value / 10.0 else None,
                )
            )
    # only where the caller passes its switches (hand-built records keep their co-stances)
    if in_document and switches is not None:
        kinds = {k for k, rule in ALONE_RULES.items() if enabled(rule)}
        if kinds:
            pairs = {k: p for k, p in pairs.items() if not _alone_kinds(p) & kinds}
    return pairs


# the kind of a pair resting on one shared stance alone -> the rule that drops it
ALONE_RULES = {
    "endorsers": CO_TARGET_ALONE,
    "opposed": CO_OPPOSED_ALONE,
    "agreed": SHARED_ALONE,
    "agreed_generic": SHARED_GENERIC_ALONE,
    "agreed_named": SHARED_NAMED_ALONE,
}


def generic_issue(issue: str) -> bool:
    """Whether an issue id is a generic issue label: no position towards an actor (the
    ``alignment`` frame), no judged proposition (a ``claim-`` frame) and no actor among its
    arguments ("tax cuts", not "recognition:country:XKX")."""
    frame, args = parse_issue_id(issue)
    return frame != ALIGNMENT and not frame.startswith(CLAIM_PREFIX) and not args


def named_issue(issue: str) -> bool:
    """Whether an issue id is an issue naming actors among its arguments
    ("recognition:country:XKX"), not a position towards one (``alignment``) nor a judged
    proposition (a ``claim-`` frame). An argument names an actor when it is an actor id
    (``type:key``); a bare word argument ("support:fishing-quota") names none."""
    frame, args = parse_issue_id(issue)
    named = any(":" in a for a in args)
    return frame != ALIGNMENT and not frame.startswith(CLAIM_PREFIX) and named


def _alone_kinds(pair: PairScore) -> set[str]:
    """The ``ALONE_RULES`` kinds a pair falls under: its ``congruence_alone`` kind and,
    for an agreement on one generic issue (``generic_issue``), "agreed_generic"."""
    kind = congruence_alone(pair)
    if kind is None:
        return set()
    first = pair.observations[0]
    if kind == "agreed" and generic_issue(first.key) and not first.stated:
        return {kind, "agreed_generic"}
    if kind == "agreed" and named_issue(first.key):
        return {kind, "agreed_named"}
    return {kind}


def congruence_alone(pair: PairScore) -> str | None:
    """What a pair resting only on one shared stance (every observation a co-stance,
    ``Observation.shared``, one issue among them) rests on: a third party (the ``alignment``
    frame) both are for ("endorsers"), one for and one against ("opposed"), both against
    ("critics"); an issue both agree on ("agreed") or dispute ("disputed"); None for a pair
    with any other evidence, or co-stances on two issues (``ALONE_RULES``)."""
    if not pair.observations or not all(o.shared for o in pair.observations):
        return None
    if len({o.key for o in pair.observations}) > 1:
        return None
    first = pair.observations[0]
    if parse_issue_id(first.key)[0] != ALIGNMENT:
        return "agreed" if first.value > 0 else "disputed"
    if first.value < 0:
        return "opposed"
    return "critics" if first.toward < 0 else "endorsers"


def weigh_lead(
    pairs: Mapping[tuple[str, str], PairScore],
    starts: Mapping[str, int],
    switches: Any = None,
) -> None:
    """Weigh up (in place) each observation with evidence in the document's lead.

    ``starts`` maps evidence ids to where they start in the text; the lead is the
    first ``lead_chars`` characters (the headline and first paragraph of a news
    story). Only within one document: a corpus has no one lead.
    """
    if switches is not None and not switches.enabled(LEAD):
        return
    for pair in pairs.values():
        for obs in pair.observations:
            if any(starts.get(ref, LEAD_CHARS) < LEAD_CHARS for ref in obs.refs):
                obs.weight *= LEAD_WEIGHT


def _event_pairs(ev: EventObs) -> list[tuple[str, str]]:
    """The (a, b) pairs an event stands between: each source with each target, nobody else."""
    out: dict[tuple[str, str], None] = {}
    for src in ev.source:
        for tgt in ev.target:
            if src != tgt:  # a co-source paired with itself
                out[(min(src, tgt), max(src, tgt))] = None
    return list(out)


def leaders_of(actors: Iterable[Any]) -> dict[str, list[str]]:
    """country actor id -> ids of government persons of that country (from actor records/dicts).

    Read by the store's reports; scoring itself never spreads a state's events to them.
    """

    def get(actor: Any, key: str) -> Any:
        return actor.get(key) if isinstance(actor, dict) else getattr(actor, key, None)

    actors = list(actors)
    by_code: dict[str, list[str]] = {}
    for actor in actors:
        if (
            get(actor, "type") == "person"
            and get(actor, "sector") == "GOV"
            and get(actor, "country")
        ):
            by_code.setdefault(get(actor, "country"), []).append(get(actor, "id"))
    out: dict[str, list[str]] = {}
    for actor in actors:
        if get(actor, "type") == "country":
            code = get(actor, "country") or get(actor, "id")
            if code in by_code:
                out[get(actor, "id")] = sorted(by_code[code])
    return out
