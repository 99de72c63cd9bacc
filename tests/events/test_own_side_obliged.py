"""A demand on one's own side is no request (events/continents.py,
events.args.own_side_obliged): "Macron told reporters that Europe must do more" was a
REQUEST aimed at Europe (a misread a new user saw; the sentences here are written for
the test). Actors fixed by hand: a French and a Kenyan politician, countries and two
continents."""

from __future__ import annotations

import re

import pytest

from stancemap.actors import ActorLayer
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.continents import continent_of
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, ActorMention

RULE = "events.args.own_side_obliged"
CAST = [
    Actor(id="p:dupont", name="Dupont", type="person", country="FRA", sector="GOV"),
    Actor(id="p:otieno", name="Otieno", type="person", country="KEN", sector="GOV"),
    Actor(id="c:FRA", name="France", type="country", country="FRA"),
    Actor(id="c:RUS", name="Russia", type="country", country="RUS"),
    Actor(id="g:europe", name="Europe", type="location"),
    Actor(id="g:africa", name="Africa", type="location"),
]


def layer_for(text: str) -> ActorLayer:
    layer = ActorLayer()
    for actor in CAST:
        layer.actors[actor.id] = actor
        for m in re.finditer(rf"\b{actor.name}\b", text):
            layer.mentions.append(
                ActorMention(start=m.start(), end=m.end(), text=actor.name, actor_id=actor.id)
            )
    layer.__post_init__()
    return layer


@pytest.fixture(scope="module")
def requests(analyzer):
    def stage(off: bool) -> EventStage:
        settings = Settings()
        disable = [*settings.rules.disable, *([RULE] if off else [])]
        rules = settings.rules.model_copy(update={"disable": disable})
        return EventStage(settings.model_copy(update={"rules": rules}))

    stages = {False: stage(False), True: stage(True)}

    def run(text: str, off: bool = False) -> list[list[str]]:
        document = make_document(text, doc_id="t", date="2025-06-10", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stages[off](doc, document, layer_for(text), [])
        return [e.target for e in events if e.type == "REQUEST"]

    return run


@pytest.mark.parametrize(
    "sentence",
    [
        "Dupont told reporters that Europe must do more.",
        "Dupont said France should spend more on defence.",
        "Otieno said Africa must speak with one voice.",
    ],
)
def test_a_demand_on_ones_own_side_is_no_request(requests, sentence):
    assert requests(sentence) == []
    assert requests(sentence, off=True), "without the rule the demand is a REQUEST"


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Dupont told reporters that Russia must withdraw.", "c:RUS"),
        ("Otieno said Europe must do more.", "g:europe"),
    ],
)
def test_a_demand_on_another_stays_a_request(requests, sentence, target):
    assert [target] in requests(sentence)


def test_continents_cover_the_countries():
    table = continent_of()
    assert table["FRA"] == "europe" and table["KEN"] == "africa" and table["BRA"] == "south america"
    assert len(table) >= 240
