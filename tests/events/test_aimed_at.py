"""Session 8 target rules (issue 12; events/aimed_at.py) and misreads fixed by their
cause: who an act is aimed at when the verb's own arguments name no one, force from a situation
("I think that hurt him"), an agentless passive. Sentences written for these tests;
actors fixed by hand with test_coder.build_layer, so the events stage alone is tested.
Each rule is also switched off, so the test shows what the rule does."""

from __future__ import annotations

import pytest
from test_coder import build_layer, by_type, names

from stancemap.config import RuleSettings, Settings
from stancemap.events.aimed_at import RETREAT_FROM_PLACE, TRANSFER_RECIPIENT
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)
SITUATION = "events.sense.situation_is_no_assailant"
LIGHT_PARTY = "events.sense.light_verb_needs_party"


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[tuple[str | None, str | None], EventStage] = {}

    def run(
        text: str,
        actors: dict[str, str | None],
        off: str | tuple[str, ...] | None = None,
        on: str | None = None,
    ):
        """Events of ``text`` under the shipped switches, with ``off`` switched off and
        ``on`` (a rule off by default) switched on."""
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = build_layer(text, actors)
        if (off, on) not in stages:
            offs = (off,) if isinstance(off, str) else off or ()
            disable = [r for r in DEFAULT_OFF if r != on] + list(offs)
            stages[off, on] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[off, on](doc, document, layer, [])

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops pulled out of the Somali town of Baidoa on Friday.",
        "Ethiopian troops withdrew from Somalia on Friday.",
    ],
)
def test_the_place_withdrawn_from_is_the_target_of_a_retreat(code, text):
    actors = {"Ethiopian": "ETH", "Somali": "SOM", "Somalia": "SOM"}
    present = {k: v for k, v in actors.items() if k in text}
    retreat = by_type(code(text, present), "RETREAT")
    assert names(retreat.source) == {"ethiopian"}
    assert names(retreat.target) & {"somali", "somalia"}
    off = [e for e in code(text, present, RETREAT_FROM_PLACE) if e.type == "RETREAT"]
    if "pulled out" in text:  # "withdrew from X" was read before the rule
        assert all(not names(e.target) for e in off)


@pytest.mark.parametrize(
    "text", ["I think that hurt him.", "This will kill the deal, I believe.", "It hurt them."]
)
def test_force_from_a_situation_is_no_assault(code, text):
    force = {"ASSAULT", "COERCE", "THREATEN"}  # "will kill" is read as a threat
    assert not force & {e.type for e in code(text, {})}
    # These sentences name no party, so the light-verb rule alone would drop "hurt".
    # (and the learned reality, session 27, drops it too)
    assert force & {e.type for e in code(text, {}, (SITUATION, LIGHT_PARTY, "events.reality.drop"))}


@pytest.mark.parametrize(
    "text", ["It killed three soldiers near the border.", "Gunmen hurt him with a knife."]
)
def test_force_with_something_armed_stays_an_assault(code, text):
    assert "ASSAULT" in {e.type for e in code(text, {})}


def test_an_agentless_passive_has_no_source(code):
    text = "Two thousand rebels in Liberia have been demobilized since the peace accord."
    retreat = by_type(code(text, {"Liberia": "LBR"}), "RETREAT")
    assert retreat.source == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan handed over a suspected militant commander to Jordan.",
        "Peru granted asylum to three army officers of Jordan.",
    ],
)
def test_the_one_a_transfer_goes_to_is_the_target(code, text):
    actors = {"Pakistan": "PAK", "Peru": "PER", "Jordan": "JOR", "militant commander": None}
    present = {k: v for k, v in actors.items() if k in text}
    events = code(text, present)
    assert any(names(e.target) == {"jordan"} for e in events), [
        (e.type, e.trigger.text, e.target) for e in events
    ]
    if "militant" in text:  # without the rule the one handed over is the target
        off = code(text, present, TRANSFER_RECIPIENT)
        assert not any(names(e.target) == {"jordan"} for e in off)
