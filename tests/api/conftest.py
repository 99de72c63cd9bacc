"""Fixtures of the library API tests: the session's pipeline, made-up articles."""

from __future__ import annotations

import pytest

SAID = (
    "Lee Morgan, the mayor of Springfield, spoke on Tuesday.\n\n"
    "\u201cWe will not sign this budget,\u201d Morgan said.\n"
)
PLAIN = "The council met on Monday to discuss the new bridge over the river.\n"


@pytest.fixture
def pipeline(analyzer):  # type: ignore[no-untyped-def]
    """The session's loaded pipeline (an ``Analyzer``, which is a ``Pipeline``)."""
    return analyzer
