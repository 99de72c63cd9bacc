"""Who the other party of an act is (events/counterparts.py): misreads a new user saw on
real news (issue 12, session 11), with sentences written for these tests (never the
articles). Each case is checked with its rule on and off where a rule decides it.

Actors are fixed by hand (test_sense_pairs.cast_layer): countries and the politicians
Novak, Haddad and Moreau."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from misread_helpers import StageRunner

from stancemap.events.counterparts import press_is_no_party
from stancemap.records import Actor

DEFENDING_OWN = "events.sense.defending_own"
NOT_WITH_ENEMY = "events.sense.cooperation_not_with_enemy"
QUARREL = "events.args.quarrel_both_sides"
LEFT_TALKS = "events.sense.left_the_talks"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("We will defend our workers, Novak said.", "defend"),
        ("Novak said Turkey will defend its workers.", "defend"),
        ("Russia will protect its citizens, Moreau said.", "protect"),
    ],
)
def test_defending_ones_own_is_no_event(runner, sentence, word):
    assert runner.on(sentence, word) == []
    # without the rule the defence is coded as cooperation (SUPPORT or its intent, AGREE)
    plain = runner.on(sentence, word, off=(DEFENDING_OWN,))
    assert plain and {e.type for e in plain} <= {"AGREE", "SUPPORT"}, plain


def test_defending_another_country_is_support(runner):
    events = runner.on("Russia defended Syria at the UN.", "defended")
    assert [(e.type, e.source, e.target) for e in events] == [("SUPPORT", ["c:RUS"], ["c:SYR"])]


@pytest.mark.parametrize(
    "sentence, word, source, enemy",
    [
        ("Turkey will join the coalition against Russia.", "join", "c:TUR", "c:RUS"),
        ("Novak joined the coalition against Haddad.", "joined", "p:Novak", "p:Haddad"),
    ],
)
def test_the_one_a_coalition_is_against_is_not_its_target(runner, sentence, word, source, enemy):
    events = runner.on(sentence, word)
    assert events and all(source in e.source and enemy not in e.target for e in events), events
    plain = runner.on(sentence, word, off=(NOT_WITH_ENEMY,))
    assert any(enemy in e.target for e in plain), plain


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Novak turned on Haddad.", "turned"),
        ("Novak turned on Haddad after the vote.", "turned"),
    ],
)
def test_turning_on_someone_is_criticism(runner, sentence, word):
    events = runner.on(sentence, word)
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", ["p:Novak"], ["p:Haddad"])]


def test_turning_on_a_thing_is_no_event(runner):
    assert runner.on("Novak turned on the lights.", "turned") == []


@pytest.mark.parametrize(
    "sentence, word, first, second",
    [
        ("Novak and Haddad sparred over the budget.", "sparred", "p:Novak", "p:Haddad"),
        ("Haddad and Novak quarrelled over the budget.", "quarrelled", "p:Haddad", "p:Novak"),
    ],
)
def test_a_quarrel_is_criticism_between_the_two(runner, sentence, word, first, second):
    events = runner.on(sentence, word)
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", [first], [second])]
    # without the rule the second quarreller is taken out of the target as the source's side
    plain = runner.on(sentence, word, off=(QUARREL,))
    assert plain and all(second not in e.target for e in plain), plain


def test_a_clash_of_countries_stays_force(runner):
    events = runner.on("Russia and Ukraine clashed over the border.", "clashed")
    assert events and all(e.type == "ASSAULT" for e in events), events


@pytest.mark.parametrize(
    "sentence, word, source, target",
    [
        ("Russia walked away from the talks with Ukraine.", "talks", ["c:RUS"], ["c:UKR"]),
        ("Novak walked away from the talks.", "talks", ["p:Novak"], []),
        ("Novak walked out of the negotiations.", "walked", ["p:Novak"], []),
    ],
)
def test_walking_away_from_talks_halts_them(runner, sentence, word, source, target):
    events = runner.on(sentence, word)
    assert [(e.type, e.cameo, e.source, e.target) for e in events] == [
        ("SANCTION", "164", source, target)
    ]
    plain = runner.on(sentence, word, off=(LEFT_TALKS,))
    assert all(e.type != "SANCTION" for e in plain), plain


def test_talks_held_stay_consultation(runner):
    events = runner.on("Russia held talks with Ukraine.", "talks")
    assert events and all(e.type == "CONSULT" for e in events), events


PRESS = "events.args.press_is_no_party"


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Novak told Russia to withdraw.", "p:Novak", "c:RUS"),
        ("Turkey told Syria to withdraw its troops from the border.", "c:TUR", "c:SYR"),
        ("Haddad told Iran to stop enriching uranium.", "p:Haddad", "c:IRN"),
    ],
)
def test_telling_someone_to_act_is_a_demand_of_them(runner, sentence, source, target):
    events = runner.on(sentence, "told")
    assert [(e.type, e.source, e.target) for e in events] == [("REQUEST", [source], [target])]


def test_telling_someone_a_fact_is_no_demand(runner):
    assert runner.on("Novak told Russia that the deal was good.", "told") == []


def test_a_demand_of_the_press_is_no_request():
    # the rule reads the target's sector: journalists (JRN) are an audience, not a party
    cast = {
        "j": Actor(id="j", name="reporters", type="group", sector="JRN"),
        "r": Actor(id="r", name="Russia", type="country", country="RUS"),
    }
    ctx = SimpleNamespace(actors=SimpleNamespace(actor=cast.get))
    on = SimpleNamespace(on=lambda name: True)
    off = SimpleNamespace(on=lambda name: name != PRESS)
    to_press = SimpleNamespace(type="REQUEST", target=["j"])
    assert press_is_no_party(to_press, ctx, on) is None
    assert press_is_no_party(to_press, ctx, off) is to_press
    to_russia = SimpleNamespace(type="REQUEST", target=["r"])
    assert press_is_no_party(to_russia, ctx, on) is to_russia
