"""Session 15 (issue 12): argument shapes of real news (events/arg_shapes.py) and the
brief's known shapes: object control, "at the hands of", a verb in scare quotes, a
possessor's procedure, comma-set "with" absolutes, kin and rival nouns, "help from X";
agentless passives stay sourceless and a speech verb's subject is not the target of what
it reports. Sentences written for these tests; actors fixed by hand (test_coder's
build_layer) so the events stage alone is tested; each new rule is also switched off."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.arg_shapes import (
    AT_THE_HANDS,
    NOUN_FROM_SOURCE,
    OBJECT_CONTROL,
    POSSESSOR_OWNS_PHRASE,
    RELATIONAL_POSSESSOR,
    SCARE_QUOTED_VERB,
    SPEAKER_PRONOUN_ONLY,
    WITH_ABSOLUTE,
    control_verbs,
    relational_nouns,
)

# B's trigger rule drops a participle used as an adjective; the misparsed quoted verb
# is one, so the scare-quote tests switch it off to see the arguments
RELATED = "events.args.related_person_head"  # session 25: a person noun that acts for no one (its apposition first)


ADJECTIVAL = "events.trigger.no_adjectival_participle"


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    def run(text, actors, disable=(), people=()):
        return code_people(text, actors, people=people, disable=disable)

    return run


def test_the_word_lists_come_from_wordnet():
    assert {"drive", "urge", "persuade", "force"} <= control_verbs()
    assert "say" in control_verbs()  # frame 24 is "somebody to INFINITIVE", any verb with it
    assert {"son", "wife", "rival", "follower"} <= relational_nouns()
    assert "boy" not in relational_nouns()  # a child first, a son only by a later sense


# ----------------------------------------------------------------- object control


def test_object_control_gives_the_infinitive_to_the_object(code):
    text = "The famine drove Somali herders to raid Kenyan villages."
    actors = {"Somali herders": "SOM", "Kenyan villages": "KEN", "famine": None}
    raid = by_word(code(text, actors), "raid")
    assert names(raid.source) == {"somali herders"}
    assert names(raid.target) == {"kenyan villages"}
    off = by_word(code(text, actors, (OBJECT_CONTROL,)), "raid")
    assert names(off.source) == {"famine"}  # the misread: the famine raided


def test_a_thing_object_keeps_the_purpose_reading(code):
    text = "Ethiopia used the rainy season to fight Eritrean rebels."
    actors = {"Ethiopia": "ETH", "Eritrean rebels": "ERI"}
    fight = by_word(code(text, actors), "fight")
    assert names(fight.source) == {"ethiopia"}


# ----------------------------------------------------------------- at the hands of


def test_at_the_hands_of_names_the_doer(code):
    text = "Three Kenyan students were killed at the hands of Ugandan soldiers."
    actors = {"Kenyan students": "KEN", "Ugandan soldiers": "UGA"}
    killed = by_word(code(text, actors), "killed")
    assert names(killed.source) == {"ugandan soldiers"}
    assert names(killed.target) == {"kenyan students"}
    off = by_word(code(text, actors, (AT_THE_HANDS,)), "killed")
    assert off.source == []


# ----------------------------------------------------------------- scare quotes


def test_a_scare_quoted_verb_parsed_as_an_adjective_keeps_its_object(code):
    text = "Obama said that Putin “invaded” Ukraine."
    actors = {"Obama": "USA", "Putin": "RUS", "Ukraine": "UKR"}
    people = ("Obama", "Putin")
    invaded = by_word(code(text, actors, (ADJECTIVAL,), people), "invaded")
    assert names(invaded.source) == {"putin"}
    assert names(invaded.target) == {"ukraine"}
    off = by_word(code(text, actors, (ADJECTIVAL, SCARE_QUOTED_VERB), people), "invaded")
    assert off.target == []


# ----------------------------------------------------------------- possessors


def test_a_possessors_procedure_is_not_its_patients(code):
    text = "The Supreme Court ruled against Ohio's procedure for removing Democratic voters."
    actors = {"Supreme Court": "USA", "Democratic voters": "USA"}
    ruled = by_word(code(text, actors), "ruled")
    assert names(ruled.source) == {"supreme court"}
    assert ruled.target == []  # Ohio names no actor here: no one, not the voters
    off = by_word(code(text, actors, (POSSESSOR_OWNS_PHRASE,)), "ruled")
    assert names(off.target) == {"democratic voters"}
    owned = by_word(code(text, {**actors, "Ohio": "USA"}), "ruled")
    assert names(owned.target) == {"ohio"}


def test_a_rival_is_not_the_possessor(code):
    text = "Putin's rival attacked the Kremlin."
    actors = {"Putin": "RUS", "Kremlin": "RUS"}
    attacked = by_word(code(text, actors, people=("Putin",)), "attacked")
    assert attacked.source == []
    off = by_word(code(text, actors, (RELATIONAL_POSSESSOR, RELATED), ("Putin",)), "attacked")
    assert names(off.source) == {"putin"}


def test_a_son_is_not_his_father(code):
    text = "Gaddafi's son met Italian officials in Rome."
    actors = {"Gaddafi": "LBY", "Italian officials": "ITA", "Rome": "ITA"}
    met = by_word(code(text, actors, people=("Gaddafi",)), "met")
    assert met.source == []
    assert names(met.target) == {"italian officials"}
    off = by_word(code(text, actors, (RELATIONAL_POSSESSOR, RELATED), ("Gaddafi",)), "met")
    assert names(off.source) == {"gaddafi"}


def test_a_named_apposition_of_a_rival_stays(code):
    text = "Putin's rival, Alexei Navalny, attacked the Kremlin."
    actors = {"Putin": "RUS", "Alexei Navalny": "RUS", "Kremlin": "RUS"}
    people = ("Putin", "Alexei Navalny")
    attacked = by_word(code(text, actors, people=people), "attacked")
    assert names(attacked.source) == {"alexei navalny"}


# ----------------------------------------------------------------- with absolutes


def test_a_comma_set_with_clause_is_no_partner(code):
    text = "Kenya cooperated with Ethiopia, with Somali militias raiding the border."
    actors = {"Kenya": "KEN", "Ethiopia": "ETH", "Somali militias": "SOM"}
    events = code(text, actors)
    cooperated = by_word(events, "cooperated")
    assert names(cooperated.target) == {"ethiopia"}
    text = "Kenya would not cooperate, with Somali militias raiding the border."
    cooperate = by_word(code(text, actors), "cooperate")
    assert cooperate.target == []
    off = by_word(code(text, actors, (WITH_ABSOLUTE,)), "cooperate")
    assert names(off.target) == {"somali militias"}


# ----------------------------------------------------------------- from


def test_help_from_x_is_x_helping(code):
    text = "Her win was driven by some help from Senator Sanders."
    actors = {"Senator Sanders": "USA"}
    help_ = by_word(code(text, actors, people=("Senator Sanders",)), "help")
    assert names(help_.source) == {"senator sanders"}
    assert help_.target == []
    off = by_word(code(text, actors, (NOUN_FROM_SOURCE,), ("Senator Sanders",)), "help")
    assert off.source == []
    assert names(off.target) == {"senator sanders"}  # the misread: Sanders was helped


def test_withdrawal_from_keeps_its_place(code):
    text = "Russia announced the withdrawal from Syria."
    actors = {"Russia": "RUS", "Syria": "SYR"}
    for event in code(text, actors):
        assert "t:syria" not in event.source


# ----------------------------------------------------------------- the brief's item 3


def test_an_agentless_passive_stays_sourceless(code):
    for text in (
        "The Kenyan embassy in Kampala was attacked on Monday, Kenya said.",
        "Two Malian soldiers were killed near Gao.",
    ):
        actors = {"Kenyan embassy": "KEN", "Kampala": "UGA", "Kenya": "KEN"}
        actors |= {"Malian soldiers": "MLI", "Gao": "MLI"}
        event = next(e for e in code(text, actors) if e.type == "ASSAULT")
        assert event.source == [], text


def test_a_speaker_is_not_the_target_of_what_it_reports(code):
    text = "Kenya said Ugandan troops attacked the border post."
    actors = {"Kenya": "KEN", "Ugandan troops": "UGA"}
    attacked = by_word(code(text, actors), "attacked")
    assert names(attacked.source) == {"ugandan troops"}
    assert "t:kenya" not in attacked.target
    # the clause itself refers to the speaker: then, and only then, it is the target
    text = "Kenya said Ugandan troops attacked it."
    attacked = by_word(code(text, actors), "attacked")
    assert names(attacked.target) == {"kenya"}


def test_a_possessors_act_keeps_its_own_object(code):
    text = "The delegates expressed their support for Senator Sanders."
    actors = {"Senator Sanders": "USA"}
    support = by_word(code(text, actors, people=("Senator Sanders",)), "expressed")
    assert names(support.target) == {"senator sanders"}  # the head's own "for" object


def test_you_in_a_reported_clause_is_not_the_speaker(code):
    text = "You will have a hard time getting support from Kenyan voters, Odinga said."
    actors = {"Kenyan voters": "KEN", "Odinga": "KEN"}
    people = ("Odinga",)
    support = by_word(code(text, actors, people=people), "getting")
    assert names(support.source) == {"kenyan voters"}
    assert support.target == []  # whom Odinga addresses, not Odinga
    off = by_word(code(text, actors, (SPEAKER_PRONOUN_ONLY,), people), "getting")
    assert names(off.target) == {"odinga"}  # the misread: the speaker made the target


def test_this_in_a_reported_clause_is_not_the_speaker(code):
    text = "Then you add to this the criticism of Kenya, Odinga said."
    actors = {"Kenya": "KEN", "Odinga": "KEN"}
    for event in code(text, actors, people=("Odinga",)):
        assert "t:odinga" not in event.source + event.target
