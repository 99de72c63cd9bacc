"""Session 14 round 2 (engineer B): a light verb ("want", "expect", "lead", "come") coded
only by the imported dictionary's bare code is no event, even with a party named
(``events.sense.light_verb_needs_pattern``). A dictionary row with a pattern beyond the
bare verb, a material code ("march": PROTEST), a direct object ("weighs the bill"), a
support verb handing its event to an event noun, or a consultation with a plural subject
("the two ministers met") still codes.
Sentences written for these tests; actors fixed by hand (test_sense_pairs.cast_layer)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

PATTERN = "events.sense.light_verb_needs_pattern"
ON: tuple[str, ...] = ()  # shipped on


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def kinds(events):
    return [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Moreau wants to raise taxes on the rich.", "wants"),
        ("Novak expects to win the primary next month.", "expects"),
    ],
)
def test_a_bare_light_verb_with_a_party_is_no_event(runner, sentence, word):
    assert runner.on(sentence, word) == []
    # session 31: agreement_needs_commitment_verb drops "wants to ..." as well
    assert (
        runner.on(sentence, word, (PATTERN, "events.sense.agreement_needs_commitment_verb")) != []
    )


def test_a_light_verb_handing_its_event_to_a_noun_still_codes(runner):
    events = runner.events("Turkey held talks with Iran.", ON)
    assert ("CONSULT", "046") in kinds(events), events


def test_a_verb_that_is_no_light_verb_keeps_its_bare_code(runner):
    events = runner.events("Turkey visited Iran.", ON)
    assert ("CONSULT", "042") in kinds(events), events


def test_a_light_verb_with_a_material_bare_code_keeps_it(runner):
    events = runner.events("Students marched through Lisbon to demand free tuition.", ON)
    assert "PROTEST" in [e.type for e in events], events


def test_a_consultation_among_a_plural_subject_stays(runner):
    events = runner.on("The two ministers met in Geneva on Monday.", "met", ON)
    assert [e.type for e in events] == ["CONSULT"], events


def test_a_light_verb_with_a_direct_object_keeps_its_code(runner):
    events = runner.on("Moreau still weighs the bill on the harbour.", "weighs")
    assert events == runner.on("Moreau still weighs the bill on the harbour.", "weighs", (PATTERN,))
