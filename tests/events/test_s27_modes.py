"""Session 27 (engineer MD): acts that did not happen, marked in their mode - never dropped.

``events.mode.prospective_complement`` ("is prepared to send aid", "tried to meet", "his
call to ban", "reluctance to condemn"), ``events.mode.modal_above_preposition`` ("might
improve its standing by helping X"), ``events.mode.must_or_let_us`` ("must stand together
to defend", "let us praise"), ``events.mode.future_above`` (an infinitive or participle
under will / going to). Sentences written for these tests (shapes seen on PolNeAR tune
articles, no sentence copied)."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events import prospects

PROSPECT = "events.mode.prospective_complement"
MODAL_PREP = "events.mode.modal_above_preposition"
FUTURE_ABOVE = "events.mode.future_above"
MUST = "events.mode.must_or_let_us"
ATTEMPT = "events.mode.attempted_act"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


def modes(runner, text, word, off=()):
    return [e.mode for e in runner.on(text, word, off)]


@pytest.mark.parametrize(
    ("text", "word", "mode"),
    [
        ("Iran is prepared to send aid to Iraq.", "send", "hypothetical"),
        ("Iran is unlikely to support Iraq.", "support", "hypothetical"),
        ("Iran's call to ban imports from Iraq angered Baghdad.", "ban", "hypothetical"),
        ("Iran is considering sanctioning Iraq.", "sanctioning", "hypothetical"),
        ("Iran's reluctance to condemn Iraq troubled the allies.", "condemn", "negated"),
    ],
)
def test_a_planned_or_likely_act_is_not_done(runner, text, word, mode):
    assert modes(runner, text, word) == [mode]
    assert modes(runner, text, word, (PROSPECT,)) != [mode]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iran decided to sign a deal with Iraq.", "sign"),  # implicative: not a prospect
        ("Iran traveled to Baghdad to meet Iraq.", "meet"),  # a purpose clause: done
        ("Iran praised Iraq.", "praised"),
    ],
)
def test_done_acts_stay_asserted(runner, text, word):
    assert modes(runner, text, word) == [None]


def test_an_attempted_act_is_marked_by_default(runner):
    """On since session 69 (docs/benchmarks.md): the attempt is marked, not dropped."""
    text = "Iran tried to meet Iraq."
    assert modes(runner, text, "meet") == ["hypothetical"]
    assert modes(runner, text, "meet", (ATTEMPT,)) == [None]
    assert modes(runner, text, "meet", (PROSPECT,)) == [None]


def test_the_vow_itself_is_the_event(runner):
    """ "vowed to punish" is coded on "vowed": the vow happened, whatever it promises."""
    assert [e.mode for e in runner.events("Iran vowed to punish Iraq.")] == [None]


def test_a_modal_reaches_through_a_preposition(runner):
    text = "Iran might improve its standing by helping Iraq."
    assert modes(runner, text, "helping") == ["hypothetical"]
    assert modes(runner, text, "helping", (MODAL_PREP,)) == [None]


def test_must_and_let_us(runner):
    text = "Iran must stand together with Iraq to defend the region."
    assert modes(runner, text, "defend") == ["hypothetical"]
    assert modes(runner, text, "defend", (MUST,)) == [None]
    text = "Let us praise and support Iraq."
    assert modes(runner, text, "support") == ["hypothetical"]
    assert modes(runner, text, "support", (MUST,)) == [None]


def test_a_finite_clause_under_a_future_keeps_its_tense(runner):
    text = "Iran will meet Iraq after Syria attacked Israel."
    assert modes(runner, text, "attacked") == [None]


def test_governor_reads_the_parse(analyzer):
    doc = analyzer.nlp("Iran plans to attack Iraq.")
    assert prospects.governor(doc[3]).text == "plans"
    assert prospects.prospective_mode(doc[3]) == "hypothetical"
    doc = analyzer.nlp("Iran managed to attack Iraq.")
    assert prospects.prospective_mode(doc[3]) is None


def test_the_data_file_has_three_kinds_and_modes():
    words = prospects.prospect_words()
    assert {k for k, _ in words} == set(prospects.KINDS)
    assert set(words.values()) == set(prospects.MODES)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iran will wait for Iraq to apologize.", "apologize"),
        ("Iran will host talks, inviting Iraq to attend.", "inviting"),
    ],
)
def test_an_infinitive_or_participle_under_will_is_future(runner, text, word):
    assert modes(runner, text, word) == ["future"]
    assert modes(runner, text, word, (FUTURE_ABOVE,)) == [None]


def test_a_verb_with_do_support_keeps_its_tense(runner):
    text = "Iran will not meet Iraq because it did not invite Syria."
    assert modes(runner, text, "invite") != ["future"]
