"""Session 54 (TR): a verb no lexicon names is read by a WordNet neighbour's conditioned
rows (events/neighbour_rows.py, ``events.trigger.neighbour_conditioned_rows``, shipped
off). The sentences were written for this test; each runs the whole pipeline with the
rule on and off."""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.events.lexicon import Requirement, TriggerEntry
from stancemap.events.neighbour_rows import lendable, neighbours, rows
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.neighbour_conditioned_rows"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        # ink.v.01 "append one's signature to" is a troponym of sign.v.01: sign's deal rows
        ("The two governments inked a trade pact in Nairobi on Monday.", "inked", "SUPPORT"),
        ("The two presidents initialed the accord at the summit.", "initialed", "SUPPORT"),
        (
            "Ministers from both countries countersigned the peace treaty in Geneva.",
            "countersigned",
            "SUPPORT",
        ),
    ],
)
def test_a_verb_is_read_by_its_neighbours_rows(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == []
    assert types_on(text, trigger, on=True) == [read]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the neighbour's conditions are not met: no sense of signing
        ("The artist inked the drawing before the exhibition.", "inked"),
        # mail -> send: what is sent is no aid, no envoy, no letter of protest
        ("She mailed a birthday card to her aunt.", "mailed"),
        # a verb with rows of its own is read by them alone
        ("Thieves hijacked a truck carrying televisions.", "hijacked"),
        # rid -> free: a party as object fixes no sense of freeing (the row's "@actor" dropped)
        ("He wants to rid the party of superdelegates.", "rid"),
        # limit -> control: the dictionary's rows ("control" + attack: 113) are not lent
        ("She did not limit her attacks to foreign policy.", "limit"),
    ],
)
def test_what_it_leaves_alone(types_on, text, trigger):
    assert types_on(text, trigger, on=True) == types_on(text, trigger, on=False)


def test_only_our_rows_naming_words_are_lent():
    def row(*requires: Requirement, role: str = "event", weight: float = 1.0) -> TriggerEntry:
        return TriggerEntry("meet", "V", role, "040", requires, "CONSULT", "t:1", weight)

    assert not lendable(row())  # bare: any object
    assert not lendable(row(Requirement("obj", frozenset({"@actor"}))))  # only someone
    assert not lendable(row(Requirement("!obj", frozenset())))  # an empty slot
    assert not lendable(row(Requirement("obj", frozenset({"deal"})), role="light"))
    assert not lendable(row(Requirement("obj", frozenset({"deal"})), weight=0.5))  # CAMEO's
    assert lendable(row(Requirement("obj", frozenset({"deal"}))))


def test_the_table_loads():
    table = neighbours()
    assert table["ink"] == ("sign",)
    assert "collar" not in table  # arrest's conditioned rows are the dictionary's only
    assert "sign" not in table  # a verb with rows of its own borrows none
    assert "change" not in {w for words in table.values() for w in words}  # too general


@pytest.mark.skipif(not (WORDNET / "data.verb").is_file(), reason="WordNet 3.0 files absent")
def test_the_importer_reproduces_the_table():
    from stancemap.datafiles import data_path

    lines = data_path("events/neighbour_rows.tsv").read_text("utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")][1:]
    assert body == ["\t".join(row) for row in rows(WORDNET)]
