"""Session 30 (engineer PA): who did it, read from the syntax (issue 12).
Sentences written for these tests; each case also runs with its rule off.

- ``events.args.dying_subject_patient``: "Five civilians died in Russian air raids": the
  dead are the target, never the source; the doer of the act they died in is the source.
- ``events.args.appositive_name_first``: "Gov. John Kasich of Ohio, a Republican who has
  refused to endorse Mr. Trump": the clause on the description is the named man's, not the
  party the word "Republican" reads as.
- ``events.args.particle_object_predicate``: "Ryan has called out Trump": the object the
  parser made an object predicate after the particle is the target.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from party_runner import derived_pipelines, parties  # same folder

from stancemap.events.dying import dying_verbs, import_verbs
from stancemap.wordnet_files import WORDNET

DYING = "events.args.dying_subject_patient"
APPOSITIVE = "events.args.appositive_name_first"
PARTICLE = "events.args.particle_object_predicate"


@pytest.fixture(scope="module")
def events(analyzer):
    get = derived_pipelines(analyzer)

    def run(text: str, off: tuple[str, ...] = ()):
        # appositive_name_first ships off since session 30 (lead: a false turn in the shifts):
        # switched on here unless a test switches it off
        on = () if APPOSITIVE in off else (APPOSITIVE,)
        analysis = get(off, on).analyze(text, date="2016-06-01")
        return [parties(analysis, e) for e in analysis.events]

    return run


def _of_type(found, kind: str):
    return [f for f in found if f[0] == kind]


# ----------------------------------------------------------------- dying


def test_the_dead_are_the_target_and_the_raids_doer_the_source(events):
    text = "Five civilians died in Russian air raids on Aleppo."
    on = _of_type(events(text), "ASSAULT")
    assert on and on[0][1] == ["Russian"]
    assert "civilians" in on[0][2]
    off = _of_type(events(text, off=(DYING,)), "ASSAULT")
    assert off and off[0][1] == ["civilians"]


def test_a_named_group_ambush(events):
    text = "Three soldiers died in a Taliban ambush on Monday."
    on = _of_type(events(text), "ASSAULT")
    assert on and on[0][1] == ["Taliban"] and on[0][2] == ["soldiers"]
    off = _of_type(events(text, off=(DYING,)), "ASSAULT")
    assert off and off[0][1] == ["soldiers"]


def test_a_scene_naming_no_doer_leaves_the_dead_without_a_doer(events):
    text = "Twelve people died in clashes in Cairo."
    on = _of_type(events(text), "ASSAULT")
    assert on and on[0][1] == []
    assert "people" in on[0][2]


def test_the_verbs_of_dying_come_from_wordnet():
    assert {"die", "perish"} <= dying_verbs()
    assert "kill" not in dying_verbs()  # the killer is a doer
    if (WORDNET / "data.verb").exists():
        listed = Path(__file__).resolve().parents[2] / "src/stancemap/data/lexicon/dying_verbs.txt"
        words = [w for w in listed.read_text("utf-8").splitlines() if w and w[0] != "#"]
        assert words == import_verbs(WORDNET)


# ----------------------------------------------------------------- apposition


def test_a_described_apposition_s_clause_is_the_named_person_s(events):
    text = (
        "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, "
        "said the family deserved better."
    )
    on = _of_type(events(text), "REJECT")
    assert on and on[0][1] == ["John Kasich"]
    off = _of_type(events(text, off=(APPOSITIVE,)), "REJECT")
    assert off and off[0][1] == ["Republican Party"]


def test_a_party_word_apposition_after_a_known_name(events):
    text = "Marco Rubio, a Republican who criticized Trump, spoke on Monday."
    on = _of_type(events(text), "ACCUSE")
    assert on and on[0][1] == ["Marco Rubio"] and on[0][2] == ["Donald Trump"]
    off = _of_type(events(text, off=(APPOSITIVE,)), "ACCUSE")
    assert off and off[0][1] == ["Republican Party"]


def test_an_apposition_naming_no_actor_still_reads_the_name(events):
    text = "Hezbollah, a group that fought Israel in 2006, condemned the strike."
    found = _of_type(events(text), "ASSAULT")
    assert found and found[0][1] == ["Hezbollah"] and found[0][2] == ["Israel"]


# ----------------------------------------------------------------- particle


def test_called_out_names_its_target(events):
    text = "Paul Ryan has previously called out Trump, slamming his proposed ban on Muslims."
    on = _of_type(events(text), "ACCUSE")
    assert on and on[0][2] == ["Donald Trump"]
    off = _of_type(events(text, off=(PARTICLE,)), "ACCUSE")
    assert off and off[0][2] == []


def test_a_death_in_no_act_is_left_as_it_was(events):
    text = "When Governor George Wallace died in 1998, President Clinton released a statement."
    assert events(text) == events(text, off=(DYING,))


def test_a_body_read_from_part_of_the_name_is_not_the_name_s(events):
    text = "Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million on ads."
    assert events(text) == events(text, off=(APPOSITIVE,))
