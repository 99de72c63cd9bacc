"""Helpers for the ingest tests: run the pipeline over inputs made in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.ingest import Document, IngestOptions, Skip, ingest

# Three distinct English news paragraphs, long enough for language detection
# and near-duplicate signatures. Written for these tests.
ARTICLE_A = (
    "The finance minister said on Tuesday that the government would cut fuel taxes "
    "for six months to ease pressure on households.\n\n"
    "Opposition leaders criticised the plan, arguing that it would widen the budget "
    "deficit and do little for the poorest families in the country.\n\n"
    "The central bank declined to comment on the proposal, which parliament is "
    "expected to debate next week before a final vote in the spring.\n"
)
ARTICLE_B = (
    "Hundreds of farmers drove their tractors into the capital on Monday to protest "
    "against new rules on fertiliser use and water rights.\n\n"
    "Police closed several roads near the parliament building as the protest grew, "
    "and officials agreed to meet a delegation of union representatives.\n\n"
    "The agriculture ministry said the rules were needed to meet environmental "
    "targets but promised to review the timetable for smaller farms.\n"
)
ARTICLE_C = (
    "The two foreign ministers met in Vienna to discuss the stalled negotiations over "
    "the nuclear programme and the lifting of economic sanctions.\n\n"
    "Both sides described the talks as constructive, although diplomats said that "
    "major differences remained on verification and on the sequence of steps.\n"
)


def run(inputs: list[str | Path], **options: object) -> list[Document | Skip]:
    """Everything the pipeline yields for ``inputs`` (paths as strings)."""
    _, stream = ingest([str(i) for i in inputs], IngestOptions(**options))  # type: ignore[arg-type]
    return list(stream)


def docs(items: list[Document | Skip]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def skips(items: list[Document | Skip]) -> list[Skip]:
    return [i for i in items if isinstance(i, Skip)]


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(name, content) -> path under tmp_path (str content is written as UTF-8)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            path.write_bytes(content)
        return path

    return _write
