"""Session 8 source rules (issue 12, events/doers.py): the doer of an event named away
from the verb's subject. Each rule is switched off too, so the test shows what it does.
Sentences written for these tests; actors fixed by hand with test_coder.build_layer."""

from __future__ import annotations

import pytest
from test_coder import build_layer, names

from stancemap.config import RuleSettings, Settings
from stancemap.events.clause_owner import CLAUSE_OWNER
from stancemap.events.doers import HEADLINE_PASSIVE, headline_patient
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[str, EventStage] = {}

    def run(
        text: str,
        actors: dict[str, str | None],
        off: str | tuple[str, ...] | None = None,
        on: str = "",
    ):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        key = f"{off}|{on}"
        if key not in stages:
            offs = [off] if isinstance(off, str) else list(off or ())
            disable = [name for name in DEFAULT_OFF if name != on] + offs
            stages[key] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[key](doc, document, build_layer(text, actors), [])

    return run


def assault(events):
    found = [e for e in events if e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_an_event_subjects_own_possessor_is_the_source(code):
    text = "Russia's invasion of Ukraine killed thousands of civilians."
    actors = {"Russia": "RUS", "Ukraine": "UKR"}
    assert names(assault(code(text, actors)).source) == {"russia"}


def test_a_participle_naming_the_doer_gives_the_event_noun_its_source(code):
    text = "An attack carried out by Hamas killed three Israeli soldiers."
    actors = {"Hamas": "PSE", "Israeli": "ISR"}
    event = assault(code(text, actors))
    assert names(event.source) == {"hamas"}
    assert names(event.target) == {"israeli"}
    # events.args.clause_owner reads the participle from the noun's side
    assert assault(code(text, actors, CLAUSE_OWNER)).source == []


@pytest.mark.parametrize(
    ("text", "actors", "etype", "doer", "patient"),
    [
        # the parser makes "Iran" the root and "condemned" its participle
        (
            "Iran condemned by UN over nuclear tests.",
            {"Iran": "IRN", "UN": "IGO"},
            "ACCUSE",
            "un",
            "iran",
        ),
        # ... and here "Israel" the subject of "criticised"
        (
            "Israel criticised by European Union for new settlements.",
            {"Israel": "ISR", "European Union": "IGO"},
            "ACCUSE",
            "european union",
            "israel",
        ),
        (
            "Kenyan troops attacked by Somali militants near border.",
            {"Kenyan": "KEN", "Somali": "SOM"},
            "ASSAULT",
            "somali",
            "kenyan",
        ),
    ],
)
def test_a_headline_passive_has_its_agent_as_source(code, text, actors, etype, doer, patient):
    def found(events):
        hits = [e for e in events if e.type == etype]
        assert hits, [(e.type, e.trigger.text) for e in events]
        return hits[0]

    event = found(code(text, actors))
    assert names(event.source) == {doer}
    assert names(event.target) == {patient}
    # without the rule the patient is read as the doer
    assert names(found(code(text, actors, HEADLINE_PASSIVE)).source) != {doer}


def test_a_verb_with_an_object_is_no_headline_passive(analyzer):
    # "by" on an active verb with an object is a means, not an agent
    text = "Russia warned Ukraine by letter."
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    verb = next(t for t in doc if t.lower_ == "warned")
    assert headline_patient(verb) is None
