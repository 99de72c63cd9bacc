"""nlp.sentences.glued_dash_break: a dash glued right after a sentence's closing stop ends that
sentence and the capitalised word after it starts the next, preset before the parser; shipped
off, a companion of nlp.tokens.glued_punctuation. The sentences are written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import rule_settings
from stancemap.config import load_settings
from stancemap.nlp import load_pipeline
from stancemap.nlp.dash_breaks import COMPONENT, GLUED_DASH_BREAK, install, mark_breaks
from stancemap.nlp.glued_punctuation import GLUED_PUNCTUATION
from stancemap.nlp.pipeline import parse_rules_of, parse_rules_on
from stancemap.rules import RuleSwitches

pytestmark = pytest.mark.slow

BOTH = [GLUED_PUNCTUATION, GLUED_DASH_BREAK]


def _words(text: str) -> Doc:
    return Doc(spacy.blank("en").vocab, words=text.split())


@pytest.mark.parametrize(
    "text, dash",
    [
        ("the hall was closed . - Nobody came", 5),
        ('the work is done . " - " We left', 6),
        ("they won ? -- Then rain", 3),
        ("the region ( NRA ) . - 2016 was dry", 6),
    ],
)
def test_a_dash_after_a_closing_stop_is_a_preset_break(text: str, dash: int) -> None:
    doc = mark_breaks(_words(text))
    stop = next(i for i in range(dash, 0, -1) if doc[i].text in ".?")
    assert all(t.is_sent_start is False for t in doc[stop + 1 : dash + 1])
    assert doc[dash + 1].is_sent_start is True


@pytest.mark.parametrize(
    "text",
    [
        "the envoy Amadou , - Keller said",  # a comma: no sentence ends
        'he said : - " We stay',  # a colon
        "the list . - and then more",  # a lower-case word after the dash
        "the vote was close . -",  # nothing after the dash
        "al - Rashid met the Vice - Chair",  # a hyphen inside a name
    ],
)
def test_other_dashes_are_left_to_the_parser(text: str) -> None:
    doc = mark_breaks(_words(text))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_the_component_goes_before_the_parser_once() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    install(nlp)
    install(nlp)
    assert nlp.pipe_names == ["sentencizer", COMPONENT]


@pytest.fixture(scope="module")
def parsers():
    settings = load_settings().nlp
    glued = load_pipeline(settings, switches=RuleSwitches.shipped(on=[GLUED_PUNCTUATION]))
    both = load_pipeline(settings, switches=RuleSwitches.shipped(on=BOTH))
    return glued, both


def test_the_rule_is_part_of_the_loaded_pipeline_s_identity(parsers) -> None:
    glued, both = parsers
    assert parse_rules_on() == (False, False)  # both shipped off
    assert parse_rules_on(RuleSwitches.shipped(on=BOTH)) == (True, True)
    assert glued is not both
    assert parse_rules_of(glued) == (True, False) and parse_rules_of(both) == (True, True)
    assert COMPONENT in both.pipe_names and COMPONENT not in glued.pipe_names
    assert both.pipe_names.index(COMPONENT) < both.pipe_names.index("parser")


def test_a_quote_before_a_glued_dash_is_a_sentence_of_its_own(parsers) -> None:
    glued, both = parsers
    text = '"Police are examining the wreck."- SEE ALSO: Storm hits the coast of Ruritania.'
    sentences = [s.text for s in both(text).sents]
    assert sentences[0] == '"Police are examining the wreck."-'
    # without the break the dash keeps the two as one sentence, the quote a complement
    assert len(list(glued(text).sents)) < len(sentences)
    assert [t.dep_ for t in both(text) if t.text == "examining"] == ["ROOT"]


@pytest.fixture(scope="module")
def pipelines(analyzer):
    from stancemap.pipeline import Pipeline

    glued = Pipeline(rule_settings.with_rules(enable=[GLUED_PUNCTUATION]))
    both = Pipeline(rule_settings.with_rules(enable=BOTH))
    return glued, both


def test_an_on_pipeline_never_shares_another_parser(analyzer, pipelines) -> None:
    glued, both = pipelines
    assert both.nlp is not glued.nlp and both.nlp is not analyzer.nlp
    assert glued.derive(both.settings).nlp is both.nlp
    assert both.derive(glued.settings).nlp is glued.nlp
    assert both.derive().nlp is both.nlp


def test_the_quoted_event_before_the_dash_is_read(pipelines) -> None:
    glued, both = pipelines
    text = (
        '"Police are investigating the blast near the embassy."- READ MORE: Gunmen storm '
        "a hospital in Kabul."
    )
    before = glued.analyze(text, date="2017-02-10")
    after = both.analyze(text, date="2017-02-10")
    assert "investigating" not in [e.trigger.text for e in before.events]
    assert "investigating" in [e.trigger.text for e in after.events]


def test_the_dash_is_no_part_of_the_next_sentence_s_first_name(pipelines) -> None:
    glued, both = pipelines
    text = "Chad is the driving force of the alliance.- Chadian soldiers attacked the rebels."
    before = [a.name for a in glued.analyze(text, date="2017-02-10").actors]
    after = [a.name for a in both.analyze(text, date="2017-02-10").actors]
    assert "- Chadian soldiers" in before
    assert "Chadian soldiers" in after and not any(n.startswith("-") for n in after)
