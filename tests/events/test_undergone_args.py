"""Session 7 argument rules (issue 12), each switched off too so the test shows what the
rule does: events a subject undergoes ("came under attack", "was the target of an
attack by X"), a request whatever its complement ("asked B to impose ..."), a date
that dates only its own clause, and directives ("told Y that it must ..."). Sentences written for these tests; actors fixed by hand
with test_coder.build_layer, so the events stage alone is tested."""

from __future__ import annotations

import pytest
from test_coder import build_layer, by_type, names

from stancemap.config import RuleSettings, Settings
from stancemap.events.arg_shapes import RECEIVED_FROM_GIVER
from stancemap.events.directives import ADDRESSEE_OF_DIRECTIVE
from stancemap.events.finish import DATE_OWN_CLAUSE
from stancemap.events.frames import REQUEST_ANY_COMPLEMENT
from stancemap.events.stage import EventStage
from stancemap.events.undergone import UNDERGONE_EVENT
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[str | None, EventStage] = {}

    def run(
        text: str,
        actors: dict[str, str | None],
        off: str | tuple[str, ...] | None = None,
        people: tuple = (),
    ):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = build_layer(text, actors)
        for name in people:  # build_layer makes every actor a country
            actor_id = "t:" + name.lower().replace(" ", "-")
            layer.actors[actor_id] = layer.actors[actor_id].model_copy(update={"type": "person"})
        if off not in stages:
            named = (off,) if isinstance(off, str) else (off or ())
            disable = [*DEFAULT_OFF, *named]
            stages[off] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[off](doc, document, layer, [])

    return run


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of Pakistan came under attack by Taliban fighters near the border.",
        "A convoy of Pakistan suffered an attack by Taliban fighters near the border.",
        "A convoy of Pakistan was the target of an attack by Taliban fighters.",
    ],
)
def test_the_subject_undergoes_the_attack_and_by_names_the_attacker(code, text):
    actors = {"Pakistan": "PAK", "Taliban": "AFG"}
    attack = by_type(code(text, actors), "ASSAULT")
    assert names(attack.target) == {"pakistan"}
    assert names(attack.source) == {"taliban"}
    # without the rule the subject is never the target ("came" may even be a visit)
    off = [e for e in code(text, actors, UNDERGONE_EVENT) if e.type == "ASSAULT"]
    assert all(names(e.target) != {"pakistan"} for e in off)


def test_an_attack_with_no_doer_stays_sourceless(code):
    text = "A convoy of NATO supply trucks came under attack near the Khyber Pass on Monday."
    attack = by_type(code(text, {"NATO": "IGO"}), "ASSAULT")
    assert names(attack.target) == {"nato"} and attack.source == []
    assert "CONSULT" not in {e.type for e in code(text, {"NATO": "IGO"})}


def test_sanctions_faced_come_from_the_sanctioner(code):
    text = "Syria faces new sanctions from the European Union."
    actors = {"Syria": "SYR", "European Union": "IGO"}
    sanction = by_type(code(text, actors), "SANCTION")
    assert names(sanction.source) == {"european union"}
    assert names(sanction.target) == {"syria"}


def test_a_coded_verb_pattern_over_an_undergone_noun_turns_too(code):
    # "come under fire" is a CAMEO verb pattern of its own: the subject is still hit
    text = "Afghan police came under heavy fire from Taliban fighters."
    actors = {"Afghan": "AFG", "Taliban": "TLB"}
    attack = by_type(code(text, actors), "ASSAULT")
    assert names(attack.source) == {"taliban"} and names(attack.target) == {"afghan"}
    off = by_type(code(text, actors, UNDERGONE_EVENT), "ASSAULT")
    assert names(off.target) != {"afghan"}


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League asked the Security Council to impose a no-fly zone over Libya.",
        "The Arab League asked the Security Council to declare a no-fly zone over Libya.",
        "The Arab League asked the Security Council to keep its border open.",
    ],
)
def test_asking_b_to_do_anything_is_a_request_of_b(code, text):
    actors = {"Arab League": "IGO", "Security Council": "UNO", "Libya": "LBY"}
    request = by_type(code(text, actors), "REQUEST")
    assert names(request.source) == {"arab league"}
    assert names(request.target) == {"security council"}
    off = code(text, actors, REQUEST_ANY_COMPLEMENT)
    assert not [e for e in off if e.type == "REQUEST" and names(e.source) == {"arab league"}]


def test_a_date_in_a_relative_clause_dates_only_that_clause(code):
    text = "Algeria lifted the state of emergency that had been in force since 1992."
    lifted = by_type(code(text, {"Algeria": "DZA"}), "CONCEDE")
    assert lifted.mode != "historical" and lifted.date == "2022-06-17"
    off = by_type(code(text, {"Algeria": "DZA"}, DATE_OWN_CLAUSE), "CONCEDE")
    assert off.mode == "historical"


def test_a_date_of_the_main_clause_still_dates_the_event(code):
    text = "Algeria lifted the state of emergency in 1992."
    lifted = by_type(code(text, {"Algeria": "DZA"}), "CONCEDE")
    assert lifted.mode == "historical" and lifted.date is not None
    assert lifted.date.startswith("1992")


@pytest.mark.parametrize(
    "text",
    [
        "Chirac told Iraq that it must cooperate fully with the inspectors.",
    ],
)
def test_the_one_told_that_it_must_is_the_target_of_the_demand(code, text):
    actors = {"Chirac": "FRA", "Iraq": "IRQ"}
    request = by_type(code(text, actors, people=("Chirac",)), "REQUEST")
    assert names(request.source) == {"chirac"} and names(request.target) == {"iraq"}
    off = code(text, actors, ADDRESSEE_OF_DIRECTIVE, people=("Chirac",))
    assert not [e for e in off if e.type == "REQUEST" and names(e.target) == {"iraq"}]


def test_a_pronoun_that_cannot_be_the_addressee_leaves_no_target(code):
    # "it" is no person: the addressed minister is not the one obliged
    text = "Chirac told the minister Villepin that it must cooperate with the inspectors."
    events = code(text, {"Chirac": "FRA", "Villepin": "FRA"}, people=("Chirac", "Villepin"))
    assert not [e for e in events if e.type == "REQUEST" and "villepin" in names(e.target)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya received military aid from the United States.", "AID"),
        ("Kenya won the support of the United States.", "SUPPORT"),
    ],
)
def test_the_receiver_is_the_target_and_the_giver_the_source(code, text, etype):
    actors = {"Kenya": "KEN", "United States": "USA"}
    event = by_type(code(text, actors), etype)
    assert names(event.source) == {"united states"} and names(event.target) == {"kenya"}
    # session 15's received_from_giver reads "received ... from" too: both off
    both = (UNDERGONE_EVENT, RECEIVED_FROM_GIVER)
    off = [e for e in code(text, actors, both) if e.type == etype]
    assert all(names(e.source) != {"united states"} for e in off)


def test_receiving_a_visitor_stays_the_hosts_act(code):
    # "received" coded on its own over a person (hosting): the host stays the source
    text = "Kenya received the foreign minister of Iran."
    events = code(text, {"Kenya": "KEN", "Iran": "IRN"})
    assert all("kenya" not in names(e.target) for e in events)
