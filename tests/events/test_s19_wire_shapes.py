"""Session 19 (engineer E): shapes of blind-written wire sentences, one mechanism each
(events/joint_cooperation.py, yielding.py, grievances.py, deployed_forces.py,
ultimatums.py, passive_args.py, sense.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes, one

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import
from stancemap.wordnet_files import WORDNET

JOINT = "events.sense.joint_military_cooperation"
YIELDED = "events.sense.yielded_to_demand"
GRIEVANCE = "events.args.protest_grievance_agent"
FORCES = "events.trigger.forces_sent_to_place"
OR_FACE = "events.trigger.or_face_ultimatum"
AGENT_ON_OBJECT = "events.args.passive_agent_on_object"
TOPIC = "events.sense.topic_not_force"
PASSIVE_FORCE = "events.args.passive_mobilized_force"
SEMICOLON = "events.args.semicolon_clause_apart"


@pytest.fixture(scope="module")
def runner(analyzer):
    # shipped off (gain only on the wire sentences whose errors were read): on here
    return StageRunner(
        analyzer, on=(GRIEVANCE, FORCES, OR_FACE, AGENT_ON_OBJECT, TOPIC, PASSIVE_FORCE, SEMICOLON)
    )


# -- joint shows of force are military cooperation ------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "partner"),
    [
        (
            "Indian troops carried out joint patrols with Pakistani forces on Friday.",
            "patrols",
            "PAK",
        ),
        (
            "Turkish warships began joint patrols with Russian ships in the Black Sea.",
            "patrols",
            "RUS",
        ),
    ],
)
def test_a_joint_patrol_is_military_cooperation_with_the_partner(runner, text, word, partner):
    event = one(runner, text, word)
    assert (event.type, event.cameo) == ("COOPERATE", "062")
    assert codes(event.target) == [partner]
    assert one(runner, text, word, (JOINT,)).type == "MOBILIZE"


def test_a_patrol_of_ones_own_stays_a_show_of_force(runner):
    event = one(runner, "Indian troops carried out patrols near the border on Friday.", "patrols")
    assert event.type == "MOBILIZE"


# -- giving in to a demand is a concession ----------------------------------------------


def test_giving_in_to_demands_is_a_concession_by_the_one_who_gives_in(runner):
    text = "Minister Haddad gave in to the demands of Senator Novak on Friday."
    event = one(runner, text, "gave")
    assert (event.type, event.cameo) == ("CONCEDE", "083")
    assert event.source == ["p:Haddad"] and event.target == ["p:Novak"]
    assert one(runner, text, "gave", (YIELDED,)).type == "REQUEST"


def test_an_act_done_bowing_to_demands_is_the_concession(runner):
    text = "Haddad resigned on Monday, bowing to the demands of Senator Novak."
    event = one(runner, text, "resigned")
    assert (event.type, event.cameo) == ("CONCEDE", "083")
    assert event.target == ["p:Novak"]
    assert one(runner, text, "resigned", (YIELDED,)).type != "CONCEDE"


def test_refusing_to_meet_demands_stays_a_rejection(runner):
    event = one(runner, "Iran refused to meet Russian demands on Monday.", "refused")
    assert event.type == "REJECT"


# -- a protest is aimed at whoever did what it protests ---------------------------------


def test_a_strike_over_an_act_by_x_is_aimed_at_x(runner):
    text = "Workers in Kenya launched a strike on Monday over the closure of the port by Somalia."
    assert codes(one(runner, text, "strike").target) == ["SOM"]
    assert one(runner, text, "strike", (GRIEVANCE,)).target == []


def test_a_protest_against_a_ban_imposed_by_x_is_aimed_at_x(runner):
    text = "Farmers in Kenya protested on Tuesday against the ban on exports imposed by Somalia."
    assert codes(one(runner, text, "protested").target) == ["SOM"]


def test_a_strike_over_pay_has_no_target(runner):
    text = "Workers in Kenya launched a strike on Monday over pay."
    assert one(runner, text, "strike").target == []


# -- forces sent to a place are a deployment --------------------------------------------


def test_battalions_ordered_to_a_border_are_a_deployment(runner):
    text = "Russia ordered five battalions to the border with Ukraine on Sunday."
    event = one(runner, text, "ordered")
    assert (event.type, event.cameo) == ("MOBILIZE", "154")
    assert codes(event.source) == ["RUS"]
    assert [e.type for e in runner.on(text, "ordered", (FORCES,))] != ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Haddad ordered the report to parliament on Sunday.",
        # a state, not a place: the rebels are driven back, nobody is deployed
        "The offensive reversed the fortunes of the army, sending the rebels into retreat.",
    ],
)
def test_what_is_sent_to_no_place_is_no_deployment(runner, text):
    assert all(e.type != "MOBILIZE" for e in runner.events(text))


# -- "or face": an ultimatum --------------------


def test_told_to_act_or_face_a_consequence_is_an_ultimatum(runner):
    text = "Turkey told Syria to withdraw its forces or face military action."
    event = one(runner, text, "told")
    assert (event.type, event.cameo) == ("THREATEN", "139")
    assert codes(event.source) == ["TUR"] and codes(event.target) == ["SYR"]
    assert one(runner, text, "told", (OR_FACE,)).type == "REQUEST"


def test_told_to_act_is_still_a_request(runner):
    event = one(runner, "Turkey told Syria to withdraw its forces.", "told")
    assert event.type == "REQUEST"


# -- a passive's agent hung on its retained object --------------------------------------


def test_the_by_phrase_on_a_passive_object_is_the_doer(runner):
    text = "Kenya was given a $500 million credit line by China on Friday."
    event = one(runner, text, "given")
    assert codes(event.source) == ["CHN"] and codes(event.target) == ["KEN"]
    assert one(runner, text, "given", (AGENT_ON_OBJECT,)).source == []


def test_the_yielding_verbs_are_wordnets():
    from stancemap.events.yielding import yielding_verbs

    verbs = yielding_verbs()
    assert {"give in", "accede", "bow", "meet", "comply", "satisfy"} <= verbs
    assert not {"demand", "refuse", "reject"} & verbs


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="no WordNet")
def test_the_importer_reproduces_the_yielding_verbs():
    body = data_path("events/yielding_verbs.txt").read_text("utf-8").splitlines()
    words = [x for x in body if x and not x.startswith("#")]
    assert words == wordnet_import.yielding_verbs(WORDNET)


# -- the issue a quarrel is over is no physical target ----------------------------------


def test_a_clash_over_border_security_between_politicians_is_verbal(runner):
    text = "Senator Novak clashed with Minister Haddad on Monday over border security."
    assert one(runner, text, "clashed").type == "ACCUSE"
    assert one(runner, text, "clashed", (TOPIC,)).type == "ASSAULT"


def test_troops_clashing_over_border_security_still_fight(runner):
    text = "Indian troops clashed with Pakistani troops on Monday over border security."
    assert one(runner, text, "clashed").type == "ASSAULT"


# -- a force put on alert is its own doer -----------------------------------------------


def test_troops_put_on_alert_are_the_source_and_the_border_party_the_target(runner):
    text = "Indian troops were put on high alert along the border with Pakistan on Monday."
    event = one(runner, text, "put")
    assert event.type == "MOBILIZE"
    assert codes(event.source) == ["IND"] and codes(event.target) == ["PAK"]
    assert one(runner, text, "put", (PASSIVE_FORCE,)).source == []


# -- a clause across a semicolon is no complement ---------------------------------------


def test_a_clause_before_a_semicolon_names_no_demand_target(runner):
    text = (
        "Novak led the poll with 9 percent; Haddad has repeatedly called for Moreau's resignation."
    )
    event = one(runner, text, "called")
    assert event.type == "REQUEST" and event.target == ["p:Moreau"]
    assert one(runner, text, "called", (SEMICOLON,)).target != ["p:Moreau"]
