"""Session 28 (engineer QM, issue 14): the mode of the clause a stance is read from.

- the statement's ``mode`` field (stances/modes.py, read with the events' modality):
  asserted, negated, hypothetical, conditional, question, future;
- ``stances.mode.unreal_said``: a position read from a conditional or a question, or a
  hypothetical or future told of another, weighs its mode's weight;
- with ``alignment.relations.said_mode_unreal`` a relation resting only on such a
  statement is none (``unreal_no_relation``, on).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stancemap.stances.modes import MODES, most_real, unreal

WEIGH = "stances.mode.unreal_said"
SAID = "alignment.relations.said_mode_unreal"  # both shipped off: switched on here


@pytest.fixture(scope="module")
def pipeline_off(analyzer):  # type: ignore[no-untyped-def]
    """The conftest fixture's analysis, with ``WEIGH`` and ``SAID`` on unless ``off``
    names them."""
    from stancemap.config import RuleSettings, Settings

    default_off = tuple(r for r in RuleSettings().disable if r not in (WEIGH, SAID))
    pipelines = {}

    def run(text: str, off: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        if off not in pipelines:
            settings = Settings.model_validate({"rules": {"disable": [*default_off, *off]}})
            pipelines[off] = analyzer.derive(settings)
        return pipelines[off].analyze(text, date="2023-03-01")

    return run


def _statements(result, holder: str, other: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    names = {a.id: a.name for a in result.actors}
    return [
        s
        for s in result.statements
        if names.get(s.actor) == holder and other in (names.get(s.target or "") or "")
    ]


def _relation(result, a: str, b: str) -> float | None:  # type: ignore[no-untyped-def]
    names = {x.id: x.name for x in result.actors}
    for r in result.relations:
        if {names.get(r.a), names.get(r.b)} == {a, b}:
            return float(r.score)
    return None


OTHERS = (
    '"Bernie Sanders would probably encourage people to back Hillary Clinton," '
    "Barack Obama said on Tuesday."
)


def test_a_hypothetical_told_of_another_is_no_relation(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    on = pipeline_off(OTHERS)
    off = pipeline_off(OTHERS, (WEIGH, SAID))
    said_on = _statements(on, "Bernie Sanders", "Hillary Clinton")
    said_off = _statements(off, "Bernie Sanders", "Hillary Clinton")
    assert said_on and said_off
    assert said_on[0].mode in ("hypothetical", "future")
    assert said_on[0].confidence < said_off[0].confidence  # weighed by its mode
    assert _relation(on, "Bernie Sanders", "Hillary Clinton") is None
    assert _relation(off, "Bernie Sanders", "Hillary Clinton") == 1.0


def test_a_quoted_question_is_a_question(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = '"Does Bernie Sanders support Hillary Clinton?" Barack Obama asked on Tuesday.'
    on, off = pipeline_off(text), pipeline_off(text, (WEIGH,))
    said_on = _statements(on, "Bernie Sanders", "Hillary Clinton")
    said_off = _statements(off, "Bernie Sanders", "Hillary Clinton")
    assert [s.mode for s in said_on] == ["question"]
    assert said_on[0].confidence < said_off[0].confidence


def test_one_s_own_future_and_negation_are_positions_now(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = '"We will back Hillary Clinton," Bernie Sanders said on Tuesday.'
    on, off = pipeline_off(text), pipeline_off(text, (WEIGH, SAID))
    said_on = _statements(on, "Bernie Sanders", "Hillary Clinton")
    assert [s.mode for s in said_on] == ["future"]
    assert (
        said_on[0].confidence == _statements(off, "Bernie Sanders", "Hillary Clinton")[0].confidence
    )
    assert (_relation(on, "Bernie Sanders", "Hillary Clinton") or 0) > 0
    never = pipeline_off("Bernie Sanders said he would never vote for Donald Trump.")
    assert [s.mode for s in _statements(never, "Bernie Sanders", "Donald Trump")] == ["negated"]
    assert (_relation(never, "Bernie Sanders", "Donald Trump") or 0) < 0


def test_an_asserted_stance_is_asserted(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = '"I strongly support Hillary Clinton," Bernie Sanders said on Tuesday.'
    said = _statements(pipeline_off(text), "Bernie Sanders", "Hillary Clinton")
    assert [s.mode for s in said] == ["asserted"]


def test_modes_and_their_reality() -> None:
    assert set(MODES) == {
        "asserted",
        "negated",
        "hypothetical",
        "conditional",
        "question",
        "future",
    }
    assert most_real(["hypothetical", "asserted", None]) == "asserted"
    assert most_real(["question", "future"]) == "future"
    assert most_real([None]) is None
    assert unreal("conditional", own=True) and unreal("question", own=True)
    assert unreal("hypothetical", own=False) and not unreal("hypothetical", own=True)
    assert unreal("future", own=False) and not unreal("future", own=True)
    assert not unreal("negated", own=False) and not unreal("asserted", own=False)
    assert not unreal(None, own=False)


def test_a_reason_under_a_modal_is_told_as_given(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chuck Grassley could lose his seat because he supports Donald Trump, "
        "Barack Obama said on Tuesday."
    )
    said = _statements(pipeline_off(text), "Chuck Grassley", "Donald Trump")
    assert [s.mode for s in said] == ["asserted"]


def test_a_clause_of_its_own_tense_is_not_under_a_modal_above(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bernie Sanders often attacked Hillary Clinton during the primaries, so it may come "
        "as a surprise to his supporters."
    )
    said = _statements(pipeline_off(text), "Bernie Sanders", "Hillary Clinton")
    assert said and said[0].mode != "hypothetical"
