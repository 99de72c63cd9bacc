"""How aligned two actors are, from their stances and the events between them.

One formula serves a document, a corpus and a time window, so their numbers
compare. Each *observation* is a value in [-1, 1] with a weight:

- a shared issue: the product of the two actors' mean polarities on it
  (+1 both for or both against, -1 opposed), weighted by the lesser confidence;
- an event from one to the other: its Goldstein-like intensity / 10, weighted
  by its confidence times ``EVENT_WEIGHT`` (words of position count more than
  single acts, and a claimed event - inside a quote - counts half).

The score is the weighted mean of the observations, in [-1, 1].
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from .intensity import Intensity

EVENT_WEIGHT = 0.5
REPORTED_EVENT_WEIGHT = 0.5
NEGATED_MODES = {"negated", "not"}


@dataclass(frozen=True)
class StanceObs:
    """One statement, as the scorer needs it."""

    actor: str
    issue: str
    polarity: int
    confidence: float
    ref: str  # statement id (document-qualified at corpus level)


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


@dataclass
class Observation:
    value: float
    weight: float
    kind: str  # "issue" or "event"
    key: str  # issue id or event type
    refs: list[str]


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
    def evidence(self) -> list[str]:
        seen: dict[str, None] = {}
        for obs in self.observations:
            for ref in obs.refs:
                seen.setdefault(ref, None)
        return list(seen)


def weighted_mean(observations: Iterable[Observation]) -> float:
    """The weighted mean of observation values, clipped to [-1, 1]; 0 when empty."""
    total = value = 0.0
    for obs in observations:
        total += obs.weight
        value += obs.weight * obs.value
    if total <= 0:
        return 0.0
    return max(-1.0, min(1.0, value / total))


def positions(
    stances: Iterable[StanceObs],
) -> dict[str, dict[str, tuple[float, float, list[str]]]]:
    """actor -> issue -> (mean polarity, mean confidence, statement refs)."""
    acc: dict[str, dict[str, list[StanceObs]]] = {}
    for st in stances:
        acc.setdefault(st.actor, {}).setdefault(st.issue, []).append(st)
    out: dict[str, dict[str, tuple[float, float, list[str]]]] = {}
    for actor, issues in acc.items():
        for issue, group in issues.items():
            weight = sum(s.confidence for s in group) or 1e-9
            mean = sum(s.polarity * s.confidence for s in group) / weight
            out.setdefault(actor, {})[issue] = (mean, weight / len(group), [s.ref for s in group])
    return out


def score_pairs(
    stances: Iterable[StanceObs],
    events: Iterable[EventObs],
    intensity: Mapping[str, Intensity],
) -> dict[tuple[str, str], PairScore]:
    """Every pair of actors that shares an issue or an event, with its observations."""
    pairs: dict[tuple[str, str], PairScore] = {}
    pos = positions(stances)
    by_issue: dict[str, list[str]] = {}
    for actor, issues in pos.items():
        for issue, (mean, _, _) in issues.items():
            if mean != 0:
                by_issue.setdefault(issue, []).append(actor)
    for issue, actors in sorted(by_issue.items()):
        for a, b in combinations(sorted(set(actors)), 2):
            pa, ca, ra = pos[a][issue]
            pb, cb, rb = pos[b][issue]
            pair = pairs.setdefault((a, b), PairScore(a, b))
            (pair.agree if pa * pb > 0 else pair.disagree).append(issue)
            pair.observations.append(Observation(pa * pb, min(ca, cb), "issue", issue, ra + rb))
    for ev in events:
        if (ev.mode or "").lower() in NEGATED_MODES:
            continue  # an act that did not happen is no act between them
        info = intensity.get(ev.type.upper())
        if info is None:
            continue
        weight = ev.confidence * EVENT_WEIGHT * (REPORTED_EVENT_WEIGHT if ev.reported else 1.0)
        for src in ev.source:
            for tgt in ev.target:
                if src == tgt:
                    continue
                a, b = sorted((src, tgt))
                pair = pairs.setdefault((a, b), PairScore(a, b))
                if info.relation == "cooperation":
                    pair.cooperation += 1
                elif info.relation == "conflict":
                    pair.conflict += 1
                pair.observations.append(
                    Observation(info.value / 10.0, weight, "event", ev.type.upper(), [ev.ref])
                )
    return pairs
