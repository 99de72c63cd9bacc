"""A definite state body of the one country named, read only as an event's source
(session 45, engineer CS, issue 12: "nine in ten source errors are an empty source").

``actors.agent.definite_body_sole_country_source_only`` (shipped off) reads the same
phrase as ``definite_body_sole_country`` ("Kenya held elections. The government
criticized ..."), but the events stage decides which events there are, how they merge
and what their learned reality is on the actor layer without it; the body only fills
the empty source of an event kept anyway, and no quote takes it as its speaker.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

SOURCE_ONLY = "actors.agent.definite_body_sole_country_source_only"
SOLE = "actors.agent.definite_body_sole_country"
STORY = "actors.agent.definite_body_story"

ONE = "Kenya held elections on Monday. The government criticized the opposition."
SEVERAL = (
    "Japan held elections on Monday. The ministry criticized the opposition. "
    "The opposition leader visited Osaka on Tuesday. The government urged the unions "
    "to negotiate and the cabinet praised the police."
)
QUOTED = (
    "France held elections on Monday. The government urged the unions to negotiate. "
    '"We will not talk to anyone," the government said.'
)


def _pipeline(analyzer: Any, enable: list[str]) -> Any:
    # the rule is switched off explicitly where not asked for: these twins hold whether
    # it ships off or on
    disable = [] if SOURCE_ONLY in enable else [SOURCE_ONLY]
    return analyzer.derive(rule_settings.with_rules(enable=enable, disable=disable))


@pytest.fixture(scope="module")
def late(analyzer: Any) -> Any:
    return _pipeline(analyzer, [SOURCE_ONLY])


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return _pipeline(analyzer, [])


def _analysis(pipeline: Any, text: str) -> Any:
    return pipeline.analyze(text, date="2016-10-01")


def _events(result: Any) -> dict[tuple[int, int, str], Any]:
    return {(e.trigger.start, e.trigger.end, e.type): e for e in result.events}


def test_the_kept_event_gets_the_body_as_its_source(late: Any, off: Any) -> None:
    on_events = _events(_analysis(late, ONE))
    off_events = _events(_analysis(off, ONE))
    start = ONE.index("criticized")
    key = (start, start + len("criticized"), "ACCUSE")
    assert key in off_events and off_events[key].source == [], off_events
    assert on_events[key].source == ["agent:ken:gov"], on_events[key]
    actors = {a.id: a for a in _analysis(late, ONE).actors}
    assert actors["agent:ken:gov"].country == "KEN"


def test_which_events_are_kept_and_their_reality_do_not_move(late: Any, off: Any) -> None:
    """The learned reality reads the arguments: it is scored on the layer without the
    late body, so the same events come out, each with the same reality."""
    for text in (ONE, SEVERAL, QUOTED):
        on_events = _events(_analysis(late, text))
        off_events = _events(_analysis(off, text))
        assert on_events.keys() == off_events.keys(), text
        for key, event in on_events.items():
            assert event.reality == off_events[key].reality, (text, key)
            assert event.confidence == off_events[key].confidence, (text, key)
            assert event.target == off_events[key].target, (text, key)


def test_only_empty_sources_are_filled(late: Any, off: Any) -> None:
    on_events = _events(_analysis(late, SEVERAL))
    off_events = _events(_analysis(off, SEVERAL))
    filled = 0
    for key, event in off_events.items():
        if event.source:
            assert on_events[key].source == event.source, key
        elif on_events[key].source:
            assert on_events[key].source[0].startswith("agent:jpn:"), on_events[key]
            filled += 1
    assert filled >= 1


def test_no_quote_takes_the_late_body_as_speaker(late: Any, off: Any, analyzer: Any) -> None:
    speakers_late = [q.speaker for q in _analysis(late, QUOTED).quotes]
    speakers_off = [q.speaker for q in _analysis(off, QUOTED).quotes]
    assert speakers_late == speakers_off
    # the full rule gives the quote the body as its speaker
    sole = _pipeline(analyzer, [SOLE])
    assert "agent:fra:gov" in [q.speaker for q in _analysis(sole, QUOTED).quotes]


def test_the_layer_keeps_the_layer_before(late: Any, off: Any) -> None:
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def layer(pipeline: Any) -> Any:
        doc = next(parse_documents(pipeline.nlp, [ONE], pipeline.settings.nlp))
        return pipeline.actors(doc, make_document(ONE, date="2016-10-01"))

    with_rule = layer(late)
    found = _at(with_rule, ONE, "government")
    assert found is not None and found.id == "agent:ken:gov", found
    assert with_rule.late_ids == frozenset({"agent:ken:gov"})
    assert with_rule.before is not None
    assert _at(with_rule.before, ONE, "government") is None
    plain = layer(off)
    assert plain.before is None and _at(plain, ONE, "government") is None


def test_with_the_story_rule_on_nothing_is_held_back(analyzer: Any) -> None:
    """definite_body_story reads the phrase in full: the source-only form stands down."""
    both = _pipeline(analyzer, [SOURCE_ONLY, STORY])
    story = _pipeline(analyzer, [STORY])
    assert _events(_analysis(both, QUOTED)).keys() == _events(_analysis(story, QUOTED)).keys()
    assert [q.speaker for q in _analysis(both, QUOTED).quotes] == [
        q.speaker for q in _analysis(story, QUOTED).quotes
    ]
