"""Embedding-based issue merging, with a tiny bag-of-words encoder standing in for the model."""

from __future__ import annotations

import pytest

from stancemap.stances.similarity import cosine, similar_issues

VOCAB = ["carbon", "tax", "levy", "fuel", "war", "pipeline"]


def bag_of_words(texts: list[str]) -> list[list[float]]:
    return [[float(w in t.lower().replace("-", " ").split()) for w in VOCAB] for t in texts]


def test_cosine() -> None:
    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 1]) == 0.0
    assert cosine([0, 0], [1, 0]) == 0.0


def test_free_text_topics_merge_and_frames_stay_apart() -> None:
    labels = {
        "topic-levy": "carbon levy",
        "topic-tax": "carbon tax levy",
        "climate": "carbon tax",
        "war": "war",
        "energy": "pipeline",
    }
    counts = {"topic-levy": 1, "topic-tax": 1, "climate": 5, "war": 3, "energy": 2}
    merged = similar_issues(labels, counts, bag_of_words, threshold=0.7)
    # both free-text topics join the framed issue they paraphrase
    assert merged == {"topic-levy": "climate", "topic-tax": "climate"}


def test_two_frames_never_merge_however_close() -> None:
    labels = {"climate": "carbon tax", "trade": "carbon tax"}
    assert similar_issues(labels, {"climate": 1, "trade": 1}, bag_of_words, threshold=0.5) == {}
