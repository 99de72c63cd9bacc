"""NGEC actor scorer (to be filled by the actors work)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import Settings


def evaluate_actors(path: Path, settings: Settings) -> dict[str, Any]:
    raise NotImplementedError
