"""Session 27 (engineer AR): argument shapes of real events on real news (issue 12).
Sentences written for these tests; each case also runs with its rule off.

- ``events.args.acquired_event_giver``: "X earned the backing of Y", "picked up the
  endorsement of Y": Y gives, X receives (a WordNet verb of getting over an event noun
  one is given); "secured the release of the hostages" is left alone.
- ``events.args.misread_city_venue``: "the initial Benghazi attack": a city the tagger
  read as an organisation, and the actors stage as a new body, is the event's place, not
  its doer.
- ``events.args.relative_second_subject``: "the reasons that X refuses to": the parser's
  second subject of a relative clause is its doer, not the clause's head noun.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from party_runner import derived_pipelines, parties  # same folder

from stancemap.datafiles import data_path, word_list
from stancemap.events.acquired import ACQUIRING_FILE, import_verbs

ACQUIRED = "events.args.acquired_event_giver"
CITY = "events.args.misread_city_venue"
SECOND = "events.args.relative_second_subject"


@pytest.fixture(scope="module")
def events(analyzer):
    get = derived_pipelines(analyzer)

    def run(text: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()):
        analysis = get(off, on).analyze(text, date="2016-03-01")
        return [parties(analysis, e) for e in analysis.events]

    return run


def test_a_coded_verb_of_getting_receives_from_the_of_object(events):
    text = "Merkel earned the backing of France for the plan."
    assert ("SUPPORT", ["France"], ["Angela Merkel"]) in events(text, on=(ACQUIRED,))
    assert ("SUPPORT", ["France"], ["Angela Merkel"]) not in events(text, off=(ACQUIRED,))


def test_a_particle_verb_of_getting_hands_the_noun_its_giver(events):
    text = "Last week Merkel picked up the endorsement of Putin."
    assert ("SUPPORT", ["Vladimir Putin"], ["Angela Merkel"]) in events(text, on=(ACQUIRED,))
    off = events(text, off=(ACQUIRED,))
    assert ("SUPPORT", ["Vladimir Putin"], ["Angela Merkel"]) not in off


def test_an_act_that_is_not_given_keeps_its_of_object_out_of_the_source(events):
    text = "Kenya secured the release of the hostages held by al-Shabaab."
    assert not any(e[1] and "Kenya" in e[2] for e in events(text, on=(ACQUIRED,)))


def test_a_thing_bought_from_someone_is_no_act_given(events):
    text = "In the 1980s he paid $8 million to buy a Boeing 727 from a Texas company, Diamond Shamrock."
    assert events(text, on=(ACQUIRED,)) == events(text, off=(ACQUIRED,))


def test_a_verb_the_undergone_table_lists_is_left_to_it(events):
    text = "Merkel received the backing of France."
    assert events(text, on=(ACQUIRED,)) == events(text, off=(ACQUIRED,))


def test_accepting_an_offer_is_the_subjects_own_act(events):
    text = "Merkel accepted the offer of Putin."
    assert events(text, on=(ACQUIRED,)) == events(text, off=(ACQUIRED,))


def test_a_city_tagged_an_organisation_is_no_doer_of_the_attack(events):
    text = "The email was sent more than three hours after the initial Benghazi attack."
    assert not any("Benghazi" in e[1] for e in events(text, on=(CITY,)))
    assert any("Benghazi" in e[1] for e in events(text, off=(CITY,)))


def test_a_country_before_the_event_noun_stays_its_doer(events):
    text = "The email was sent three hours after the initial Iranian attack on the ship."
    assert events(text, on=(CITY,)) == events(text, off=(CITY,))


def test_the_noun_subject_of_a_relative_clause_is_the_doer(events):
    # the parser tags the name a noun and gives "refuses" two subjects, "that" first
    text = (
        "One of the reasons that Trump refuses to meet Merkel may be that she would embarrass him."
    )
    assert ("REJECT", ["Donald Trump"], ["Angela Merkel"]) in events(text, on=(SECOND,))
    assert ("REJECT", [], ["Angela Merkel"]) in events(text, off=(SECOND,))


def test_a_floated_quantifier_is_no_second_subject(events):
    text = (
        "Two moments came from Shonda Rhimes and Rihanna who both shared empowering "
        "messages as they accepted awards for their outstanding work."
    )
    assert events(text, on=(SECOND,)) == events(text, off=(SECOND,))


def test_a_plain_relative_clause_keeps_its_head(events):
    text = "The rebels that attacked the convoy fled to Chad."
    assert events(text, on=(SECOND,)) == events(text, off=(SECOND,))


def test_the_verb_list_is_read_from_wordnet():
    verbs = word_list(ACQUIRING_FILE)
    assert {"earn", "garner", "gain", "win", "receive", "pick up"} <= verbs
    assert "release" not in verbs and "attack" not in verbs
    root = Path("/usr/share/wordnet")
    if not (root / "data.verb").exists():
        pytest.skip("WordNet 3.0 is not installed")
    lines = data_path(ACQUIRING_FILE).read_text("utf-8").splitlines()
    assert [x for x in lines if not x.startswith("#")] == import_verbs(root)
