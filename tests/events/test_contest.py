"""Contest standings and withheld acts (events/contest.py, data/events/contest.tsv).

Sentences written for these tests; actors are fixed by hand (test_sense_pairs.CAST),
so the test measures the events stage's rules, not the actor linker.
"""

from __future__ import annotations

import pytest
from test_sense_pairs import cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.contest import contest_words, withholding_verbs
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def types_of(analyzer):
    """Event types on a trigger word, with every rule on or with some switched off."""

    def run(text: str, trigger: str, disable: tuple[str, ...] = ()) -> list[str]:
        stage = analyzer.events
        if disable:
            stage = EventStage(Settings())
            stage.coder.tuning.switches = rule_settings.switches(disable)
        document = make_document(text, doc_id="t", date="2016-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


# session 26's electoral rules (events/electoral.py) read the same standings and scores:
# an off-half switches them off too, so it still shows what the older rule does
ELECTORAL = (
    "events.sense.dash_score",
    "events.sense.poll_share_verb",
    "events.sense.rival_standing",
    "events.sense.contest_arena",
)

STANDINGS = [
    ("Novak leads Haddad in the polls.", "leads", "COOPERATE"),
    ("Novak defeated Haddad in the Ohio primary on Tuesday.", "defeated", "ASSAULT"),
    ("The race was dominated by Novak and Haddad.", "dominated", "ASSAULT"),
    ("Moreau beat Novak by six points in the latest poll.", "beat", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "trigger", "without"), STANDINGS)
def test_a_standing_in_a_contest_is_no_act(types_of, text, trigger, without):
    assert types_of(text, trigger) == []
    # the rule makes the difference: switched off, the verb is read as an act (with
    # bare_force_needs_arms off too: it also drops a dictionary's bare force code
    # between politicians; and session 26's electoral rules, which read the same standings)
    # (session 41: and abstract_struck_no_force, which reads 'the race was dominated' as a
    # force on an event, WordNet noun.event: no event either)
    off = (
        "events.sense.contest_standing",
        "events.sense.bare_force_needs_arms",
        "events.sense.abstract_struck_no_force",
        *ELECTORAL,
    )
    assert without in types_of(text, trigger, off)


@pytest.mark.parametrize(
    ("text", "trigger", "expect"),
    [
        ("Syrian troops defeated the rebels near the border.", "defeated", "ASSAULT"),
        ("Militants beat a police officer in Lagos.", "beat", "ASSAULT"),
        ("Police attacked voters at a polling station in Lagos.", "attacked", "ASSAULT"),
        (
            "Russian troops overwhelmed the Ukrainian defenders in Kharkiv.",
            "overwhelmed",
            "ASSAULT",
        ),
    ],
)
def test_literal_force_outside_a_contest_stays(types_of, text, trigger, expect):
    assert expect in types_of(text, trigger)


WITHHELD = [
    ("Novak is not ready to support Haddad.", "support"),
    ("Novak refrained from endorsing Haddad.", "endorsing"),
    ("Novak is unwilling to back Haddad.", "back"),
]


@pytest.mark.parametrize(("text", "trigger"), WITHHELD)
def test_withheld_support_is_a_refusal(types_of, text, trigger):
    types = types_of(text, trigger)
    assert "SUPPORT" not in types
    assert "REJECT" in types
    assert "SUPPORT" in types_of(text, trigger, ("events.sense.withheld_act",))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Novak is ready to support Haddad.", "support"),
        ("Novak endorsed Haddad on Friday.", "endorsed"),
        ("Novak is willing to back Haddad.", "back"),
    ],
)
def test_support_given_stays_support(types_of, text, trigger):
    assert "SUPPORT" in types_of(text, trigger)


def test_cannot_support_is_negated_support(analyzer):
    text = "Novak said he cannot currently support Haddad."
    document = make_document(text, doc_id="t", date="2016-06-17", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    events = analyzer.events(doc, document, cast_layer(text), [])
    on_support = [e for e in events if "support" in e.trigger.text]
    assert on_support and all(e.mode == "negated" or e.type == "REJECT" for e in on_support)


def test_the_word_list_has_every_kind():
    words = contest_words()
    assert all(words[kind] for kind in ("contest", "margin", "unready", "unwilling"))
    assert "poll" in words["contest"] and "refrain" in withholding_verbs()["withholding"]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Moreau's endorsement of Novak is only a matter of time.", "hypothetical"),
        ("An endorsement of Novak by Moreau is likely.", "hypothetical"),
        ("Moreau's endorsement of Novak was a surprise.", None),
    ],
)
def test_a_predicted_event_is_hypothetical(analyzer, text, expect):
    document = make_document(text, doc_id="t", date="2016-06-17", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    events = analyzer.events(doc, document, cast_layer(text), [])
    modes = [e.mode for e in events if e.trigger.text == "endorsement"]
    assert modes == [expect]


def test_a_state_acting_around_an_election_keeps_its_act(types_of):
    # a country is no rival in a contest: the act stands
    text = "Russian troops attacked Ukraine before the election."
    assert "ASSAULT" in types_of(text, "attacked")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Novak leads Haddad, 1,428 to 1,153.", "leads"),
        ("Novak leads Haddad 50 percent to 44 percent among voters.", "leads"),
    ],
)
def test_a_score_between_rivals_is_no_act(types_of, text, trigger):
    assert types_of(text, trigger) == []
    assert types_of(text, trigger, ("events.sense.contest_score", *ELECTORAL))


def test_a_count_without_a_score_keeps_the_act(types_of):
    assert "COERCE" in types_of("Syrian troops took the town, 40 to 50 soldiers said.", "took")
