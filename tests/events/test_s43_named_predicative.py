"""Session 43 (engineer CB): ``events.trigger.named_predicative_object`` - "Cruz has called
Trump a phony": the parser leaves a bare surname after a naming verb as a predicative (two
``oprd``, or hung on the name before its article) with no direct object, and the event
vanishes; the rule reads the proper noun as the object. Sentences written for these tests,
analysed by the whole pipeline."""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.pipeline import Pipeline

RULE = "events.trigger.named_predicative_object"
TRUMP = "person:donald-trump"


@pytest.fixture(scope="module")
def pipelines(analyzer):
    def build(on: bool) -> Pipeline:
        settings = Settings()
        disable = [n for n in settings.rules.disable if not (on and n == RULE)]
        if not on:
            disable.append(RULE)
        rules = settings.rules.model_copy(update={"disable": disable})
        return Pipeline(settings.model_copy(update={"rules": rules}), nlp=analyzer.nlp)

    return {False: build(False), True: build(True)}


def read(pipeline: Pipeline, text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, e.target) for e in pipeline.analyze(text, date="2016-03-01").events]


@pytest.mark.parametrize(
    "text",
    [
        "Cruz has called Trump a phony.",
        "Cruz called Trump a phony.",
        "Cruz called Trump a phony and a fraud.",
    ],
)
def test_a_surname_parsed_as_predicative_is_the_named_target(pipelines, text):
    assert read(pipelines[False], text) == [], text
    assert read(pipelines[True], text) == [("ACCUSE", [TRUMP])], text


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz called Donald Trump a phony.",  # a real object: unchanged
        "Cruz called Trump a liar.",
        "They called him Trump.",  # a real object and the name given
        "The baby was named Trump.",  # a passive
        "They met at the resort, now called Trump Doral, on Friday.",  # a name given
        "Cruz called Trump on Tuesday.",  # a lone proper predicative: not read
    ],
)
def test_a_parse_with_its_object_is_unchanged(pipelines, text):
    assert read(pipelines[True], text) == read(pipelines[False], text), text
