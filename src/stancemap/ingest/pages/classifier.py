"""The page-line classifier: a multinomial logistic regression shipped as JSON.

The weights were fitted at development time (``train.py``, scikit-learn) on
the ``tune`` part of the labelled pages in ``tests/ingest/pages/data``; at run
time they are a matrix product in numpy. The file names its features, so a
model and a feature extractor that disagree fail on load, not silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ...datafiles import data_path
from ...errors import KnowledgeBaseError
from .features import feature_names

MODEL_FILE = "pages/line_model.json"


@dataclass(frozen=True)
class LineModel:
    """Weights of one linear model over standardised line features."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # classes x features
    intercept: np.ndarray

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        """Class probabilities, one row per line (softmax of the linear scores)."""
        if not rows:
            return np.zeros((0, len(self.classes)))
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        scores = x @ self.coef.T + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def to_json(self) -> dict[str, object]:
        return {
            "classes": list(self.classes),
            "features": list(self.features),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "coef": [[round(float(v), 5) for v in row] for row in self.coef],
            "intercept": [round(float(v), 5) for v in self.intercept],
        }


def parse_model(raw: dict[str, object], path: str) -> LineModel:
    """A model from its JSON object; ``KnowledgeBaseError`` when it does not fit."""
    try:
        classes = tuple(str(c) for c in raw["classes"])  # type: ignore[attr-defined]
        features = tuple(str(f) for f in raw["features"])  # type: ignore[attr-defined]
        model = LineModel(
            classes=classes,
            features=features,
            mean=np.asarray(raw["mean"], dtype=float),
            scale=np.asarray(raw["scale"], dtype=float),
            coef=np.asarray(raw["coef"], dtype=float),
            intercept=np.asarray(raw["intercept"], dtype=float),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeBaseError(path, None, None, f"not a line model ({exc})") from None
    expected = feature_names()
    if features != expected:
        missing = sorted(set(expected) ^ set(features))
        raise KnowledgeBaseError(
            path, None, "features", f"do not match the feature extractor (differ: {missing})"
        )
    n_classes, n_features = len(classes), len(features)
    if model.coef.shape != (n_classes, n_features) or model.intercept.shape != (n_classes,):
        raise KnowledgeBaseError(path, None, "coef", "shape does not match classes x features")
    if model.mean.shape != (n_features,) or model.scale.shape != (n_features,):
        raise KnowledgeBaseError(path, None, "mean", "one mean and one scale per feature")
    return model


def load_model(path: str | Path | None = None) -> LineModel:
    """The shipped model (``path=None``) or another one (a freshly trained file)."""
    if path is None:
        return _shipped()
    return _read(Path(path))


@cache
def _shipped() -> LineModel:
    return _read(data_path(MODEL_FILE))


def _read(path: Path) -> LineModel:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise KnowledgeBaseError(str(path), None, None, "file not found") from None
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(str(path), exc.lineno, None, f"not JSON: {exc.msg}") from None
    return parse_model(raw, str(path))
