"""PLOVER event scorer (to be filled by the events work)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Settings


def evaluate_plover(path: Path, settings: Settings) -> dict[str, Any]:
    raise NotImplementedError
