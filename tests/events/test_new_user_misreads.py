"""Misreads a new user saw on real news (issue 12, session 10), each fixed by a named
rule read from the parse, with sentences written for these tests (never the articles).
Every case is checked with its rule on and off, so each test can fail.

Actors are fixed by hand (test_sense_pairs.cast_layer): countries and the politicians
Novak, Haddad and Moreau."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

NEGATED_COMMITMENT = "events.mode.negated_commitment"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Iran is not ready to attack Israel.", "attack"),
        ("Russia has no plans to invade Ukraine.", "invade"),
        ("China has no intention of attacking Japan.", "attacking"),
        ("Russia does not have any plans to invade Georgia.", "invade"),
        ("Turkey is not willing to send troops to Syria.", "send"),
        ("Pakistan said it was not prepared to negotiate with India.", "negotiate"),
    ],
)
def test_a_negated_word_of_commitment_negates_the_act(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.mode == "negated" for e in events), events
    # the act's own verb carries no negation: without the rule it reads as done
    plain = runner.on(sentence, word, off=(NEGATED_COMMITMENT,))
    assert plain and all(e.mode != "negated" for e in plain), plain


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Iran is ready to attack Israel.", "attack"),
        ("Russia has plans to invade Ukraine.", "invade"),
        ("Turkey is not afraid to send troops to Syria.", "send"),
        ("Russia has no doubt that it will invade Ukraine.", "invade"),
    ],
)
def test_commitment_that_is_not_negated_leaves_the_act(runner, sentence, word):
    events = runner.on(sentence, word)
    assert events and all(e.mode != "negated" for e in events), events


PARTICLE_VERBS = "events.trigger.particle_verbs"


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        ("Iran turned down an offer from Turkey.", "turned", "REJECT"),
        ("Novak turned down the proposal on Tuesday.", "turned", "REJECT"),
        ("Haddad turned down Moreau's request for talks.", "turned", "REJECT"),
    ],
)
def test_a_particle_verb_is_read_as_itself(runner, sentence, word, expected):
    assert expected in [e.type for e in runner.on(sentence, word)]
    assert expected not in [e.type for e in runner.on(sentence, word, off=(PARTICLE_VERBS,))]


@pytest.mark.parametrize(
    "sentence, word, bare",
    [
        # "back" alone is support (CAMEO 050): "backed off" is no support
        ("Russia backed off from its demands on Ukraine.", "backed", "SUPPORT"),
        ("Novak backed off after the vote.", "backed", "SUPPORT"),
    ],
)
def test_a_particle_verb_never_takes_the_bare_verbs_code(runner, sentence, word, bare):
    assert bare not in [e.type for e in runner.on(sentence, word)]
    # session 24: the bare CAMEO 05 row with no one supported is no event either; off too
    off = (PARTICLE_VERBS, "events.sense.bare_support_code_needs_counterpart")
    assert bare in [e.type for e in runner.on(sentence, word, off=off)]


def test_a_particle_verb_that_means_the_bare_verb_keeps_it(runner):
    # WordNet's "fight back" has rows of its own in the CAMEO dictionary (190)
    assert "ASSAULT" in [e.type for e in runner.on("Syrian rebels fought back.", "fought")]


def test_the_particle_table_is_wordnets():
    from stancemap.events.matching import particle_verb_table

    table = particle_verb_table()
    assert len(table) > 1000
    assert "reject" in table["turn down"]
    assert "turn on" in table and "walk away" in table


@pytest.mark.parametrize(
    "sentence",
    [
        "Novak called Haddad a con artist.",
        "Novak called Haddad a liar on Tuesday.",
        "Novak called Haddad a candidate.",
    ],
)
def test_a_naming_is_no_call(runner, sentence):
    # session 34's naming_judgment reads a bad name ("a liar") as criticism: off here, the
    # call rule alone (tests/events/test_s34_rc_recall.py pins the criticism)
    assert runner.on(sentence, "called", off=("events.sense.naming_judgment",)) == []
    # session 12's call_left_open also drops the bare call when a name is predicated
    plain = runner.on(
        sentence,
        "called",
        off=(
            "events.sense.naming_is_no_call",
            "events.sense.call_left_open",
            "events.sense.naming_judgment",
        ),
    )
    assert {"CONSULT", "REQUEST"} & {e.type for e in plain}, plain


def test_a_name_that_is_no_judgment_gives_no_event(runner):
    assert runner.on("Novak called Haddad a candidate.", "called") == []
    # a plain telephone call stays one
    assert "CONSULT" in [
        e.type for e in runner.on("Novak called Haddad to discuss the crisis.", "called")
    ]


def test_a_time_is_no_particle(runner):
    sentence = "Novak called Haddad on Tuesday."
    assert "REQUEST" not in [e.type for e in runner.on(sentence, "called")]
    off = ("events.trigger.time_is_no_particle",)
    assert "REQUEST" in [e.type for e in runner.on(sentence, "called", off=off)]
    # a real "call on" stays a request
    assert "REQUEST" in [e.type for e in runner.on("Novak called on Haddad to resign.", "called")]


LAST_YEAR = "events.mode.last_year_dated"


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Last year, Russia signed a treaty with China.", "signed"),
        ("Russia signed a treaty with China last year.", "signed"),
        ("Turkey sent troops to Syria last year, officials said.", "sent"),
    ],
)
def test_last_year_is_dated_and_historical(runner, sentence, word):
    events = runner.on(sentence, word, date="2016-06-10")
    assert [(e.date, e.mode) for e in events] == [("2015-01-01", "historical")], events
    plain = runner.on(sentence, word, off=(LAST_YEAR,), date="2016-06-10")
    assert plain and all(e.mode != "historical" for e in plain), plain


def test_last_week_is_a_week_back_and_not_historical(runner):
    events = runner.on("Russia signed a treaty with China last week.", "signed")
    assert [(e.date, e.mode) for e in events] == [("2016-06-03", None)], events


def test_last_year_is_the_year_before_the_reference():
    from datetime import date

    from stancemap.events.dates import resolve_date

    assert resolve_date("last year", date(2016, 1, 20), last_year=True) == date(2015, 1, 1)
    assert resolve_date("last year", date(2016, 1, 20)) is None
    assert resolve_date("last year", None, last_year=True) is None


WITHDRAWN = "events.sense.withdrawn_support"


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Novak withdrew his endorsement of Haddad.", "p:Haddad"),
        ("Novak withdrew her support for Haddad on Monday.", "p:Haddad"),
        ("Russia rescinded its recognition of Georgia.", "c:GEO"),
    ],
)
def test_support_taken_back_is_refused_support(runner, sentence, target):
    word = sentence.split()[1]
    events = runner.on(sentence, word)
    assert [(e.type, e.target) for e in events] == [("REJECT", [target])], events
    assert "REJECT" not in [e.type for e in runner.on(sentence, word, off=(WITHDRAWN,))]


def test_troops_withdrawn_are_still_a_withdrawal(runner):
    events = runner.on("Russia withdrew its troops from Syria.", "withdrew")
    assert [e.type for e in events] == ["RETREAT"], events


UNDONE = "events.trigger.undone_support"


@pytest.mark.parametrize(
    "sentence, target",
    [
        ("Novak unendorsed Haddad on Friday.", "p:Haddad"),
        ("Moreau has unendorsed Haddad since the debate.", "p:Haddad"),
    ],
)
def test_an_un_verb_of_support_takes_it_back(runner, sentence, target):
    events = runner.on(sentence, "unendorsed")
    assert [(e.type, e.target) for e in events] == [("REJECT", [target])], events
    assert runner.on(sentence, "unendorsed", off=(UNDONE,)) == []


def test_an_un_verb_of_its_own_is_not_undone_support(runner):
    # "unite" is a word of its own, not "un-" + "ite"
    assert "REJECT" not in [e.type for e in runner.on("Novak united with Haddad.", "united")]
