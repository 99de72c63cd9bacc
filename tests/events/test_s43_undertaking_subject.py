"""Session 43 (engineer CB): ``events.sense.undertaking_subject_body`` - "the leadership
criticized X", "the management met with X": a body named by its undertaking (a determined
act or event noun whose second WordNet sense is a group) speaks and meets, where the
thing-subject rules read the activity and dropped the event. A grid of
subjects, tenses and verbs written for these tests, analysed by the whole pipeline."""

from __future__ import annotations

import pytest

from stancemap.config import Settings
from stancemap.events.lexnames import body_sense_nouns, body_sense_rows
from stancemap.pipeline import Pipeline
from stancemap.wordnet_files import WORDNET

RULE = "events.sense.undertaking_subject_body"


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


TENSES = {
    "criticize": ("criticized", "has criticized", "was criticizing", "could criticize"),
    "praise": ("praised", "has praised", "was praising", "would praise"),
    "meet": ("met with", "has met with", "was meeting with"),
}
TYPES = {"criticize": "ACCUSE", "praise": "SUPPORT", "meet": "CONSULT"}
TRUMP = "person:donald-trump"


@pytest.mark.parametrize("subject", ["The leadership", "Their leadership", "Its management"])
@pytest.mark.parametrize("verb", sorted(TENSES))
def test_a_body_named_by_its_undertaking_acts(pipelines, subject, verb):
    for form in TENSES[verb]:
        text = f"{subject} {form} Donald Trump."
        assert read(pipelines[False], text) == [], text
        assert read(pipelines[True], text) == [(TYPES[verb], [TRUMP])], text


@pytest.mark.parametrize(
    "subject", ["The administration", "His party", "The committee", "She", "The aides", "Sanders"]
)
def test_subjects_the_old_test_kept_are_unchanged(pipelines, subject):
    for forms in TENSES.values():
        text = f"{subject} {forms[0]} Donald Trump."
        assert read(pipelines[True], text) == read(pipelines[False], text) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "His stance may have helped Donald Trump.",  # an attribute, no undertaking
        "Her campaign criticized Donald Trump.",  # WordNet: no group sense of campaign
        "The administration's decision will increase the pressure on Donald Trump.",
    ],
)
def test_no_body_stays_no_event(pipelines, text):
    assert read(pipelines[True], text) == read(pipelines[False], text) == [], text


def test_the_body_nouns_come_from_wordnet():
    nouns = body_sense_nouns()
    assert {"leadership", "administration", "management"} <= nouns
    assert not {"campaign", "stance", "plan", "decision"} & nouns
    if (WORDNET / "index.noun").exists():
        assert set(body_sense_rows()) == nouns
