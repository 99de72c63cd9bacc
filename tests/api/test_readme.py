"""The library example in README.md runs as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from stancemap import pipeline as pipeline_module

from .conftest import PLAIN, SAID

pytestmark = pytest.mark.slow  # the session's spaCy pipeline

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_library_example_runs(
    analyzer: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    block = re.search(r"```python\n(.*?)```", README.read_text("utf-8"), re.S)
    assert block is not None, "README lost its library example"
    code = block.group(1)
    assert len(code.strip().splitlines()) <= 6
    monkeypatch.setattr(pipeline_module, "_default", analyzer)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.toml").write_text("[quotes]\nmin_content_tokens = 3\n", "utf-8")
    documents = [SAID, {"text": PLAIN, "date": "14/03/2026"}]
    exec(compile(code, "README.md", "exec"), {"text": SAID, "documents": documents})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2 and "'schema'" in printed[0] and "14/03/2026" in printed[1]
