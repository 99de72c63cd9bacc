"""A late group fills the source of the mention whose own sentence reads it, not the
merged event's first mention (session 48, engineer LS, issue 12; the limit session 47 GN
found in ``events.late_sources``). Sentences written for this test."""

from __future__ import annotations

from typing import Any

from .late_groups import switched

RULE = "actors.agent.unlisted_subject_group_source_only"
LEXICON_RULE = "actors.agent.subject_group_source_only"

# "officials" is ES's lexicon group (switched off here), so the first mention has no
# doer; "environmental groups" is GN's unlisted group, the doer of the second only
TWO_SENTENCES = (
    "Several county officials praised Governor Ann Miller on Monday. "
    "Some environmental groups praised Governor Ann Miller too."
)


def _praise(analyzer: Any, on: bool) -> Any:
    pipeline = switched(analyzer, RULE, on, [LEXICON_RULE])
    events = pipeline.analyze(TWO_SENTENCES, date="2016-10-01").events
    praised = [e for e in events if e.type == "SUPPORT"]
    assert len(praised) == 1 and len(praised[0].mention_parties) == 2, events
    return praised[0]


def test_the_group_is_the_doer_of_its_own_mention_only(analyzer: Any) -> None:
    event = _praise(analyzer, True)
    first, second = event.mention_parties
    assert first.trigger.start == TWO_SENTENCES.index("praised")
    assert event.source == [] and first.source == []
    assert len(second.source) == 1 and second.source[0].startswith("new:group:")


def test_without_the_rule_neither_mention_has_a_doer(analyzer: Any) -> None:
    event = _praise(analyzer, False)
    assert event.source == []
    assert [m.source for m in event.mention_parties] == [[], []]
