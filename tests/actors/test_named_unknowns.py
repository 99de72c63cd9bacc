"""Names nobody knows in running text: an untagged proper-noun doer becomes an actor, and
a new body or person whose own words name no country takes its sentence's one country."""

from __future__ import annotations

import rule_settings

# the actor rules these tests need that the project ships off (switched on here alone)
SHIPPED_OFF_HERE = [
    "actors.agent.sentence_country_named",
    "actors.agent.sentence_country_person",
    "actors.names.unknown_people",
]


def _all_on(analyzer):
    """Run the actors stage with the shipped rules and ``SHIPPED_OFF_HERE`` on."""
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, date: str = "2019-03-01"):
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        document = make_document(text, date=date)
        return DocumentResolver(
            analyzer.actors.linker, doc, document, rule_settings.switches(enable=SHIPPED_OFF_HERE)
        ).run(), document

    return run


def _actor(layer, document, words: str):
    for m in layer.mentions:
        if document.text[m.start : m.end] == words:
            return layer.actors[m.actor_id]
    return None


def test_a_new_body_takes_the_one_country_of_its_sentence(analyzer) -> None:
    layer, document = _all_on(analyzer)(
        "The protest was organised by Drelnovia in Kosovo.", date="2019-03-01"
    )
    actor = _actor(layer, document, "Drelnovia")
    assert actor is not None and actor.type == "organization"
    assert (actor.country, actor.country_source) == ("XKX", "sentence")


def test_two_countries_in_the_sentence_give_none(analyzer) -> None:
    text = "The protest was organised by Drelnovia in Kosovo and Serbia."
    layer, document = _all_on(analyzer)(text)
    actor = _actor(layer, document, "Drelnovia")
    assert actor is not None and actor.country is None


def test_the_sentence_country_is_no_country_for_a_later_agent(analyzer) -> None:
    # a guessed country names nothing anew: "militants" in the next sentence stay without
    text = "The protest was organised by Drelnovia in Kosovo. Militants later attacked a bus."
    layer, document = _all_on(analyzer)(text)
    militants = _actor(layer, document, "Militants")
    assert militants is None or militants.country is None


def test_by_default_a_new_body_has_no_country(layer_of) -> None:
    layer, document = layer_of("The protest was organised by Drelnovia in Kosovo.")
    actor = _actor(layer, document, "Drelnovia")
    assert actor is not None and actor.country is None


def test_switched_off_a_new_body_has_no_country(analyzer) -> None:
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.actors.sentence_country import NAMED_ORGANISATION
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = "The protest was organised by Drelnovia in Kosovo."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    document = make_document(text, date="2019-03-01")
    off = rule_settings.switches([NAMED_ORGANISATION])
    layer = DocumentResolver(analyzer.actors.linker, doc, document, off).run()
    actor = _actor(layer, document, "Drelnovia")
    assert actor is not None and actor.country is None


def test_a_people_no_one_country_owns_is_a_group_of_its_sentence_country(analyzer) -> None:
    layer, document = _all_on(analyzer)("Kurds protested in Ankara.", "2001-03-01")
    kurds = _actor(layer, document, "Kurds")
    assert kurds is not None and kurds.type == "group"
    assert (kurds.country, kurds.country_source) == ("TUR", "sentence")


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
