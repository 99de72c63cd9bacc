"""Goldstein-like intensity per PLOVER event type, from ``data/stances/intensity.tsv``.

Each line: type, intensity in [-10, 10], relation (cooperation / conflict /
neutral). The relations stage weighs the events between two actors by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError

RELATION_KINDS = {"cooperation", "conflict", "neutral"}


@dataclass(frozen=True)
class Intensity:
    type: str
    value: float  # -10 .. 10
    relation: str  # cooperation / conflict / neutral


def load_intensity(path: str | Path) -> dict[str, Intensity]:
    """Read an intensity TSV file; errors name the file, line and field."""
    where = str(path)
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(where, None, None, f"cannot read: {exc}") from None
    out: dict[str, Intensity] = {}
    for no, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t")]
        if len(cols) != 3:
            raise KnowledgeBaseError(
                where, no, None, f"expected 3 tab-separated fields, got {len(cols)}"
            )
        etype, value_s, relation = cols
        if not etype.isalpha() or not etype.isupper():
            raise KnowledgeBaseError(
                where, no, "type", f"must be an upper-case PLOVER type: '{etype}'"
            )
        if etype in out:
            raise KnowledgeBaseError(where, no, "type", f"duplicate type '{etype}'")
        try:
            value = float(value_s)
        except ValueError:
            raise KnowledgeBaseError(where, no, "intensity", f"not a number: '{value_s}'") from None
        if not -10.0 <= value <= 10.0:
            raise KnowledgeBaseError(where, no, "intensity", "must lie in [-10, 10]")
        if relation not in RELATION_KINDS:
            raise KnowledgeBaseError(
                where, no, "relation", f"must be one of {sorted(RELATION_KINDS)}"
            )
        if (relation == "cooperation" and value <= 0) or (relation == "conflict" and value >= 0):
            raise KnowledgeBaseError(where, no, "intensity", f"sign does not fit '{relation}'")
        out[etype] = Intensity(etype, value, relation)
    return out


@lru_cache(maxsize=1)
def default_intensity() -> dict[str, Intensity]:
    """The shipped table, loaded once per process."""
    path = resources.files("stancemap").joinpath("data", "stances", "intensity.tsv")
    return load_intensity(Path(str(path)))
