"""Access to ../shared (gold data, the founding example) for tests.

Import as ``from shared_data import shared_path`` (tests/ is on sys.path via
the root conftest). Never import from ``conftest``: several exist.
"""

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
