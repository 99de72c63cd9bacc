"""A counted plural subject is a group of its own (session 49, engineer AW, issue 12:
kept events with an empty source whose subject is a group the sentence names).

``actors.agent.counted_subject_group`` (shipped off): the late subject-group rules
(``subject_group_source_only``, ``unlisted_subject_group_source_only``) set aside a plural
with a count because "the two senators" points back to people named before; "Eight
candidates", "Five activists" bring in people the text has not named. With the rule a count
points back only beside a definite determiner, and the count's words (a CARDINAL entity
for the tagger) name no one. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .late_groups import event_at, events_by_trigger, on_off_fixtures, switched

RULE = "actors.agent.counted_subject_group"
LATE = ("actors.agent.subject_group_source_only", "actors.agent.unlisted_subject_group_source_only")

UNLISTED = "Eight candidates went on the attack on television on Sunday."
LISTED = "Five activists criticized the new budget outside the capitol."
APPROXIMATE = "Nearly forty donors praised the governor at the dinner."
DEFINITE = "Ana Reyes and Tom Hale met the mayor. The two donors criticized the tariff."
PASSIVE = "Three donors were thanked by the mayor at the dinner."
DIED = "Three soldiers died in the fighting near the border."
NAMED = "Two Republican senators criticized the new budget on Monday."


on, off = on_off_fixtures(RULE)


def _names(pipeline: Any, text: str, ids: list[str]) -> list[str]:
    actors = {a.id: a for a in pipeline.analyze(text, date="2016-10-01").actors}
    return [actors[i].name for i in ids]


@pytest.mark.parametrize(
    ("text", "verb", "word"),
    [
        (UNLISTED, "went", "candidates"),
        (LISTED, "criticized", "activists"),
        (APPROXIMATE, "praised", "donors"),
    ],
)
def test_a_counted_group_fills_the_empty_source(
    on: Any, off: Any, text: str, verb: str, word: str
) -> None:
    assert event_at(events_by_trigger(off, text), text, verb).source == []
    event = event_at(events_by_trigger(on, text), text, verb)
    names = _names(on, text, event.source)
    assert len(names) == 1 and names[0].endswith(word), names


def test_a_definite_count_still_points_back(on: Any) -> None:
    """'The two donors': people named before, left to coreference."""
    event = event_at(events_by_trigger(on, DEFINITE), DEFINITE, "criticized")
    assert "donors" not in " ".join(_names(on, DEFINITE, event.source))


def test_a_passive_or_dying_subject_is_no_doer(on: Any) -> None:
    for text in (PASSIVE, DIED):
        for event in events_by_trigger(on, text).values():
            names = " ".join(_names(on, text, event.source))
            assert "donors" not in names and "soldiers" not in names, text


def test_the_events_kept_and_their_targets_do_not_move(on: Any, off: Any) -> None:
    """Read late: the events stage decides on the layer without the group."""
    for text in (UNLISTED, LISTED, APPROXIMATE, DEFINITE, PASSIVE, DIED, NAMED):
        on_events, off_events = events_by_trigger(on, text), events_by_trigger(off, text)
        assert on_events.keys() == off_events.keys(), text
        for key, event in on_events.items():
            assert event.target == off_events[key].target, text


def test_the_rule_needs_the_late_group_rules(analyzer: Any) -> None:
    """With both late group rules off the count changes nothing."""
    pipeline = switched(analyzer, RULE, True, LATE)
    assert event_at(events_by_trigger(pipeline, LISTED), LISTED, "criticized").source == []
