"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

from shared_data import shared_path


@pytest.fixture(scope="session")
def analyzer():
    from stancemap.analyze import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def tokayev(analyzer):
    """The founding example analysed once (skips where ../shared is absent)."""
    path = shared_path("examples", "tokayev-putin.txt")
    return analyzer.analyze_text(path.read_text("utf-8"), doc_id="tokayev-putin", date="2022-06-17")
