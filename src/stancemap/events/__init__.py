"""Events: who did what to whom, coded in PLOVER and CAMEO, with mode."""

from .stage import EventStage

__all__ = ["EventStage"]
