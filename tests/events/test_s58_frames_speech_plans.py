"""Session 58 (MO): two frame rules around speech and plans, both shipped off.

- ``events.frame.withheld_speech`` (events/withheld_speech.py): "refused to say how long" -
  a refusal whose infinitive is an uncoded verb of communication, addressed to no one, is
  plain speech withheld, no REJECT.
- ``events.mode.hidden_prospective_complement`` (events/hidden_prospects.py): a planned act
  whose governor of prospect the parse hides ("renewed his call to ban X", "scheduled to
  co-host", "confessed to planning attacks") takes the governor's mode.
- ``events.mode.negated_coded_object`` (events/coded_objects.py): "Police reported no
  arrests" - an act a dictionary row reads in the verb's object is negated by its "no".

The sentences were written for this test; each runs the whole pipeline with the rule off
and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.events.hidden_prospects import _verb_of_gerund
from stancemap.events.withheld_speech import speech_verb

WITHHELD = "events.frame.withheld_speech"
HIDDEN = "events.mode.hidden_prospective_complement"
CODED_OBJECT = "events.mode.negated_coded_object"
UNREAL = ("negated", "hypothetical", "future")


def _runner(analyzer, rule):
    pipelines = on_off_pipelines(analyzer, rule)

    def run(text: str, trigger: str, on: bool) -> list[tuple[str, str | None]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [(e.type, e.mode) for e in analysis.events if trigger in e.trigger.text]

    return run


@pytest.fixture(scope="module")
def withheld(analyzer):
    return _runner(analyzer, WITHHELD)


@pytest.fixture(scope="module")
def hidden(analyzer):
    return _runner(analyzer, HIDDEN)


@pytest.fixture(scope="module")
def coded_object(analyzer):
    return _runner(analyzer, CODED_OBJECT)


def test_the_mode_rules_ship_off_and_withheld_speech_is_on():
    # withheld_speech switched on in session 59 (blind A/B 14:3 and 14:4, net > 0 on the
    # judged checks re-judged by docs/judging.md's "declining to comment" line)
    disabled = set(Settings().rules.disable)
    assert {HIDDEN, CODED_OBJECT} <= disabled
    assert WITHHELD not in disabled


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Minister Peter Reith has refused to say how many soldiers will be sent.",
        "The senator refused to name the officials involved.",
        "The ambassador refused to explain why the visa was denied.",
    ],
)
def test_a_refusal_to_say_is_no_rejection(withheld, text):
    assert ("REJECT", None) in withheld(text, "refused", on=False)
    assert withheld(text, "refused", on=True) == []


def test_what_is_not_said_is_no_event_either(withheld):
    text = "The Defence Minister Peter Reith has refused to say how many soldiers will be sent."
    assert withheld(text, "sent", on=True) == []


@pytest.mark.parametrize(
    "text",
    [
        # a coded complement is the act refused (Tokayev's refusal to recognise stays)
        "Tokayev refused to recognise the independence of Donetsk and Luhansk.",
        "The chancellor refused to endorse Merkel's plan.",
        # speech to someone named is refused to them
        "The governor refused to speak to reporters after the meeting.",
        # not a verb of communication
        "The court refused to free the British man on bail.",
    ],
)
def test_other_refusals_are_left_alone(withheld, text):
    off = withheld(text, "refused", on=False)
    assert off and off[0][0] == "REJECT"
    assert withheld(text, "refused", on=True) == off


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senator renewed his call to ban imports from Iran.", "ban"),
        ("Trump is scheduled to co-host a fundraiser with Christie next week.", "host"),
        ("The defence minister confessed to planning attacks on Iranian ships.", "attacks"),
    ],
)
def test_a_hidden_plan_makes_its_act_hypothetical(hidden, text, trigger):
    off = hidden(text, trigger, on=False)
    assert off and all(m not in UNREAL for _, m in off)
    on = hidden(text, trigger, on=True)
    assert on and all(m == "hypothetical" for _, m in on)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an infinitive of purpose after an ordinary noun stays done
        ("The army sent troops to attack the rebel base near Aleppo.", "attack"),
        # a noun of attack with no gerund of plan on it
        ("Iranian boats carried out attacks on Saudi ships.", "attacks"),
        # a hyphenated verb with no prospect above it
        ("Trump co-hosted a fundraiser with Christie last week.", "host"),
    ],
)
def test_acts_without_a_hidden_plan_are_left_alone(hidden, text, trigger):
    off = hidden(text, trigger, on=False)
    assert hidden(text, trigger, on=True) == off


def test_an_object_with_no_negates_the_act_it_codes(coded_object):
    text = "Egyptian police reported no arrests at the rally."
    off = coded_object(text, "reported", on=False)
    assert off and off[0][0] == "COERCE" and off[0][1] != "negated"
    assert coded_object(text, "reported", on=True) == [("COERCE", "negated")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Egyptian police reported several arrests at the rally.", "reported"),
        # a support verb's object already gave its "no"
        ("Police made no arrests at the rally in Cairo.", "arrests"),
    ],
)
def test_other_objects_are_left_alone(coded_object, text, trigger):
    off = coded_object(text, trigger, on=False)
    assert off
    assert coded_object(text, trigger, on=True) == off


def test_the_word_classes():
    assert speech_verb_of("say") and speech_verb_of("name") and speech_verb_of("comment")
    assert not speech_verb_of("recognize") and not speech_verb_of("free")
    assert _verb_of_gerund("planning") == "plan"
    assert _verb_of_gerund("preparing") == "prepare"
    assert _verb_of_gerund("bombing") is None


def speech_verb_of(lemma: str) -> bool:
    class _Verb:  # the one attribute speech_verb reads
        lemma_ = lemma

    return speech_verb(_Verb())  # type: ignore[arg-type]
