"""A past-tense clause set "during the <period>" is background (historical), never the
story's news; "during talks on Tuesday" or "during this campaign" is not
(events/modality.in_past_period, under events.mode.dated_background).

Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer  # same folder (pytest puts it on the path)

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def modes_on(analyzer):
    def run(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[bool]:
        """Whether each event on the trigger is historical."""
        stage = EventStage(Settings())
        stage.coder.tuning.switches = rule_settings.switches(disable)
        document = make_document(text, doc_id="t", date="2016-06-10", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.mode == "historical" for e in events if trigger in e.trigger.text]

    return run


@pytest.mark.parametrize(
    "past, present",
    [
        (
            "During the primaries, Novak criticized Haddad.",
            "On Tuesday, Novak criticized Haddad.",
        ),
        (
            "During his presidency, Novak criticized Haddad.",
            "During talks on Tuesday, Novak criticized Haddad.",
        ),
        (
            "Novak criticized Haddad during the war.",
            "Novak criticized Haddad during this campaign.",
        ),
    ],
)
def test_a_past_period_makes_its_clause_historical(modes_on, past, present):
    assert modes_on(past, "criticized") == [True]
    assert modes_on(present, "criticized") == [False]


def test_the_period_reading_goes_with_dated_background(modes_on):
    text = "During the primaries, Novak criticized Haddad."
    assert modes_on(text, "criticized", ("events.mode.dated_background",)) == [False]
