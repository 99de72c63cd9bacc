"""``events.args.event_noun_setting_no_party`` (session 72 PL, issues 12 and 14; shipped
off): a place under 'in'/'at' on a noun of an act, event or message is where that act
happened, not a party the phrase reader gives the act about it; the noun's possessor, an
'on' object, the place of a material act and a measure of coercion (the place's own
state's) are kept. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.setting_places import EVENT_NOUN_SETTING, event_noun

DATE = "2019-05-02"


@pytest.fixture(scope="module")
def rule_on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[EVENT_NOUN_SETTING]))


@pytest.fixture(scope="module")
def rule_off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=[EVENT_NOUN_SETTING]))


def _targets(pipeline: Any, text: str, trigger: str) -> list[str] | None:
    result = pipeline.analyze(text, date=DATE)
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        if event.trigger.text.startswith(trigger):
            return [names.get(t, t) for t in event.target]
    return None


def test_shipped_off() -> None:
    assert EVENT_NOUN_SETTING in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Egypt condemned Sunday's bombing in Kabul.", "condemned", "Afghanistan"),
        ("Germany criticized the elections in Gambia.", "criticized", "Gambia"),
        ("India condemned the violence in Nepal.", "condemned", "Nepal"),
        # the place inside a deeper phrase of the object ("demands for an inquiry into ...")
        ("Norway rejected demands for an inquiry into abuses in Myanmar.", "rejected", "Myanmar"),
    ],
)
def test_setting_is_no_party(
    rule_on: Any, rule_off: Any, text: str, trigger: str, place: str
) -> None:
    assert place in (_targets(rule_off, text, trigger) or [])
    on = _targets(rule_on, text, trigger)
    assert on is not None  # the event stays; only the place's party goes
    assert place not in on


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # a material act's place is still made its target later (finish._place)
        ("Russian jets bombed rebel positions in Syria.", "bombed", "Syria"),
        # 'on' names the party, not a place
        ("The European Union imposed sanctions on Iran.", "imposed", "Iran"),
        # the noun's own possessor
        ("Egypt condemned Israel's raid in Gaza.", "condemned", "Israel"),
        # a measure of coercion is the place's own state's (a PLOVER COERCE trigger noun)
        ("Britain criticised the detentions in Turkey.", "criticised", "Turkey"),
        # where a material act happened is read whole: the protest's place is its target
        ("Police used water cannon at a protest in Ankara.", "used", "Turkey"),
        # talks are hosted by the place (a PLOVER CONSULT trigger noun)
        ("Japan welcomed the talks in Vietnam.", "welcomed", "Vietnam"),
    ],
)
def test_parties_kept(rule_on: Any, rule_off: Any, text: str, trigger: str, party: str) -> None:
    assert party in (_targets(rule_on, text, trigger) or [])
    assert _targets(rule_on, text, trigger) == _targets(rule_off, text, trigger)


def test_event_nouns(analyzer: Any) -> None:
    doc = analyzer.nlp("The bombing and the people and the detentions and the talks.")
    by_word = {t.lower_: t for t in doc}
    assert event_noun(by_word["bombing"])
    assert not event_noun(by_word["people"])  # a kind of person names who, not what
    assert not event_noun(by_word["detentions"])  # a measure of coercion keeps its place
    assert not event_noun(by_word["talks"])  # talks are hosted by the place
