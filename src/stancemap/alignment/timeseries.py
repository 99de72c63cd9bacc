"""Alignment over time: per-window pair scores and the shifts between windows.

Windows are calendar weeks (Monday first), calendar months, or blocks of N
days counted from the corpus's first date ("14d"). A pair's score in a window
uses the same formula as a document's (``scoring``), over the statements and
events dated in that window.

A shift is flagged where a window's score differs from the pair's baseline -
the windows since the last shift - by at least ``min_delta`` and a permutation
test on the observations says the difference is unlikely by chance (p <=
``alpha``). Resetting the baseline at each shift reports a change once, in the
window where it happens, not again in every window after it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from math import comb

from ..datafiles import constants
from ..rules import declare
from ..stances.standing_mode import STANDING_UNDATED, undated
from .corpus import Corpus, CorpusStatement
from .intensity import Intensity, default_intensity
from .relations import UNREAL_EVIDENCE, UNREAL_NO_RELATION, pair_reality
from .scoring import EventObs, Observation, PairScore, StanceObs, score_pairs, weighted_mean
from .sides import settle

# Prior weight, in articles, of the pair's mean over the baseline and the window when a
# window's change is sized against ``min_delta`` (``SHRUNK_WINDOW``); the change points'
# value (``turn_shrink_units``, chosen on the control pairs in session 27) unless set apart
WINDOW_SHRINK_ARTICLES = float(constants("alignment")["window_shrink_articles"])

SHRUNK_WINDOW = declare(
    "alignment.shifts.shrunk_window",
    "a monthly (or weekly) window's shift is sized against min_delta from the baseline's and "
    "the window's means each shrunk toward their pooled mean by a prior worth "
    "window_shrink_articles articles, weighted by the articles each rests on: "
    "(n_i m_i + k m) / (n_i + k), as alignment.turns.shrunk_change does for change points, "
    "so a window or baseline of two or three articles no longer clears min_delta on the "
    "noise of a few readings; the permutation test still decides chance and the shift "
    "still reports the raw means (session 28)",
)

CORPUS_UNREAL = declare(
    "alignment.corpus.unreal_rules",
    "the corpus series (pair_series: shifts, turns, timelines) applies the per-document "
    "relations' rules on what is not (so): a pair whose evidence in a window is all "
    "hypothetical, conditional or future (alignment.relations.unreal_no_relation; "
    "alignment.relations.said_mode_unreal for statements) has no point there, or scores its "
    "mode weight (alignment.score.unreal_evidence); off: every window scores such evidence "
    "at +-1 (session 28)",
)

_DAYS = re.compile(r"^(\d+)\s*d(ays?)?$")


@dataclass(frozen=True)
class Window:
    """How dates fall into windows."""

    kind: str  # "week", "month", "days" or "all"
    days: int = 0

    @classmethod
    def parse(cls, spec: str) -> Window:
        """``week``, ``month``, ``all`` or a number of days (``14d``, ``30days``)."""
        spec = spec.strip().lower()
        if spec in ("week", "month", "all"):
            return cls(spec)
        match = _DAYS.match(spec)
        if match and int(match.group(1)) > 0:
            return cls("days", int(match.group(1)))
        raise ValueError(f"unknown window '{spec}': use week, month, all or Nd (e.g. 14d)")

    def bounds(self, when: date, origin: date) -> tuple[date, date]:
        """[start, end] (inclusive) of the window holding ``when``."""
        if self.kind == "week":
            start = when - timedelta(days=when.weekday())
            return start, start + timedelta(days=6)
        if self.kind == "month":
            start = when.replace(day=1)
            nxt = (start + timedelta(days=32)).replace(day=1)
            return start, nxt - timedelta(days=1)
        if self.kind == "days":
            n = (when - origin).days // self.days
            start = origin + timedelta(days=n * self.days)
            return start, start + timedelta(days=self.days - 1)
        return date.min, date.max


@dataclass
class WindowPoint:
    start: date
    end: date
    score: float
    pair: PairScore

    @property
    def observations(self) -> list[Observation]:
        return self.pair.observations


@dataclass
class Shift:
    a: str
    b: str
    start: date  # the window where alignment changed
    end: date
    before: float  # baseline score
    after: float  # the window's score
    p_value: float
    issues: list[str] = field(default_factory=list)  # issues that moved the score
    evidence: list[str] = field(default_factory=list)  # statement/event refs in the window
    statements: list[CorpusStatement] = field(default_factory=list)
    # "window": the window whose score left the baseline (``detect_shifts``);
    # "change-point": a turn dated to the day of its first evidence (``turns.detect_turns``)
    method: str = "window"
    last_before: date | None = None  # change-point: the last evidence before the turn
    evidence_before: list[str] = field(default_factory=list)  # refs the pair turned away from
    n_before: int = 0  # observations before / after (the baseline and the window, or the
    n_after: int = 0  # two segments around a change point)
    articles_before: int = 0  # documents those observations come from: how long the old
    articles_after: int = 0  # course held, how long the new one is sustained

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def sign_change(self) -> bool:
        """Aligned before and opposed after, or the reverse (not just weaker or stronger)."""
        return self.before * self.after < 0

    @property
    def direction(self) -> str:
        return "towards alignment" if self.delta > 0 else "towards disagreement"


def pair_series(
    corpus: Corpus,
    window: Window,
    intensity: Mapping[str, Intensity] | None = None,
) -> dict[tuple[str, str], list[WindowPoint]]:
    """Every pair's score per window, in date order.

    Undated documents are left out, except with ``Window("all")``, which scores
    the whole corpus as one window.
    """
    table = intensity if intensity is not None else default_intensity()
    dates = [d for d in corpus.documents.values() if d is not None]
    origin = min(dates) if dates else date.min

    def bounds(when: date | None) -> tuple[date, date] | None:
        if window.kind == "all":
            return date.min, date.max
        return window.bounds(when, origin) if when is not None else None

    buckets: dict[tuple[date, date], tuple[list[StanceObs], list[EventObs]]] = {}
    on = corpus.switches.enabled if corpus.switches is not None else None
    # "Y, a Trump ally": a standing told, no dated evidence (whole-corpus view keeps it)
    keep_standing = window.kind == "all" or (on is not None and not on(STANDING_UNDATED))
    for st in corpus.statements:
        if not keep_standing and undated(st.mode):
            continue
        if (key := bounds(st.date)) is not None:
            buckets.setdefault(key, ([], []))[0].append(st.obs())
    for ev in corpus.events:
        if (key := bounds(ev.date)) is not None:
            buckets.setdefault(key, ([], []))[1].append(ev.obs)
    series: dict[tuple[str, str], list[WindowPoint]] = {}
    unreal = on is None or on(CORPUS_UNREAL)
    drop_unreal = on is None or on(UNREAL_NO_RELATION)
    shrink = on is None or on(UNREAL_EVIDENCE)
    for span in sorted(buckets):
        stances, events = buckets[span]
        # the rule settings the corpus was built with (None: every rule on)
        pairs = settle(
            score_pairs(stances, events, table, corpus.switches, in_document=False),
            corpus.sides,
            corpus.switches,
        )
        for pair_key, pair in pairs.items():
            score = pair.score
            if unreal and corpus.reality:
                real = pair_reality(pair, corpus.reality)
                if drop_unreal and real < 1.0:
                    continue  # what might be between the two, not what is (as per document)
                if shrink:
                    score = round(score * real, 4)
            point = WindowPoint(span[0], span[1], score, pair)
            series.setdefault(pair_key, []).append(point)
    return series


def permutation_p(before: list[float], after: list[float], rounds: int = 4000) -> float:
    """Two-sided p-value for a difference of means (exact when small, else sampled)."""
    values = before + after
    k = len(after)
    if not before or not after:
        return 1.0
    observed = abs(sum(after) / k - sum(before) / len(before))
    total = sum(values)
    n = len(values)

    def extreme(sample_sum: float) -> bool:
        diff = abs(sample_sum / k - (total - sample_sum) / (n - k))
        return diff >= observed - 1e-12

    if comb(n, k) <= rounds:
        hits = sum(extreme(sum(c)) for c in combinations(values, k))
        return hits / comb(n, k)
    rng = random.Random(1234)  # fixed: the same corpus always gives the same p
    hits = sum(extreme(sum(rng.sample(values, k))) for _ in range(rounds))
    return (hits + 1) / (rounds + 1)


def detect_shifts(
    corpus: Corpus,
    series: Mapping[tuple[str, str], list[WindowPoint]],
    *,
    min_delta: float = 0.5,
    alpha: float = 0.1,
    min_obs: int = 2,
    shrink: float | None = None,
) -> list[Shift]:
    """Windows in which a pair's alignment moved away from its baseline (see module doc).

    With ``SHRUNK_WINDOW`` switched on in the corpus's switches (a corpus with none reads
    it off, as shipped) or ``shrink`` given (in articles), the change compared with
    ``min_delta`` is that of the shrunk means (``shrunk_change``).
    """
    if shrink is None:  # shipped off: only a corpus read with the rule switched on
        on = corpus.switches is not None and corpus.switches.enabled(SHRUNK_WINDOW)
        shrink = WINDOW_SHRINK_ARTICLES if on else 0.0
    shifts: list[Shift] = []
    for (a, b), points in sorted(series.items()):
        baseline: list[Observation] = []
        for point in points:
            obs = point.observations
            if len(baseline) >= min_obs and len(obs) >= min_obs:
                before, after = weighted_mean(baseline), weighted_mean(obs)
                p = permutation_p([o.value for o in baseline], [o.value for o in obs])
                change = shrunk_change(baseline, obs, shrink) if shrink > 0 else after - before
                if abs(change) >= min_delta and p <= alpha:
                    shift = _shift(corpus, a, b, point, before, after, p)
                    shift.n_before, shift.n_after = len(baseline), len(obs)
                    shift.articles_before = count_articles(baseline)
                    shift.articles_after = count_articles(obs)
                    shifts.append(shift)
                    baseline = list(obs)
                    continue
            baseline.extend(obs)
    return shifts


def shrunk_change(before: list[Observation], after: list[Observation], prior: float) -> float:
    """The change from ``before`` to ``after`` with each side's mean pulled toward the
    pooled mean by ``prior`` articles: ``(n_i m_i + k m) / (n_i + k)``, ``n_i`` the
    articles the side rests on (its observations' confidences are weights within it,
    not counts). Two articles a side keep 0.2 of the raw change at k = 8, ten 0.56."""
    whole = weighted_mean([*before, *after])
    sides = []
    for part in (before, after):
        n = count_articles(part)
        sides.append((n * weighted_mean(part) + prior * whole) / (n + prior))
    return sides[1] - sides[0]


def count_articles(observations: Iterable[Observation]) -> int:
    """How many documents the observations rest on (refs are "doc#id")."""
    return len({ref.rpartition("#")[0] for obs in observations for ref in obs.refs})


def _shift(
    corpus: Corpus, a: str, b: str, point: WindowPoint, before: float, after: float, p: float
) -> Shift:
    down = after < before
    moved = [o for o in point.observations if (o.value < 0) == down and o.value != 0]
    refs: dict[str, None] = {}
    for obs in moved:
        for ref in obs.refs:
            refs.setdefault(ref, None)
    statements = [s for r in refs if (s := corpus.statement(r)) is not None]
    return Shift(
        a=a,
        b=b,
        start=point.start,
        end=point.end,
        before=round(before, 4),
        after=round(after, 4),
        p_value=round(p, 4),
        issues=sorted({o.key for o in moved if o.kind == "issue"}),
        evidence=list(refs),
        statements=statements,
    )
