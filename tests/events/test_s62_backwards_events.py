"""Session 62 (EL): events read backwards or from the wrong words (issue 12), three rules
shipped off - ``events.sense.undone_act`` (events/undone_acts.py: "terminated an agreement" is
the REJECT of it), ``events.sense.pledged_refusal`` (events/pledged_refusals.py: "vowed not to
work with X" is an asserted REJECT) and ``events.sense.trigger_in_name``
(events/names_with_triggers.py: a trigger word inside a name is no event). The sentences were
written for this test; each runs the whole pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.datafiles import data_path, word_list
from stancemap.events.undoing_import import undoing_verbs
from stancemap.wordnet_files import WORDNET

UNDONE = "events.sense.undone_act"
PLEDGED = "events.sense.pledged_refusal"
IN_NAME = "events.sense.trigger_in_name"
RULES = (UNDONE, PLEDGED, IN_NAME)


def _reader(analyzer, rule):
    pipelines = on_off_pipelines(analyzer, rule)

    def run(text: str, on: bool) -> list[tuple[str, str, str | None, list[str], list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-03-01")
        return [(e.trigger.text, e.type, e.mode, e.source, e.target) for e in analysis.events]

    return run


@pytest.fixture(scope="module")
def undone(analyzer):
    return _reader(analyzer, UNDONE)


@pytest.fixture(scope="module")
def pledged(analyzer):
    return _reader(analyzer, PLEDGED)


@pytest.fixture(scope="module")
def in_name(analyzer):
    return _reader(analyzer, IN_NAME)


@pytest.mark.parametrize("rule", RULES)
def test_the_rules_ship_off(rule):
    assert rule in Settings().rules.disable


# --- events.sense.undone_act ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States terminated its agreement with the European Union.", "usa", "eu"),
        ("Mr Blair went back on a pledge to Labour.", "blair", None),
    ],
)
def test_an_undone_agreement_is_its_rejection(undone, text, source, target):
    off = [e for e in undone(text, on=False) if e[1] == "AGREE"]
    assert off and not any(e[1] == "REJECT" for e in undone(text, on=False))
    on = undone(text, on=True)
    assert not any(e[1] == "AGREE" for e in on)
    rejects = [e for e in on if e[1] == "REJECT"]
    assert len(rejects) == 1
    trigger, _, mode, sources, targets = rejects[0]
    assert mode is None
    # the one who undoes it, not the pledge's party
    assert any(source in s.lower() for s in sources)
    if target:
        assert any(target in t.lower() for t in targets)
    assert trigger.split()[0] in ("terminated", "went")  # the undoing verb is in the trigger


@pytest.mark.parametrize(
    "text",
    [
        "Germany concluded an agreement with France.",  # completing is no undoing
        "Russia and Ukraine agreed to end the war.",
        "The United States signed an agreement with the European Union.",
    ],
)
def test_completing_or_making_an_agreement_is_left_alone(undone, text):
    assert undone(text, on=True) == undone(text, on=False)


def test_the_undoing_verbs_are_written_from_wordnet():
    if not (WORDNET / "index.verb").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    shipped = word_list("events/undoing_verbs.txt")
    assert set(undoing_verbs(WORDNET)) == shipped
    assert {"terminate", "scrap", "renege on", "go back on", "pull out", "cancel"} <= shipped
    assert not {"conclude", "finish", "settle", "complete", "sign"} & shipped


# --- events.sense.pledged_refusal ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kennedy vowed not to work with the Conservatives.",
        "Mr Kennedy repeated his pledge not to do deals with either party.",
    ],
)
def test_a_pledge_not_to_act_with_a_party_is_a_rejection(pledged, text):
    assert any(e[1] == "AGREE" for e in pledged(text, on=False))
    on = pledged(text, on=True)
    assert [e[1:3] for e in on] == [("REJECT", None)]
    assert any("kennedy" in s.lower() for s in on[0][3])


def test_a_pledge_not_to_cooperate_is_an_asserted_rejection(pledged):
    text = "Iran pledged not to cooperate with the inspectors."
    assert [e[1:3] for e in pledged(text, on=False)] == [("REJECT", "negated")]
    assert [e[1:3] for e in pledged(text, on=True)] == [("REJECT", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Rumsfeld vowed never to forget the victims.",  # no act with anyone refused
        "Mr Kennedy pledged to form a coalition with Labour.",  # no negation
        "The rebels promised not to attack the town.",  # a hostile act: its negated threat
        "Mr Kennedy pledged not to raise taxes.",
    ],
)
def test_other_pledges_are_left_alone(pledged, text):
    assert pledged(text, on=True) == pledged(text, on=False)


# --- events.sense.trigger_in_name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Council president Ron Grant says the crew left in another boat.", "Grant"),
        (
            "The report was written by the Organisation for Economic Cooperation and Development.",
            "Cooperation",
        ),
    ],
)
def test_a_trigger_inside_a_name_is_no_event(in_name, text, word):
    assert any(word in e[0] for e in in_name(text, on=False))
    assert not any(word in e[0] for e in in_name(text, on=True))


def test_the_name_of_an_event_is_left_alone(in_name):
    text = "The Johannesburg Earth Summit opened on Monday."
    assert any("Summit" in e[0] for e in in_name(text, on=False))
    assert in_name(text, on=True) == in_name(text, on=False)


# --- events.sense.labour_strike ------------------------------------------------------

STRIKE = "events.sense.labour_strike"


@pytest.fixture(scope="module")
def strike(analyzer):
    return _reader(analyzer, STRIKE)


def test_the_strike_rule_ships_off():
    assert STRIKE in Settings().rules.disable


def test_workers_striking_protest(strike):
    text = "Banking staff at Westpac are striking today for 24 hours."
    assert [e[1] for e in strike(text, on=False) if e[0] == "striking"] == ["ASSAULT"]
    assert [e[1] for e in strike(text, on=True) if e[0] == "striking"] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "US jets carried out a strike on the base.",  # an air strike
        "Soldiers struck the village at dawn.",  # soldiers are no workers here
    ],
)
def test_an_armed_strike_is_left_alone(strike, text):
    assert strike(text, on=True) == strike(text, on=False)
    assert any(e[1] == "ASSAULT" for e in strike(text, on=True))


def test_the_labour_nouns_are_written_from_wordnet():
    if not (WORDNET / "index.noun").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    from stancemap.events.labour_import import labour_rows

    rows = labour_rows(WORDNET)
    shipped = data_path("events/labour_nouns.tsv").read_text("utf-8")
    assert all(f"\n{w}\t{k}\n" in shipped for w, k in rows)
    words = {w for w, k in rows if k == "workers"}
    assert {"staff", "union", "miner", "employee"} <= words
    assert not {"soldier", "police", "troops"} & words


def test_a_thing_thrown_away_is_no_act_undone(undone):
    # "fling" is a kind of WordNet get_rid_of.v.01; "arms" here are limbs, not weapons aid
    text = "Megyn flung her arms around me and hugged me."
    assert not any(e[1] == "REJECT" for e in undone(text, on=True))
