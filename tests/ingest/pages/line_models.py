"""A line classifier that gives every line one class: the tests of rules that overrule it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from stancemap.ingest.pages.classifier import LineModel, load_model


def one_class_model(kind: str) -> LineModel:
    """The shipped model's classes and features, with every line judged ``kind``."""
    model = load_model()
    intercept = np.full(len(model.classes), -50.0)
    intercept[model.classes.index(kind)] = 50.0
    return replace(model, coef=np.zeros_like(model.coef), intercept=intercept)
