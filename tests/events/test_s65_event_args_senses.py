"""Session 65 (EV), issue 12: four argument/sense rules of the events stage, shipped off.

- ``events.sense.pledge_acting_on_actor_kept`` (events/policy_pledges.py): a pledge whose
  promised act is done to a party (a GPE/NORP/ORG name, a state body of the agents lexicon)
  is an intended act, not a campaign pledge of policy; ``policy_pledge_no_event`` leaves it.
- ``events.args.descriptor_names_head`` (events/descriptor_names.py): "Japanese carmaker
  Toyota accused Ford" - the close apposition's named actor, not the generic descriptor.
- ``events.args.fronted_apposition_subject`` (events/fronted_appositions.py): "On Monday, Russia,
  which has long opposed the plan, condemned Israel" - the name the parser hung on the
  fronted date (or place) is the subject.
- ``events.args.owner_pronoun_target`` (events/owner_pronoun_targets.py): "Obama met Putin
  and praised his efforts" - the one person the his/her owning a praised or criticised
  thing can stand for, not the source, is the target.

The sentences were written for this test (names made up or common); each runs the whole
pipeline with the rule on and off over the shipped defaults."""

from __future__ import annotations

import pytest

from rule_settings import S68_PRIVATE, with_rules
from stancemap.config import Settings
from stancemap.events.descriptor_names import DESCRIPTOR_NAMES_HEAD
from stancemap.events.fronted_appositions import FRONTED_APPOSITION_SUBJECT
from stancemap.events.owner_pronoun_targets import OWNER_PRONOUN_TARGET
from stancemap.events.policy_pledges import PLEDGE_ACTING_ON_ACTOR, POLICY_PLEDGE
from stancemap.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipelines(analyzer):
    return {
        "pledge_on": Pipeline(with_rules(enable=[PLEDGE_ACTING_ON_ACTOR]), nlp=analyzer.nlp),
        "pledge_off": Pipeline(with_rules(disable=[PLEDGE_ACTING_ON_ACTOR]), nlp=analyzer.nlp),
        "desc_on": Pipeline(
            with_rules(enable=[DESCRIPTOR_NAMES_HEAD], disable=S68_PRIVATE), nlp=analyzer.nlp
        ),
        "desc_off": Pipeline(
            with_rules(disable=[DESCRIPTOR_NAMES_HEAD, *S68_PRIVATE]), nlp=analyzer.nlp
        ),
        "time_on": Pipeline(with_rules(enable=[FRONTED_APPOSITION_SUBJECT]), nlp=analyzer.nlp),
        "owner_on": Pipeline(with_rules(enable=[OWNER_PRONOUN_TARGET]), nlp=analyzer.nlp),
        "owner_off": Pipeline(with_rules(disable=[OWNER_PRONOUN_TARGET]), nlp=analyzer.nlp),
        "time_off": Pipeline(with_rules(disable=[FRONTED_APPOSITION_SUBJECT]), nlp=analyzer.nlp),
    }


def _events(pipelines, name: str, text: str):
    return pipelines[name].analyze(text, date="2005-02-10")


def test_all_ship_off_and_the_pledge_rule_they_amend_ships_on():
    disabled = Settings().rules.disable
    assert PLEDGE_ACTING_ON_ACTOR in disabled
    assert FRONTED_APPOSITION_SUBJECT in disabled
    assert OWNER_PRONOUN_TARGET in disabled
    assert DESCRIPTOR_NAMES_HEAD in disabled
    assert POLICY_PLEDGE not in disabled


@pytest.mark.parametrize(
    "text",
    [
        # a party the actor layer does not link: the act is still done to someone
        "He pledged to take action against the regime.",
        "Governor Ann Miller pledged to ban all imports from Ruritania.",
    ],
)
def test_a_pledge_acting_on_a_party_is_kept_only_with_the_rule(pipelines, text):
    off = [e for e in _events(pipelines, "pledge_off", text).events if e.trigger.text == "pledged"]
    on = [e for e in _events(pipelines, "pledge_on", text).events if e.trigger.text == "pledged"]
    if "Ruritania" in text:
        # the coder folds the ban into a THREATEN with no target when the name is unlinked;
        # the pledge rule never drops that one, so both keep it the same
        assert [e.type for e in on] == [e.type for e in off]
    else:
        assert off == []
        assert len(on) == 1
        assert on[0].type == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Michael Howard promised to cut taxes.",
        "The Liberal Democrats have pledged to increase income tax.",
        # beneficiaries of a policy are no party acted on
        "Mr Kennedy pledged to scrap tuition fees for students.",
    ],
)
def test_a_policy_pledge_stays_dropped_with_the_rule_on(pipelines, text):
    on = _events(pipelines, "pledge_on", text)
    off = _events(pipelines, "pledge_off", text)
    assert [(e.type, e.trigger.text) for e in on.events] == [
        (e.type, e.trigger.text) for e in off.events
    ]


