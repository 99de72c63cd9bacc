"""Power and false-turn rate of the turn detector on SYNTHETIC pairs with a known change month.

The 11 documented 2016 turns (bench/polnear_shifts.py) are too few to choose a
detector on without fitting it to them, so the unit, test and defaults are chosen
here, on simulated pairs, and the facts are run once with the choice.

Each simulated pair spans 11 months (Nov 2015 - Sep 2016, as the dated PolNeAR
range). Each month brings Poisson(rate) articles on random days; each article
carries k observations, k drawn from the real per-article counts; each
article reads the pair's true state with probability ``q`` (else the opposite:
a wrong pair, a third person's view, a misread verb), and each of its
observations takes a (|value|, weight) drawn from the real pool and the
article's reading with probability ``cohesion`` (else the other sign). Measured
on the 10 control pairs (their stable relation known): 0.69 of articles and 0.65
of observations read the right sign, so ``q`` 0.7 is the realistic noise. A changing pair flips its state at the first day
of a month drawn from 3..7; a null pair keeps one state throughout.

Reported per setting and evidence rate: in month (a turn in the right direction
dated in the change month), within a month, and the share of null pairs with any
turn (false-turn rate).

    .venv/bin/python bench/shifts_simulation.py --cache /tmp/L7f_shifts.jsonl \
        [--pairs 40] [--q 0.7] [--rates 1,3,8] [--alphas 0.1,0.3,0.5] [--rounds 199]

``--cache`` (the analyses of the shifts bench) only supplies the pools of real
observation values, weights and per-article counts; without it a fixed pool is
used. No gold record is read.

``--declared``: how a *declared* turn ("X endorsed Y", "X refused to endorse Y",
alignment/declared.py) should judge whether the pair's earlier evidence "already leans"
the declared way (``already_leaning``, ``[alignment] declared_lean``). A changing pair
is declared once, on a random day of its change month, after a course that was
either opposed (the true state against the declaration) or neutral (each article
reads either sign, half and half: the primary season's neutrality); a null pair is
declared once the way it already stands (partners re-stating an endorsement, rivals a
refusal), on a random day of a month drawn from 3..7. A rule reports a declaration
as a turn where the pair has at least ``declared_min_baseline_articles`` articles
before it and the rule does not find them leaning that way already. Reported: the
share of changing pairs found, by earlier course, and of null pairs (false turns).

    .venv/bin/python bench/shifts_simulation.py --cache /tmp/L8f_shifts.jsonl --declared \
        [--pairs 200] [--q 0.7] [--rates 1,3,8]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

START = date(2015, 11, 1)
MONTHS = 11
# A fallback pool when no cache is given: (|value|, weight) pairs and per-article counts
# in the range the real corpus shows (events 0.1-0.9 at weight 0.02-0.5, statements 1.0
# at their confidence 0.1-0.7).
FALLBACK_VALUES = [(1.0, 0.6), (1.0, 0.3), (0.3, 0.34), (0.1, 0.4), (0.5, 0.1), (0.4, 0.4)]
FALLBACK_COUNTS = [1, 1, 1, 1, 2, 2, 3, 5]

SETTINGS = {
    # name: (unit, min_delta, stretch)
    "observation d0.5 (session 7 default)": ("observation", 0.5, False),
    "observation d0.3": ("observation", 0.3, False),
    "observation d0.2": ("observation", 0.2, False),
    "article d0.5": ("article", 0.5, False),
    "article d0.3": ("article", 0.3, False),
    "article d0.5 stretch": ("article", 0.5, True),
    "article-sign d0.5": ("article-sign", 0.5, False),
    "article-sign d0.3": ("article-sign", 0.3, False),
    "article-sign d0.5 stretch": ("article-sign", 0.5, True),
}


def pools(cache: Path | None) -> tuple[list[tuple[float, float]], list[int]]:
    """Real (|value|, weight) of every dated pair observation, and observations per article."""
    if cache is None:
        return FALLBACK_VALUES, FALLBACK_COUNTS
    from stancemap.alignment.corpus import load_corpus
    from stancemap.alignment.turns import dated_evidence

    values: list[tuple[float, float]] = []
    counts: dict[tuple[tuple[str, str], str], int] = {}
    for key, seq in dated_evidence(load_corpus(cache)).items():
        for d in seq:
            if d.obs.value != 0:
                values.append((abs(d.obs.value), d.obs.weight))
            doc = d.obs.refs[0].rpartition("#")[0] if d.obs.refs else ""
            counts[(key, doc)] = counts.get((key, doc), 0) + 1
    return values, list(counts.values())


def simulate(
    rng: random.Random,
    values: list[tuple[float, float]],
    counts: list[int],
    rate: float,
    q: float,
    change: int | None,
    state: int,
    cohesion: float = 0.85,
) -> list:
    """One pair's dated observations (``turns.Dated``), with a change at month ``change``."""
    from stancemap.alignment.scoring import Observation
    from stancemap.alignment.turns import Dated

    out = []
    for month in range(MONTHS):
        truth = -state if change is not None and month >= change else state
        n_articles = _poisson(rng, rate)
        for art in range(n_articles):
            day = START + timedelta(days=30 * month + rng.randrange(30))
            doc = f"m{month}a{art}"
            reading = truth if rng.random() < q else -truth
            for k in range(rng.choice(counts)):
                mag, weight = rng.choice(values)
                sign = reading if rng.random() < cohesion else -reading
                obs = Observation(sign * mag, weight, "issue", "x", [f"{doc}#s{k}"])
                out.append(Dated(day, obs))
    out.sort(key=lambda d: d.when)
    return out


def _poisson(rng: random.Random, lam: float) -> int:
    # Knuth's method: small rates only
    limit, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def month_of(when: date) -> int:
    return (when - START).days // 30


