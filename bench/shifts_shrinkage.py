"""The prior weight of ``alignment.turns.shrunk_change``, estimated from a corpus (empirical Bayes).

A pair's article-sign units (one +1 / 0 / -1 report per article, the change points'
unit) are grouped by calendar month. With s2 the pooled variance of units inside a
month and tau2 the variance of the pair's true monthly means around its overall mean
(method of moments: the observed spread of monthly means less their sampling noise,
s2 / n), the posterior mean of a month (or a side of a cut) shrinks toward the pair's
mean with a prior worth k = s2 / tau2 units. Every pair with at least two months of
evidence counts, except the documented pairs of bench/data/shifts_2016.tsv (so the
weight is not fitted to the turns it is judged on).

    .venv/bin/python bench/shifts_shrinkage.py --cache /tmp/stancemap-polnear-2016.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear_shifts import FACTS, _key, read_facts  # noqa: E402


def estimate(cache: Path, enable: tuple[str, ...] = ()) -> dict:
    from stancemap.alignment.corpus import load_corpus
    from stancemap.alignment.turns import NEUTRAL_NO_SIGN, dated_evidence, per_article
    from stancemap.config import load_settings
    from stancemap.rules import RuleSwitches

    shipped = [r for r in load_settings().rules.disable if r not in enable]
    corpus = load_corpus(cache, switches=RuleSwitches(shipped))
    neutral = corpus.switches is None or corpus.switches.enabled(NEUTRAL_NO_SIGN)
    documented = {k for f in read_facts(FACTS) if (k := _key(corpus, f))}
    within_ss = within_df = 0.0
    groups: list[tuple[float, list[tuple[float, int]]]] = []  # (pair mean, [(month mean, units)])
    pairs = 0
    for key, seq in dated_evidence(corpus).items():
        if key in documented:
            continue
        units = per_article(seq, True, corpus.documents, neutral)
        by_month: dict[str, list[float]] = {}
        for d in units:
            by_month.setdefault(d.when.isoformat()[:7], []).append(d.obs.value)
        if len(by_month) < 2:
            continue
        pairs += 1
        mean = float(np.mean([d.obs.value for d in units]))
        group = []
        for values in by_month.values():
            arr = np.array(values)
            within_ss += float(((arr - arr.mean()) ** 2).sum())
            within_df += len(arr) - 1
            group.append((float(arr.mean()), len(arr)))
        groups.append((mean, group))
    s2 = within_ss / within_df if within_df else float("nan")
    # one-way random effects per pair (months the groups), pooled over pairs:
    # tau2 = sum(SSB - (J - 1) s2) / sum(N - sum(n_j^2) / N)
    between = sum(sum(n * (m - mean) ** 2 for m, n in g) for mean, g in groups)
    expected = sum((len(g) - 1) * s2 for _, g in groups)
    n0 = sum(
        sum(n for _, n in g) - sum(n * n for _, n in g) / sum(n for _, n in g) for _, g in groups
    )
    tau2 = float((between - expected) / n0)
    return {
        "pairs": pairs,
        "months": sum(len(g) for _, g in groups),
        "s2": round(s2, 4),
        "between": round(float(between), 2),
        "expected_noise": round(float(expected), 2),
        "tau2": round(tau2, 4),
        "k": round(s2 / tau2, 2) if tau2 > 0 else float("inf"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/stancemap-polnear-2016.jsonl"))
    parser.add_argument("--enable", action="append", default=[])
    args = parser.parse_args()
    print(estimate(args.cache, tuple(args.enable)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
