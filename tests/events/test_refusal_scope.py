"""A negated "do that" reaches the participle that names the act: "not ready to do that,
extending his support to X" is no support given (events/modality.spells_out_a_refusal).

Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer  # same folder (pytest puts it on the path)

from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def negated_on(analyzer):
    stage = EventStage(Settings())

    def run(text: str, trigger: str) -> list[bool]:
        document = make_document(text, doc_id="t", date="2016-06-10", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.mode == "negated" for e in events if trigger in e.trigger.text]

    return run


@pytest.mark.parametrize(
    "refused, done, trigger",
    [
        (
            "Novak is not ready to do that, extending his support to Haddad.",
            "Novak is ready to do that, extending his support to Haddad.",
            "extending",
        ),
        (
            "Novak did not do so, endorsing Haddad.",
            "Novak did not do so, endorsing Haddad instead.",
            "endorsing",
        ),
        (
            "Novak was not willing to do it, praising Haddad.",
            "Novak did not speak, praising Haddad with a nod.",
            "praising",
        ),
    ],
)
def test_a_negated_pro_act_negates_the_act_it_names(negated_on, refused, done, trigger):
    assert negated_on(refused, trigger) == [True]
    assert negated_on(done, trigger) == [False]
