"""events.args.clause_owner (issue 12, "participles"): a noun that names no actor takes
the actor its participle clause names. Sentences written for these tests; actors fixed
by hand with test_coder.build_layer; each case is also run with the rule off."""

from __future__ import annotations

import pytest
from test_coder import build_layer, by_type, names

from stancemap.config import RuleSettings, Settings
from stancemap.events.clause_owner import CLAUSE_OWNER
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[bool, EventStage] = {}

    def run(text: str, actors: dict[str, str | None], rule_on: bool = True):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        if rule_on not in stages:
            disable = [*DEFAULT_OFF, *([] if rule_on else [CLAUSE_OWNER])]
            stages[rule_on] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[rule_on](doc, document, build_layer(text, actors), [])

    return run


def test_the_rule_is_on_by_default():
    assert CLAUSE_OWNER not in DEFAULT_OFF


@pytest.mark.parametrize(
    ("text", "actors", "etype", "owner"),
    [
        # a doer: the "by" agent of the participle
        (
            "Troops sent by Nigeria attacked rebel positions on Monday.",
            {"Nigeria": "NGA"},
            "ASSAULT",
            "nigeria",
        ),
        # a place the group is in
        (
            "The committee based in Kenya demanded the release of the prisoners.",
            {"Kenya": "KEN"},
            "REQUEST",
            "kenya",
        ),
        # what the group is tied to
        (
            "About 300 fighters affiliated with Hezbollah attacked the town.",
            {"Hezbollah": "LBN"},
            "ASSAULT",
            "hezbollah",
        ),
    ],
)
def test_a_participle_clause_names_whose_the_subject_is(code, text, actors, etype, owner):
    assert names(by_type(code(text, actors), etype).source) == {owner}
    # without the rule the subject names no one: no source at all
    assert by_type(code(text, actors, rule_on=False), etype).source == []


def test_the_subjects_own_actor_comes_first(code):
    # "Iranian" names the fighters; the clause's place is only where they are
    text = "Iranian fighters based in Syria attacked a rebel convoy."
    event = by_type(code(text, {"Iranian": "IRN", "Syria": "SYR"}), "ASSAULT")
    assert names(event.source) == {"iranian"}


@pytest.mark.parametrize(
    "text",
    [
        # "to" / "from" say where troops went, not whose they are
        "Troops deployed to Mali attacked a rebel convoy.",
        "Troops withdrawn from Mali attacked a rebel convoy.",
    ],
)
def test_where_troops_were_sent_is_not_whose_they_are(code, text):
    events = code(text, {"Mali": "MLI"})
    assert events
    assert all("mali" not in names(e.source) for e in events)


def test_a_full_relative_clause_is_no_owner(code):
    # "that were sent by": a clause with its own subject and auxiliary says what
    # happened to the troops; the rule reads only reduced participles
    text = "The troops that were sent by Nigeria attacked rebel positions."
    on = by_type(code(text, {"Nigeria": "NGA"}), "ASSAULT").source
    off = by_type(code(text, {"Nigeria": "NGA"}, rule_on=False), "ASSAULT").source
    assert on == off
