"""The analysis JSON says what a country pair holds only through its leaders
(``Relation.carried``), as the web's Windows table does, from one computation
(``alignment.carried.carried_part``). A wire passage written for this test: the two
countries take no side of their own; their presidents split over a pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app

pytestmark = pytest.mark.slow  # the session's spaCy pipeline

PIPELINE = (
    "Presidents split over the Andes gas pipeline\n\n"
    "SANTIAGO, June 6 (Wire) - Argentina and Chile still weigh the Andes gas pipeline.\n"
    "Argentine President Javier Milei supports the gas pipeline. Chilean President Gabriel "
    "Boric opposes the gas pipeline.\nBoric criticized Milei on Thursday.\n"
)
COUNTRIES = ("country:ARG", "country:CHL")


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory, analyzer: Any) -> dict[str, Any]:
    """``stancemap analyze --json`` on the passage: the JSON a user reads."""
    path = tmp_path_factory.mktemp("carried") / "pipeline.txt"
    path.write_text(PIPELINE, "utf-8")
    res = CliRunner().invoke(app, ["analyze", str(path), "--date", "2025-06-06", "--json"])
    assert res.exit_code == 0, res.output
    data: dict[str, Any] = json.loads(res.stdout)
    return data


def _relation(data: dict[str, Any], pair: tuple[str, str]) -> dict[str, Any]:
    [found] = [r for r in data["relations"] if (r["a"], r["b"]) == pair]
    return found


def _issue_of(data: dict[str, Any], actor: str, polarity: int) -> set[str]:
    return {
        s["issue"]["id"]
        for s in data["statements"]
        if s["actor"] == actor and s["polarity"] == polarity
    }


def test_a_carried_country_pair_says_what_its_leaders_disagree_on(
    analysed: dict[str, Any],
) -> None:
    relation = _relation(analysed, COUNTRIES)
    # the pair's own columns count the countries' own statements alone: none
    assert relation["agree"] == [] and relation["disagree"] == []
    assert relation["score"] < 0  # the presidents' split carries over
    carried = relation["carried"]
    assert carried is not None
    # the issue the presidents split on: one for it, the other against it
    shared = _issue_of(analysed, "person:javier-milei", 1) & _issue_of(
        analysed, "person:gabriel-boric", -1
    )
    assert shared and shared <= set(carried["disagree"])
    assert carried["agree"] == []
    assert carried["via"] == ["leaders:person:gabriel-boric~person:javier-milei"]
    # the leaders' own relation is their own, not carried
    leaders = _relation(analysed, ("person:gabriel-boric", "person:javier-milei"))
    assert leaders["carried"] is None and shared <= set(leaders["disagree"])


def test_the_web_windows_table_reads_the_same_carried_part(
    analysed: dict[str, Any], analyzer: Any, tmp_path: Path
) -> None:
    """Stored and read back by the web's pair answer, the window's carried issues are
    the JSON's (by label) and so are its carried acts and chains."""
    from stancemap.records import Analysis
    from stancemap.store.core import Store
    from stancemap.web.queries_extra import pair_answer

    item = Analysis.model_validate(analysed)
    labels = {s["issue"]["id"]: s["issue"]["label"] for s in analysed["statements"]}
    with Store(tmp_path / "carried.db") as store:
        store.write(item)
        _report, answer = pair_answer(store, *COUNTRIES, by="all")
    [window] = answer.carried
    carried = _relation(analysed, COUNTRIES)["carried"]
    assert window.disagree == sorted(labels[i] for i in carried["disagree"])
    assert window.agree == sorted(labels[i] for i in carried["agree"])
    assert (window.cooperation, window.conflict) == (carried["cooperation"], carried["conflict"])
    assert window.via == carried["via"]
