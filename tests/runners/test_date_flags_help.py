"""The two date flags, as the help names them: ``analyze --date`` sets every
document's date, ``--default-date`` only fills a missing one (the fill-in date the
output contract analysis-v1 calls ``--date``); ``ingest`` takes either name for its
fill-in date."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from stancemap.cli.main import app


def _help(command: str) -> str:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    # the help is drawn in a box: keep the words, drop the frame and the wrapping
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())


def test_analyze_help_names_both_date_flags_and_what_each_does() -> None:
    text = _help("analyze")
    assert "--date" in text and "--default-date" in text
    assert "SET on every document" in text
    assert "only FILLS documents" in text
    assert "analysis-v1 calls --date" in text


def test_ingest_takes_the_contract_name_and_the_analyze_name_for_the_fill_in_date() -> None:
    text = _help("ingest")
    assert "--date" in text and "--default-date" in text
    assert "only FILLS documents without one" in text
