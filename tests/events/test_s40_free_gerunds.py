"""A gerund that is the means of a verb ("by calling on X") or under a preposition of time
("after attacking X") is an act of its own, not taken by the verb it hangs on
(events.args.means_gerund_free, events.args.time_gerund_free; sentences written for these
tests; actors fixed by hand with test_coder.build_layer, so the events stage alone is tested)."""

from __future__ import annotations

import pytest
from hand_coder import hand_coder
from test_coder import names

MEANS = "events.args.means_gerund_free"
TIME = "events.args.time_gerund_free"


@pytest.fixture(scope="module")
def code(analyzer):
    return hand_coder(analyzer)


def triggers(events):
    return {e.trigger.text.split()[0] for e in events}


def by_trigger(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_a_means_gerund_is_its_own_act_with_the_verbs_subject(code):
    text = "Trump violated the law by calling on Russia to hack Clinton."
    actors = {"Trump": "USA", "Russia": "RUS", "Clinton": "USA"}
    on = code(text, actors, enable=(MEANS,))
    calling = by_trigger(on, "calling")
    assert calling.type == "REQUEST"
    assert names(calling.source) == {"trump"}
    assert names(calling.target) == {"russia"}
    assert "violated" in triggers(on)  # the verb keeps its own reading
    # off, the verb takes its means along and the request is lost
    assert "calling" not in triggers(code(text, actors, disable=(MEANS,)))


def test_a_means_gerund_under_a_modal_is_read_in_a_reported_clause(code):
    text = "Reid said that Trump may have broken the law by calling on Russia to hack Clinton."
    actors = {"Reid": "USAGOV", "Trump": "USA", "Russia": "RUS", "Clinton": "USA"}
    calling = by_trigger(code(text, actors, enable=(MEANS,)), "calling")
    assert calling.type == "REQUEST"
    assert names(calling.source) == {"trump"}  # the clause's own subject, not the speaker
    assert names(calling.target) == {"russia"}


def test_a_gerund_under_another_preposition_stays_with_the_verb(code):
    # "in" is neither a means "by" nor a preposition of time: the verb takes it along
    text = "Trump violated the law in calling on Russia to hack Clinton."
    actors = {"Trump": "USA", "Russia": "RUS", "Clinton": "USA"}
    assert "calling" not in triggers(code(text, actors, enable=(MEANS, TIME)))


def test_a_gerund_under_a_preposition_of_time_is_its_own_act(code):
    text = "Putin praised Obama before criticizing Ukraine."
    actors = {"Putin": "RUSGOV", "Obama": "USAGOV", "Ukraine": "UKR"}
    on = code(text, actors, enable=(TIME,))
    criticizing = by_trigger(on, "criticizing")
    assert criticizing.type == "ACCUSE"
    assert names(criticizing.source) == {"putin"}
    assert names(criticizing.target) == {"ukraine"}
    assert "criticizing" not in triggers(code(text, actors, disable=(TIME,)))
