"""docs/rules.md is the registry's own page, and the registry knows every rule.

A rule declared in a module its stage package never imports is missing from
``load_all()``: ``stancemap rules`` does not list it and a settings file that
switches it off is refused as naming no rule (three alignment rules were, until
session 17). The page is generated (``stancemap rules --markdown``), so it cannot
drift from the code unless someone forgets to regenerate it: this test says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.cli.rules import markdown_page, shipped_reasons

ROOT = Path(__file__).resolve().parents[1]

# every module of the package is imported, then the registry is compared with what
# load_all() alone registers; each side in a fresh interpreter
_ALL = """
import importlib, pkgutil, stancemap
from stancemap.rules import registry
for m in pkgutil.walk_packages(stancemap.__path__, "stancemap."):
    if m.name.endswith("__main__") or ".migrations." in m.name:
        continue  # the CLI entry point runs the app; Alembic's env needs a context
    importlib.import_module(m.name)
print("\\n".join(sorted(registry.names())))
"""
_LOADED = """
from stancemap.rules import load_all
print("\\n".join(sorted(load_all().names())))
"""


def _names(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_load_all_registers_every_rule_of_the_package() -> None:
    missing = _names(_ALL) - _names(_LOADED)
    assert not missing, (
        f"rules load_all() never registers (import their module in the stage package): {sorted(missing)}"
    )


def test_docs_rules_md_is_the_generated_page() -> None:
    result = CliRunner().invoke(app, ["rules", "--markdown"])
    assert result.exit_code == 0, result.output
    page = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert result.output == page, (
        "docs/rules.md is out of date: run `stancemap rules --markdown > docs/rules.md`"
    )


def test_shipped_reasons_reads_the_comment_beside_each_off_rule() -> None:
    reasons = shipped_reasons()
    assert reasons, "no shipped-off rule read from default_config.toml"
    # every comment-bearing entry is a rule name, and the comments carry the numbers
    assert all("." in name for name in reasons)
    assert sum(1 for why in reasons.values() if why) >= len(reasons) // 2


def test_markdown_page_groups_rules_and_gives_the_off_reason() -> None:
    rows = [
        {
            "name": "events.args.a_rule",
            "stage": "events",
            "on": True,
            "doc": "does | this",
            "module": "stancemap.events.x",
        },
        {
            "name": "events.args.b_rule",
            "stage": "events",
            "on": False,
            "doc": "that",
            "module": "stancemap.events.y",
        },
        {
            "name": "events.mode.c_rule",
            "stage": "events",
            "on": True,
            "doc": "other",
            "module": "stancemap.events.z",
        },
    ]
    page = markdown_page(rows)
    assert page.count("## events") == 1
    assert "### `events.args.*`" in page and "### `events.mode.*`" in page
    assert "| `a_rule` | `events.x` | on | does \\| this |" in page  # a pipe is escaped
    assert "| `b_rule` | `events.y` | **off** | that |" in page
