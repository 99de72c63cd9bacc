"""He/she chains decided as a whole (issue 14, session 28 CH): ``actors.coref.entity_chains``
(and ``chains_bound_near``). Sentences written for these tests, with people the KB does not
know (their gender is only what the text shows); each rule has a test that fails without it."""

from __future__ import annotations

from typing import Any

import rule_settings

from .test_real_news_actors import _at

CHAINS = "actors.coref.entity_chains"
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


# "She applauded him": a subject pronoun binds no object pronoun (session 27's
# object_not_coargument, which chose the two together, was removed in session 40)
PAIR = (
    "Tom Brandt spoke in Iowa on Monday. He said he would win. Dana Morrow joined Brandt "
    "at the rally. She applauded him."
)


def test_without_binding_the_object_is_its_subjects_person(layer_with: Any) -> None:
    layer = layer_with(PAIR, [CHAINS], date="2016-10-10")
    assert _at(layer, PAIR, "him").name == "Dana Morrow"


# a constraint (the quotation's speaker, quoted_pronoun_not_speaker) removed the salient
# entity and the only other is far back: no one
FAR = (
    "Mark Ellis spoke in Iowa on Monday. The weather was cold. The hall was full. "
    'The music was loud. Tom Brandt said: "He will lose."'
)


def test_a_moved_pronoun_takes_only_a_near_entity(analyzer: Any) -> None:
    # session 29: chains_abstain (on with entity_chains) keeps the one-pass person of a
    # pronoun moved for distance alone; this rule is tested without it
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    on = analyzer.derive(rule_settings.with_rules(enable=[CHAINS, NEAR], disable=[ABSTAIN]))
    doc = next(parse_documents(on.nlp, [FAR], on.settings.nlp))
    layer = on.actors(doc, make_document(FAR, date="2016-10-10"))
    assert _at(layer, FAR, "He") is None


def test_a_moved_pronoun_takes_a_far_entity_without_the_near_rule(layer_with: Any) -> None:
    layer = layer_with(FAR, [CHAINS], date="2016-10-10")
    assert _at(layer, FAR, "He").name == "Mark Ellis"


def test_offsets_and_evidence_stay_the_pronouns(layer_with: Any) -> None:
    layer = layer_with(PAIR, [CHAINS], date="2016-10-10")
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
