"""A place an act of force or coercion acts on is its target, by the place's country
(issue 12; events/place_targets.py, rule events.args.aimed_place_acted_on). Sentences
written for these tests; actors fixed by hand with test_coder.build_layer, so the events
stage alone is tested and the places are never actors. Each case also runs with the rule
off, so the test shows what the rule does."""

from __future__ import annotations

import pytest
from test_coder import build_layer

from stancemap.config import RuleSettings, Settings
from stancemap.events.place_targets import (
    PLACE_ACTED_ON,
    country_of_name,
    country_of_words,
    place_words,
)
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[bool, EventStage] = {}

    def run(text: str, actors: dict[str, str | None], *, rule: bool = True):
        """(events, actor layer) of ``text`` with the rule on or off."""
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = build_layer(text, actors)
        if rule not in stages:
            disable = [r for r in DEFAULT_OFF if r != PLACE_ACTED_ON]
            disable += [] if rule else [PLACE_ACTED_ON]
            stages[rule] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[rule](doc, document, layer, []), layer

    return run


def _of_type(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "country", "words"),
    [
        ("Syrian government forces shelled Homs on Monday.", "ASSAULT", "SYR", "Homs"),
        (
            "Russian artillery shelled the Ukrainian city of Kharkiv overnight.",
            "ASSAULT",
            "UKR",
            "Ukrainian city of Kharkiv",
        ),
        (
            "Israeli jets bombed targets in Aleppo.",
            "ASSAULT",
            "SYR",
            "Aleppo",
        ),
        (
            "North Korean troops fired artillery at a South Korean island.",
            "ASSAULT",
            "KOR",
            "South Korean island",
        ),
    ],
)
def test_place_acted_on_is_the_target(code, text, etype, country, words):
    events, layer = code(text, {})
    event = _of_type(events, etype)
    assert len(event.target) == 1, event
    actor = layer.actor(event.target[0])
    assert actor is not None
    assert actor.type == "location"  # a place, never a person
    assert actor.country == country
    mention = next(m for m in layer.mentions if m.actor_id == actor.id)
    assert text[mention.start : mention.end] == mention.text == words  # evidence: its words
    off, _ = code(text, {}, rule=False)
    assert not _of_type(off, etype).target  # the rule is what gives the target


def test_the_country_word_on_the_place_wins(code):
    # "Springfield" alone reads as a US city; the modifier names the country meant
    text = "Rebels shelled the Syrian town of Springfield."
    events, layer = code(text, {})
    actor = layer.actor(_of_type(events, "ASSAULT").target[0])
    assert actor is not None and actor.country == "SYR"


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq held talks in Geneva on Monday.",  # where it happened, not a target
        "Thousands of students protested in London.",
    ],
)
def test_a_place_only_where_it_happened_is_no_target(code, text):
    events, layer = code(text, {"Iran": "IRN", "Iraq": "IRQ"})
    for event in events:
        for actor_id in event.target:
            actor = layer.actor(actor_id)
            assert actor is not None and actor.type != "location", (event.type, actor)


def test_an_actor_already_named_in_the_place_stands(code):
    text = "Government troops shelled Homs."
    events, layer = code(text, {"Homs": "LBN"})  # the actors stage's reading wins
    event = _of_type(events, "ASSAULT")
    assert [layer.actor(a).country for a in event.target] == ["LBN"]  # type: ignore[union-attr]


def test_a_small_town_names_no_country():
    assert country_of_name("Gori") is None  # about 40,000 people: under a bare name's floor
    assert country_of_name("Homs") == "SYR"


def test_place_resolution_needs_one_country():
    assert country_of_name("Homs") == "SYR"
    assert country_of_name("homs") is None  # a lower-case word names no place
    assert country_of_words("South Korean") == "KOR"
    assert country_of_words("Congolese") is None  # two countries' demonym
    assert "ASSAULT" in place_words()["type"] and "PROTEST" not in place_words()["type"]
