"""Session 19 (engineer E): shapes of blind-written wire sentences, one mechanism each
(events/joint_cooperation.py, yielding.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes, one

from stancemap.datafiles import data_path
from stancemap.events import wordnet_import
from stancemap.wordnet_files import WORDNET

JOINT = "events.sense.joint_military_cooperation"
YIELDED = "events.sense.yielded_to_demand"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


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
