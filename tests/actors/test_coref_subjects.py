"""Descriptive subjects as speakers: "the diplomat said", "the statement said",
"the companies said" resolve to the actor the text means (``actors.referring.*``).

Each case runs the whole pipeline on a short passage written for these tests; the
switched-off runs show that the named rule is what found the speaker.
"""

from __future__ import annotations

import pytest

from stancemap.actors.coref import referring_nouns
from stancemap.config import load_settings
from stancemap.evaluate.speakers import with_disabled
from stancemap.records import Analysis


def _speaker(analysis: Analysis, source: str) -> str | None:
    """The name of the speaker of the last quotation whose source is ``source``."""
    quotes = [q for q in analysis.quotes if q.source is not None and q.source.text == source]
    assert quotes, f"no quotation with source {source!r}"
    speaker = max(quotes, key=lambda q: q.content.start).speaker
    names = {a.id: a.name for a in analysis.actors}
    return names.get(speaker) if speaker is not None else None


def _without(analyzer, *rules: str):  # type: ignore[no-untyped-def]
    return analyzer.derive(with_disabled(load_settings(), list(rules)))


CASES = [
    # (text, source, expected speaker name, the rule that finds it)
    (
        "Sergei Lavrov met John Kerry in Geneva on Monday. "
        "The diplomat said that the talks had gone well.",
        "The diplomat",
        "Sergey Lavrov",  # the subject of the sentence before, not the object
        "actors.referring.person_kind",
    ),
    (
        # the title beats salience: the subject before is the senator, not the billionaire
        "Senator Ted Cruz met the billionaire Warren Buffett in Omaha on Monday. "
        "The billionaire said that taxes were too low.",
        "The billionaire",
        "Warren Buffett",
        "actors.referring.title",
    ),
    (
        "The Russian Foreign Ministry issued a statement on Tuesday. "
        "The statement said that the talks had failed.",
        "The statement",
        "Russian Foreign Ministry",
        "actors.referring.issuer",
    ),
    (
        "Gazprom and Rosneft raised prices on Monday. The companies said that demand was high.",
        "The companies",
        "Gazprom",
        "actors.referring.plural",
    ),
    (
        "NATO held a summit in Vilnius this week. The alliance said that Ukraine would join.",
        "The alliance",
        "NATO",
        "actors.referring.body_kind",
    ),
]


@pytest.mark.parametrize(("text", "source", "expected", "rule"), CASES)
def test_a_descriptive_subject_speaks_for_the_actor_meant(
    analyzer, text: str, source: str, expected: str, rule: str
) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(analyzer.analyze(text, date="2016-06-01"), source) == expected


@pytest.mark.parametrize(("text", "source", "expected", "rule"), CASES)
def test_with_its_rule_off_no_one_is_found(
    analyzer, text: str, source: str, expected: str, rule: str
) -> None:  # type: ignore[no-untyped-def]
    # the other rules do not guess instead: each knows one kind of noun (the person
    # rules and the actor stage's own "the diplomat" rule are off with it)
    off = _without(
        analyzer,
        rule,
        "actors.referring.person_kind",
        "actors.referring.title",
        "actors.coref.descriptive",
        "actors.coref.role_description",  # session 41: "the billionaire X ... the billionaire"
    )
    assert _speaker(off.analyze(text, date="2016-06-01"), source) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # only a person before: a company cannot be her
        (
            "Angela Merkel visited a school in Berlin. The company said that laptops had come.",
            "The company",
        ),
        # only a body before: no person to be the diplomat
        (
            "The European Commission published its forecast. The diplomat said it was too gloomy.",
            "The diplomat",
        ),
        # a plural needs several actors (or a plural antecedent); one is not "the companies"
        (
            "Apple cut its forecast on Monday. The companies said that deliveries would be late.",
            "The companies",
        ),
        # an indefinite subject is someone new, not someone named before
        (
            "Sergei Lavrov met John Kerry in Geneva. A diplomat said that the talks had gone well.",
            "A diplomat",
        ),
    ],
)
def test_no_compatible_antecedent_means_no_speaker(analyzer, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(analyzer.analyze(text, date="2016-06-01"), source) is None


def test_many_people_are_not_one_group(analyzer) -> None:  # type: ignore[no-untyped-def]
    # number agreement: "Israeli officials" (plural) is never what "the group" means
    text = "Hamas fired rockets overnight, Israeli officials said. The group said that it was a warning."
    assert _speaker(analyzer.analyze(text, date="2016-06-01"), "The group") == "Hamas"


def test_the_actor_stage_prefers_a_title_to_a_sector(layer_of) -> None:  # type: ignore[no-untyped-def]
    # "the lawyer" is Ruth Adler (described so), not the judge who shares her sector
    text = (
        "The lawyer Ruth Adler filed the appeal on Monday, and Judge Tom Grant heard it. "
        "The lawyer said that her client was innocent."
    )
    layer, _ = layer_of(text)
    start = text.rindex("The lawyer")
    mention = layer.mention_at(start, start + len("The lawyer"))
    assert mention is not None
    assert layer.actors[mention.actor_id].name == "Ruth Adler"


def test_referring_nouns_know_their_kinds() -> None:
    nouns = referring_nouns()
    assert nouns["statement"].refers == "document"
    assert nouns["company"].refers == "body" and "BUS" in nouns["company"].sectors
    assert nouns["diplomat"].refers == "person"
    assert {n.refers for n in nouns.values()} == {"person", "body", "country", "document"}
