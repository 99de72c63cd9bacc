"""Resume: a second run over the same inputs skips what the first finished."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.errors import InputError
from stancemap.ingest import Document, IngestOptions, ResumeState, ingest

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C


def _run(paths: list[Path], state: ResumeState) -> list:  # type: ignore[type-arg]
    _, stream = ingest([str(p) for p in paths], IngestOptions(), state=state)
    return list(stream)


def test_interrupted_batch_resumes_without_duplicates(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = [write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B), write("c.txt", ARTICLE_C)]
    state_file = tmp_path / "state.jsonl"
    with ResumeState(state_file) as state:
        _, stream = ingest([str(p) for p in paths], IngestOptions(), state=state)
        first = next(stream)
        assert isinstance(first, Document)
        state.record(first)  # the run dies after finishing one document
    with ResumeState(state_file) as state:
        items = _run(paths, state)
        done = [i for i in items if isinstance(i, Document)]
        assert [d.id for d in done] == ["b", "c"]
        assert items[0].kind == "resumed"
        for document in done:
            state.record(document)
    with ResumeState(state_file) as state:
        assert all(not isinstance(i, Document) for i in _run(paths, state))


def test_near_duplicates_of_earlier_runs_are_still_grouped(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state_file = tmp_path / "state.jsonl"
    with ResumeState(state_file) as state:
        [doc] = _run([write("a.txt", ARTICLE_A)], state)
        state.record(doc)
    copy = write("copy.txt", "From the wires\n" + ARTICLE_A)
    with ResumeState(state_file) as state:
        [later] = _run([copy], state)
    assert later.duplicate_of == "a"


def test_ids_stay_unique_across_runs(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    state_file = tmp_path / "state.jsonl"
    with ResumeState(state_file) as state:
        [doc] = _run([write("x/story.txt", ARTICLE_A)], state)
        state.record(doc)
    with ResumeState(state_file) as state:
        [other] = _run([write("y/story.txt", ARTICLE_B)], state)
    assert other.id != "story" and other.id.startswith("story-")


def test_torn_last_line_is_ignored_but_a_corrupt_middle_line_is_an_error(tmp_path: Path) -> None:
    good = '{"id": "a", "sha256": "' + "0" * 64 + '"}\n'
    torn = tmp_path / "torn.jsonl"
    torn.write_text(good + '{"id": "b", "sha', "utf-8")
    assert ResumeState(torn).seen("0" * 64)
    corrupt = tmp_path / "corrupt.jsonl"
    corrupt.write_text("not json\n" + good, "utf-8")
    with pytest.raises(InputError, match=r"corrupt.jsonl:1"):
        ResumeState(corrupt)
