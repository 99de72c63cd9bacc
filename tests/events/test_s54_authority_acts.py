"""Session 54 (NV): ``events.sense.no_political_party``, second try (events/apolitical_acts.py,
shipped off, on since session 55). An act of an authority told of ordinary people, or an accusation whose clause
names an authority, is never dropped; where the rule drops a reading the token yields no
event at all (``DocContext.sense_vetoes``). The sentences were written for this test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from party_runner import types_on_trigger

from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events.apolitical_acts import authority_nouns, authority_word
from stancemap.events.frames import FrameBuilder
from stancemap.events.violence_import import authority_nouns as imported_authority_nouns
from stancemap.wordnet_files import WORDNET

RULE = "events.sense.no_political_party"


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_on():
    assert RULE not in Settings().rules.disable  # on since session 55


@pytest.mark.parametrize(
    ("text", "trigger", "read"),
    [
        (
            "Three hikers were rescued after a landslide blocked the mountain track.",
            "rescued",
            "AID",
        ),
        ("A fierce hailstorm hit the coastal town overnight.", "hit", "ASSAULT"),
        ("Angry residents blamed the power company for the blackout.", "blamed", "ACCUSE"),
        ("The tourists met long delays for ferry support at the harbour.", "met", "AGREE"),
    ],
)
def test_an_act_with_no_political_party_is_still_no_event(types_on, text, trigger, read):
    assert types_on(text, trigger, on=False) == [read]
    assert types_on(text, trigger, on=True) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an authority where the act is told: a court, custody (WordNet authority nouns)
        ("The driver appeared in court yesterday over the crash.", "appeared"),
        ("The teenager was taken into custody after the crash.", "taken"),
        # arrests, detentions and charges of ordinary people: COERCE 172-175
        ("Two teenagers were arrested over the theft of a car from a shopping centre.", "arrested"),
        ("A man was detained after he tried to board the plane with a knife.", "detained"),
        ("The driver was jailed for six years for the crash.", "jailed"),
        ("A court fined the driver for speeding through the town.", "fined"),
        # accusations of ordinary people against an authority, or a body no actor reads
        ("Residents accused the council of ignoring the flood warnings.", "accused"),
        (
            "Flood victims have complained about the slow response of the State Emergency Service.",
            "complained",
        ),
        # a protest needs no political source
        ("Residents rallied outside the council chambers to oppose the new tip.", "rallied"),
    ],
)
def test_authority_acts_stay(types_on, text, trigger):
    off = types_on(text, trigger, on=False)
    assert off != []
    assert types_on(text, trigger, on=True) == off


def test_a_dropped_reading_vetoes_its_token():
    """A token a vetoing rule dropped: no other row, no other complement read in its place."""
    builder = FrameBuilder.__new__(FrameBuilder)
    builder.vetoed = set()
    tok = SimpleNamespace(i=4)
    ctx = SimpleNamespace(sense_vetoes=[1])
    assert not builder._sense_vetoed(tok, False, ctx, before=1)  # nothing new: no veto
    ctx.sense_vetoes.append(7)  # a complement of the verb vetoed
    assert not builder._sense_vetoed(tok, False, ctx, before=1)  # a role verb reads on
    assert builder._sense_vetoed(tok, True, ctx, before=1)  # a support verb does not
    assert builder.vetoed == {4}
    builder.vetoed.clear()
    ctx.sense_vetoes.append(4)  # the verb's own reading vetoed
    assert builder._sense_vetoed(tok, False, ctx, before=2)
    assert builder.vetoed == {4}


def test_the_authority_nouns_load():
    words = authority_nouns()
    assert {"court", "jury", "magistrate", "police", "custody", "jail", "defendant"} <= words
    assert not {"storm", "crash", "hospital", "car", "resident", "company"} & words


def test_authority_words_are_of_an_authority_sector(analyzer):
    doc = analyzer.nlp("The council, the hospital and the army met the family.")
    kinds = {t.lower_: authority_word(t) for t in doc if t.pos_ == "NOUN"}
    assert kinds["council"] and kinds["army"]
    assert not kinds["hospital"] and not kinds["family"]


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_list_is_what_wordnet_gives():
    shipped = word_list("events/authority_nouns.txt")
    assert frozenset(imported_authority_nouns(WORDNET)) == shipped
