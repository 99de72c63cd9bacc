"""The evidence behind one pair's month in the 2016 shifts bench, for reading why it reads wrong.

    .venv/bin/python bench/shifts_evidence.py --cache /tmp/L7f_shifts.jsonl \
        --pair "Bernie Sanders" "Hillary Clinton" --month 2016-07 [--month ...]

Prints every observation of the pair in each month (kind, key, value, weight) and,
for observations resting on an article whose file name falls in ``tune``
(``stancemap.evaluate.split.part_of``), the evidence sentences. Observations on
``check`` articles are only counted (with their values): the bench is our measure,
its check half is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(cache: Path, docs: set[str]) -> dict[str, dict[str, str]]:
    """doc -> local id (s1, e3, q2) -> the evidence text, for the given documents."""
    out: dict[str, dict[str, str]] = {}
    for line in cache.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        doc = obj["document"]["id"]
        if doc not in docs:
            continue
        table = out.setdefault(doc, {})
        for st in obj.get("statements") or []:
            table[st["id"]] = (st.get("text") or {}).get("text", "")
        for ev in obj.get("events") or []:
            trig = (ev.get("trigger") or {}).get("text", "")
            table[ev["id"]] = (
                f"[{ev['type']} mode={ev.get('mode')} trigger={trig!r} src={ev.get('source')} "
                f"tgt={ev.get('target')}] " + (ev.get("evidence") or {}).get("text", "")
            )
        for q in obj.get("quotes") or []:
            table[q["id"]] = (
                (q.get("text") or {}).get("text", "")
                if isinstance(q.get("text"), dict)
                else str(q.get("text", ""))
            )
    return out


def main() -> int:
    from stancemap.alignment.corpus import load_corpus
    from stancemap.alignment.timeseries import Window, pair_series
    from stancemap.evaluate.split import part_of

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--pair", nargs=2, required=True)
    parser.add_argument("--month", action="append", required=True)
    args = parser.parse_args()
    corpus = load_corpus(args.cache)
    a, b = (corpus.find_actor(x) for x in args.pair)
    if not a or not b:
        print(f"actor not found: {args.pair}", file=sys.stderr)
        return 1
    key = (min(a, b), max(a, b))
    points = [
        p
        for p in pair_series(corpus, Window.parse("month")).get(key, [])
        if p.start.isoformat()[:7] in args.month
    ]
    docs = {r.partition("#")[0] for p in points for o in p.observations for r in o.refs}
    texts = _texts(args.cache, {d for d in docs if part_of(d) == "tune"})
    for point in points:
        print(
            f"== {args.pair[0]} ~ {args.pair[1]} {point.start.isoformat()[:7]}: "
            f"score {point.score:+.2f} on {len(point.observations)} observations"
        )
        check = []
        for n, obs in enumerate(point.observations, start=1):
            docs_of = {r.partition("#")[0] for r in obs.refs}
            if all(part_of(d) == "check" for d in docs_of):
                check.append(obs.value)
                continue
            print(f"[{n}] {obs.kind} {obs.key} value {obs.value:+.2f} weight {obs.weight:.2f}")
            for ref in obs.refs:
                doc, _, local = ref.partition("#")
                if part_of(doc) != "tune":
                    print(f"    {ref}: (check article)")
                    continue
                st = corpus.statement(ref)
                who = f" {st.actor} pol {st.polarity:+d} conf {st.confidence:.2f}" if st else ""
                print(f"    {ref}{who}: {texts.get(doc, {}).get(local, '?')[:400]}")
                if st:
                    for src in st.sources:
                        sdoc, _, slocal = src.partition("#")
                        print(f"      <- {src}: {texts.get(sdoc, {}).get(slocal, '?')[:300]}")
        if check:
            print(
                f"   check articles: {len(check)} observations, values "
                f"{[round(v, 2) for v in check]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
