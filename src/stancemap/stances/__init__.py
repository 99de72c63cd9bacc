"""Stances: statements (actor, issue, polarity) derived from quotes and events."""

from . import confidence  # noqa: F401  (registers stances.calibration.apply)
from .joint_subjects import JOINT_SUBJECT_ACT, joint_subject_acts
from .stage import StanceStage

__all__ = ["JOINT_SUBJECT_ACT", "StanceStage", "joint_subject_acts"]
