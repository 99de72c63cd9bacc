"""The stances stage over examples/corpus, compared with the positions a reader finds there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.stances.issues import parse_issue_id

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
ARTICLES = CORPUS / "articles"


def test_every_expected_position_and_nothing_else(analyzer) -> None:  # type: ignore[no-untyped-def]
    expected: set[tuple[str, str, str, int]] = set()
    for line in (CORPUS / "expected.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        expected.add((row["doc"], row["actor"], row["frame"], row["polarity"]))
    found: set[tuple[str, str, str, int]] = set()
    for path in sorted(ARTICLES.glob("*.txt")):
        result = analyzer.analyze_text(path.read_text("utf-8"), doc_id=path.stem)
        names = {a.id: a.name for a in result.actors}
        for st in result.statements:
            frame = parse_issue_id(st.issue.id)[0]
            found.add((path.stem, names.get(st.actor, st.actor), frame, st.polarity))
    assert expected - found == set(), "missed"
    assert found - expected == set(), "extra"
