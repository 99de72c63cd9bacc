"""Actors: knowledge base, name linking and in-document resolution."""

from . import affiliation as affiliation  # declares actors.affiliation.* (read by the pipeline)
from . import document_modifiers as document_modifiers  # declares thing_head_frequent_group
from . import generic_agents as generic_agents  # declares actors.generic.* (read by the pipeline)
from .layer import ActorLayer
from .stage import ActorStage

__all__ = ["ActorLayer", "ActorStage"]
