"""Session 15 (engineer B): shapes of real news read wrongly as events, each fixed by a
rule read from the parse, WordNet or the CAMEO dictionary's own structure:
``events.sense.asked_about_is_question`` ("was asked about the loan"),
``events.sense.pursuit_is_no_visit`` ("went after Haddad"),
``events.sense.bare_code_thing_object`` ("a poll released on Tuesday"),
``events.trigger.deciding_verb_infinitive`` ("voted to hold X in contempt").
Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

ASKED_ABOUT = "events.sense.asked_about_is_question"
PURSUIT = "events.sense.pursuit_is_no_visit"
THING_OBJECT = "events.sense.bare_code_thing_object"
DECIDING = "events.trigger.deciding_verb_infinitive"
TYPE_THRESHOLDS = "events.reality.type_thresholds"
PURSUIT_CRITICISM = "events.trigger.pursuit_criticism"
NECESSITY = "events.frame.necessity_demand"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def types(events):
    return [e.type for e in events]


def test_asked_about_something_is_a_question(runner):
    text = "Novak was asked about the loan from the bank on Tuesday."
    assert "REQUEST" not in types(runner.on(text, "asked"))
    assert "REQUEST" in types(runner.on(text, "asked", (ASKED_ABOUT,)))


@pytest.mark.parametrize(
    "text",
    ["Novak asked Iran for more aid.", "Novak asked Haddad to resign."],
)
def test_asking_for_an_act_stays_a_request(runner, text):
    assert "REQUEST" in types(runner.on(text, "asked")), runner.events(text)


def test_going_after_someone_is_no_visit(runner):
    text = "Novak and Moreau went after Haddad on Monday."
    # session 27: events.trigger.pursuit_criticism reads going after a politician as
    # criticism (ACCUSE); the visit stays gone, and this test's halves switch it off
    assert types(runner.on(text, "went")) == ["ACCUSE"]
    assert runner.on(text, "went", (PURSUIT_CRITICISM,)) == []
    assert types(runner.on(text, "went", (PURSUIT, PURSUIT_CRITICISM))) == ["CONSULT"]


def test_going_somewhere_after_an_event_stays(runner):
    text = "Novak went to Iran after the debate."
    assert runner.on(text, "went") == runner.on(text, "went", (PURSUIT,))


def test_a_held_meeting_is_no_putting_off(runner):
    events = runner.events("Japan held a meeting with China in Tehran.")
    assert "SANCTION" not in types(events), events


def test_a_released_poll_is_no_release(runner):
    text = "A poll released on Tuesday showed Novak ahead."
    assert runner.on(text, "released") == []
    # session 26: the learned reality (events.reality.drop) drops the reading too
    assert "RETREAT" in types(runner.on(text, "released", (THING_OBJECT, "events.reality.drop")))


def test_released_prisoners_stay_a_release(runner):
    events = runner.on("Iran released the prisoners on Tuesday.", "released")
    assert types(events) == ["RETREAT"], events


def test_a_vote_to_act_is_no_agreement(runner):
    text = "A House panel voted to hold Haddad in contempt of Congress."
    assert "AGREE" not in types(runner.on(text, "voted"))
    # the session-33 per-type threshold drops this low AGREE on its own; off, to see the rule
    assert "AGREE" in types(runner.on(text, "voted", (DECIDING, TYPE_THRESHOLDS)))


MODAL_AHEAD = "events.mode.modal_month_ahead"


def test_a_month_under_a_modal_looks_ahead(runner):
    text = "Can Novak succeed in mobilizing new voters in November?"
    on = runner.on(text, "mobilizing", date="2016-03-07")
    # session 27: the modal above the gerund also makes it hypothetical (modal_above_preposition)
    alone = (MODAL_AHEAD, "events.mode.modal_above_preposition")
    off = runner.on(text, "mobilizing", alone, date="2016-03-07")
    assert [e.date for e in on] == ["2016-11-01"] and on[0].mode != "historical", on
    assert [e.mode for e in off] == ["historical"], off


def test_a_past_modal_keeps_a_month_behind(runner):
    text = "The rebels could have attacked Kharkiv in January."
    on = runner.on(text, "attacked", date="2016-03-07")
    assert [e.date for e in on] == ["2016-01-01"], on


def test_a_quoted_description_stays_no_event(runner):
    assert runner.on("Troops crossed the \u201cdisputed\u201d border.", "disputed") == []


DEMAND_PATTERN = "events.sense.light_verb_demand_needs_pattern"
CAMPAIGNING = "events.sense.campaigning_without_cause"


def test_a_need_is_no_demand(runner):
    text = "Novak needs to pray for those who are injured."
    assert runner.on(text, "needs") == []
    assert types(runner.on(text, "needs", (DEMAND_PATTERN,))) == ["REQUEST"]


def test_needing_someone_to_act_stays_a_demand(runner):
    events = runner.on("Novak needs Iran to stop enrichment.", "needs")
    assert types(events) == ["REQUEST"], events


def test_campaigning_somewhere_is_no_request(runner):
    text = "Novak campaigned in the state in May."
    assert runner.on(text, "campaigned") == []
    assert types(runner.on(text, "campaigned", (CAMPAIGNING,))) == ["REQUEST"]


def test_campaigning_for_a_cause_keeps_its_code(runner):
    events = runner.on("Novak campaigned for tougher rules on banks.", "campaigned")
    assert types(events) == ["REQUEST"], events


@pytest.mark.parametrize(
    ("name", "read", "member"),
    [
        ("events/after_verbs.txt", "after_verbs", "go after"),
        ("events/deciding_verbs.txt", "deciding_verbs", "vote"),
        ("events/party_nouns.txt", "party_nouns", "group"),
    ],
)
def test_the_session_15_wordnet_lists(name, read, member):
    from stancemap.datafiles import word_list
    from stancemap.events import wordnet_import

    assert member in word_list(name)
    if (wordnet_import.WORDNET / "data.verb").exists():
        assert set(getattr(wordnet_import, read)(wordnet_import.WORDNET)) == set(word_list(name))


OBLIGATION = "events.mode.obligation_is_unreal"
WISH = "events.mode.wish_is_unreal"


def test_what_someone_should_do_is_not_done(runner):
    text = "Iran should stop its attacks on Iraq."
    assert [e.mode for e in runner.on(text, "stop")] == ["hypothetical"]
    assert [e.mode for e in runner.on(text, "stop", (OBLIGATION,))] != ["hypothetical"]


def test_what_someone_hopes_to_do_is_not_done(runner):
    text = "Russia hopes to sign a deal with Iran."
    assert [e.mode for e in runner.on(text, "sign")] == ["hypothetical"]
    assert [e.mode for e in runner.on(text, "sign", (WISH,))] == [None]


def test_a_deal_signed_stays_done(runner):
    assert [e.mode for e in runner.on("Russia signed a deal with Iran.", "signed")] == [None]


def test_what_someone_needs_to_do_is_not_done(runner):
    # events.frame.necessity_demand (session 41) reads the sentence as Novak's demand on
    # Turkey, as with "must"; switched off here, the infinitive's own mode is tested
    text = "Novak said Turkey needs to cooperate with Iran."
    assert [e.mode for e in runner.on(text, "cooperate", (NECESSITY,))] == ["hypothetical"]
    off = runner.on(text, "cooperate", (OBLIGATION, NECESSITY))
    assert [e.mode for e in off] != ["hypothetical"]
