"""Session 57 (MO): ``events.mode.nominal_clause_mode`` (events/nominal_modes.py, shipped
off) - an act told by a noun takes the mode of the clause that tells it. The sentences
were written for this test; each runs the whole pipeline with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events import nominal_modes_import
from stancemap.events.nominal_modes import carrying_verbs
from stancemap.wordnet_files import WORDNET

RULE = "events.mode.nominal_clause_mode"
UNREAL = ("negated", "hypothetical", "future")


@pytest.fixture(scope="module")
def modes(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, trigger: str, on: bool) -> list[tuple[str, str | None]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [(e.type, e.mode) for e in analysis.events if trigger in e.trigger.text]

    return run


def test_the_rule_is_on_by_default():
    # switched on in session 57 by docs/judging.md's three tests (blind A/B 5/0, net +1, shifts identical)
    assert RULE not in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        # a verb that carries the act (WordNet verb.possession / social / stative) negated
        ("The minister said Canada does not have a quarrel with China.", "quarrel", "negated"),
        (
            "Inspectors have not been doing much investigating of the ministry, the senator said.",
            "investigating",
            "negated",
        ),
        # the object of a verb of fear, the "of" phrase of a noun of fear
        (
            "Villagers near the border fear Russian air strikes on Kharkiv.",
            "strikes",
            "hypothetical",
        ),
        (
            "The mayor spoke of his fear of Turkish shelling in northern Syria.",
            "shelling",
            "hypothetical",
        ),
    ],
)
def test_the_clause_gives_the_noun_its_mode(modes, text, trigger, mode):
    off = modes(text, trigger, on=False)
    assert off and all(m not in UNREAL for _, m in off)
    on = modes(text, trigger, on=True)
    assert on and all(m == mode for _, m in on)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # asserted clauses
        ("Canada has a quarrel with China over tariffs, the minister said.", "quarrel"),
        ("Villagers near the border reported Russian air strikes on Kharkiv.", "strikes"),
        ("The mayor spoke of the Turkish shelling in northern Syria.", "shelling"),
        ("Germany carried out air strikes on the rebels in Mali.", "strikes"),
        # a negated verb of speech passes nothing to the act it tells of
        ("Kyiv did not report Russian air strikes on Kharkiv.", "strikes"),
    ],
)
def test_an_asserted_or_reported_act_is_left_alone(modes, text, trigger):
    off = modes(text, trigger, on=False)
    assert off
    assert modes(text, trigger, on=True) == off
    assert all(m not in UNREAL for _, m in off)


def test_a_negated_verbal_act_is_read_as_before(modes):
    text = "Merkel did not condemn the Russian air strikes on Kharkiv."
    assert modes(text, "condemn", on=True) == modes(text, "condemn", on=False)


def test_the_word_list_loads():
    verbs = carrying_verbs()
    assert {"have", "hold", "do", "make", "conduct", "wage"} <= verbs
    assert not {"condemn", "report", "deny", "see", "fear", "say"} & verbs


def test_the_importer_reproduces_the_list():
    assert word_list(nominal_modes_import.CARRYING) == frozenset(
        nominal_modes_import.act_carrying_verbs(WORDNET)
    )
