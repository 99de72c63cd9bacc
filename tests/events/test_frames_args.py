"""Frames and arguments the issue names (sentences written for these tests; actors
fixed by hand with test_coder.build_layer, so the events stage alone is tested)."""

from __future__ import annotations

import pytest
from test_coder import build_layer, names

from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

FORCE = {"ASSAULT", "COERCE", "THREATEN"}


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text: str, actors: dict[str, str | None], people: tuple[str, ...] = ()):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        layer = build_layer(text, actors)
        for name in people:  # build_layer makes every actor a country
            actor_id = "t:" + name.lower().replace(" ", "-")
            layer.actors[actor_id] = layer.actors[actor_id].model_copy(update={"type": "person"})
        return analyzer.events(doc, document, layer, [])

    return run


def one(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def test_called_for_b_to_do_x_is_a_request_of_b(code):
    events = code(
        "France called for Iran to halt its nuclear programme.", {"France": "FRA", "Iran": "IRN"}
    )
    event = one(events, "REQUEST")
    assert names(event.source) == {"france"} and names(event.target) == {"iran"}


def test_asking_for_a_ban_to_be_lifted_is_a_request_not_a_retreat(code):
    text = "The leaders of Poland and Hungary asked for the ban on grain imports to be lifted."
    events = code(text, {"Poland": "POL", "Hungary": "HUN"})
    assert "RETREAT" not in {e.type for e in events}
    assert names(one(events, "REQUEST").source) == {"poland", "hungary"}


def test_accused_b_of_x_is_a_accuse_b(code):
    events = code(
        "Russia accused Ukraine of shelling the plant.", {"Russia": "RUS", "Ukraine": "UKR"}
    )
    event = one(events, "ACCUSE")
    assert names(event.source) == {"russia"} and names(event.target) == {"ukraine"}
    assert not [e for e in events if e.type in FORCE]  # the charge is not a deed


def test_rejecting_blame_is_the_rejecters_act(code):
    text = "A spokeswoman for China rejected the blame put on her country by the United States."
    events = code(text, {"China": "CHN", "United States": "USA"})
    event = one(events, "REJECT")
    assert names(event.source) == {"china"}
    assert names(event.target) == {"united states"}
    assert not [e for e in events if e.type == "ACCUSE" and "t:china" in e.target]


def test_a_feared_threat_is_hypothetical_and_sourceless(code):
    text = "Germany fears it could be used to threaten Poland."
    event = one(code(text, {"Germany": "DEU", "Poland": "POL"}), "THREATEN")
    assert event.mode == "hypothetical"
    assert event.source == []


def test_an_unnamed_attacker_stays_unnamed(code):
    events = code("The village near Kharkiv was attacked on Monday.", {"Kharkiv": "UKR"})
    assert all(e.source == [] for e in events)


def test_it_in_a_reported_clause_is_the_speaker(code):
    # "X said Y attacked it": the clause refers to the speaker, who is the target
    text = "Ukraine said Russia had attacked it overnight."
    event = one(code(text, {"Ukraine": "UKR", "Russia": "RUS"}), "ASSAULT")
    assert names(event.source) == {"russia"} and names(event.target) == {"ukraine"}


def test_the_speaker_is_not_the_target_when_the_clause_names_another(code):
    text = "Ukraine said Russia had attacked Poland overnight."
    event = one(code(text, {"Ukraine": "UKR", "Russia": "RUS", "Poland": "POL"}), "ASSAULT")
    assert names(event.target) == {"poland"}
    text = "Ukraine said Russia had launched an attack overnight."
    event = one(code(text, {"Ukraine": "UKR", "Russia": "RUS"}), "ASSAULT")
    assert names(event.source) == {"russia"} and event.target == []


def test_a_pronoun_that_cannot_mean_the_speaker_is_not_the_speaker(code):
    # "it" is no person: a president's "it" is something else, left unresolved
    text = "President Novak said Russia had attacked it overnight."
    actors = {"President Novak": "UKR", "Russia": "RUS"}
    event = one(code(text, actors, people=("President Novak",)), "ASSAULT")
    assert event.target == []
    text = "President Novak said Russia had threatened him."
    event = one(code(text, actors, people=("President Novak",)), "THREATEN")
    assert names(event.target) == {"president novak"}


def test_nationality_adjectives_give_the_countries(code):
    text = "Kenyan President Ruto met Ethiopian soldiers in Nairobi."
    event = one(code(text, {"Kenyan": "KEN", "Ethiopian": "ETH"}), "CONSULT")
    assert names(event.source) == {"kenyan"} and names(event.target) == {"ethiopian"}


def test_adjectives_come_before_an_of_complement(code):
    text = "The Turkish and Greek sides of Cyprus agreed to share information."
    event = one(code(text, {"Turkish": "TUR", "Greek": "GRC", "Cyprus": "CYP"}), "AGREE")
    assert names(event.source) == {"turkish", "greek"}


def test_passive_agent_is_the_source(code):
    event = one(code("Turkey was attacked by Syria.", {"Turkey": "TUR", "Syria": "SYR"}), "ASSAULT")
    assert names(event.source) == {"syria"} and names(event.target) == {"turkey"}


def test_its_forces_belong_to_the_country_named_before(code):
    text = "Russia said on Monday that its forces had shelled Kharkiv."
    event = one(code(text, {"Russia": "RUS", "Kharkiv": "UKR"}), "ASSAULT")
    assert names(event.source) == {"russia"}


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Japan paid a visit to China.", "CONSULT"),
        ("Egypt held talks with Israel.", "CONSULT"),
        ("Japan imposed sanctions on China.", "SANCTION"),
        ("Japan sent aid to China.", "AID"),
        ("Japan lodged a formal protest with China.", "ACCUSE"),
    ],
)
def test_light_verbs_and_event_nouns(code, text, etype):
    actors = {"Japan": "JPN", "China": "CHN", "Egypt": "EGY", "Israel": "ISR"}
    event = one(code(text, actors), etype)
    assert event.source and event.target


def test_a_relative_pronoun_subject_is_the_head_noun(code):
    text = "The rebels who attacked Somalia were seen in Kenya."
    event = one(code(text, {"Kenya": "KEN", "rebels": None, "Somalia": "SOM"}), "ASSAULT")
    assert names(event.source) == {"rebels"} and names(event.target) == {"somalia"}


def test_an_active_verb_under_a_passive_one_has_its_subject(code):
    event = one(
        code("Japan is scheduled to meet China.", {"Japan": "JPN", "China": "CHN"}), "CONSULT"
    )
    assert names(event.source) == {"japan"} and names(event.target) == {"china"}
    # the passive verb's own subject is its patient, never its source
    event = one(code("Japan was attacked.", {"Japan": "JPN"}), "ASSAULT")
    assert event.source == []


def test_a_possessive_pronoun_is_the_clauses_named_subject(code):
    text = "The rebels insisted on their demands for autonomy."
    event = one(code(text, {"rebels": None}), "REQUEST")
    assert names(event.source) == {"rebels"}


def test_a_place_preposition_never_names_a_person(code):
    # the linker may take a town for a namesake; "positions in X" is still a place
    text = "The militia attacked army positions in Goma."
    event = one(code(text, {"Goma": None}, people=("Goma",)), "ASSAULT")
    assert "t:goma" not in event.target
    as_place = one(code(text, {"Goma": "COD"}), "ASSAULT")
    assert names(as_place.target) == {"goma"}
