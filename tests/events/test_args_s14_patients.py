"""Session 14 (issue 12): a noun whose clause tells what was done to it is no doer
(events/patient_clauses.py), and the known shapes of the brief: a gerund subject of a
reported clause names no source, an agentless passive stays sourceless, the reporter
of a condemnation is not its target. Sentences written for these tests; actors fixed by
hand (test_coder's build_layer) so the events stage alone is tested; each new rule is
also switched off."""

from __future__ import annotations

import pytest
from test_coder import by_word, names
from test_embedded_args import code_people  # noqa: F401  (the fixture, shared)

from stancemap.events.granted_acts import DATIVE_INFINITIVE
from stancemap.events.patient_clauses import (
    PASSIVE_RELATIVE_PATIENT,
    REDUCED_PASSIVE_PATIENT,
    reduced_passive,
)
from stancemap.events.venues import VENUE_NOT_PARTY


@pytest.fixture(scope="module")
def code(code_people):  # noqa: F811  (the imported fixture, requested)
    """code(text, {name: country}, disable=(), people=()): the events stage alone."""

    def run(text, actors, disable=(), people=()):
        return code_people(text, actors, people=people, disable=disable)

    return run


# ----------------------------------------------------------------- passive_relative_patient


def test_the_head_of_a_passive_relative_clause_is_its_patient(code):
    text = "The Malian convoy, which was ambushed near Gao, reached Bamako on Friday."
    actors = {"Malian convoy": "MLI", "Bamako": "MLI"}
    ambushed = by_word(code(text, actors), "ambushed")
    assert ambushed.source == []
    assert names(ambushed.target) == {"malian convoy"}
    off = by_word(code(text, actors, (PASSIVE_RELATIVE_PATIENT,)), "ambushed")
    assert names(off.source) == {"malian convoy"}  # the misread: the victim attacked


def test_who_were_detained_are_detained_not_detaining(code):
    text = "Peruvian fishermen who were detained in March flew home to Lima."
    actors = {"Peruvian fishermen": "PER", "Lima": "PER"}
    detained = by_word(code(text, actors), "detained")
    assert detained.source == []
    assert names(detained.target) == {"peruvian fishermen"}
    off = by_word(code(text, actors, (PASSIVE_RELATIVE_PATIENT,)), "detained")
    assert names(off.source) == {"peruvian fishermen"}


def test_whose_relative_owner_is_no_doer(code):
    text = "Elena Ruiz, whose husband Tomas was abducted last year, met Mexican prosecutors."
    actors = {"Elena Ruiz": None, "Tomas": None, "Mexican prosecutors": "MEX"}
    people = ("Elena Ruiz", "Tomas")
    abducted = by_word(code(text, actors, people=people), "abducted")
    assert abducted.source == []
    assert names(abducted.target) == {"tomas"}
    off = by_word(code(text, actors, (PASSIVE_RELATIVE_PATIENT,), people=people), "abducted")
    assert names(off.source) == {"elena ruiz"}


def test_a_passive_relative_with_an_agent_keeps_the_agent(code):
    text = "The Malian convoy, which was ambushed by Chadian rebels, reached Bamako."
    actors = {"Malian convoy": "MLI", "Chadian rebels": "TCD", "Bamako": "MLI"}
    ambushed = by_word(code(text, actors), "ambushed")
    assert names(ambushed.source) == {"chadian rebels"}
    assert names(ambushed.target) == {"malian convoy"}


def test_an_active_relative_clause_still_has_its_head_as_doer(code):
    text = "Chadian rebels who ambushed the Malian convoy fled north."
    actors = {"Chadian rebels": "TCD", "Malian convoy": "MLI"}
    ambushed = by_word(code(text, actors), "ambushed")
    assert names(ambushed.source) == {"chadian rebels"}
    assert names(ambushed.target) == {"malian convoy"}


# ----------------------------------------------------------------- reduced_passive_patient


def test_a_bare_participle_on_a_subject_noun_makes_it_the_patient(code):
    text = "Georgian monks arrested in Tbilisi last week were freed on Sunday."
    actors = {"Georgian monks": "GEO", "Tbilisi": "GEO"}
    arrested = by_word(code(text, actors), "arrested")
    assert arrested.source == []
    assert names(arrested.target) == {"georgian monks"}
    off = by_word(code(text, actors, (REDUCED_PASSIVE_PATIENT,)), "arrested")
    assert names(off.source) == {"georgian monks"}


