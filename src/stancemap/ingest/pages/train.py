"""Fit the page-line classifier on the ``tune`` pages (development time only).

    python -m stancemap.ingest.pages.train tests/ingest/pages/data [--out FILE]

Only pages whose id falls in ``tune`` (``evaluate.split.part_of``) are read;
``check`` pages are scored by ``stancemap eval pages --part check`` and never
trained on. Needs scikit-learn (a dev dependency); run time needs only numpy.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from ...datafiles import data_path
from ...evaluate.split import select
from .classifier import MODEL_FILE, LineModel
from .features import feature_names, line_features
from .labelled import LabelledPage, load_pages
from .lines import split_lines

# Inverse regularisation strength, picked by leave-one-template-out on tune.
C = 1.0


def training_rows(pages: list[LabelledPage]) -> tuple[list[list[float]], list[str]]:
    """Feature rows and gold classes of every non-empty line of ``pages``."""
    rows: list[list[float]] = []
    labels: list[str] = []
    for page in pages:
        lines = split_lines(page.text)
        # a hard-wrapped paragraph is one line to the classifier: its first line's kind
        kind_at = {start: kind for start, _, kind in page.labelled_lines()}
        rows.extend(line_features(page.text, lines))
        labels.extend(kind_at[line.start] for line in lines)
    return rows, labels


def fit(pages: list[LabelledPage], c: float = C) -> LineModel:
    """A model fitted on ``pages``."""
    from sklearn.linear_model import LogisticRegression

    rows, labels = training_rows(pages)
    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit((x - mean) / scale, labels)
    return LineModel(
        classes=tuple(str(c) for c in clf.classes_),
        features=feature_names(),
        mean=mean,
        scale=scale,
        coef=clf.coef_,
        intercept=clf.intercept_,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=data_path(MODEL_FILE))
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args(argv)
    pages = select(load_pages(args.folder), lambda p: p.id, "tune")
    model = fit(pages, args.c)
    payload = {
        "about": "stancemap page-line classifier: multinomial logistic regression over "
        "standardised features (ingest/pages/lines.py), fitted by ingest/pages/train.py "
        f"on the {len(pages)} tune pages of tests/ingest/pages/data",
        **model.to_json(),
    }
    args.out.write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
    print(f"wrote {args.out} ({len(pages)} pages)")


if __name__ == "__main__":
    main()
