"""Session 29 (engineer QM, issue 14): the mode of what a quote says.

The clause tests the events stage reads its modes with moved from ``events/modality.py``
to ``nlp/modality.py``, and the clause mode session 28 read for statements
(``stances/modes.py``) to ``nlp/clause_mode.py``, so the quotes stage (which runs before
events and stances) reads it too: each quote carries ``mode`` (a new contract field:
asserted, negated, hypothetical, conditional, question, future), read from the clause
heading its content.

Sentences written for these tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from stancemap.nlp.clause_mode import MODES

NLP = Path(__file__).resolve().parents[2] / "src" / "stancemap" / "nlp"
LATER_STAGES = ("actors", "quotes", "events", "stances", "alignment")


def _modes(analyzer, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(text, date="2023-03-01")
    return {q.content.text: q.mode for q in analysis.quotes}


@pytest.mark.parametrize(
    ("text", "content", "mode"),
    [
        (
            '"If he wins, we will oppose him," Smith said.',
            "If he wins, we will oppose him",
            "conditional",
        ),
        ('"Does Iran back Hamas?" she asked.', "Does Iran back Hamas", "question"),
        ("Putin said Russia did not attack Ukraine.", "Russia did not attack Ukraine", "negated"),
        ("Trump said he will visit Moscow next week.", "he will visit Moscow next week", "future"),
        ('"We would never vote for him," Garcia said.', "We would never vote for him", "negated"),
        ('"We could back her," Garcia said.', "We could back her", "hypothetical"),
        ("Merkel said that Germany supports France.", "that Germany supports France", "asserted"),
    ],
)
def test_quote_carries_the_mode_of_what_it_says(analyzer, text, content, mode):  # type: ignore[no-untyped-def]
    modes = _modes(analyzer, text)
    assert modes.get(content) == mode, modes


def test_every_quote_has_a_known_mode(analyzer):  # type: ignore[no-untyped-def]
    text = (
        'Smith said the talks failed. "If they return, we will talk," he said. '
        "Jones said she might resign."
    )
    analysis = analyzer.analyze(text, date="2023-03-01")
    assert analysis.quotes
    assert all(q.mode in MODES for q in analysis.quotes)
    assert all("mode" in q.model_dump(mode="json") for q in analysis.quotes)


def test_statement_and_quote_read_one_clause_mode(analyzer):  # type: ignore[no-untyped-def]
    """A statement read from a quote's cue and the quote itself share one reading."""
    analysis = analyzer.analyze(
        '"If Smith wins, we will oppose him," Jones said.', date="2023-03-01"
    )
    assert [q.mode for q in analysis.quotes] == ["conditional"]
    said = [s for s in analysis.statements if s.mode is not None]
    assert all(s.mode == "conditional" for s in said)


def test_events_read_their_modes_from_nlp():
    """One module of clause tests: the events stage reads the nlp one, and no copy is left
    under events."""
    from stancemap.events import contest, finish, roles
    from stancemap.nlp import modality

    assert finish.mod is modality and roles.mod is modality and contest.mod is modality
    assert not (NLP.parent / "events" / "modality.py").exists()
    assert contest.KINDS == modality.CONTEST_KINDS
    assert modality.prediction_words() == contest.contest_words()["prediction"]


def test_nlp_imports_no_later_stage():
    """The shared clause tests sit below every stage: neither module imports one (the
    entity ruler's cache key, ``nlp/pattern_cache.py``, is the documented exception)."""
    for path in (NLP / "modality.py", NLP / "clause_mode.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                top = node.module.split(".")[0]
                if node.level >= 2:
                    assert top not in LATER_STAGES, f"{path.name} imports ..{node.module}"
                if node.module.startswith("stancemap."):
                    assert node.module.split(".")[1] not in LATER_STAGES, path.name
