"""Session 45 PC (issue 12, empty event sources): events.args.prep_gerund_owner, shipped
off. A gerund with no subject of its own under a preposition other than "of" on a noun
that has a possessor is done by the possessor ("his position on banning X": his banning).
Sentences written for these tests; actors fixed by hand (test_coder.build_layer), so the
events stage alone runs, once with the rule on and once as shipped."""

from __future__ import annotations

import pytest
from test_coder import build_layer, by_word, names

import rule_settings
from stancemap.events.parties import PREP_GERUND_OWNER, prep_gerund_owner
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


@pytest.fixture(scope="module")
def code(analyzer):
    """code(text, {name: country}, on): the events stage alone, the rule on or off."""
    stages = {
        True: EventStage(rule_settings.with_rules(enable=[PREP_GERUND_OWNER])),
        False: EventStage(rule_settings.with_rules()),
    }

    def run(text: str, actors: dict[str, str | None], on: bool):
        document = make_document(text, doc_id="t", date="2016-03-01", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stages[on](doc, document, build_layer(text, actors), [])

    return run


def _gerund(analyzer, text: str, word: str):
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    return next(t for t in doc if t.text == word)


def test_the_rule_ships_off():
    assert PREP_GERUND_OWNER in rule_settings.off_list()


def test_the_possessor_of_a_vote_for_a_gerund_does_it(code):
    text = "Germany's vote for sanctioning Russia surprised the diplomats."
    actors = {"Germany": "DEU", "Russia": "RUS"}
    on = by_word(code(text, actors, True), "sanctioning")
    assert names(on.source) == {"germany"}
    assert names(on.target) == {"russia"}
    off = by_word(code(text, actors, False), "sanctioning")
    assert off.source == []  # as shipped: the gerund names no doer


def test_the_possessor_of_a_campaign_against_a_gerund_does_it(code):
    text = "France's campaign against arming Syria angered the rebels."
    actors = {"France": "FRA", "Syria": "SYR"}
    on = by_word(code(text, actors, True), "arming")
    assert names(on.source) == {"france"}


def test_the_owner_is_found_by_the_parse(analyzer):
    text = "Germany's vote for sanctioning Russia surprised the diplomats."
    owner = prep_gerund_owner(_gerund(analyzer, text, "sanctioning"))
    assert owner is not None and owner.text == "Germany"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no possessor on the noun: nobody is named as the doer
        ("The vote for sanctioning Russia surprised the diplomats.", "sanctioning"),
        # "of" is events.args.noun_gerund's, not this rule's
        ("Russia's intention of invading Finland alarmed Sweden.", "invading"),
        # a second phrase on the noun: "attack on Y for backing": the backing is Y's
        ("Germany's attack on France for backing Russia surprised everyone.", "backing"),
    ],
)
def test_no_owner_where_the_rule_does_not_apply(analyzer, text, word):
    assert prep_gerund_owner(_gerund(analyzer, text, word)) is None


def test_the_rule_changes_sources_only_never_which_events_are_kept(code):
    # the owner is read in a late pass: it fills an empty source of an event kept
    # without it, so the events (trigger and type) are the same with the rule on or off
    text = (
        "Germany's vote for sanctioning Russia surprised the diplomats. "
        "Her difficulty in unifying the party was plain."
    )
    actors = {"Germany": "DEU", "Russia": "RUS"}
    on = [(e.trigger.start, e.type) for e in code(text, actors, True)]
    off = [(e.trigger.start, e.type) for e in code(text, actors, False)]
    assert on == off
