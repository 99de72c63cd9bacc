"""nlp.headline.sentence_case: a title-case first line parsed sentence-cased, offsets kept."""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.nlp.headline_case import (
    SENTENCE_CASE,
    headline_line,
    sentence_cased,
    story_capitals,
)

STORY = (
    "Sanders Slams Clinton Over Wall Street Speeches.\n\n"
    "Bernie Sanders spoke in Iowa on Monday. Hillary Clinton was in New Hampshire. "
    "Sanders has asked Clinton to release the transcripts.\n"
)
HEAD = len("Sanders Slams Clinton Over Wall Street Speeches.\n\n")


def test_a_title_case_line_is_a_headline_a_sentence_is_not() -> None:
    assert headline_line("Clinton And Trump Clash Over Trade.\n\n")
    assert not headline_line("Clinton and Trump clashed over trade on Monday.\n\n")
    assert not headline_line("One Two\nThree Four Five\n")


def test_words_the_story_capitalises_are_kept_the_rest_lowered() -> None:
    line = STORY[:HEAD]
    cased = sentence_cased(line, story_capitals(STORY, HEAD))
    assert cased == "Sanders slams Clinton over wall street speeches.\n\n"
    assert len(cased) == len(line)


def test_a_name_written_together_in_the_story_keeps_both_words() -> None:
    text = "Lindsey Graham Says Trump Could Win.\n\nSen. Lindsey Graham spoke. He met Trump.\n"
    head = text.index("\n\n") + 2
    cased = sentence_cased(text[:head], story_capitals(text, head))
    assert cased.startswith("Lindsey Graham says Trump could win.")


def test_capitals_and_the_word_after_a_colon_stay() -> None:
    text = "Poll: GOP Voters Doubt Cruz.\n\nThe poll asked voters about Cruz.\n"
    head = text.index("\n\n") + 2
    cased = sentence_cased(text[:head], story_capitals(text, head))
    assert cased.startswith("Poll: GOP voters doubt Cruz.")


def _docs(analyzer, text: str, on: bool):
    from stancemap.nlp import parse_documents

    return next(iter(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp, headlines=on)))


def test_the_headline_parse_reads_the_verb_offsets_read_the_original(analyzer) -> None:
    off, on = _docs(analyzer, STORY, False), _docs(analyzer, STORY, True)
    assert on.text == STORY
    slams_off = next(t for t in off if t.text == "Slams")
    slams_on = next(t for t in on if t.text == "Slams")  # the original characters
    assert not slams_off.tag_.startswith("VB")
    assert slams_on.tag_.startswith("VB") and slams_on.dep_ == "ROOT"
    assert slams_on.idx == STORY.index("Slams")
    for ent in on.ents:
        assert STORY[ent.start_char : ent.end_char] == ent.text
    body = [(t.text, t.tag_, t.dep_) for t in off if t.idx >= HEAD]
    assert body == [(t.text, t.tag_, t.dep_) for t in on if t.idx >= HEAD]


def test_a_sentence_case_headline_is_parsed_as_before(analyzer) -> None:
    text = "Sanders slams Clinton over speeches.\n\nBernie Sanders spoke in Iowa.\n"
    off, on = _docs(analyzer, text, False), _docs(analyzer, text, True)
    assert [(t.tag_, t.dep_) for t in off] == [(t.tag_, t.dep_) for t in on]


@pytest.mark.parametrize("on", [False, True])
def test_the_headline_event_and_its_evidence_span(analyzer, on: bool) -> None:
    from stancemap.pipeline import Pipeline

    settings = rule_settings.with_rules(
        analyzer.settings,
        enable=[SENTENCE_CASE] if on else [],
        disable=[] if on else [SENTENCE_CASE],
    )
    result = Pipeline(settings, nlp=analyzer.nlp).analyze(STORY, date="2016-03-03")
    headline = [e for e in result.events if e.evidence.end <= HEAD]
    if not on:
        assert headline == []
        return
    assert [(e.type, e.trigger.text) for e in headline] == [("ACCUSE", "Slams")]
    event = headline[0]
    assert event.source == ["person:bernie-sanders"]
    assert event.target == ["person:hillary-clinton"]
    assert STORY[event.evidence.start : event.evidence.end] == event.evidence.text
    spans = [s for r in result.relations for s in r.evidence_spans if s.span.end <= HEAD]
    assert spans and all(s.span.text.startswith("Sanders Slams Clinton") for s in spans)
