"""A quote whose source is a group the actors stage read late takes that group as its
speaker (session 48, engineer QG): ``quotes.speaker.late_group``, shipped off.

The late groups (``actors.agent.subject_group_source_only``, ``actors.agent.
unlisted_subject_group_source_only``) are held back from the quotes stage, so "Environmental
activists said Y" kept no speaker although the whole layer holds the group at that very
source. With the rule such a quote takes the group, after the events read the quotes as
they were: no event moves. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

RULE = "quotes.speaker.late_group"
LATE = ("actors.agent.subject_group_source_only", "actors.agent.unlisted_subject_group_source_only")

SAID = "Environmental activists said the new pipeline would poison the river."
WORRY = "Local lawmakers worry that the budget will leave the schools without teachers."
CRITICIZED = "Environmental activists criticized Governor Tom Hale over the pipeline on Monday."
SUPPORT = "Local farmers said they support Governor Tom Hale's plan to build a dam."
NAMED = "Senator Ana Reyes said the tariff would hurt farmers."
POINTS_BACK = "The two senators said the tariff would hurt farmers."
PRONOUN = "Activists gathered at the plant on Monday. They said the closure was unfair."
ALL = (SAID, WORRY, CRITICIZED, SUPPORT, NAMED, POINTS_BACK, PRONOUN)


def _derive(analyzer: Any, enable: list[str], disable: list[str]) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=enable, disable=disable))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    # the late group rules named on too: the test holds whatever they ship as
    return _derive(analyzer, [RULE, *LATE], [])


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return _derive(analyzer, list(LATE), [RULE])


def _speakers(pipeline: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source words, cue words, speaker's name and type) of each quote."""
    result = pipeline.analyze(text, date="2016-10-01")
    actors = {a.id: a for a in result.actors}
    out = []
    for q in result.quotes + result.embedded_quotes:
        speaker = actors[q.speaker] if q.speaker else None
        named = f"{speaker.name}/{speaker.type}" if speaker else None
        out.append((q.source.text if q.source else None, q.cue.text if q.cue else None, named))
    return out


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (SAID, "Environmental activists"),
        (WORRY, "Local lawmakers"),
        (CRITICIZED, "Environmental activists"),
        (SUPPORT, "Local farmers"),
    ],
)
def test_a_late_group_source_speaks(on: Any, off: Any, text: str, source: str) -> None:
    before = [s for s in _speakers(off, text) if s[0] == source]
    assert before and all(s[2] is None for s in before), before
    found = [s for s in _speakers(on, text) if s[0] == source]
    assert [s[:2] for s in found] == [s[:2] for s in before]
    assert all(s[2] == f"{source}/group" for s in found), found


def test_the_speaker_is_an_actor_of_the_output(on: Any) -> None:
    result = on.analyze(SAID, date="2016-10-01")
    ids = {a.id for a in result.actors}
    (quote,) = result.quotes
    assert quote.speaker in ids
    (mention,) = next(a for a in result.actors if a.id == quote.speaker).mentions
    assert SAID[mention.start : mention.end] == "Environmental activists"


@pytest.mark.parametrize("text", [NAMED, POINTS_BACK, PRONOUN])
def test_a_named_pointing_back_or_pronoun_source_keeps_its_speaker(
    on: Any, off: Any, text: str
) -> None:
    assert _speakers(on, text) == _speakers(off, text)


def test_named_speaker_stays_the_person(on: Any) -> None:
    assert _speakers(on, NAMED) == [("Senator Ana Reyes", "said", "Ana Reyes/person")]


def test_no_late_group_no_speaker(analyzer: Any) -> None:
    """With the late group rules off nothing is read late: the rule has nothing to give."""
    alone = _derive(analyzer, [RULE], list(LATE))
    assert _speakers(alone, SAID) == [("Environmental activists", "said", None)]


def test_the_events_do_not_move(on: Any, off: Any) -> None:
    """The events read the quotes as they were: every event the same, sources included."""
    for text in ALL:
        on_events = on.analyze(text, date="2016-10-01").events
        off_events = off.analyze(text, date="2016-10-01").events
        assert [e.model_dump() for e in on_events] == [e.model_dump() for e in off_events], text
