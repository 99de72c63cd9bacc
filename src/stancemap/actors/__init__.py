"""Actors: knowledge base, name linking and in-document resolution."""

from .layer import ActorLayer
from .stage import ActorStage

__all__ = ["ActorLayer", "ActorStage"]