def test_the_descriptor_gives_the_source_to_the_name(pipelines):
    text = "Japanese carmaker Toyota accused Ford of copying its designs."
    off = _events(pipelines, "desc_off", text)
    on = _events(pipelines, "desc_on", text)
    names = {a.id: a.name for a in on.actors}
    [off_event] = [e for e in off.events if e.trigger.text == "accused"]
    [on_event] = [e for e in on.events if e.trigger.text == "accused"]
    assert [names.get(a, a) for a in on_event.source] == ["Toyota"]
    assert off_event.source != on_event.source
    assert on_event.target == off_event.target


@pytest.mark.parametrize(
    "text",
    [
        # a comma apposition is the renaming rules' case, read the same either way
        "The carmaker, Toyota, accused Ford of copying its designs.",
        # a title before a person's name: the name is the head already
        "German chancellor Gerhard Schroeder criticised the United States.",
    ],
)
def test_other_shapes_read_the_same(pipelines, text):
    on = _events(pipelines, "desc_on", text)
    off = _events(pipelines, "desc_off", text)
    assert [(e.type, e.source, e.target) for e in on.events] == [
        (e.type, e.source, e.target) for e in off.events
    ]
    assert on.events


def test_the_cast_pledge_of_session_64_is_kept_only_with_the_rule(analyzer):
    # the actor layer of the events tests' cast knows no Canada: the pledge rule dropped
    # this pledge as one naming no actor (session 64 lead's note)
    from misread_helpers import StageRunner

    runner = StageRunner(analyzer)
    text = (
        "Governor Ann Miller, who has repeatedly pledged to ban all imports from Canada, "
        "spoke on Monday."
    )
    assert runner.on(text, "pledged") == []
    kept = runner.on(text, "pledged", (f"+{PLEDGE_ACTING_ON_ACTOR}",))
    assert len(kept) == 1
    assert runner.on(text, "pledged", (f"+{PLEDGE_ACTING_ON_ACTOR}", POLICY_PLEDGE)) != []


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        (
            "On Monday, Russia, which has long opposed the plan, condemned Israel.",
            "condemned",
            "Russia",
        ),
        (
            "On June 4, 2008, Sanders, who hadn't endorsed during the primaries, decided to "
            "back Obama.",
            "back",
            "Bernie Sanders",
        ),
        (
            "In Washington, Obama, who spoke after the meeting, praised Merkel.",
            "praised",
            "Barack Obama",
        ),
    ],
)
def test_a_name_hung_on_a_fronted_date_is_the_subject(pipelines, text, word, source):
    off = _events(pipelines, "time_off", text)
    on = _events(pipelines, "time_on", text)
    names = {a.id: a.name for a in on.actors}
    [off_event] = [e for e in off.events if e.trigger.text == word]
    [on_event] = [e for e in on.events if e.trigger.text == word]
    assert off_event.source == []
    assert [names.get(a, a) for a in on_event.source] == [source]
    assert on_event.target == off_event.target


@pytest.mark.parametrize(
    "text",
    [
        # the parser found the subject: nothing to mend
        "On Tuesday, Sanders, who had not endorsed anyone, decided to back Obama.",
        # a passive clause's apposition is its patient, never its doer
        "On Monday, Israel, which had been warned, was attacked by Hamas.",
        # a participle clause: the apposition renames the place, it does not act
        "Speaking in Washington, the capital, Obama praised Merkel.",
    ],
)
def test_a_clause_with_its_subject_or_passive_reads_the_same(pipelines, text):
    on = _events(pipelines, "time_on", text)
    off = _events(pipelines, "time_off", text)
    assert [(e.type, e.source, e.target) for e in on.events] == [
        (e.type, e.source, e.target) for e in off.events
    ]
    assert on.events


def test_the_owner_of_a_praised_thing_is_the_target(pipelines):
    text = "Obama met Putin and praised his efforts."
    off = _events(pipelines, "owner_off", text)
    on = _events(pipelines, "owner_on", text)
    names = {a.id: a.name for a in on.actors}
    [off_event] = [e for e in off.events if e.trigger.text == "praised"]
    [on_event] = [e for e in on.events if e.trigger.text == "praised"]
    assert off_event.target == []
    assert [names.get(a, a) for a in on_event.target] == ["Vladimir Putin"]
    assert on_event.source == off_event.source


@pytest.mark.parametrize(
    "text",
    [
        # people owned are the target themselves
        "Trump attacked his critics on Monday after meeting Cruz.",
        # his own: the source's
        "Sanders criticised his own party after meeting Obama.",
        # no other person named: no guess
        "Obama defended his record.",
        # the object is the event itself (the lexicon row's object word): his own support
        "Axelrod tweeted after spokesman Brian Fallon expressed his general support for his boss.",
    ],
)
def test_an_owned_thing_with_no_other_owner_reads_the_same(pipelines, text):
    on = _events(pipelines, "owner_on", text)
    off = _events(pipelines, "owner_off", text)
    assert [(e.type, e.source, e.target) for e in on.events] == [
        (e.type, e.source, e.target) for e in off.events
    ]
