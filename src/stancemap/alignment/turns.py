"""Turns in a pair's relation, dated to the day: change points over the dated evidence.

A calendar window blurs a dip and a recovery a month apart into one score, and
dates a turn only to its window. Here each pair's observations are scored per
day with the same formula as everywhere (``pair_series`` with one-day
windows), put in date order, and cut by binary segmentation:

- a cut may fall only between two dates, with at least ``min_obs``
  observations on each side;
- the best cut maximises the weighted difference of means,
  ``|m_after - m_before| * sqrt(w_before * w_after / (w_before + w_after))``
  (a CUSUM statistic: a large change on little evidence does not beat a
  smaller one on much);
- it is kept when the change is at least ``min_delta`` and a permutation test
  of the *maximised* statistic (the observations shuffled over the dated
  positions, the best cut searched again each round, so that searching many
  cuts is paid for) gives p <= ``alpha``;
- each side is then searched again, so a dip and a recovery are two turns.

A turn is dated at the first evidence after the cut; the last evidence before
it says how early it may have happened (the news may simply be silent between
them). Each turn names its evidence on both sides.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from math import sqrt

from .corpus import Corpus
from .scoring import Observation, weighted_mean
from .timeseries import Shift, Window, pair_series

_ROUNDS = 499  # permutations per test: p resolves to 0.002
_SEED = 1234  # fixed: the same corpus always gives the same p
_EVIDENCE_SHOWN = 10  # refs kept on each side of a turn


@dataclass(frozen=True)
class Dated:
    when: date
    obs: Observation


def dated_evidence(corpus: Corpus) -> dict[tuple[str, str], list[Dated]]:
    """Every pair's observations with their date, in date order (undated left out)."""
    out: dict[tuple[str, str], list[Dated]] = {}
    for key, points in pair_series(corpus, Window("days", 1)).items():
        out[key] = [Dated(p.start, o) for p in points for o in p.observations]
    return out


def _cut_stat(values: list[float], weights: list[float], cuts: list[int]) -> tuple[float, int]:
    """The best cut (index of the first observation after it) and its statistic."""
    total_w = sum(weights)
    total_v = sum(v * w for v, w in zip(values, weights, strict=True))
    best, at = -1.0, -1
    acc_w = acc_v = 0.0
    i = 0
    for cut in cuts:
        while i < cut:
            acc_w += weights[i]
            acc_v += values[i] * weights[i]
            i += 1
        rest_w = total_w - acc_w
        if acc_w <= 0 or rest_w <= 0:
            continue
        diff = abs((total_v - acc_v) / rest_w - acc_v / acc_w)
        stat = diff * sqrt(acc_w * rest_w / total_w)
        if stat > best:
            best, at = stat, cut
    return best, at


def _permutation_p(
    values: list[float], weights: list[float], cuts: list[int], observed: float, alpha: float
) -> float:
    rng = random.Random(_SEED)
    pairs = list(zip(values, weights, strict=True))
    hits = 0
    give_up = alpha * (_ROUNDS + 1)  # once past it, p > alpha whatever the rest gives
    for n in range(1, _ROUNDS + 1):
        rng.shuffle(pairs)
        stat, _ = _cut_stat([v for v, _ in pairs], [w for _, w in pairs], cuts)
        if stat >= observed - 1e-12:
            hits += 1
            if hits + 1 > give_up:
                return (hits + 1) / (n + 1)
    return (hits + 1) / (_ROUNDS + 1)


def _cuts(seq: list[Dated], min_obs: int) -> list[int]:
    """Indexes where the date changes, leaving ``min_obs`` observations on each side."""
    return [i for i in range(min_obs, len(seq) - min_obs + 1) if seq[i].when != seq[i - 1].when]


def _segment(
    seq: list[Dated], lo: int, hi: int, limits: tuple[float, float, int], depth: int = 0
) -> list[tuple[int, int, int, float, float, float]]:
    """(segment start, cut, segment end, mean before, mean after, p) of every turn in
    ``seq[lo:hi]``, in date order."""
    min_delta, alpha, min_obs = limits
    part = seq[lo:hi]
    cuts = _cuts(part, int(min_obs))
    if not cuts or depth > 8:
        return []
    values = [d.obs.value for d in part]
    weights = [max(d.obs.weight, 1e-9) for d in part]
    stat, at = _cut_stat(values, weights, cuts)
    if at < 0:
        return []
    before = weighted_mean(d.obs for d in part[:at])
    after = weighted_mean(d.obs for d in part[at:])
    if abs(after - before) < min_delta:
        return []
    p = _permutation_p(values, weights, cuts, stat, alpha)
    if p > alpha:
        return []
    cut = lo + at
    return [
        *_segment(seq, lo, cut, limits, depth + 1),
        (lo, cut, hi, before, after, p),
        *_segment(seq, cut, hi, limits, depth + 1),
    ]


def detect_turns(
    corpus: Corpus,
    evidence: dict[tuple[str, str], list[Dated]] | None = None,
    *,
    min_delta: float = 0.5,
    alpha: float = 0.1,
    min_obs: int = 2,
) -> list[Shift]:
    """Every pair's turns (``Shift`` with ``method="change-point"``), pairs in id order."""
    table = evidence if evidence is not None else dated_evidence(corpus)
    out: list[Shift] = []
    for (a, b), seq in sorted(table.items()):
        if len(seq) < 2 * min_obs:
            continue
        for lo, cut, hi, before, after, p in _segment(
            seq, 0, len(seq), (min_delta, alpha, min_obs)
        ):
            out.append(_turn(corpus, a, b, (seq[lo:cut], seq[cut:hi]), before, after, p))
    return out


def _refs(items: list[Dated], down: bool, toward: bool) -> list[str]:
    """Refs of the observations that lean the way the pair went (``toward``) or came from."""
    refs: dict[str, None] = {}
    for d in items:
        if d.obs.value != 0 and ((d.obs.value < 0) == down) == toward:
            for ref in d.obs.refs:
                refs.setdefault(ref, None)
    return list(refs)


def _turn(
    corpus: Corpus,
    a: str,
    b: str,
    sides: tuple[list[Dated], list[Dated]],
    before: float,
    after: float,
    p: float,
) -> Shift:
    down = after < before
    prior, later = sides
    moved = _refs(later, down, toward=True)[:_EVIDENCE_SHOWN]
    held = _refs(prior, down, toward=False)[-_EVIDENCE_SHOWN:]
    return Shift(
        a=a,
        b=b,
        start=later[0].when,
        end=later[0].when,
        before=round(before, 4),
        after=round(after, 4),
        p_value=round(p, 4),
        issues=sorted(
            {
                d.obs.key
                for d in later
                if d.obs.kind == "issue" and d.obs.value != 0 and (d.obs.value < 0) == down
            }
        ),
        evidence=moved,
        statements=[s for r in moved if (s := corpus.statement(r)) is not None],
        method="change-point",
        last_before=prior[-1].when,
        evidence_before=held,
        n_before=len(prior),
        n_after=len(later),
    )
