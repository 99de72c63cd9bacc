"""A judged real-news file scored end to end on the real parse (session 59 review: the Lee
and BBC corpus tests shared this walk line for line)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.evaluate import judged_news, news_file, news_items


def assert_round_trip(tmp_path: Path, stem: str, text: str, source: str, quoted: str) -> None:
    """Judge one run's events of ``text`` right, strip the file and score it again: every
    item is kept right, nothing is new, the header names ``source`` and the file holds no
    article words (``quoted`` is one of them)."""
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    analysis = judged_news.analyse(Pipeline(load_settings()), stem, text)
    items = news_items.items_of(stem, text, analysis, "events")
    assert items, "the article has events"
    for item in items:
        item["verdict"], item["args_verdict"] = "right", "right"
    header = {"what": "events", "source": source, "articles": [stem]}
    head, stripped = news_file.strip(header, items, lambda s: text)
    assert head["source"] == source
    news_file.write_jsonl(tmp_path / "f.jsonl", head, stripped)
    assert quoted not in (tmp_path / "f.jsonl").read_text()
    result = CliRunner().invoke(app, ["eval", "realnews", str(tmp_path / "f.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["kept"] == {"right": len(items)} and report["new"] == 0
