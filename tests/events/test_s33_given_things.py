"""Session 33 (engineer EV): the arguments of verbs of giving, offering and sending
(``events/given_things.py``) and merged mentions that would take another mention's party
(``events/merge.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.datafiles import data_path, word_list
from stancemap.events.given_things import GIVING_FILE, import_verbs
from stancemap.wordnet_files import WORDNET

RECIPIENT = "events.args.recipient_over_theme"
THING = "events.args.offered_thing_no_party"
MERGE = "events.merge.no_role_from_other_mention"
# session 34: the later mention lends only a party the first sentence names
NAMED = "events.merge.party_named_in_own_sentence"
BOTH = (RECIPIENT, THING)


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.fixture(scope="module")
def merging(analyzer):
    return StageRunner(analyzer, on=(MERGE,))


def _targets(runner, text, word, off=()):
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0].target


@pytest.mark.parametrize(
    ("text", "word", "rule", "inside"),
    [
        # the receiver ("voters") names no one: the name inside the thing is no party
        (
            "Novak offers voters a change from the policies of Haddad.",
            "offers",
            RECIPIENT,
            "p:Haddad",
        ),
        (
            "Novak promised voters a return to the policies of Haddad.",
            "promised",
            RECIPIENT,
            "p:Haddad",
        ),
        # no receiver at all: the thing offered is no party either
        ("Novak offered a change from the policies of Haddad.", "offered", THING, "p:Haddad"),
        ("Voters liked the Haddad plan offered by Novak.", "offered", THING, "p:Haddad"),
        ("The Russia plan offered by Novak was rejected.", "offered", THING, "c:RUS"),
    ],
)
def test_the_thing_given_is_no_target(runner, text, word, rule, inside):
    # the old reading; events.sense.offered_thing (on since session 60) reads a thing offered
    # to no one as no event at all, so it is off for the old reading too
    assert inside in _targets(runner, text, word, (rule, "events.sense.offered_thing"))
    found = runner.on(text, word, ())
    assert all(f.target == [] for f in found), runner.events(text, ())  # no target, or no event


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Novak offered Haddad the second spot on the ticket.", "offered", ["p:Haddad"]),
        ("Novak offered a deal to Haddad.", "offered", ["p:Haddad"]),
        ("Haddad was offered the second spot by Novak.", "offered", ["p:Haddad"]),
        ("A deal was offered to Haddad by Novak.", "offered", ["p:Haddad"]),
        ("Novak offered Haddad's party a deal.", "offered", ["p:Haddad"]),
        ("Novak offered Russia a deal on Ukraine.", "offered", ["c:RUS"]),
        # a receiver that is a direct object before the clause given
        (
            "Novak offered the voters of Ukraine what Haddad had promised them.",
            "offered",
            ["c:UKR"],
        ),
    ],
)
def test_the_receiver_is_the_target(runner, text, word, target):
    assert _targets(runner, text, word) == target
    assert _targets(runner, text, word, BOTH) == target


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("Novak offered support for Haddad.", "offered", ["p:Haddad"]),  # an event given
        ("Novak offered talks with Russia.", "offered", ["c:RUS"]),
        ("The deal with Russia offered by Novak was rejected.", "offered", ["c:RUS"]),
        ("Novak granted Haddad's request for asylum.", "granted", ["p:Haddad"]),  # whose it is
    ],
)
def test_a_thing_that_names_its_own_party_keeps_it(runner, text, word, target):
    assert _targets(runner, text, word) == target


def test_a_clause_given_has_no_party_in_its_subject(runner):
    # the parse of the session 31 article: two objects and a "what" clause
    text = (
        "If Novak moderates his rhetoric, he offers both sexes what Haddad wants most - a "
        "change in direction from the slow growth policies of Presidents Moreau and Russia."
    )
    for event in runner.on(text, "offers"):
        assert event.target == []


def test_other_verbs_keep_the_party_inside_their_object(runner):
    text = "Novak criticized the policies of Haddad."
    assert _targets(runner, text, "criticized") == ["p:Haddad"]


def test_a_later_mention_with_a_party_the_first_lacks_is_its_own_event(merging):
    text = (
        "Voters liked the radical change offered by Novak. Later Novak offered Haddad "
        "the second spot on the ticket."
    )
    split = [e for e in merging.events(text) if e.type == "AGREE"]
    assert sorted(e.target for e in split) == [[], ["p:Haddad"]]
    merged = [e for e in merging.events(text, (MERGE, NAMED)) if e.type == "AGREE"]
    assert [e.target for e in merged] == [["p:Haddad"]]  # the first took the second's
    assert "change" in text[merged[0].trigger.start - 10 : merged[0].trigger.end]


def test_the_giving_verbs_are_wordnet_verbs_of_giving():
    verbs = word_list(GIVING_FILE)
    for verb in ("give", "offer", "send", "grant", "promise", "provide", "hand", "lend"):
        assert verb in verbs
    for verb in ("criticize", "say", "want", "meet", "attack"):
        assert verb not in verbs


def test_the_importer_reproduces_the_list():
    if not (WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 is not installed")
    lines = data_path(GIVING_FILE).read_text("utf-8").splitlines()
    assert [x for x in lines if not x.startswith("#")] == import_verbs(WORDNET)
