"""Session 68 (PB, issue 12): ``events.sense.private_modifiers`` (events/apolitical_acts.py)
- a multinational firm's CAMEO code (Phoenix's MNC: Sony) makes no political actor, and a
country named only as a modifier of a private person ("the US singer"), a firm or a made
thing is no party, for ``events.sense.no_political_party`` (and ``firm_parties``). Shipped
off. The sentences were written for this test; each runs the whole pipeline off and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.config import Settings
from stancemap.events.apolitical_acts import PRIVATE_MODIFIERS, private_people_nouns
from stancemap.pipeline import Pipeline

PRIVATE_ENDS = "events.sense.private_ends"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = {
        # private_ends (on as well since the session 68 lead) kept off on both sides
        "on": Pipeline(
            with_rules(enable=[PRIVATE_MODIFIERS], disable=[PRIVATE_ENDS]), nlp=analyzer.nlp
        ),
        "off": Pipeline(with_rules(disable=[PRIVATE_MODIFIERS, PRIVATE_ENDS]), nlp=analyzer.nlp),
    }

    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.type, e.trigger.text) for e in analysis.events]

    return run


def test_the_rule_is_on_by_default():
    assert PRIVATE_MODIFIERS not in Settings().rules.disable  # session 68 lead: A/B 6/0, 6/0


def test_the_private_people_list():
    nouns = private_people_nouns()
    assert {"singer", "rapper", "actor"} <= nouns
    assert not {"president", "ambassador", "soldier"} & nouns


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country only modifying a private person: no party
        ("The US singer criticised the photographer.", "criticised"),
        # a firm coded MNC (Sony) is no political actor
        ("Its makers claim that it is almost four times as fast as Sony's Qrio.", "claim"),
    ],
)
def test_a_private_act_is_no_event(read, text, word):
    assert any(word in trigger for _, trigger in read(text, on=False))
    assert not any(word in trigger for _, trigger in read(text, on=True))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("US troops attacked a village near the border.", "attacked"),
        ("Sony was fined by the EU.", "fined"),
        # a country's official is no private person
        ("The US ambassador criticised the photographer.", "criticised"),
        ("The US government criticised the photographer.", "criticised"),
    ],
)
def test_a_state_act_stays(read, text, word):
    assert any(word in trigger for _, trigger in read(text, on=True))
