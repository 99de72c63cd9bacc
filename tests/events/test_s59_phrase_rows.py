"""Session 59 (EV): ``events.trigger.phrase_object_row`` (events/specific_rows.py, shipped
off) - of a verb's fitting CAMEO rows, the one whose object pattern matches the object's
modifier + head phrase goes before the one matched by the head noun alone, as PETRARCH reads
its longest pattern. The sentences were written for this test; each runs the whole pipeline
with the rule off and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.events.lexicon import Requirement, TriggerEntry
from stancemap.events.specific_rows import meets_phrase, phrase_rows_first

RULE = "events.trigger.phrase_object_row"


@pytest.fixture(scope="module")
def read(analyzer):
    pipelines = on_off_pipelines(analyzer, RULE)

    def run(text: str, on: bool) -> list[tuple[str, str | None, str | None, list[str]]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2016-03-17")
        return [(e.type, e.cameo, e.mode, e.target) for e in analysis.events]

    return run


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "etype", "cameo", "target"),
    [
        # "launch" + "strike" is a labour strike (141); "launch" + "air strike" is 195
        (
            "The United States launched air strikes against the Islamic State in Iraq.",
            "ASSAULT",
            "195",
            "org:islamic-state",
        ),
        ("France launched air strikes on Libya on Saturday.", "ASSAULT", "195", "country:LBY"),
        # "issue" + "warrant" is a request; "issue" + "arrest warrant" is 173 (a formal charge)
        (
            "Turkish prosecutors issued arrest warrants for 40 journalists.",
            "COERCE",
            "173",
            None,
        ),
    ],
)
def test_the_object_phrase_row_comes_first(read, text, etype, cameo, target):
    off = read(text, on=False)
    on = read(text, on=True)
    assert all(t != etype for t, *_ in off)
    assert [t for t, *_ in on] == [etype]
    _, code, _, targets = on[0]
    assert code == cameo
    if target is not None:
        assert target in targets


def test_a_negated_phrase_object_keeps_its_negation(read):
    on = read("The Pentagon said it launched no air strikes on Syria last week.", on=True)
    assert [(t, m) for t, _, m, _ in on] == [("ASSAULT", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        # no modifier: the head noun's row, a labour strike
        "Teachers in Chicago launched a strike on Monday.",
        # the dictionary's phrase rows of the same family: the code unchanged
        "The prisoner launched a hunger strike to protest his detention.",
        "Nurses staged a general strike over pay.",
        # a modifier the dictionary names no phrase for
        "Russian jets launched missile strikes on rebel towns.",
        # a verb whose own phrase row already came first
        "The Pentagon carried out air strikes against the Islamic State.",
        # the founding example's shape: a refusal stays a refusal
        "Tokayev refused to recognise the breakaway republics.",
    ],
)
def test_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)


def _row(cameo: str, words: set[str]) -> TriggerEntry:
    return TriggerEntry(
        "launch", "V", "event", cameo, (Requirement("obj", frozenset(words)),), None, "t"
    )


def test_rows_reordered_only_for_a_phrase_of_the_matched_head():
    general, phrase, other = (
        _row("141", {"strike"}),
        _row("195", {"air strike"}),
        _row("190", {"air base"}),
    )
    assert phrase_rows_first([general, phrase], {"strike", "air strike", "air"}) == [
        phrase,
        general,
    ]
    # "launched a strike on the air base": the phrase is not of the matched head
    assert phrase_rows_first([general, other], {"strike", "air base"}) == [general, other]
    assert phrase_rows_first([phrase, general], {"strike", "air strike"}) == [phrase, general]
    assert meets_phrase(phrase, {"air strike"}) and not meets_phrase(general, {"strike"})
