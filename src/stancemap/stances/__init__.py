"""Stances: statements (actor, issue, polarity) derived from quotes and events."""

from .stage import StanceStage

__all__ = ["StanceStage"]
