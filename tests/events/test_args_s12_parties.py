"""Session 12 argument rules (issue 12, events/party_phrases.py), from misreads a new user
saw on real news. Sentences written for these tests; actors fixed by hand (test_coder's
build_layer), so the events stage alone is tested. Each rule is switched off too, so each
test shows what its rule does."""

from __future__ import annotations

import pytest
from test_coder import names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.party_phrases import (
    APPOSITIVE_OVER_POSSESSOR,
    BLAMED_SUBJECT,
    JUDGED_ACT_PATIENT,
    MEMBERS_NOT_BODY,
    TALK_TOPIC_ON,
    TOPIC_NOT_PARTY,
)

RELATED = "events.args.related_person_head"  # session 25: a person noun that acts for no one (its apposition first)


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=(), people=(), bodies=()):
        return code_people(text, actors, people=people, bodies=bodies, disable=disable)

    return run


def by_word(events, word):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


# ----------------------------------------------------------------- "be to blame"


def test_the_one_to_blame_is_the_target_and_the_reporter_the_source(code):
    text = "Dupont told reporters on Monday that Iran was to blame for the blast."
    actors = {"Dupont": "FRA", "Iran": "IRN"}
    blame = by_word(code(text, actors, people=("Dupont",)), "blame")
    assert blame.type == "ACCUSE"
    assert names(blame.source) == {"dupont"}
    assert names(blame.target) == {"iran"}
    off = by_word(code(text, actors, (BLAMED_SUBJECT,), people=("Dupont",)), "blame")
    assert names(off.source) == {"iran"}  # the misread: the blamed one as the accuser


def test_with_no_one_reporting_it_the_blame_has_no_source(code):
    text = "Iran is to blame for the blast at the port."
    blame = by_word(code(text, {"Iran": "IRN"}), "blame")
    assert blame.source == []
    assert names(blame.target) == {"iran"}


def test_a_headline_without_its_copula_blames_its_subject(code):
    text = "Serbia to blame for border shooting, Dupont says"
    actors = {"Serbia": "SRB", "Dupont": "FRA"}
    blame = by_word(code(text, actors, people=("Dupont",)), "blame")
    assert names(blame.source) == {"dupont"}
    assert names(blame.target) == {"serbia"}
    off = by_word(code(text, actors, (BLAMED_SUBJECT,), people=("Dupont",)), "blame")
    assert names(off.source) == {"serbia"}


def test_an_active_blame_with_its_own_object_is_left_alone(code):
    text = "Iran blamed Israel for the blast at the port."
    blame = by_word(code(text, {"Iran": "IRN", "Israel": "ISR"}), "blamed")
    assert names(blame.source) == {"iran"}
    assert names(blame.target) == {"israel"}


# ----------------------------------------------------------------- "NATO members"


@pytest.mark.parametrize(
    "text",
    [
        "The two NATO members failed to agree on a pipeline deal.",
        "Three NATO member states rejected the pipeline deal on Friday.",
        "Two members of NATO rejected the pipeline deal on Friday.",
    ],
)
def test_members_of_a_body_are_not_the_body(code, text):
    actors = {"NATO": None}
    events = code(text, actors, bodies=("NATO",))
    assert events and all("t:nato" not in e.source for e in events)
    off = code(text, actors, (MEMBERS_NOT_BODY,), bodies=("NATO",))
    assert any("t:nato" in e.source for e in off)  # the misread


def test_the_body_itself_is_still_the_body(code):
    text = "NATO rejected the pipeline deal on Friday."
    rejected = by_word(code(text, {"NATO": None}, bodies=("NATO",)), "rejected")
    assert names(rejected.source) == {"nato"}


# ----------------------------------------------------------------- topics


def test_the_topic_of_a_quarrel_is_no_party(code):
    text = "Meloni and Sanchez clash over EU budget"
    actors = {"Meloni": "ITA", "Sanchez": "ESP", "EU": None}
    people = ("Meloni", "Sanchez")
    clash = by_word(code(text, actors, people=people, bodies=("EU",)), "clash")
    assert "t:eu" not in clash.source + clash.target
    assert names(clash.source) == {"meloni"}  # the quarrel's co-subjects: one each side
    assert names(clash.target) == {"sanchez"}
    off = by_word(code(text, actors, (TOPIC_NOT_PARTY,), people=people, bodies=("EU",)), "clash")
    assert names(off.target) == {"eu"}  # the misread


def test_the_other_party_stays_beside_a_topic(code):
    text = "Poland quarrelled with Hungary over EU farm subsidies on Tuesday."
    actors = {"Poland": "POL", "Hungary": "HUN", "EU": None}
    quarrel = by_word(code(text, actors, bodies=("EU",)), "quarrelled")
    assert names(quarrel.target) == {"hungary"}


def test_the_on_topic_of_an_agreement_is_no_party(code):
    text = "Portugal and Greece agreed on EU fishing quotas on Thursday."
    actors = {"Portugal": "PRT", "Greece": "GRC", "EU": None}
    agreed = by_word(code(text, actors, bodies=("EU",)), "agreed")
    assert names(agreed.source) == {"portugal", "greece"}
    assert "t:eu" not in agreed.target
    off = by_word(code(text, actors, (TALK_TOPIC_ON,), bodies=("EU",)), "agreed")
    assert names(off.target) == {"eu"}  # the misread


