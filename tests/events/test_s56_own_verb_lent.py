"""Session 56 (TR): what ``own_verb_rows`` still lends across a CAMEO block
(events/own_verb_lent.py, ``events.trigger.own_verb_said_objects``, shipped off): an
object-only pattern of a verb of saying is read for the block's other verbs of saying.
And the 057 convention (docs/judging.md): a signed formal agreement is SUPPORT. The
sentences were written for these tests; each runs the whole pipeline."""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines

from shared_data import shared_path
from stancemap.config import Settings
from stancemap.datafiles import data_path
from stancemap.events.own_verb_lent import (
    CONSULT_TABLE,
    SAID_TABLE,
    object_patterns,
    said_keeper,
    write,
)
from stancemap.wordnet_files import WORDNET

OWN = "events.trigger.own_verb_rows"
SAID = "events.trigger.own_verb_said_objects"
CONSULT = "events.trigger.own_verb_consult_rows"
NEEDS_WORDNET = pytest.mark.skipif(
    not (WORDNET / "data.verb").is_file(), reason="WordNet 3.0 files absent"
)


@pytest.fixture(scope="module")
def types_with(analyzer):
    """(text, trigger, rules switched on) -> the event types on the trigger."""
    get = derived_pipelines(analyzer)

    def run(text: str, trigger: str, on: tuple[str, ...]) -> list[str]:
        analysis = get((), on).analyze(text, date="2016-03-17")
        return [e.type for e in analysis.events if trigger in e.trigger.text]

    return run


def test_the_rules_ship_off():
    assert SAID in Settings().rules.disable
    assert CONSULT in Settings().rules.disable


def test_a_said_object_is_lent_to_another_verb_of_saying(types_with):
    # EXPRESS's "* SOLIDARITY" (051) on "announce", a verb of the same block
    text = "The mayor announced her solidarity with the striking nurses on Friday."
    assert "SUPPORT" in types_with(text, "announced", ())
    assert "SUPPORT" not in types_with(text, "announced", (OWN,))
    assert "SUPPORT" in types_with(text, "announced", (SAID,))


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # ARRIVE's "&MILITARY *" is a subject pattern of a verb of motion: not lent
        ("Soldiers came under fire from gunmen near the border on Tuesday.", "came", "AID"),
        # DISPERSE's "* PROTEST" (175): disperse is no verb of saying
        ("The ministry circulated the protest letter among diplomats.", "circulated", "ASSAULT"),
    ],
)
def test_what_own_verb_rows_drops_stays_dropped(types_with, text, trigger, wrong):
    assert wrong in types_with(text, trigger, ())
    assert wrong not in types_with(text, trigger, (SAID,))
    assert types_with(text, trigger, (SAID,)) == types_with(text, trigger, (OWN,))


DICTIONARY = """\
####### VERB PATTERNS #######
---  EXPLAIN_VERBAL   [010]  ---
ANNOUNCE
EXPRESS
SCATTER
- * GRATITUDE        [051]  # EXPRESS
- * (WITH)           [046]  # EXPRESS
- * LEAFLETS         [053]  # SCATTER
"""


@NEEDS_WORDNET
def test_only_object_patterns_of_verbs_of_saying_are_lent():
    assert object_patterns(DICTIONARY) == {6, 8}
    keep = said_keeper(DICTIONARY)
    assert keep("express", 6) and keep("announce", 6)  # both verbs of communication
    assert not keep("scatter", 6)  # scatter's first sense is no verb of saying
    assert not keep("announce", 7)  # a preposition's pattern stays with its verb
    assert not keep("announce", 8) and keep("scatter", 8)  # scatter is no verb of saying


@NEEDS_WORDNET
def test_the_importer_reproduces_the_tables(tmp_path):
    dictionary = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt")
    write(dictionary, tmp_path, "2026.12.56")
    for name in (SAID_TABLE, CONSULT_TABLE):
        out = (tmp_path / name.rsplit("/", 1)[1]).read_text("utf-8")
        assert out == data_path(name).read_text("utf-8")


def test_a_signed_agreement_is_support(types_with):
    # docs/judging.md (session 56): CAMEO 057 is SUPPORT, as CAMEO2PLOVER and the PLOVER
    # gold code it; session 55's rule typing it AGREE is removed
    text = "Kenya and Uganda signed a border treaty in Kampala on Monday."
    assert types_with(text, "signed", ()) == ["SUPPORT"]
