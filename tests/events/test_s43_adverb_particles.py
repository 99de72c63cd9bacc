"""Session 43 (EV): a particle the parser read as an adverb (events/matching.py,
``events.trigger.adverb_particles``). "stepped down as chairman" is parsed with "down" as
the verb's advmod (RB), so the particle verb "step down" (RETREAT, and WordNet's "resign")
was never keyed. The sentences were written for this test; the actors are the cast of
test_sense_pairs, so the test measures the trigger, not the linker."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.matching import adverb_particles
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

RULE = "events.trigger.adverb_particles"


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


def _verb(analyzer, text: str, word: str):
    doc = analyzer.nlp(text)
    return next(t for t in doc if t.text == word)


def test_adverb_after_the_verb_is_its_particle(analyzer):
    verb = _verb(analyzer, "Roger Ailes stepped down as chairman of the network.", "stepped")
    if not [c for c in verb.children if c.dep_ == "advmod" and c.text == "down"]:
        pytest.skip("the parser read 'down' as a particle: nothing to mend")
    assert adverb_particles(verb) == ["down"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister spoke loudly about the plan.", "spoke"),  # no WordNet "speak loudly"
        ("The minister spoke about the plan.", "spoke"),  # no adverb at all
    ],
)
def test_other_adverbs_are_no_particles(analyzer, text, word):
    assert adverb_particles(_verb(analyzer, text, word)) == []


def test_stepped_down_is_a_retreat(types_on):
    text = "Minister Moreau stepped down as chairman of the party on Monday."
    assert "RETREAT" in types_on(text, "stepped", on=(RULE,))
    assert types_on(text, "stepped", off=(RULE,)) == []
