"""Session 42 (NA): a seizure needs a verb of taking hold, or a party or place that force
can take (events/held_things.py, ``events.sense.seizure_needs_holding``). The sentences
were written for this test; the actors are the cast of test_sense_pairs (politicians of
the GOV sector, countries, places), so the test measures the sense rule, not the linker."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

THING_DOER = "events.sense.thing_doer_no_force"
HOLDING = "events.sense.seizure_needs_holding"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too


@pytest.fixture(scope="module")
def types_on(analyzer):
    """(text, trigger, rules off, rules on) -> the event types on the trigger word."""

    def run(
        text: str, trigger: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()
    ) -> list[str]:
        stage = EventStage(Settings())
        stage.coder.tuning.switches = rule_settings.switches(list(off), list(on))
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("You have got to take care of the farmers.", "take"),
        ("He took over the reclamation obligations of the bankrupt firm.", "took"),
        ("Last year he took a job with a mining firm in Ohio.", "took"),
    ],
)
def test_other_senses_of_taking_are_no_seizure(types_on, text, trigger):
    assert "COERCE" in types_on(text, trigger, off=(HOLDING,))
    assert "COERCE" not in types_on(text, trigger, on=(HOLDING,))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russian troops took the city of Kharkiv last night.", "took"),
        ("Syrian rebels captured two soldiers near the border.", "captured"),
        ("Iran seized a British tanker in the Gulf.", "seized"),
        ("Russia took Kharkiv in March.", "took"),
        ("Gunmen took three aid workers from their car.", "took"),
        ("His firm vied to take over an entire steel company.", "take"),
    ],
)
def test_a_seizure_by_force_or_of_a_place_stays(types_on, text, trigger):
    assert "COERCE" in types_on(text, trigger, off=(NO_PARTY,), on=(HOLDING,))


THING = "events.sense.thing_subject_no_threat"


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        (
            "As new technology threatens to change the industry, Novak is worried.",
            "threatens",
            "THREATEN",
        ),
        ("The ruling threatens to create a bind for Senator Novak.", "threatens", "THREATEN"),
        ("Novak warned that the plan threatened to create a crisis.", "threatened", "THREATEN"),
    ],
)
def test_a_thing_as_subject_does_no_force(types_on, text, trigger, kind):
    assert kind in types_on(text, trigger, off=(THING,))
    assert kind not in types_on(text, trigger, on=(THING,))


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The blast killed five soldiers in Kharkiv.", "killed", "ASSAULT"),
        ("The bombing destroyed a school in Gaza.", "destroyed", "ASSAULT"),
        ("Novak threatened to leave the coalition.", "threatened", "THREATEN"),
        ("Russian artillery shelled the town overnight.", "shelled", "ASSAULT"),
        ("Iran threatened to close the strait to tankers.", "threatened", "THREATEN"),
    ],
)
def test_a_doer_or_a_strike_keeps_the_force(types_on, text, trigger, kind):
    assert kind in types_on(text, trigger, on=(THING,))


def test_a_crisis_that_forced_keeps_the_force_here_and_is_no_act_since_session_60(types_on):
    # this module's rule leaves the cleft "the crisis that forced" alone; session 60's
    # events.sense.thing_doer_no_force (on) reads force done by a state as no one's act
    text = "It was the crisis that forced Russia out of the currency union."
    assert "COERCE" in types_on(text, "forced", on=(THING,), off=(THING_DOER,))
    assert "COERCE" not in types_on(text, "forced", on=(THING,))
