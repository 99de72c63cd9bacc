"""Names nobody knows in running text: an untagged proper-noun doer becomes an actor; a new
body whose own words name no country has none (``actors.agent.sentence_country_named``,
``sentence_country_person`` and ``actors.names.unknown_people``, shipped off, were removed
in session 21)."""

from __future__ import annotations

import rule_settings


def _actor(layer, document, words: str):
    for m in layer.mentions:
        if document.text[m.start : m.end] == words:
            return layer.actors[m.actor_id]
    return None


def test_by_default_a_new_body_has_no_country(layer_of) -> None:
    layer, document = layer_of("The protest was organised by Drelnovia in Kosovo.")
    actor = _actor(layer, document, "Drelnovia")
    assert actor is not None and actor.country is None


def test_a_countrys_people_stay_that_countrys(layer_of) -> None:
    layer, document = layer_of("Serbs attacked the village in Kosovo.", date="2001-03-01")
    serbs = _actor(layer, document, "Serbs")
    assert serbs is not None and serbs.country == "SRB" and serbs.country_source is None


def test_an_untagged_name_that_acts_becomes_an_actor(analyzer) -> None:
    from spacy.tokens import Span

    from stancemap.actors.names import UNTAGGED_DOER, untagged
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.actors.spans import UNTAGGED
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "Velnotar attacked the convoy in Kosovo."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2019-03-01")
    name = Span(doc, 0, 1, label=UNTAGGED)  # as if NER had missed it
    for switches, expected in (
        (rule_settings.switches(), True),
        (rule_settings.switches([UNTAGGED_DOER]), False),
    ):
        resolver = DocumentResolver(analyzer.actors.linker, doc, document, switches)
        found = untagged(resolver, name)
        assert (found is not None and found.how == "new") is expected
    # the object of the verb is no doer
    resolver = DocumentResolver(analyzer.actors.linker, doc, document, rule_settings.switches())
    assert untagged(resolver, Span(doc, 3, 4, label=UNTAGGED)) is None