def run(args: argparse.Namespace) -> list[dict]:
    from stancemap.alignment import turns
    from stancemap.alignment.corpus import Corpus
    from stancemap.alignment.turns import Search, detect_turns

    turns._ROUNDS = args.rounds  # fewer permutations: p resolves to 1/(rounds+1)
    values, counts = pools(args.cache)
    corpus = Corpus()
    rows = []
    for rate in args.rates:
        for q in args.q:
            rng = random.Random(f"{rate}-{q}")
            cases = []
            for _ in range(args.pairs):
                state = rng.choice((1, -1))
                change = rng.randrange(3, 8)
                cases.append((change, state, simulate(rng, values, counts, rate, q, change, state)))
                cases.append((None, state, simulate(rng, values, counts, rate, q, None, state)))
            for name, (unit, delta, stretch) in SETTINGS.items():
                for alpha in args.alphas:
                    how = Search(min_delta=delta, alpha=alpha, stretch=stretch, unit=unit)
                    exact = near = false = n_change = n_null = 0
                    for change, state, seq in cases:
                        found = detect_turns(corpus, {("a", "b"): seq}, search=how)
                        if change is None:
                            n_null += 1
                            false += bool(found)
                            continue
                        n_change += 1
                        want = "towards alignment" if -state > 0 else "towards disagreement"
                        right = [month_of(t.start) for t in found if t.direction == want]
                        exact += change in right
                        near += any(abs(m - change) <= 1 for m in right)
                    rows.append(
                        {
                            "setting": name,
                            "rate": rate,
                            "q": q,
                            "alpha": alpha,
                            "in_month": round(exact / n_change, 2),
                            "within_month": round(near / n_change, 2),
                            "false_rate": round(false / n_null, 2),
                        }
                    )
                    print(
                        f"{name:38s} rate {rate:>4} q {q:.2f} alpha {alpha:.1f}: in month "
                        f"{exact / n_change:.2f} within {near / n_change:.2f} "
                        f"false {false / n_null:.2f}",
                        flush=True,
                    )
    return rows


LEAN_RULES = {
    # name: (rule, level or the sign test's alpha) of declared.already_leaning
    "mean (session 8)": ("mean", None),
    "sign test 0.05": ("sign", 0.05),
    "sign test 0.1": ("sign", 0.1),
    "sign test 0.2": ("sign", 0.2),
    "sign test 0.3": ("sign", 0.3),
    "level -0.25 (must lean clearly against)": ("level", -0.25),
    "level 0.25": ("level", 0.25),
    "level 0.5": ("level", 0.5),
    "never (every declaration)": ("never", None),
}


def run_declared(args: argparse.Namespace) -> list[dict]:
    """Each lean rule on synthetic declarations: share found by earlier course, false rate."""
    from stancemap.alignment.declared import MIN_BASELINE_ARTICLES, already_leaning
    from stancemap.alignment.timeseries import count_articles

    values, counts = pools(args.cache)
    rows = []
    for rate in args.rates:
        for q in args.q:
            rng = random.Random(f"declared-{rate}-{q}")
            cases = []  # (kind, declared direction up, observations before the declaration)
            for _ in range(args.pairs):
                up = rng.choice((True, False))
                sign = 1 if up else -1
                month = rng.randrange(3, 8)
                day = START + timedelta(days=30 * month + rng.randrange(30))
                for kind, state, reading_q in (
                    ("opposed", -sign, q),
                    ("neutral", -sign, 0.5),
                    ("null", sign, q),
                ):
                    seq = simulate(rng, values, counts, rate, reading_q, None, state)
                    cases.append((kind, up, [d for d in seq if d.when < day]))
            for name, (rule, level) in LEAN_RULES.items():
                found = {"opposed": 0, "neutral": 0, "null": 0}
                total = {"opposed": 0, "neutral": 0, "null": 0}
                for kind, up, prior in cases:
                    total[kind] += 1
                    if count_articles(d.obs for d in prior) < MIN_BASELINE_ARTICLES:
                        continue
                    if rule == "sign":
                        leaning = already_leaning(prior, up, rule, alpha=level)
                    else:
                        leaning = already_leaning(prior, up, rule, level)
                    found[kind] += not leaning
                share = {k: round(found[k] / total[k], 2) for k in found}
                rows.append({"rule": name, "rate": rate, "q": q, **share})
                print(
                    f"{name:42s} rate {rate:>4} q {q:.2f}: found after an opposed course "
                    f"{share['opposed']:.2f}, after a neutral one {share['neutral']:.2f}; "
                    f"false (re-declared) {share['null']:.2f}",
                    flush=True,
                )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--pairs", type=int, default=40, help="changing pairs (and as many null)")
    parser.add_argument("--q", type=lambda s: [float(x) for x in s.split(",")], default=[0.7])
    parser.add_argument(
        "--rates", type=lambda s: [float(x) for x in s.split(",")], default=[1.0, 3.0, 8.0]
    )
    parser.add_argument(
        "--alphas", type=lambda s: [float(x) for x in s.split(",")], default=[0.1, 0.3, 0.5]
    )
    parser.add_argument("--rounds", type=int, default=199)
    parser.add_argument(
        "--declared", action="store_true", help="the lean rules of declared turns instead"
    )
    parser.add_argument(
        "--settings", default="", help="comma-separated substrings of setting names to run"
    )
    args = parser.parse_args()
    if args.settings:
        wanted = args.settings.split(",")
        for name in list(SETTINGS):
            if not any(w in name for w in wanted):
                del SETTINGS[name]
    if args.cache is not None and not args.cache.exists():
        print(f"no cache {args.cache}: the fixed pool is used", file=sys.stderr)
        args.cache = None
    if args.declared:
        run_declared(args)
        return 0
    run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
