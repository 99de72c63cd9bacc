"""Helpers for the hostile-input tests: run ingest over inputs made in tmp_path."""

from __future__ import annotations

from pathlib import Path

from stancemap.ingest import Document, IngestOptions, Skip, ingest

# Written for these tests: plain English news sentences.
STORY = (
    "The finance minister said on Tuesday that the government would cut fuel taxes "
    "for six months to ease pressure on households.\n"
)
OTHER = (
    "Hundreds of farmers drove their tractors into the capital on Monday to protest "
    "against new rules on fertiliser use and water rights.\n"
)


def run(inputs: list[str | Path], **options: object) -> list[Document | Skip]:
    """Everything ingest yields for ``inputs``; every language goes on unless told."""
    options.setdefault("languages", ())
    _, stream = ingest([str(i) for i in inputs], IngestOptions(**options))  # type: ignore[arg-type]
    return list(stream)


def docs(items: list[Document | Skip]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def skips(items: list[Document | Skip]) -> list[Skip]:
    return [i for i in items if isinstance(i, Skip)]
