"""``events.args.reply_phrase_target`` (session 71 AH, issue 12; on since session 71, with abstract_head_no_place and abstract_head_opposed_party): an act done
"in response to X", "in retaliation for X's ..." answers X, its target where its own
arguments name none. ``events.args.abstract_head_no_place`` rightly stops reading such a
phrase as the act's place, which is how these targets came before. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import reply_nouns_import
from stancemap.events.arguments import ABSTRACT_HEAD_NO_PLACE, ABSTRACT_HEAD_OPPOSED_PARTY
from stancemap.events.reply_phrases import REPLY_PHRASE_TARGET

# the group switched on in session 71; 'shipped' below is the state before it
GROUP = [ABSTRACT_HEAD_NO_PLACE, REPLY_PHRASE_TARGET, ABSTRACT_HEAD_OPPOSED_PARTY]


def _state(*on: str) -> Any:
    """The shipped settings with only ``on`` of the group switched on."""
    return rule_settings.with_rules(disable=[r for r in GROUP if r not in on])


@pytest.fixture(scope="module")
def shipped(analyzer: Any) -> Any:
    return analyzer.derive(_state())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(_state(REPLY_PHRASE_TARGET))


@pytest.fixture(scope="module")
def abstract_only(analyzer: Any) -> Any:
    return analyzer.derive(_state(ABSTRACT_HEAD_NO_PLACE))


@pytest.fixture(scope="module")
def abstract_and_reply(analyzer: Any) -> Any:
    rules = [ABSTRACT_HEAD_NO_PLACE, REPLY_PHRASE_TARGET]
    return analyzer.derive(_state(*rules))


def _reading(pipeline: Any, text: str, trigger: str) -> tuple[str, list[str], list[str]] | None:
    """(type, source names, target names) of the event whose trigger starts with
    ``trigger``, else None."""
    result = pipeline.analyze(text, date="2019-05-02")
    names = {a.id: a.name for a in result.actors}
    for event in result.events:
        if event.trigger.text.startswith(trigger):
            return (
                event.type,
                [names.get(s, s) for s in event.source],
                [names.get(t, t) for t in event.target],
            )
    return None


def test_on_by_default() -> None:
    assert REPLY_PHRASE_TARGET not in Settings().rules.disable


def test_the_nouns_come_from_wordnet() -> None:
    nouns = word_list("events/reply_nouns.txt")
    assert {"response", "retaliation", "reply", "reaction", "reprisal", "answer"} <= nouns
    # a return for a favour, a consequence, a cause and a reflex are no reply
    assert not {"return", "result", "defiance", "support", "reflex", "vomiting"} & nouns
    if not (reply_nouns_import.WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 database files not installed")
    assert set(reply_nouns_import.reply_nouns(reply_nouns_import.WORDNET)) == nouns


def test_a_reply_phrase_names_the_party_answered(shipped: Any, on: Any) -> None:
    text = "Beijing suspended the talks in reply to Japanese provocations."
    assert _reading(shipped, text, "suspended") == ("SANCTION", ["China"], [])
    reading = _reading(on, text, "suspended")
    assert reading is not None and reading[2] == ["Japanese"]


def test_it_gives_back_what_the_place_reading_gave(
    shipped: Any, abstract_only: Any, abstract_and_reply: Any
) -> None:
    text = "Iran closed its airspace in retaliation for the Saudi naval blockade."
    assert _reading(shipped, text, "closed") == ("COERCE", ["Iran"], ["Saudi Arabia"])
    # the abstract head is no place: the target that reading gave is gone ...
    assert _reading(abstract_only, text, "closed") == ("COERCE", ["Iran"], [])
    # ... and the reply phrase gives it back as the party answered
    assert _reading(abstract_and_reply, text, "closed") == ("COERCE", ["Iran"], ["Saudi Arabia"])
    text = "Serbia threatened to use force in response to the Albanian raids."
    assert _reading(abstract_only, text, "threatened") == ("THREATEN", ["Serbia"], [])
    assert _reading(abstract_and_reply, text, "threatened") == ("THREATEN", ["Serbia"], ["Albania"])


def test_an_act_that_names_its_target_keeps_it(shipped: Any, on: Any) -> None:
    text = "Norway imposed sanctions on Belarus in response to the Russian decision."
    reading = _reading(on, text, "imposed")
    assert reading == _reading(shipped, text, "imposed")
    assert reading is not None and reading[2] == ["Belarus"]


def test_those_an_answered_act_was_done_to_are_no_party(on: Any) -> None:
    # "the killing of two Chilean farmers": those killed are not the ones answered
    text = "Rebels blocked the highway in retaliation for the killing of two Chilean farmers."
    reading = _reading(on, text, "blocked")
    assert reading is not None and reading[2] == []
