"""``stancemap analyze FILE`` without --json: the readable tables, from a real run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stancemap.cli import analyze as cli_analyze
from stancemap.cli.main import app

from .conftest import SAID

pytestmark = pytest.mark.slow  # the session's spaCy pipeline


def test_tables_name_the_speaker_and_the_quote(
    analyzer: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli_analyze, "Analyzer", lambda settings: analyzer)
    article = tmp_path / "budget.txt"
    article.write_text(SAID, "utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(article), "--date", "2024-11-14"], env={"COLUMNS": "220"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "(2024-11-14)" in out
    for title in ("Actors", "Who said what", "Who did what to whom", "Stances", "Relations"):
        assert title in out
    row = next(line for line in out.splitlines() if "We will not sign this budget" in line)
    assert "Morgan" in row and "direct" in row


def test_bad_date_is_refused_before_loading_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pipeline(settings: Any) -> None:
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(cli_analyze, "Analyzer", no_pipeline)
    result = CliRunner().invoke(app, ["analyze", "-", "--date", "2026-02-30"], input="x")
    assert result.exit_code == 2 and "2026-02-30" in result.output
