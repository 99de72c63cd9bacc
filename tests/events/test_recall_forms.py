"""Recall through word formation and construction (session 6): nouns formed from trigger
verbs, support verbs that hand the event to such a noun; "-ied" verbs' lemmas.

Sentences were written for these tests; actors are fixed by hand (as in test_recall).
"""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.actors import ActorLayer
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.lexicon import load_lexicon, verbs_of_noun
from stancemap.events.matching import DEVERBAL_NOUNS, verb_lemmas
from stancemap.events.ontology import load_ontology
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, ActorMention, Event


def _layer(text: str, actors: dict[str, str]) -> ActorLayer:
    layer = ActorLayer()
    for name, country in actors.items():
        actor_id = "t:" + name.lower().replace(" ", "-")
        layer.actors[actor_id] = Actor(id=actor_id, name=name, type="country", country=country)
        start = text.find(name)
        while start >= 0:
            layer.mentions.append(
                ActorMention(start=start, end=start + len(name), text=name, actor_id=actor_id)
            )
            start = text.find(name, start + 1)
    layer.__post_init__()
    return layer


def _on(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if word in e.trigger.text]


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text: str, actors: dict[str, str], disable: tuple[str, ...] = ()):
        settings = Settings()
        if disable:
            settings = rule_settings.with_rules(settings, disable=disable)
        stage = EventStage(settings) if disable else analyzer.events
        document = make_document(text, doc_id="t", date="2011-05-04", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stage(doc, document, _layer(text, actors), [])

    return run


def test_a_noun_is_read_back_to_the_verb_it_is_formed_from():
    assert "condemn" in verbs_of_noun("condemnation")
    assert "refuse" in verbs_of_noun("refusal")
    assert "threaten" in verbs_of_noun("threat")
    assert "apologize" in verbs_of_noun("apology")
    lexicon = load_lexicon(load_ontology())
    assert lexicon.deverbal("condemnation").type == "ACCUSE"
    assert lexicon.deverbal("refusal").type == "REJECT"
    assert lexicon.deverbal("threat").type == "THREATEN"
    # only the project's unconditioned rows: no act for words that are no act
    assert lexicon.deverbal("government") is None
    assert lexicon.deverbal("plan") is None  # "plan" needs a complement to be an intent


def test_support_verbs_hand_the_event_to_a_noun_of_a_verb(code):
    actors = {"Pakistan": "PAK", "United States": "USA", "North Korea": "PRK"}
    request = code("Pakistan made a formal request to the United States for jets.", actors)
    assert [e.type for e in _on(request, "request")] == ["REQUEST"]
    threat = code("North Korea issued a fresh threat of attack against the United States.", actors)
    # the pattern naming the object itself ("issue" + "threat"), not its complement's word
    assert [e.type for e in threat if "issued" in e.trigger.text] == ["THREATEN"]


def test_deverbal_nouns_are_a_rule(code):
    actors = {"Pakistan": "PAK", "United States": "USA"}
    text = "Pakistan made a formal request to the United States for jets."
    assert not [e for e in code(text, actors, (DEVERBAL_NOUNS,)) if e.type == "REQUEST"]


def test_ied_verbs_get_their_y_lemma(analyzer):
    doc = analyzer.nlp("Rebel fighters reoccupied the town.")
    (verb,) = [t for t in doc if t.lower_ == "reoccupied"]
    assert "reoccupy" in verb_lemmas(verb)


def test_an_object_an_actor_possesses_is_someones(code):
    from stancemap.events.matching import POSSESSOR_ACTOR

    actors = {"Brazil": "BRA", "Iran": "IRN"}
    text = "Brazil backed Iran's right to a peaceful nuclear programme."
    assert [e.cameo for e in _on(code(text, actors), "backed")] == ["051"]  # "back" @actor
    assert [e.cameo for e in _on(code(text, actors, (POSSESSOR_ACTOR,)), "backed")] != ["051"]