def test_on_still_names_the_target_of_a_sanction(code):
    text = "Canada imposed sanctions on Iranian oil exports on Thursday."
    sanction = [e for e in code(text, {"Canada": "CAN", "Iranian": "IRN"}) if e.type == "SANCTION"]
    assert sanction and names(sanction[0].target) == {"iranian"}


# ----------------------------------------------------------------- a judged act's patient


@pytest.mark.parametrize(
    "text, word, patient",
    [
        ("Austria condemned the rocket attack on Syria.", "condemned", "syria"),
        ("Austria condemned the air strike on Yemen on Monday.", "condemned", "yemen"),
        ("Sweden welcomed the new sanctions on Belarus.", "welcomed", "belarus"),
        ("Spain criticised the tariffs on Mexico on Friday.", "criticised", "mexico"),
    ],
)
def test_the_patient_of_a_judged_act_is_not_the_judged_one(code, text, word, patient):
    actors = {"Austria": "AUT", "Syria": "SYR", "Yemen": "YEM", "Sweden": "SWE"}
    actors |= {"Belarus": "BLR", "Spain": "ESP", "Mexico": "MEX"}
    present = {k: v for k, v in actors.items() if k in text}
    judged = by_word(code(text, present), word)
    assert f"t:{patient}" not in judged.target
    off = by_word(code(text, present, (JUDGED_ACT_PATIENT,)), word)
    assert f"t:{patient}" in off.target  # the misread: condemning the attack on Y as Y's


def test_the_doer_of_a_judged_act_is_the_judged_one(code):
    text = "Austria condemned the attack on Yemen by Oman."
    actors = {"Austria": "AUT", "Yemen": "YEM", "Oman": "OMN"}
    judged = by_word(code(text, actors), "condemned")
    assert names(judged.target) == {"oman"}
    text = "Spain criticised the Mexican tariffs on Chile."
    actors = {"Spain": "ESP", "Mexican": "MEX", "Chile": "CHL"}
    assert names(by_word(code(text, actors), "criticised").target) == {"mexican"}


def test_a_judged_party_named_outright_stays(code):
    text = "Spain criticised Mexico on Friday."
    assert names(by_word(code(text, {"Spain": "ESP", "Mexico": "MEX"}), "criticised").target) == {
        "mexico"
    }


# ----------------------------------------------------------------- appositives


def test_an_appositive_renames_its_head_not_the_possessor(code):
    text = "Morales's Socialist rival, Senator Quispe, praised the new budget on Monday."
    actors = {"Morales": "BOL", "Quispe": "PER"}
    people = ("Morales", "Quispe")
    praised = by_word(code(text, actors, people=people), "praised")
    assert names(praised.source) == {"quispe"}
    # "rival" is a relational noun (session 15, events.args.relational_possessor): with
    # the appositive rule off it still names no one rather than the possessor
    off = by_word(
        code(text, actors, (APPOSITIVE_OVER_POSSESSOR, RELATED), people=people), "praised"
    )
    assert off.source == []
    both = (APPOSITIVE_OVER_POSSESSOR, "events.args.relational_possessor", RELATED)
    off = by_word(code(text, actors, both, people=people), "praised")
    assert names(off.source) == {"morales"}  # the misread: the possessor as the doer


def test_a_possessor_with_no_apposition_still_owns_the_phrase(code):
    text = "Peru's foreign ministry praised the new budget on Monday."
    praised = by_word(code(text, {"Peru": "PER"}), "praised")
    assert names(praised.source) == {"peru"}


# ----------------------------------------------------------------- the whole pipeline


def _events(analyzer, text, word):
    analysis = analyzer.analyze_text(text, doc_id="t", date="2024-05-02")
    by_id = {a.id: a for a in analysis.actors}
    found = [e for e in analysis.events if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return [({by_id[i].name for i in e.source}, {by_id[i].name for i in e.target}) for e in found]


def test_a_source_named_only_in_the_sentence_before_stays_empty(analyzer):
    # the rule: nothing carries a doer over from the previous sentence
    text = (
        "Russian troops massed near the border on Sunday. On Monday the shelling of Kharkiv began."
    )
    assert all(not source for source, _ in _events(analyzer, text, "shelling"))


def test_the_three_misreads_through_the_actors_stage(analyzer):
    blame = _events(
        analyzer, "Lefebvre told the press that Russia was to blame for the strike.", "blame"
    )
    assert all("Russia" not in source for source, _ in blame)
    assert any("Russia" in target for _, target in blame)
    members = _events(analyzer, "The two NATO members failed to agree on the gas pipeline.", "fail")
    assert all(not any("NATO" in n or "North Atlantic" in n for n in s) for s, _ in members)
    clash = _events(analyzer, "Germany and France clash over EU budget", "clash")
    assert all(not any("Europe" in n or n == "EU" for n in t) for _, t in clash)
