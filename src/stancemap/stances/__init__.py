"""Stances: statements (actor, issue, polarity) derived from quotes and events."""

from . import confidence  # noqa: F401  (registers stances.calibration.apply)
from .stage import StanceStage

__all__ = ["StanceStage"]
