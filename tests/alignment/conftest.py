"""Fixtures for the corpus-level tests: hand-built JSON Lines, no NLP."""

from __future__ import annotations

from pathlib import Path

import pytest
from alignment_builders import analysis, write_jsonl


@pytest.fixture
def drifting_corpus(tmp_path: Path) -> Path:
    """Ann and Bob agree on two issues Jan-Mar and disagree from April; Ann and Cy always agree."""
    docs = []
    for month, bob in ((1, 1), (2, 1), (3, 1), (4, -1), (5, -1)):
        for day, issue in ((5, "tax"), (20, "trade")):
            docs.append(
                analysis(
                    f"d{month}-{day}",
                    f"2026-{month:02d}-{day:02d}",
                    [("ann", issue, 1), ("bob", issue, bob), ("cy", issue, 1)],
                )
            )
    return write_jsonl(tmp_path / "corpus.jsonl", docs)
