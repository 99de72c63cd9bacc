"""Session 9 trigger and type rules (issue 12): which word carries the act, read from the
parse. A part of what the object names ("captured part of a stronghold") is read through
to the noun inside; a verb of using in the passive with a purpose infinitive ("could be
used to threaten") leaves the act to the purpose verb; an act under a readiness
adjective ("is prepared to impose martial law") is announced, not done. Sentences
written for these tests; actors fixed by hand with test_coder.build_layer. Each rule is
also switched off (or, when off by default, on), so the test shows what the rule does.
The last two are off by default: their gains were on PLOVER tune or on the second wire
set only."""

from __future__ import annotations

import pytest
from test_coder import build_layer

from stancemap.config import RuleSettings, Settings
from stancemap.events.matching import PARTITIVE_OBJECTS, partitive_words
from stancemap.events.non_events import INSTRUMENT
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)
READINESS = "events.sense.readiness_is_intent"


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[tuple[str | None, str | None], EventStage] = {}

    def run(
        text: str, actors: dict[str, str | None], off: str | None = None, on: str | None = None
    ):
        """Events of ``text`` under the shipped switches, with ``off`` switched off and
        ``on`` (a rule off by default) switched on."""
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        if (off, on) not in stages:
            disable = [r for r in DEFAULT_OFF if r != on] + ([off] if off else [])
            stages[off, on] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[off, on](doc, document, build_layer(text, actors), [])

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Burmese troops captured part of a rebel stronghold near the border.",
        "The rebels have captured part of the city after days of fighting.",
    ],
)
def test_a_part_of_a_place_taken_is_no_idiom_of_taking_part(code, text):
    # the CAMEO dictionary's "take part" (030, AGREE) reaches "capture"
    # through the synonym set of "take"; the stronghold is what was taken
    types = {e.type for e in code(text, {})}
    assert "AGREE" not in types
    assert types & {"COERCE", "ASSAULT"}
    off = {e.type for e in code(text, {}, off=PARTITIVE_OBJECTS)}
    assert "AGREE" in off


def test_taking_part_in_talks_is_unchanged(code):
    # no "of" complement: the idiom stays (an intent to cooperate in the dictionary)
    text = "Iran took part in the talks in Geneva."
    assert {e.type for e in code(text, {"Iran": "IRN"})} == {
        e.type for e in code(text, {"Iran": "IRN"}, off=PARTITIVE_OBJECTS)
    }
    assert "part" in partitive_words() and "control" not in partitive_words()


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Israel fears that the missiles could be used to threaten its cities.", "THREATEN"),
        ("The rockets were used to attack the village of Kafr Nabl.", "ASSAULT"),
    ],
)
def test_a_thing_used_for_an_act_leaves_the_act_to_the_purpose_verb(code, text, purpose):
    assert INSTRUMENT in DEFAULT_OFF  # a gain on the second wire set (errors read) only
    events = code(text, {"Israel": "ISR"}, on=INSTRUMENT)
    assert purpose in {e.type for e in events}
    assert not [e for e in events if e.trigger.text == "used"]
    off = code(text, {"Israel": "ISR"})
    assert [e for e in off if e.trigger.text == "used"]


def test_an_active_use_of_a_weapon_stays_the_act(code):
    # "police used tear gas": the use itself is the force (the dictionary's pattern)
    text = "Police used tear gas to disperse the crowd."
    events = code(text, {}, on=INSTRUMENT)
    assert [e for e in events if e.trigger.text == "used" and e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            "Iraq's government announced that it is prepared to impose martial law.",
            "COERCE",
            "THREATEN",
        ),
        ("Japan said it was ready to give aid to Haiti.", "AID", "AGREE"),
    ],
)
def test_an_act_under_a_readiness_adjective_is_announced(code, text, before, after):
    actors = {"Iraq": "IRQ", "Japan": "JPN", "Haiti": "HTI"}
    assert READINESS in DEFAULT_OFF  # a gain on PLOVER tune only
    on = {e.type for e in code(text, actors, on=READINESS)}
    assert after in on and before not in on
    off = {e.type for e in code(text, actors, off=READINESS)}
    assert before in off


def test_a_negated_readiness_is_no_threat(code):
    # "not ready to attack": nothing is announced; the rule leaves the act as it was read
    text = "Iran is not ready to attack Israel."
    actors = {"Iran": "IRN", "Israel": "ISR"}
    on = {e.type for e in code(text, actors, on=READINESS)}
    assert "THREATEN" not in on
    assert on == {e.type for e in code(text, actors, off=READINESS)}
