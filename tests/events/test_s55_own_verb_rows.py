"""Session 55 (TR): an imported CAMEO pattern is read only for the verb it was written for
(events/own_verb_rows.py, ``events.trigger.own_verb_rows``, shipped off). The sentences
were written for these tests; each runs the whole pipeline with the rule on and off.
(Session 56 removed session 55's ``events.trigger.signed_agreement_agree`` and its tests:
docs/judging.md codes a signed formal agreement SUPPORT.)"""

from __future__ import annotations

import pytest
from party_runner import types_on_trigger

from shared_data import shared_path
from stancemap.config import Settings
from stancemap.datafiles import data_path
from stancemap.events.own_verb_rows import keeper, pattern_owners, write
from stancemap.wordnet_files import WORDNET

RULE = "events.trigger.own_verb_rows"
NEEDS_WORDNET = pytest.mark.skipif(
    not (WORDNET / "data.verb").is_file(), reason="WordNet 3.0 files absent"
)


@pytest.fixture(scope="module")
def types_on(analyzer):
    return types_on_trigger(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


def test_a_block_neighbours_pattern_is_not_read(types_on):
    # ARRIVE's "&MILITARY *" (072, military aid) is not lent to "come": troops under fire
    # are no aid
    text = "Soldiers came under fire from gunmen near the border on Tuesday."
    assert "AID" in types_on(text, "came", on=False)
    assert "AID" not in types_on(text, "came", on=True)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # COME's own "* (UNDER FIRE)" (111): criticism
        ("The minister came under fire from opposition lawmakers over the budget.", "came"),
        # ARRIVE's own "&MILITARY *"
        ("Troops arrived in the capital on Monday.", "arrived"),
        # "# CONFIRM , REAFFIRM": a comment naming two verbs lends to both
        ("The prime minister reaffirmed his support for the mayor on Friday.", "reaffirmed"),
        # a verb's own bare row stays
        ("Rebels attacked a convoy near the town.", "attacked"),
        # the project's own rows are not touched ("sign" + agreement in triggers.tsv)
        ("Germany and France signed a trade agreement in Paris.", "signed"),
    ],
)
def test_what_it_leaves_alone(types_on, text, trigger):
    assert types_on(text, trigger, on=True) == types_on(text, trigger, on=False)
    assert types_on(text, trigger, on=True)


DICTIONARY = """\
####### VERB PATTERNS #######
---  HALT   [---]  ---
+CALL_OFF {+CALLS_OFF +CALLED_OFF}
HALT
STOP
- * TALKS            [160]  # CALLED_OFF
- * STRIKE           [087]  # HALTS , STOPPED
- * TRIP             [160]  # ab 12 Mar 2001
- * VISIT            [160]
"""


@NEEDS_WORDNET
def test_a_pattern_belongs_to_the_verbs_its_comment_names():
    owners = pattern_owners(DICTIONARY)
    assert owners == {
        6: frozenset({"call off"}),  # an inflection the block lists
        7: frozenset({"halt", "stop"}),  # two verbs, inflected by the regular endings
        8: frozenset(),  # an editor's note names no verb: read for all, as before
        9: frozenset(),
    }
    keep = keeper(DICTIONARY)
    assert keep("call off", 6) and not keep("halt", 6)
    assert keep("halt", 7) and keep("stop", 7) and not keep("call off", 7)
    assert keep("call off", 8) and keep("halt", 9)


@NEEDS_WORDNET
def test_a_first_sense_synonym_reads_the_pattern():
    # WordNet 3.0: stop's most frequent sense is {stop, halt}; halt's is {halt, hold, arrest}
    keep = keeper(DICTIONARY.replace("# CALLED_OFF", "# HALT").replace("# HALTS , ", "# "))
    assert keep("halt", 6) and keep("stop", 6)  # written for halt, a synonym of stop's sense
    assert not keep("call off", 6)
    assert keep("stop", 7) and not keep("halt", 7)  # written for stop: halt's sense lacks it


@NEEDS_WORDNET
def test_the_importer_reproduces_the_table(tmp_path):
    dictionary = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt")
    out = tmp_path / "cameo_own_rows.tsv"
    write(dictionary, out, "2026.12.55")
    assert out.read_text("utf-8") == data_path("events/cameo_own_rows.tsv").read_text("utf-8")
