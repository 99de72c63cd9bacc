"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test cleanly where shared/ is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"../shared/{'/'.join(parts)} is absent (it ships only with the project workspace)"
        )
    return path


@pytest.fixture(scope="session")
def analyzer():
    from stancemap.analyze import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def tokayev(analyzer):
    """The founding example analysed once (skips where ../shared is absent)."""
    path = shared_path("examples", "tokayev-putin.txt")
    return analyzer.analyze_text(path.read_text("utf-8"), doc_id="tokayev-putin", date="2022-06-17")
