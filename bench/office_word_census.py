"""Census of bare office words ("the home secretary", "the chancellor") on the BBC
politics articles of one split part, read over the corpus period (session 63 RO;
session 62 DT2 had one in /tmp): per phrase, which actor each links to, scored against
the KB's own holders of that office over 2004-2005.

    python bench/office_word_census.py [--part tune] [--enable RULE ...] [--limit N]

An office's expected holders are the KB people whose formal title is the office's over
the period (``EXPECTED``, written from public facts of the 2004-2005 British cabinet: the
census's yardstick, no rule reads it). A link to one of them is right, to anyone else
wrong, none is none. Read only on the tune part (errors are printed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict

from stancemap.evaluate.bbc_corpus import PERIOD, BBCArticles

# phrase (after "the ") -> holders of that office in 2004-2005 (the census's yardstick)
EXPECTED = {
    "prime minister": {"Tony Blair"},
    "chancellor": {"Gordon Brown"},
    "home secretary": {"David Blunkett", "Charles Clarke"},
    "foreign secretary": {"Jack Straw"},
    "defence secretary": {"Geoffrey Hoon", "John Reid"},
    "health secretary": {"John Reid", "Patricia Hewitt"},
    "education secretary": {"Charles Clarke", "Ruth Kelly"},
    "culture secretary": {"Tessa Jowell"},
    "trade secretary": {"Patricia Hewitt", "Alan Johnson"},
    "transport secretary": {"Alistair Darling"},
    "environment secretary": {"Margaret Beckett"},
    "work and pensions secretary": {"Andrew Smith", "Alan Johnson", "David Blunkett"},
    "northern ireland secretary": {"Paul Murphy", "Peter Hain"},
    "welsh secretary": {"Peter Hain"},
    "scottish secretary": {"Alistair Darling"},
    "international development secretary": {"Hilary Benn"},
}
PHRASE = re.compile(
    r"\b(?i:the) ((?i:(?:(?:home|foreign|defence|health|education|culture|trade|transport|environment"
    r"|work and pensions|northern ireland|welsh|scottish|international development) "
    r"secretary)|chancellor|prime minister))\b(?! of)(?!,? [A-Z][a-z]+ [A-Z])"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("tune", "check"), default="tune")
    parser.add_argument("--enable", nargs="*", default=[])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", action="store_true", help="print each wrong link (tune)")
    args = parser.parse_args(argv)
    sys.path.insert(0, "tests")
    import rule_settings
    from stancemap.analyze import Analyzer

    analyzer = Analyzer().derive(rule_settings.with_rules(enable=args.enable))
    bbc = BBCArticles(topics=("politics",))
    stems = bbc.stems(args.part)
    if args.limit:
        stems = stems[: args.limit]
    table: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for stem in stems:
        text = bbc.text(stem) or ""
        result = analyzer.analyze(text, doc_id=stem, period=PERIOD)
        spans = [(m.start, m.end, a.name) for a in result.actors for m in a.mentions]
        for match in PHRASE.finditer(text):
            phrase = match.group(1).lower()
            start = match.start(1)
            linked = next((n for s, e, n in spans if s <= start < e), None)
            if linked is None:
                verdict = "none"
            elif linked in EXPECTED[phrase]:
                verdict = "right"
            else:
                verdict = "wrong"
                if args.part == "tune":
                    errors.append((stem, phrase, linked, text[max(0, start - 80) : start + 60]))
            table[phrase][verdict] += 1
    total: Counter = Counter()
    for phrase in sorted(table):
        total.update(table[phrase])
        print(
            f"{phrase:32} "
            + " ".join(f"{k}={table[phrase][k]}" for k in ("right", "wrong", "none"))
        )
    print(f"{'TOTAL':32} " + " ".join(f"{k}={total[k]}" for k in ("right", "wrong", "none")))
    if args.errors:
        for e in errors:
            print(json.dumps(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
