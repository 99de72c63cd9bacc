"""Stances: statements (actor, issue, polarity) derived from quotes and events."""

from . import confidence  # noqa: F401  (registers stances.calibration.apply)
from .co_sources import CO_SOURCES_TOGETHER, together_acts
from .joint_appeals import JOINT_APPEAL, joint_appeals
from .joint_subjects import JOINT_SUBJECT_ACT, joint_subject_acts
from .stage import StanceStage

__all__ = [
    "CO_SOURCES_TOGETHER",
    "JOINT_APPEAL",
    "JOINT_SUBJECT_ACT",
    "StanceStage",
    "joint_appeals",
    "joint_subject_acts",
    "together_acts",
]