def _doc(rows):
    """A parsed Doc built by hand: (word, tag, pos, dep, head index) per token."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words, tags, pos, deps, heads = zip(*rows, strict=True)
    return Doc(
        Vocab(),
        words=list(words),
        tags=list(tags),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def test_a_finite_verb_misread_as_a_participle_is_no_reduced_passive():
    # a parse the tagger gave a real sentence shape: "debated" hung on "senators" as a
    # participle, and "senators" one of two subjects of "having"
    doc = _doc(
        [
            ("The", "DT", "DET", "det", 1),
            ("senators", "NNS", "NOUN", "nsubj", 9),
            ("debated", "VBN", "VERB", "acl", 1),
            ("on", "IN", "ADP", "prep", 2),
            ("Monday", "NNP", "PROPN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 1),
            ("and", "CC", "CCONJ", "cc", 1),
            ("their", "PRP$", "PRON", "poss", 8),
            ("rivals", "NNS", "NOUN", "nsubj", 9),
            ("having", "VBG", "VERB", "ROOT", 9),
            ("fun", "NN", "NOUN", "dobj", 9),
        ]
    )
    assert not reduced_passive(doc[2])
    # the same participle on a noun with one verb to itself is one
    doc = _doc(
        [
            ("Soldiers", "NNS", "NOUN", "nsubj", 4),
            ("captured", "VBN", "VERB", "acl", 0),
            ("last", "JJ", "ADJ", "amod", 3),
            ("year", "NN", "NOUN", "npadvmod", 1),
            ("returned", "VBD", "VERB", "ROOT", 4),
        ]
    )
    assert reduced_passive(doc[1])
    # the sentence's root a bare participle: the "participle" is the finite verb
    doc = _doc(
        [
            ("Dozens", "NNS", "NOUN", "nsubj", 1),
            ("affiliated", "VBN", "VERB", "ROOT", 1),
            ("with", "IN", "ADP", "prep", 1),
            ("unions", "NNS", "NOUN", "pobj", 2),
            ("protested", "VBN", "VERB", "acl", 3),
            ("outside", "RB", "ADV", "advmod", 4),
        ]
    )
    assert not reduced_passive(doc[4])


# ----------------------------------------------------------------- the known shapes


def test_a_gerund_subject_of_a_reported_clause_names_no_source(code):
    text = "Bombing schools is a war crime, the Arab League said on Sunday."
    events = code(text, {"Arab League": None})
    for event in events:
        if event.trigger.text.startswith("Bombing"):
            assert event.source == []


def test_an_agentless_passive_stays_sourceless(code):
    text = "The Estonian consulate was attacked on Tuesday night."
    attacked = by_word(code(text, {"Estonian consulate": "EST"}), "attacked")
    assert attacked.source == []
    assert names(attacked.target) == {"estonian consulate"}


def test_the_reporter_of_a_condemnation_is_not_its_target(code):
    text = "The governor condemned the raid on the Chilean consulate, a Peruvian official said."
    actors = {"Chilean consulate": "CHL", "Peruvian official": "PER"}
    condemned = by_word(code(text, actors), "condemned")
    assert "peruvian official" not in names(condemned.target)
    assert "peruvian official" not in names(condemned.source)


# ----------------------------------------------------------------- dative_infinitive


def test_an_act_granted_to_someone_is_theirs(code):
    text = "The decree gave Uruguay the authority to expel Argentine diplomats."
    actors = {"Uruguay": "URY", "Argentine diplomats": "ARG"}
    expel = by_word(code(text, actors), "expel")
    assert names(expel.source) == {"uruguay"}
    assert names(expel.target) == {"argentine diplomats"}
    off = by_word(code(text, actors, (DATIVE_INFINITIVE,)), "expel")
    assert off.source == []  # the misread: "the authority" did it, so no one


def test_without_a_dative_the_subject_still_does_it(code):
    text = "Uruguay took the decision to expel Argentine diplomats."
    actors = {"Uruguay": "URY", "Argentine diplomats": "ARG"}
    expel = by_word(code(text, actors), "expel")
    assert names(expel.source) == {"uruguay"}


# ----------------------------------------------------------------- venue_not_party


def test_the_place_of_a_meeting_is_no_party(code):
    text = "The March meeting at the Andes Club turned into a quarrel."
    actors = {"Andes Club": None}
    meeting = by_word(code(text, actors), "March")
    assert meeting.target == []
    off = by_word(code(text, actors, (VENUE_NOT_PARTY,)), "March")
    assert names(off.target) == {"andes club"}  # the misread: the club was met


def test_met_at_a_building_is_no_target_but_fired_at_is(code):
    text = "Chilean ministers met at the Andes Club on Monday."
    actors = {"Chilean ministers": "CHL", "Andes Club": None}
    met = by_word(code(text, actors), "met")
    assert met.target == []
    off = by_word(code(text, actors, (VENUE_NOT_PARTY,)), "met")
    assert names(off.target) == {"andes club"}
    text = "Chadian soldiers fired at Sudanese rebels near the border."
    fired = by_word(code(text, {"Chadian soldiers": "TCD", "Sudanese rebels": "SDN"}), "fired")
    assert names(fired.target) == {"sudanese rebels"}


def test_talks_held_at_a_venue_are_not_aimed_at_it(code):
    text = "Chilean envoys held talks at the Andes Club on Monday."
    actors = {"Chilean envoys": "CHL", "Andes Club": "BOL"}
    held = by_word(code(text, actors), "held")
    assert held.target == []
    off = by_word(code(text, actors, (VENUE_NOT_PARTY,)), "held")
    assert names(off.target) == {"andes club"}
    text = "Chilean envoys held talks with Bolivia at the Andes Club."
    actors = {"Chilean envoys": "CHL", "Bolivia": "BOL", "Andes Club": "PER"}
    held = by_word(code(text, actors), "held")
    assert names(held.target) == {"bolivia"}
