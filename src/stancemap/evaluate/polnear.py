"""PolNeAR attribution scorer (to be filled by the quotes work)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Settings


def evaluate_polnear(path: Path, settings: Settings, limit: int | None = None) -> dict[str, Any]:
    raise NotImplementedError
