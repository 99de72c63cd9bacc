"""Session 45 (engineer RR): ``events.args.owned_infinitive`` - "Reporters questioned Ted
Cruz's attempt to attack Donald Trump": a "to" infinitive on a noun with an owner (a named
possessor, a "by" or an "of" phrase naming someone) is the owner's act, not the act of the
subject of the verb the noun is the object of. Sentences written for these tests, analysed
by the whole pipeline, with the rule off (shipped) and on."""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

RULE = "events.args.owned_infinitive"
# on since session 69: it marks "an attempt to attack" hypothetical, which the relation
# scorer does not count; kept off on both sides so these tests measure the owner alone
ATTEMPT = "events.mode.attempted_act"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(on: bool) -> Pipeline:
        settings = (
            with_rules(enable=[RULE], disable=[ATTEMPT])
            if on
            else with_rules(disable=[RULE, ATTEMPT])
        )
        return Pipeline(settings, nlp=analyzer.nlp)

    return {False: build(False), True: build(True)}


def doers(pipeline: Pipeline, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The source and target names of the event at ``trigger``."""
    analysis = pipeline.analyze(text, date="2016-03-01")
    names = {a.id: a.name for a in analysis.actors}
    for event in analysis.events:
        if event.trigger.text == trigger:
            return [names[s] for s in event.source], [names[t] for t in event.target]
    raise AssertionError(f"no event at {trigger!r} in {text!r}")


OWNED = [
    ("Reporters questioned Ted Cruz's attempt to attack Donald Trump.", "attack"),
    ("Reporters questioned the attempt by Ted Cruz to attack Donald Trump.", "attack"),
    ("Reporters questioned the efforts of Ted Cruz to criticize Donald Trump.", "criticize"),
    ("Reporters described Ted Cruz's efforts to criticize Donald Trump.", "criticize"),
]


@pytest.mark.parametrize(("text", "trigger"), OWNED)
def test_the_owner_of_the_noun_does_the_act(pipelines, text, trigger):
    source, target = doers(pipelines[True], text, trigger)
    assert source == ["Ted Cruz"], text
    assert target == ["Donald Trump"], text


def test_shipped_off_the_governing_subject_kept_it(pipelines):
    text = OWNED[0][0]
    source, _ = doers(pipelines[False], text, "attack")
    assert "Ted Cruz" not in source


def test_an_unnamed_owner_is_not_the_governing_subject(pipelines):
    # "the senator" names no one of this text: the attack is the senator's, not the
    # reporters' (with the rule off the reporters attack Trump)
    text = "Reporters questioned the senator's attempt to attack Donald Trump."
    on, _ = doers(pipelines[True], text, "attack")
    off, _ = doers(pipelines[False], text, "attack")
    assert on == [] and off != []


def test_the_owner_and_the_other_are_related_against(pipelines):
    analysis = pipelines[True].analyze(OWNED[0][0], date="2016-03-01")
    names = {a.id: a.name for a in analysis.actors}
    pairs = {frozenset((names[r.a], names[r.b])): r.score for r in analysis.relations}
    assert pairs[frozenset(("Ted Cruz", "Donald Trump"))] < 0


UNCHANGED = [
    # a possessive pronoun: left to the other rules (here it is the governing subject)
    ("Jeb Bush defended his effort to criticize Marco Rubio.", "criticize"),
    # no owner: the governing verb's subject (events.args.noun_infinitive)
    ("Jeb Bush made a decision to criticize Marco Rubio.", "criticize"),
]


@pytest.mark.parametrize(("text", "trigger"), UNCHANGED)
def test_no_named_owner_reads_as_before(pipelines, text, trigger):
    on = doers(pipelines[True], text, trigger)
    assert on == doers(pipelines[False], text, trigger)
    assert on == (["Jeb Bush"], ["Marco Rubio"])
