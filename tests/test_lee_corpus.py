"""The Lee corpus as a second source of judged real news (session 51): stories by stem,
read where gensim installs them (or ``$STANCEMAP_LEE_CORPUS``), and the same judged-file
machinery as PolNeAR. The corpus here is two files written for this test, in the shape of
the real ones (one story per line, Latin-1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from judged_round_trip import assert_round_trip
from stancemap.cli.main import app
from stancemap.evaluate import judged_news, lee_corpus, news_file, news_items
from stancemap.evaluate.lee_corpus import LeeArticles
from stancemap.evaluate.split import part_of

BACKGROUND = [
    "Chile condemned the raid on its consulate and recalled its ambassador from Lima.",
    "The fund lent the province \xa3200 million on Tuesday.",
]
TEST_FILE = ["Norway offered to mediate between the two parties in the dispute over the border."]


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lee_background.cor").write_bytes(("\n".join(BACKGROUND) + "\n\n").encode("latin-1"))
    (folder / "lee.cor").write_bytes("\n".join(TEST_FILE).encode("latin-1"))
    return folder


def test_stories_are_read_by_stem_one_per_line(tmp_path: Path) -> None:
    articles = LeeArticles(_corpus(tmp_path / "lee"))
    assert articles.exists()
    assert articles.stems() == ["abc-lee-bg-000", "abc-lee-bg-001", "abc-lee-t-000"]
    parts = {part: articles.stems(part) for part in ("tune", "check")}
    assert sorted(parts["tune"] + parts["check"]) == articles.stems()
    assert all(part_of(s) == part for part, stems in parts.items() for s in stems)
    assert articles.text("abc-lee-bg-001") == BACKGROUND[1]  # the pound sign survives
    assert articles.text("abc-lee-t-000") == TEST_FILE[0]
    assert articles.text("abc-lee-bg-002") is None and articles.text("abc-lee-x-000") is None
    assert articles.text("nyt_2016-01-01_slug") is None


def test_no_corpus_means_no_stories(tmp_path: Path) -> None:
    articles = LeeArticles(tmp_path / "absent")
    assert not articles.exists() and articles.stems() == []
    assert articles.text("abc-lee-bg-000") is None


def test_the_folder_comes_from_the_environment_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(lee_corpus.ENV, str(tmp_path / "here"))
    assert lee_corpus.default_folder() == tmp_path / "here"
    assert LeeArticles().root == tmp_path / "here"


def test_a_stem_names_its_source_and_carries_no_date() -> None:
    assert lee_corpus.is_lee("abc-lee-bg-012") and lee_corpus.is_lee("abc-lee-t-003")
    assert not lee_corpus.is_lee("nyt_2016-01-19_bush")
    assert news_items.article_date("abc-lee-bg-012") is None


def test_a_judged_file_s_header_picks_its_articles(tmp_path: Path) -> None:
    assert isinstance(judged_news.articles_for({"source": "lee"}), LeeArticles)
    polnear = judged_news.articles_for({}, tmp_path)
    assert isinstance(polnear, judged_news.Articles) and polnear.root == tmp_path


def test_eval_realnews_scores_a_lee_file_on_the_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end with the real parse: judge one run's events of a story, score it again;
    the file names its source and no article words."""
    monkeypatch.setenv(lee_corpus.ENV, str(_corpus(tmp_path / "lee")))
    assert_round_trip(tmp_path, "abc-lee-bg-000", BACKGROUND[0], "lee", "consulate")


def test_eval_realnews_skips_a_lee_file_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(lee_corpus.ENV, str(tmp_path / "absent"))
    path = tmp_path / "f.jsonl"
    news_file.write_jsonl(path, {"what": "events", "source": "lee", "articles": []}, [])
    result = CliRunner().invoke(app, ["eval", "realnews", str(path), "--json"])
    assert result.exit_code == 0
    assert "gensim" in json.loads(result.stdout)["skipped"]


REALNEWS = Path(__file__).resolve().parents[1] / "bench" / "data" / "realnews"
LEE_FILES = sorted(p.name for p in REALNEWS.glob("*_s51lee*.jsonl"))
VERDICTS = ("right", "wrong", "no_event", "no_relation")


def test_the_repository_keeps_six_lee_files() -> None:
    assert LEE_FILES == [
        "events_check_s51lee.jsonl",
        "events_check_s51lee2.jsonl",
        "events_tune_s51lee.jsonl",
        "relations_check_s51lee.jsonl",
        "relations_check_s51lee2.jsonl",
        "relations_tune_s51lee.jsonl",
    ]


@pytest.mark.parametrize("name", LEE_FILES)
def test_a_lee_file_names_its_source_part_and_carries_no_text(name: str) -> None:
    header, items = news_file.read_judged(REALNEWS / name)
    part = name.split("_")[1]  # events_check_s51lee2.jsonl: check
    assert header["source"] == "lee" and header["part"] == part
    assert all(lee_corpus.is_lee(a) and part_of(a) == part for a in header["articles"])
    for item in items:
        assert not {"text", "sentence", "title"} & set(item)
        assert item["article"] in header["articles"]
        assert item.get("missed") or item["verdict"] in VERDICTS


@pytest.mark.parametrize("name", LEE_FILES)
def test_a_lee_file_quotes_no_story(name: str) -> None:
    articles = LeeArticles()
    if not articles.exists():
        pytest.skip("the Lee corpus is not installed (pip install gensim)")
    _, items = news_file.read_judged(REALNEWS / name)
    for item in items:
        story = articles.text(item["article"])
        assert story is not None
        quoted = [
            v for k, v in item.items() if k != "article" and isinstance(v, str) and len(v) > 40
        ]
        assert not [v for v in quoted if v in story], item
