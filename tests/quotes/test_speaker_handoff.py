"""Descriptive subjects as speakers: the quotes stage asks the actor layer, and only it.

"The companies said", "the statement said", "it said": the source span is handed to
``ActorLayer`` (``mention_at`` / ``referent``); the quotes stage links nothing itself.
The layers here are built by hand, standing for what the actors stage resolved.
"""

from __future__ import annotations

import pytest

from stancemap.actors import ActorLayer
from stancemap.evaluate.speakers import with_disabled
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes import QuoteStage
from stancemap.records import Actor, ActorMention

_TEXTS = [
    ("Two energy firms raised prices. The companies said that demand was high.", "The companies"),
    (
        "The ministry issued a statement. The statement said that the talks had failed.",
        "The statement",
    ),
    ("The ministry met on Monday. It said that the talks had failed over pensions.", "It"),
    ("Two envoys met in Geneva. The diplomat said that the talks had gone well.", "The diplomat"),
]


def _quotes(analyzer, text: str, layer: ActorLayer, stage=None):  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    stage = stage or analyzer.quotes
    return [q for q in stage(doc, document, layer) if q.cue and q.cue.text == "said"]


@pytest.mark.parametrize(("text", "subject"), _TEXTS)
def test_the_speaker_is_the_actor_layers_answer_for_the_subject(
    analyzer, text: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    start = text.index(subject, text.index(".") + 1)
    actor = Actor(id="org:meant", name="The one meant", type="organization")
    mention = ActorMention(
        start=start, end=start + len(subject), text=subject, actor_id=actor.id, how="role"
    )
    (quote,) = _quotes(analyzer, text, ActorLayer(actors={actor.id: actor}, mentions=[mention]))
    assert quote.source is not None and quote.source.text == subject
    assert quote.speaker == "org:meant"


@pytest.mark.parametrize(("text", "subject"), _TEXTS)
def test_with_nothing_resolved_the_quotes_stage_guesses_no_one(
    analyzer, text: str, subject: str
) -> None:  # type: ignore[no-untyped-def]
    # an actor named in the sentence before, but no mention on the subject: the quotes
    # stage does not link "the companies" or "it" to it on its own. (With the actor
    # layer's coreference rules on, ``actors.referring.*`` may; those are tested in
    # tests/actors/test_coref_subjects.py.)
    actor = Actor(id="org:before", name="Before", type="organization")
    mention = ActorMention(start=0, end=3, text=text[:3], actor_id=actor.id, how="name")
    stage = QuoteStage(with_disabled(analyzer.settings, ["actors.referring.*"]))
    layer = ActorLayer(actors={actor.id: actor}, mentions=[mention])
    (quote,) = _quotes(analyzer, text, layer, stage)
    assert quote.source is not None and quote.source.text == subject
    assert quote.speaker is None
