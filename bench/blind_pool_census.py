"""How many articles each blind pool holds, and how many look political or world news
(session 59, engineer BP).

Counts only: no article's words are printed. An article "names a country or head" where
its text holds, as whole words with their case, a name or alias of a country of the KB
or the full name (two words or more) of a person the KB records as a head of state or
government (office HOS or HOG) of any country; "foreign" where that country (or the
head's) is not the outlet's own (PolNeAR: USA, Lee: AUS, BBC: GBR; session 69, the News
Articles set: each outlet's own country, ``OUTLET_HOME``, one row an outlet).

    python bench/blind_pool_census.py [--json OUT]

PolNeAR is read from ../shared, the Lee corpus and the BBC News set where they are
installed (``STANCEMAP_LEE_CORPUS``, ``STANCEMAP_BBC_CORPUS``,
``STANCEMAP_NEWSARTICLES_CORPUS``); an absent one is skipped.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from real_news_sample import POLNEAR, tune_articles
from stancemap.evaluate.bbc_corpus import TOPICS, BBCArticles
from stancemap.evaluate.lee_corpus import LeeArticles
from stancemap.evaluate.newsarticles_corpus import NewsArticles
from stancemap.evaluate.split import part_of

HOME = {"polnear": "USA", "lee": "AUS", "bbc": "GBR"}
# session 69: the country of each outlet of the News Articles set (where it is published)
OUTLET_HOME = {
    "abcnews": "USA",
    "aljazeera": "QAT",
    "bbc": "GBR",
    "chinadaily": "CHN",
    "cnn": "USA",
    "dw": "DEU",
    "huffingtonpost": "USA",
    "rte": "IRL",
    "tass": "RUS",
}
LONGEST = 5  # words in the longest name looked up
POSSESSIVE = re.compile(r"['\u2019]s\b")  # "Chile's" names Chile
WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'.\-]*")


def name_table() -> dict[str, set[str]]:
    """Name -> the countries it names: country names and aliases, and heads' full
    names (each to the countries they headed)."""
    from stancemap.actors.kb import load_kb

    table: dict[str, set[str]] = {}
    for actor in load_kb().actors.values():
        if actor.type == "country" and actor.country:
            names = [n for n in actor.names() if len(n) > 2 or n.isupper()]
            countries = {actor.country}
        elif actor.type == "person":
            countries = {r.country for r in actor.roles if r.office in ("HOS", "HOG") and r.country}
            names = [n for n in actor.names() if len(n.split()) >= 2]
        else:
            continue
        for name in names if countries else []:
            table.setdefault(name, set()).update(countries)
    return table


def named(text: str, table: dict[str, set[str]]) -> set[str]:
    """The countries the text names (by a country's name or a head's full name)."""
    words = [w.rstrip(".'") for w in WORD.findall(POSSESSIVE.sub("", text))]
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(1, LONGEST + 1):
            if i + n > len(words):
                break
            found |= table.get(" ".join(words[i : i + n]), set())
    return found


def census(
    stems: Iterable[str], text: Callable[[str], str | None], home: str, table: dict[str, set[str]]
) -> dict[str, Any]:
    row = {"articles": 0, "tune": 0, "check": 0, "named": 0, "foreign": 0}
    row.update(check_named=0, check_foreign=0)
    for stem in stems:
        body = text(stem) or ""
        countries = named(body, table)
        part = part_of(stem)
        row["articles"] += 1
        row[part] += 1
        row["named"] += bool(countries)
        row["foreign"] += bool(countries - {home})
        if part == "check":
            row["check_named"] += bool(countries)
            row["check_foreign"] += bool(countries - {home})
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="also the counts as JSON")
    args = ap.parse_args(argv)
    table = name_table()
    rows: dict[str, dict[str, Any]] = {}
    if POLNEAR.exists():
        paths = {p.stem: p for part in ("tune", "check") for p in tune_articles(POLNEAR, part)}
        rows["polnear"] = census(
            sorted(paths), lambda s: paths[s].read_text("utf-8"), HOME["polnear"], table
        )
    lee = LeeArticles()
    if lee.exists():
        rows["lee"] = census(lee.stems(), lee.text, HOME["lee"], table)
    for topic in TOPICS:
        bbc = BBCArticles(topics=(topic,))
        if bbc.exists():
            rows[f"bbc {topic}"] = census(bbc.stems(), bbc.text, HOME["bbc"], table)
    for outlet, home in OUTLET_HOME.items():
        news = NewsArticles(outlets=(outlet,))
        if news.exists():
            rows[f"newsarticles {outlet}"] = census(news.stems(), news.text, home, table)
    head = ["articles", "tune", "check", "named", "foreign", "check_named", "check_foreign"]
    print("| pool | " + " | ".join(head) + " |")
    print("|---" * (len(head) + 1) + "|")
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(str(row[h]) for h in head) + " |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
