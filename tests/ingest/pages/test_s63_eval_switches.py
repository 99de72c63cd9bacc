"""`stancemap eval pages` reads the pages under the configured rules (session 63).

Session 62 found `evaluate_pages` called `read_page` with its default switches, so every
rule was on while scoring, shipped-off ones included.
"""

from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.ingest.pages.evaluate import evaluate_pages
from stancemap.rules import RuleSwitches

PAGES = Path(__file__).parent / "data"


def test_switches_reach_the_page_reader():
    # the shipped rules, and the same with every page rule off
    on = evaluate_pages(PAGES, part="tune", switches=RuleSwitches.shipped())
    off = evaluate_pages(PAGES, part="tune", switches=RuleSwitches.shipped(off=["ingest.pages.*"]))
    assert on["excluded_lines"]["f1"] > 0.9
    # with the page rules off, nothing is excluded and no page date is read
    assert off["excluded_lines"]["f1"] == 0.0
    assert off["date_accuracy"] < on["date_accuracy"]


def test_cli_reads_config(tmp_path):
    config = tmp_path / "off.toml"
    config.write_text('[rules]\ndisable = ["ingest.pages.*"]\n', "utf-8")
    runner = CliRunner()
    shipped = runner.invoke(app, ["eval", "pages", str(PAGES), "--part", "tune", "--json"])
    configured = runner.invoke(
        app, ["eval", "pages", str(PAGES), "--part", "tune", "--json", "--config", str(config)]
    )
    assert shipped.exit_code == 0, shipped.output
    assert configured.exit_code == 0, configured.output
    assert '"f1": 0.0' not in shipped.output
    assert '"f1": 0.0' in configured.output
