"""`stancemap analyze --workers 2` writes what one process writes, in the same order."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.slow
def test_two_workers_write_the_same_jsonl_as_one(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(18):  # more than workers * batch size: the pool really starts
        (corpus / f"a{i:02d}.txt").write_text(
            f"Officials in Paris said on Monday that France would send aid to region {i}. "
            "The Russian foreign minister rejected the plan, the agency reported.\n",
            encoding="utf-8",
        )

    def run(workers: int) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "stancemap", "analyze", str(corpus), "--jsonl"]
            + ["--date", "2024-01-01", "--workers", str(workers)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    one, two = run(1), run(2)
    assert len(one.splitlines()) == 18
    assert one == two
