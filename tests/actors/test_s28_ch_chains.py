"""He/she chains decided as a whole (issue 14, session 28 CH): ``actors.coref.entity_chains``
(and ``chains_bound_near``). Sentences written for these tests, with people the KB does not
know (their gender is only what the text shows); each rule has a test that fails without it."""

from __future__ import annotations

from typing import Any

import rule_settings

from .test_real_news_actors import _at

CHAINS = "actors.coref.entity_chains"
BINDING = "actors.coref.object_not_coargument"
NEAR = "actors.coref.chains_bound_near"
ABSTAIN = "actors.coref.chains_abstain"

# Brandt is "he" twice before "she": the cluster's gender keeps "She" off him
CLUSTER = (
    "Dana Morrow arrived in Iowa on Sunday. Tom Brandt spoke on Monday. He said he would "
    "win. Brandt thanked the crowd. She left early."
)


def test_a_cluster_of_he_is_no_she(layer_with: Any) -> None:
    layer = layer_with(CLUSTER, [CHAINS], date="2016-10-10")
    assert _at(layer, CLUSTER, "He").name == "Tom Brandt"
    assert _at(layer, CLUSTER, "She").name == "Dana Morrow"


def test_one_at_a_time_she_is_the_last_subject(layer_off: Any) -> None:
    layer = layer_off(CLUSTER, [CHAINS], date="2016-10-10")
    assert _at(layer, CLUSTER, "She").name == "Tom Brandt"


# "She applauded him": the pair is chosen together; once Brandt's pronouns show he is a
# man, She is Morrow and him Brandt - binding alone moved "him" off She's (wrong) person
PAIR = (
    "Tom Brandt spoke in Iowa on Monday. He said he would win. Dana Morrow joined Brandt "
    "at the rally. She applauded him."
)


def test_a_subject_and_the_object_it_binds_are_two_entities(layer_with: Any) -> None:
    layer = layer_with(PAIR, [CHAINS, BINDING], date="2016-10-10")
    assert _at(layer, PAIR, "She").name == "Dana Morrow"
    assert _at(layer, PAIR, "him").name == "Tom Brandt"


def test_without_binding_the_object_is_its_subjects_person(layer_with: Any) -> None:
    layer = layer_with(PAIR, [CHAINS], date="2016-10-10")
    assert _at(layer, PAIR, "him").name == "Dana Morrow"


# binding on a subject that is itself a pronoun: "He praised him" - not He's person
PRONOUN_SUBJECT = (
    "Tom Brandt met Mark Ellis in Des Moines. Ellis spoke first. Brandt spoke next. "
    "He praised him for the speech."
)


def test_binding_excludes_a_subject_pronouns_entity(layer_with: Any) -> None:
    layer = layer_with(PRONOUN_SUBJECT, [CHAINS, BINDING], date="2016-10-10")
    he = _at(layer, PRONOUN_SUBJECT, "He")
    him = _at(layer, PRONOUN_SUBJECT, "him")
    assert he is not None and him is not None
    assert he.name == "Tom Brandt" and him.name == "Mark Ellis"


# a constraint removed the salient entity and the only other is far back: no one
FAR = (
    "Mark Ellis spoke in Iowa on Monday. The weather was cold. The hall was full. "
    "The music was loud. Tom Brandt praised him."
)


def test_a_moved_pronoun_takes_only_a_near_entity(analyzer: Any) -> None:
    # session 29: chains_abstain (on with entity_chains) keeps the one-pass person of a
    # pronoun moved for distance alone; this rule is tested without it
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    on = analyzer.derive(
        rule_settings.with_rules(enable=[CHAINS, BINDING, NEAR], disable=[ABSTAIN])
    )
    doc = next(parse_documents(on.nlp, [FAR], on.settings.nlp))
    layer = on.actors(doc, make_document(FAR, date="2016-10-10"))
    assert _at(layer, FAR, "him") is None


def test_a_moved_pronoun_takes_a_far_entity_without_the_near_rule(layer_with: Any) -> None:
    layer = layer_with(FAR, [CHAINS, BINDING], date="2016-10-10")
    assert _at(layer, FAR, "him").name == "Mark Ellis"


def test_offsets_and_evidence_stay_the_pronouns(layer_with: Any) -> None:
    layer = layer_with(PAIR, [CHAINS, BINDING], date="2016-10-10")
    for mention in layer.mentions:
        assert PAIR[mention.start : mention.end] == mention.text
        if mention.text in ("She", "him"):
            assert mention.how == "pronoun" and 0 < mention.confidence < 1


# the narrator's "He" after a quotation: the speaker, not the person the speaker's own
# "he" meant; and a name after a pronoun of the chain in one sentence is the later one
NARRATOR = (
    'Mark Ellis spoke on Monday. Tom Brandt said: "He will win, and he will govern well." '
    "He dismissed the poll."
)
LATER_NAME = (
    "Tom Brandt spoke on Monday. Mark Ellis was in Iowa. He said Ellis could lose because "
    "he supports the plan."
)


def test_a_narrative_pronoun_skips_the_quoted_pronouns(layer_with: Any) -> None:
    layer = layer_with(NARRATOR, [CHAINS], date="2016-10-10")
    assert _at(layer, NARRATOR, "He", 1).name == "Tom Brandt"


def test_the_latest_subject_is_read_in_text_order(layer_with: Any) -> None:
    layer = layer_with(LATER_NAME, [CHAINS], date="2016-10-10")
    assert _at(layer, LATER_NAME, "he", 0).name == "Mark Ellis"
