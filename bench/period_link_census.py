"""Census of links the story's period or country rules out (session 64 KP; issues 12, 14):
on the BBC politics or Lee articles of one split part, read with their corpus period,
every mention linked to a KB person whose every recorded role ended long before the
period (``--years``) or who had none yet, and every mention linked to a KB party of
another country than the story's. Tune part only prints the mentions.

    python bench/period_link_census.py [--source bbc|lee] [--part tune] [--enable RULE ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", choices=("bbc", "lee"), default="bbc")
    parser.add_argument("--part", choices=("tune", "check"), default="tune")
    parser.add_argument("--enable", nargs="*", default=[])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args(argv)
    sys.path.insert(0, "tests")
    import rule_settings
    from stancemap.actors.kb import load_kb
    from stancemap.analyze import Analyzer

    if args.source == "bbc":
        from stancemap.evaluate.bbc_corpus import PERIOD, BBCArticles

        corpus = BBCArticles(topics=("politics",))
    else:
        from stancemap.evaluate.lee_corpus import PERIOD, LeeArticles

        corpus = LeeArticles()
    kb = load_kb()
    analyzer = Analyzer().derive(rule_settings.with_rules(enable=args.enable))
    stems = corpus.stems(args.part)
    if args.limit:
        stems = stems[: args.limit]
    start_year = int(PERIOD[0][:4])
    totals: Counter = Counter()
    for stem in stems:
        text = corpus.text(stem) or ""
        result = analyzer.analyze(text, doc_id=stem, period=PERIOD)
        for actor in result.actors:
            known = kb.get(actor.id)
            if known is None:
                continue
            mentions = [text[m.start : m.end] for m in actor.mentions]
            if known.type == "person":
                ends = [r.end or r.seen or r.start for r in known.roles]
                starts = [r.start for r in known.roles if r.start]
                latest = max((e for e in ends if e), default=None)
                first = min(starts, default=None)
                stale = latest is not None and int(latest[:4]) < start_year - args.years
                young = first is not None and int(first[:4]) > int(PERIOD[1][:4]) + args.years
                if stale or young:
                    totals["stale person" if stale else "later person"] += len(mentions)
                    if args.part == "tune":
                        print(
                            f"PERSON {stem} {actor.name} ({known.country}, {first}..{latest}) <- {sorted(set(mentions))}"
                        )
            elif known.type == "organization" and (
                known.sector in ("PTY",)
                or "party" in known.name.lower()
                or "democrat" in known.name.lower()
            ):
                totals["party"] += len(mentions)
                if args.part == "tune":
                    print(f"PARTY {stem} {actor.name} ({known.country}) <- {sorted(set(mentions))}")
    print(dict(totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
