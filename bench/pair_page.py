"""Pair page latency: the page's answer computed (the query cache bypassed, as on
the first view after an ingest), before and after the session-7 change, as a
ratio in one process.

Before (session 6): the turns were searched for every pair of the pair's corpus
(the documents naming A or B hold many other pairs: A with C, B with D ...) and
all but A ~ B thrown away; the permutation tests are the cost. After: the turns
of A ~ B only, from the same dated evidence, plus the per-document relations
with their confidence and evidence (``web.pair_evidence``), which the page now
shows. The turns are checked identical.

The store is seeded with generated analyses (``web_load.make_analysis``: 16
leaders, each article three of them, a quote each, an event, a relation), their
stances drifting (half the leaders change side mid-year, so pairs turn), so no
NLP runs and nothing is read from ../shared. The rounds alternate (before, after,
before, ...) so machine load falls on both alike; the best of ``--repeat`` is kept.
Prints one JSON line with the load average.

    .venv/bin/python bench/pair_page.py [--docs 2000] [--pairs 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import timed  # noqa: E402
from web_load import ACTORS, ISSUES, day_of, make_analysis  # noqa: E402


def stance(actor: str, issue: str, day: str, rng: random.Random) -> int:
    """Each leader holds a side on each issue and half of them change it mid-year,
    with one statement in eight off their line: the turns a real corpus holds."""
    index = ACTORS.index(actor) + ISSUES.index(issue)
    side = 1 if index % 2 else -1
    if ACTORS.index(actor) % 2 and day[5:7] >= "07":
        side = -side
    return -side if rng.random() < 0.125 else side


def seed_drifting_store(path: Path, docs: int) -> None:
    """``web_load``'s generated articles, their statements set by ``stance``."""
    from stancemap.store.core import Store

    rng = random.Random(17)
    with Store(path) as store:
        for n in range(docs):
            analysis = make_analysis(f"seed-{n:05d}", day_of(n), rng)
            day = analysis.document.date or ""
            for statement in analysis.statements:
                statement.polarity = stance(statement.actor, statement.issue.id, day, rng)
            store.write(analysis)


def answer_before(store: Any, a_id: str, b_id: str, window: Any) -> list[Any]:
    """The session-6 pair answer: windows, window shifts, and turns over every pair."""
    from stancemap.alignment.timeseries import detect_shifts, pair_series
    from stancemap.alignment.turns import detect_turns
    from stancemap.store.pairs import pair_corpus
    from stancemap.store.timeline import points_with_evidence

    corpus = pair_corpus(store, a_id, b_id)
    key = (min(a_id, b_id), max(a_id, b_id))
    series = {k: v for k, v in pair_series(corpus, window).items() if k == key}
    points_with_evidence(store, corpus, series.get(key, []), window)
    detect_shifts(corpus, series)
    return [t for t in detect_turns(corpus) if (t.a, t.b) == key]


def answer_after(store: Any, a_id: str, b_id: str, window: Any) -> list[Any]:
    """This version's pair answer (``queries_extra._pair_answer``) and the per-document
    relations the page reads besides it."""
    from stancemap.web.pair_evidence import pair_document_relations
    from stancemap.web.queries_extra import _pair_answer

    answer = _pair_answer(store, a_id, b_id, window)
    pair_document_relations(store, a_id, b_id)
    return answer.turns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=4, help="pairs timed (drawn at random)")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    from stancemap.alignment.timeseries import Window
    from stancemap.store.core import Store

    window = Window.parse("month")
    rng = random.Random(11)
    pairs = [tuple(sorted(rng.sample(ACTORS, 2))) for _ in range(options.pairs)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pairs.db"
        seed_drifting_store(path, options.docs)
        with Store(path) as store:
            before_turns = [answer_before(store, a, b, window) for a, b in pairs]
            after_turns = [answer_after(store, a, b, window) for a, b in pairs]
            identical = [
                [(t.start.isoformat(), t.before, t.after, t.p_value) for t in turns]
                for turns in before_turns
            ] == [[(t.date, t.before, t.after, t.p_value) for t in turns] for turns in after_turns]
            best: dict[str, float] = {}
            for _ in range(options.repeat):
                for name, fn in (("before", answer_before), ("after", answer_after)):
                    elapsed, _cpu = timed(lambda fn=fn: [fn(store, a, b, window) for a, b in pairs])
                    best[name] = min(elapsed, best.get(name, elapsed))
    print(
        json.dumps(
            {
                "bench": "pair_page",
                "docs": options.docs,
                "pairs": len(pairs),
                "repeat": options.repeat,
                "before_ms_per_pair": round(1000 * best["before"] / len(pairs), 1),
                "after_ms_per_pair": round(1000 * best["after"] / len(pairs), 1),
                "ratio_after_over_before": round(best["after"] / best["before"], 3),
                "turns_found": sum(len(t) for t in after_turns),
                "identical_turns": identical,
                "load_average": round(os.getloadavg()[0], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
