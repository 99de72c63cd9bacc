"""Turns in a pair's relation, dated to the day: change points over the dated evidence.

A calendar window blurs a dip and a recovery a month apart into one score, and
dates a turn only to its window. Here each pair's observations are scored per
day with the same formula as everywhere (``pair_series`` with one-day
windows), put in date order, and cut by circular binary segmentation (Olshen
et al. 2004, the segmentation used for DNA copy number):

- a cut may fall only between two dates;
- the best *stretch* [i, j) is the one whose weighted mean differs most from
  the rest's, by ``|m_in - m_out| * sqrt(w_in * w_out / w)`` (a large change
  on little evidence does not beat a smaller one on much), with at least
  ``min_obs`` observations inside and outside; a stretch that reaches either
  end is a single cut, any other a dip (or rise) and its return, two cuts;
- it is kept when a change at its cuts is at least ``min_delta`` and a
  permutation test of the *maximised* statistic (the observations shuffled
  over the dated positions, every stretch searched again each round, so that
  searching many is paid for) gives p <= ``alpha``;
- each piece is then searched again.

A turn is dated at the first evidence after the cut; the last evidence before
it says how early it may have happened (the news may simply be silent between
them). Each turn names its evidence on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

import numpy as np

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


def _boundaries(part: list[Dated]) -> np.ndarray:
    """Positions a cut may take: 0, every index where the date changes, and the end."""
    inner = [i for i in range(1, len(part)) if part[i].when != part[i - 1].when]
    return np.array([0, *inner, len(part)], dtype=np.int64)


def _best(
    values: np.ndarray, weights: np.ndarray, bounds: np.ndarray, min_obs: int
) -> tuple[float, int, int]:
    """The stretch [i, j) whose mean differs most from the rest (statistic, i, j).

    i = 0 or j = n is a single cut; otherwise the stretch is a dip (or a rise)
    with a return, two cuts (circular binary segmentation).
    """
    n = len(values)
    cum_w = np.concatenate(([0.0], np.cumsum(weights)))[bounds]
    cum_v = np.concatenate(([0.0], np.cumsum(values * weights)))[bounds]
    total_w, total_v = cum_w[-1], cum_v[-1]
    w_in = cum_w[None, :] - cum_w[:, None]
    v_in = cum_v[None, :] - cum_v[:, None]
    n_in = bounds[None, :] - bounds[:, None]
    w_out = total_w - w_in
    valid = (n_in >= min_obs) & (n - n_in >= min_obs) & (w_in > 0) & (w_out > 0)
    if not valid.any():
        return -1.0, -1, -1
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = np.abs(v_in / w_in - (total_v - v_in) / w_out)
        stat = np.where(valid, diff * np.sqrt(w_in * w_out / total_w), -1.0)
    a, b = np.unravel_index(int(np.argmax(stat)), stat.shape)
    return float(stat[a, b]), int(bounds[a]), int(bounds[b])


def _permutation_p(
    values: np.ndarray,
    weights: np.ndarray,
    bounds: np.ndarray,
    limits: tuple[float, float, int],
    observed: float,
) -> float:
    """How often shuffled evidence gives a best stretch at least as strong (the search
    over every stretch is repeated each round, so searching many is paid for)."""
    _, alpha, min_obs = limits
    rng = np.random.default_rng(_SEED)
    hits = 0
    give_up = alpha * (_ROUNDS + 1)  # once past it, p > alpha whatever the rest gives
    for n in range(1, _ROUNDS + 1):
        order = rng.permutation(len(values))
        stat, _, _ = _best(values[order], weights[order], bounds, int(min_obs))
        if stat >= observed - 1e-12:
            hits += 1
            if hits + 1 > give_up:
                return (hits + 1) / (n + 1)
    return (hits + 1) / (_ROUNDS + 1)


Found = tuple[int, int, int, float, float, float]  # segment start, cut, end, before, after, p


def _segment(
    seq: list[Dated], lo: int, hi: int, limits: tuple[float, float, int], depth: int = 0
) -> list[Found]:
    """(segment start, cut, segment end, mean before, mean after, p) of every turn in
    ``seq[lo:hi]``, in date order."""
    min_delta, alpha, min_obs = limits
    part = seq[lo:hi]
    if len(part) < 2 * min_obs or depth > 8:
        return []
    bounds = _boundaries(part)
    values = np.array([d.obs.value for d in part], dtype=float)
    weights = np.array([max(d.obs.weight, 1e-9) for d in part], dtype=float)
    stat, i, j = _best(values, weights, bounds, int(min_obs))
    if stat < 0:
        return []
    cuts = [c for c in (i, j) if 0 < c < len(part)]
    pieces = [0, *cuts, len(part)]
    means = [weighted_mean(d.obs for d in part[x:y]) for x, y in pairwise(pieces)]
    if max(abs(b - a) for a, b in pairwise(means)) < min_delta:
        return []
    p = _permutation_p(values, weights, bounds, limits, stat)
    if p > alpha:
        return []
    out: list[Found] = []
    for k, (x, y) in enumerate(pairwise(pieces)):
        out += _segment(seq, lo + x, lo + y, limits, depth + 1)
        if k + 1 < len(means) and abs(means[k + 1] - means[k]) >= min_delta:
            out.append((lo + x, lo + y, lo + pieces[k + 2], means[k], means[k + 1], p))
    return out


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
