"""Session 37 (engineer DN): what the CAMEO importer does with a synonym set a pattern uses
but the dictionary never defines (CAMEO.2.0.txt: &DEMONSTRATION, &FIGHT_CRIM, &FIGHT_GAMES,
&WEATHER, one pattern each) and with one whose members follow a comment line (&CURRENCY):
a set with no members matches nothing, so the pattern is skipped - not read as its first
parts, which would turn "BRAND * &FIGHT_CRIM" into the bare verb."""

from __future__ import annotations

from stancemap.events.ontology import load_ontology
from stancemap.events.phoenix import dictionary_rows, synonym_sets

DICTIONARY = """\
&FIGHT
+BATTLE
+COMBAT

&MONEY
# a comment before the members
+CASH

####### VERB PATTERNS #######
---  ACCUSE   [112]  ---
BRAND
- * &FIGHT_CRIM                 [1124]
- * (IN &WEATHER)               [---]
- * &FIGHT                      [190]
- * &MONEY                      [071]
"""


def test_a_set_never_defined_is_empty_and_its_pattern_skipped():
    sets = synonym_sets(DICTIONARY)
    assert "&FIGHT_CRIM" not in sets and sets["&FIGHT"] == ["battle", "combat"]
    rows = dictionary_rows(DICTIONARY, load_ontology())
    assert {(r.cameo, r.requires) for r in rows} == {
        ("190", "obj=battle|combat"),  # a defined set is read
        ("112", "!inf"),  # the bare verb keeps the block's code
    }
    # the no-event pattern over an undefined set is skipped too
    assert dictionary_rows(DICTIONARY, load_ontology(), no_event=True) == []


def test_a_set_whose_members_follow_a_comment_is_read_only_whole():
    assert synonym_sets(DICTIONARY)["&MONEY"] == []
    assert synonym_sets(DICTIONARY, whole=True)["&MONEY"] == ["cash"]
    whole = dictionary_rows(DICTIONARY, load_ontology(), whole_sets=True)
    assert ("071", "obj=cash") in {(r.cameo, r.requires) for r in whole}


def test_the_real_dictionarys_undefined_sets_give_no_row():
    from shared_data import shared_path

    text = shared_path("reference", "phoenix-dictionaries", "CAMEO.2.0.txt").read_text(
        "utf-8", errors="replace"
    )
    sets = synonym_sets(text)
    names = ("&DEMONSTRATION", "&FIGHT_CRIM", "&FIGHT_GAMES", "&WEATHER")
    assert not any(name in sets for name in names)
    lines = {
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.startswith("-") and any(name in line for name in names)
    }
    assert len(lines) == 4
    # "BRAND * &FIGHT_CRIM" (1124), "START * &FIGHT_GAMES IN +" (062), "* (IN &WEATHER)"
    # ([---]) and "* (IN &DEMONSTRATION)" (145) give no row, coded or no-event
    ontology = load_ontology()
    rows = (
        dictionary_rows(text, ontology)
        + dictionary_rows(text, ontology, no_event=True)
        + dictionary_rows(text, ontology, whole_sets=True)
    )
    assert rows and not [r for r in rows if r.line in lines]
