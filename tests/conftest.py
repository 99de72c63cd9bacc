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


@pytest.fixture(scope="module")
def pipeline_off(analyzer):
    """The analysis of a text (dated 2023-03-01) under the shipped switches with ``off``
    also switched off: the "fails without the rule" half of a rule's test."""
    from stancemap.config import RuleSettings, Settings

    default_off = tuple(RuleSettings().disable)
    pipelines = {}

    def run(text: str, off: tuple[str, ...] = ()):
        if off not in pipelines:
            settings = Settings.model_validate({"rules": {"disable": [*default_off, *off]}})
            pipelines[off] = analyzer.derive(settings)
        return pipelines[off].analyze(text, date="2023-03-01")

    return run
