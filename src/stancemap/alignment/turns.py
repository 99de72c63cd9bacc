"""Turns in a pair's relation, dated to the day: change points over the dated evidence.

A calendar window blurs a dip and a recovery a month apart into one score, and
dates a turn only to its window. Here each pair's observations are scored per
day with the same formula as everywhere (``pair_series`` with one-day
windows), pooled into one unit per article (by default its sign, dated at its
publication: ``Search.unit``, ``per_article``), put in date order, and cut by
binary segmentation:

- a cut may fall only between two dates;
- the best cut is the one whose two sides' weighted means differ most, by
  ``|m_after - m_before| * sqrt(w_b * w_a / w)`` (a large change on little
  evidence does not beat a smaller one on much), with at least ``min_obs``
  observations on each side; with ``Search(stretch=True)`` the best *stretch*
  [i, j) against the rest is searched instead (circular binary segmentation,
  Olshen et al. 2004: a dip and its return, two cuts);
- it is kept when the change is at least ``min_delta`` and a permutation test
  of the *maximised* statistic gives p <= ``alpha``: each round shuffles whole
  days (a day's observations stay together: several sentences and articles
  about one moment are one piece of evidence, not many) and searches every
  cut again, so that searching many dates is paid for;
- each side is then searched again.

Measured on dated 2016 news (bench/polnear_shifts.py, docs/benchmarks.md
"Session 6 - shifts"), single cuts with days shuffled found as many documented
turns as stretches with observations shuffled, with no false turns on pairs
that had none; the stretch search and the unit shuffle remain as options. The
unit (one report per article) was chosen on synthetic series with the real
noise of per-article readings (bench/shifts_simulation.py, "Session 8 - shifts").
Turns that the news itself declares ("X endorsed Y") are found apart, by
``declared.declared_turns``.

A turn is dated at the first evidence after the cut; the last evidence before
it says how early it may have happened (the news may simply be silent between
them). Each turn names its evidence on both sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

import numpy as np

from ..datafiles import constants
from ..rules import declare
from .corpus import Corpus
from .intensity import default_intensity
from .scoring import Observation, weighted_mean
from .timeseries import Shift, Window, count_articles, pair_series

_ROUNDS = 499  # permutations per test: p resolves to 0.002
_SEED = 1234  # fixed: the same corpus always gives the same p
_EVIDENCE_SHOWN = 10  # refs kept on each side of a turn

NEUTRAL_NO_SIGN = declare(
    "alignment.turns.neutral_no_sign",
    "in the article-sign unit, events of a neutral type (relation 'neutral' in "
    "data/stances/intensity.tsv: a request) give no sign: an article whose only evidence "
    "about a pair is such an event says the two dealt with each other, not which way they "
    "lean, and is no report of the pair's course (before, its small negative intensity "
    "became a full -1 report)",
    order=30,
)

# Prior weight, in units (articles), of the segment's own mean in each side's mean when
# the change is sized against ``min_delta`` (``SHRUNK_CHANGE``): see ``shrunk_means``;
# how it was chosen: data/constants.toml
SHRINK_UNITS = float(constants("alignment")["turn_shrink_units"])

SHRUNK_CHANGE = declare(
    "alignment.turns.shrunk_change",
    "a change point's size is read from each side's mean shrunk toward the segment's mean "
    "by a prior worth turn_shrink_units articles (data/constants.toml; the posterior mean "
    "of a normal-normal model), not from the raw means: a side of a few articles, each a "
    "full +1 or -1 report, moves the size little, a side of many almost fully, so a sparse "
    "series no longer clears min_delta on the noise of a few points (two articles leaning "
    "neither way after a long opposed course are no turn) while a change on many articles "
    "or a full reversal still does; the permutation test still decides whether the cut is "
    "chance, and the turn still reports the raw means",
    order=40,
)


@dataclass(frozen=True)
class Dated:
    when: date
    obs: Observation
    # with ``Search(unit="article")``: the observations one article's unit pools
    members: tuple[Observation, ...] = ()


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


@dataclass(frozen=True)
class Search:
    """How turns are searched and tested (the defaults of ``detect_turns``)."""

    min_delta: float = 0.5  # least change of mean across a cut
    alpha: float = 0.1  # largest p-value kept
    min_obs: int = 2  # units needed on each side of a cut
    stretch: bool = False  # also a dip and its return (circular segmentation), not one cut
    by_day: bool = True  # the test shuffles whole days, not single units
    # "observation": every statement pair and event is a unit; "article": one article's
    # observations about a pair are one report (their weighted mean, weight 1), so an
    # article that reads ten sentences about a pair does not outvote ten articles;
    # "article-sign" (the default): the same report reduced to its sign (+1 aligned, -1
    # opposed, 0). Chosen on synthetic pairs with the real noise of per-article readings
    # (bench/shifts_simulation.py; docs/benchmarks.md "Session 8 - shifts"): it found the
    # most turns within a month at alpha 0.1 with a false-turn rate at or under alpha
    unit: str = "article-sign"
    # prior weight (in units) pulling each side's mean toward the segment's mean before the
    # change is compared with ``min_delta`` (0: raw means); None: SHRINK_UNITS in the
    # article units (weight 1 each) where the rule ``alignment.turns.shrunk_change`` is on
    # in the corpus's switches, else 0 (an observation's weight is a confidence, no count)
    shrink: float | None = None


def shrunk_means(part: list[Dated], pieces: list[int], prior: float) -> list[float]:
    """Each piece's mean pulled toward the whole part's mean by ``prior`` units of weight:
    ``(w_i * m_i + prior * m) / (w_i + prior)``, the posterior mean of a side whose true
    mean is drawn around the segment's mean (normal-normal, prior worth ``prior`` units).

    The change between two sides then shrinks by ``n_a n_b / n * (1 / (n_a + k) + 1 /
    (n_b + k))``: with k = 8, to 0.2 of itself for 2 units a side, 0.38 for 5, 0.56 for
    10, 0.71 for 20, so that a cut resting on a few articles must show a larger raw change
    to count (a full reversal, 2, still counts from 3 units a side on).
    """
    whole = weighted_mean(d.obs for d in part)
    out = []
    for x, y in pairwise(pieces):
        weight = sum(d.obs.weight for d in part[x:y])
        mean = weighted_mean(d.obs for d in part[x:y])
        out.append((weight * mean + prior * whole) / (weight + prior) if prior > 0 else mean)
    return out


def _directional(obs: Observation) -> bool:
    """Whether an observation leans a way: every statement, and events of a type whose
    relation is cooperation or conflict (not 'neutral')."""
    if obs.kind != "event":
        return True
    info = default_intensity().get(obs.key)
    return info is None or info.relation != "neutral"


def per_article(
    seq: list[Dated],
    sign_only: bool = False,
    published: Mapping[str, date | None] | None = None,
    neutral_no_sign: bool = False,
) -> list[Dated]:
    """One unit per article: the weighted mean of its observations, weight 1
    (``sign_only``: its sign), dated at the article's publication (``published``, doc id
    -> date; else at its observations' first date).

    Why weight 1: how many sentences an article spends on a pair, and how confident
    each reading is, say little about whether the article reports the pair aligned or
    opposed; the article is the report. Why its publication date: the report is news on
    that day; a background event it tells (dated years earlier) is part of that report,
    weighed down by its mode inside the mean, not a report of its own in the past.
    Observations with refs in several articles (a shared issue read across two) go to
    the first article named. ``neutral_no_sign`` (with ``sign_only``): the sign is read
    from the article's directional observations only (``_directional``), and an article
    with none is left out (``NEUTRAL_NO_SIGN``).
    """
    groups: dict[str, list[Dated]] = {}
    for d in seq:
        doc = d.obs.refs[0].rpartition("#")[0] if d.obs.refs else ""
        groups.setdefault(doc, []).append(d)
    out = []
    for doc, items in groups.items():
        members = [d.obs for d in items]
        when = (published or {}).get(doc) or min(d.when for d in items)
        refs = list(dict.fromkeys(r for o in members for r in o.refs))
        value = weighted_mean(members)
        if sign_only and neutral_no_sign:
            leaning = [o for o in members if _directional(o)]
            if not leaning:
                continue
            value = weighted_mean(leaning)
        if sign_only:
            value = float(np.sign(value))
        out.append(Dated(when, Observation(value, 1.0, "article", doc, refs), tuple(members)))
    out.sort(key=lambda d: (d.when, d.obs.key))
    return out


def _best(
    values: np.ndarray, weights: np.ndarray, bounds: np.ndarray, search: Search
) -> tuple[float, int, int]:
    """The stretch [i, j) whose mean differs most from the rest (statistic, i, j).

    i = 0 or j = n is a single cut; otherwise the stretch is a dip (or a rise)
    with a return, two cuts (circular binary segmentation). Without
    ``search.stretch`` only single cuts (i = 0) are searched.
    """
    n = len(values)
    cum_w = np.concatenate(([0.0], np.cumsum(weights)))[bounds]
    cum_v = np.concatenate(([0.0], np.cumsum(values * weights)))[bounds]
    total_w, total_v = cum_w[-1], cum_v[-1]
    starts = slice(None) if search.stretch else slice(0, 1)
    w_in = cum_w[None, :] - cum_w[starts, None]
    v_in = cum_v[None, :] - cum_v[starts, None]
    n_in = bounds[None, :] - bounds[starts, None]
    w_out = total_w - w_in
    valid = (n_in >= search.min_obs) & (n - n_in >= search.min_obs) & (w_in > 0) & (w_out > 0)
    if not valid.any():
        return -1.0, -1, -1
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = np.abs(v_in / w_in - (total_v - v_in) / w_out)
        stat = np.where(valid, diff * np.sqrt(w_in * w_out / total_w), -1.0)
    a, b = np.unravel_index(int(np.argmax(stat)), stat.shape)
    return float(stat[a, b]), int(bounds[a]), int(bounds[b])


def _shuffled(
    rng: np.random.Generator, bounds: np.ndarray, by_day: bool
) -> tuple[np.ndarray, np.ndarray]:
    """A random order of the units and the cut positions it allows.

    ``by_day``: the days are shuffled whole, each keeping its units together (what
    one day's articles say about a pair is not independent: one event, several
    reports), so the test only credits an order of days, never of sentences.
    """
    if not by_day:
        return rng.permutation(int(bounds[-1])), bounds
    sizes = np.diff(bounds)
    days = rng.permutation(len(sizes))
    order = np.concatenate([np.arange(bounds[d], bounds[d + 1]) for d in days])
    return order, np.concatenate(([0], np.cumsum(sizes[days])))


def _permutation_p(
    values: np.ndarray, weights: np.ndarray, bounds: np.ndarray, search: Search, observed: float
) -> float:
    """How often shuffled evidence gives a best cut (or stretch) at least as strong (the
    search is repeated each round, so searching many dates is paid for)."""
    rng = np.random.default_rng(_SEED)
    hits = 0
    give_up = search.alpha * (_ROUNDS + 1)  # once past it, p > alpha whatever the rest gives
    for n in range(1, _ROUNDS + 1):
        order, cuts = _shuffled(rng, bounds, search.by_day)
        stat, _, _ = _best(values[order], weights[order], cuts, search)
        if stat >= observed - 1e-12:
            hits += 1
            if hits + 1 > give_up:
                return (hits + 1) / (n + 1)
    return (hits + 1) / (_ROUNDS + 1)


Found = tuple[int, int, int, float, float, float]  # segment start, cut, end, before, after, p


def _segment(seq: list[Dated], lo: int, hi: int, search: Search, depth: int = 0) -> list[Found]:
    """(segment start, cut, segment end, mean before, mean after, p) of every turn in
    ``seq[lo:hi]``, in date order."""
    part = seq[lo:hi]
    if len(part) < 2 * search.min_obs or depth > 8:
        return []
    bounds = _boundaries(part)
    values = np.array([d.obs.value for d in part], dtype=float)
    weights = np.array([max(d.obs.weight, 1e-9) for d in part], dtype=float)
    stat, i, j = _best(values, weights, bounds, search)
    if stat < 0:
        return []
    cuts = [c for c in (i, j) if 0 < c < len(part)]
    pieces = [0, *cuts, len(part)]
    means = [weighted_mean(d.obs for d in part[x:y]) for x, y in pairwise(pieces)]
    # the change sized on shrunk means (``SHRUNK_CHANGE``; raw when ``shrink`` is 0)
    sized = shrunk_means(part, pieces, search.shrink or 0.0)
    if max(abs(b - a) for a, b in pairwise(sized)) < search.min_delta:
        return []
    p = _permutation_p(values, weights, bounds, search, stat)
    if p > search.alpha:
        return []
    out: list[Found] = []
    for k, (x, y) in enumerate(pairwise(pieces)):
        out += _segment(seq, lo + x, lo + y, search, depth + 1)
        if k + 1 < len(means) and abs(sized[k + 1] - sized[k]) >= search.min_delta:
            out.append((lo + x, lo + y, lo + pieces[k + 2], means[k], means[k + 1], p))
    return out


def detect_turns(
    corpus: Corpus,
    evidence: dict[tuple[str, str], list[Dated]] | None = None,
    *,
    min_delta: float = 0.5,
    alpha: float = 0.1,
    min_obs: int = 2,
    search: Search | None = None,
) -> list[Shift]:
    """Every pair's turns (``Shift`` with ``method="change-point"``), pairs in id order.

    ``search`` overrides ``min_delta``, ``alpha`` and ``min_obs`` and chooses the
    search (single cuts or stretches) and the test (days or units shuffled).
    """
    table = evidence if evidence is not None else dated_evidence(corpus)
    how = search or Search(min_delta, alpha, min_obs)
    neutral = corpus.switches is None or corpus.switches.enabled(NEUTRAL_NO_SIGN)
    if how.shrink is None:  # the prior counts articles: the article units only
        shrunk = how.unit in ("article", "article-sign") and (
            corpus.switches is None or corpus.switches.enabled(SHRUNK_CHANGE)
        )
        how = replace(how, shrink=SHRINK_UNITS if shrunk else 0.0)
    out: list[Shift] = []
    for (a, b), seq in sorted(table.items()):
        if how.unit in ("article", "article-sign"):
            seq = per_article(seq, how.unit == "article-sign", corpus.documents, neutral)
        if len(seq) < 2 * how.min_obs:
            continue
        for lo, cut, hi, before, after, p in _segment(seq, 0, len(seq), how):
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
                o.key
                for d in later
                for o in (d.members or (d.obs,))
                if o.kind == "issue" and o.value != 0 and (o.value < 0) == down
            }
        ),
        evidence=moved,
        statements=[s for r in moved if (s := corpus.statement(r)) is not None],
        method="change-point",
        last_before=prior[-1].when,
        evidence_before=held,
        n_before=len(prior),
        n_after=len(later),
        articles_before=count_articles(d.obs for d in prior),
        articles_after=count_articles(d.obs for d in later),
    )
