"""Speech tags inside a sentence and agentless passives (``quotes/tags.py``).

The sentences are made up for these tests; each names the rule it exercises.
"""

from __future__ import annotations

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.quotes import QuoteStage
from stancemap.records import Quote

_OPENING = "Senator Maria Lopez spoke in Madrid on Monday. "


def _with_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


@pytest.fixture(scope="module")
def quotes_without(analyzer):  # type: ignore[no-untyped-def]
    """The quotes stage with some rules switched off; also who "Maria Lopez" is."""

    def run(text: str, *disabled: str) -> tuple[list[Quote], str | None]:
        settings: Settings = analyzer.settings
        stage = QuoteStage(rule_settings.with_rules(settings, disable=disabled))
        document = make_document(text, doc_id="t", strip_boilerplate=True)
        doc = next(parse_documents(analyzer.nlp, [text], settings.nlp))
        layer = analyzer.actors(doc, document)
        start = text.index("Maria Lopez")
        return stage(doc, document, layer), layer.actor_at(start, start + len("Maria Lopez"))

    return run


def test_a_tag_after_an_opening_adverbial_names_the_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "At the same time, Lopez stressed, the budget talks would go on."
    quotes, lopez = quotes_without(text)
    (quote,) = _with_cue(quotes, "stressed")
    assert quote.content.text == "the budget talks would go on"
    assert quote.source is not None and quote.source.text == "Lopez"
    assert lopez is not None and quote.speaker == lopez


def test_an_opener_parsed_under_the_tag_leaves_the_clause_after_it_as_content(
    quotes_without,
) -> None:  # type: ignore[no-untyped-def]
    # quotes.verb.tag_opener: here the parser hangs "At the same time" under "stressed"
    text = _OPENING + "At the same time, Lopez stressed, the budget talks would go on."
    quotes, _ = quotes_without(text, "quotes.verb.tag_opener")
    assert _with_cue(quotes, "stressed") == []  # a dangling tag with nothing to join


def test_an_opener_before_the_tag_stays_a_piece_of_the_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    # "However" hangs from the host clause: PolNeAR counts it as a content fragment
    text = _OPENING + "However, Lopez added, the pension plan is still on the table."
    quotes, lopez = quotes_without(text)
    said = _with_cue(quotes, "added")
    assert {q.content.text for q in said} == {"However", "the pension plan is still on the table"}
    assert lopez is not None and {q.speaker for q in said} == {lopez}


def test_a_tag_inside_the_clause_keeps_both_halves_with_one_speaker(quotes_of) -> None:  # type: ignore[no-untyped-def]
    # quotes.verb.inverted: the subject before the tag is part of what was said
    text = _OPENING + "The new budget, Lopez said, is dead."
    quotes = _with_cue(quotes_of(text), "said")
    assert {q.content.text for q in quotes} == {"The new budget", "is dead"}
    assert {q.source.text for q in quotes if q.source} == {"Lopez"}
    assert len({q.speaker for q in quotes}) == 1 and quotes[0].speaker is not None


def test_an_as_clause_tags_the_clause_it_opens(quotes_of) -> None:  # type: ignore[no-untyped-def]
    # quotes.verb.as_tag
    text = _OPENING + "As Lopez said, the budget talks would go on for weeks."
    (quote,) = _with_cue(quotes_of(text), "said")
    assert quote.content.text == "the budget talks would go on for weeks"
    assert quote.source is not None and quote.source.text == "Lopez"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It was agreed that the troops would leave the border by May.", "agreed"),
        ("It is believed that the budget talks failed over pensions.", "believed"),
        ("The budget talks had failed over pensions, it was reported.", "reported"),
    ],
)
def test_an_agentless_passive_names_no_speaker(quotes_of, sentence: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    # quotes.speaker.agentless_passive: not the senator of the paragraph before
    quotes = quotes_of(_OPENING + "\n\n" + sentence)
    (quote,) = _with_cue(quotes, cue)
    assert quote.source is None
    assert quote.speaker is None


def test_without_the_rule_the_passive_inherits_the_last_speaker(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "\n\nIt was agreed that the troops would leave the border by May."
    quotes, lopez = quotes_without(text, "quotes.speaker.agentless_passive")
    (quote,) = _with_cue(quotes, "agreed")
    assert lopez is not None and quote.speaker == lopez


def test_a_passive_with_its_agent_keeps_the_agent(quotes_of) -> None:  # type: ignore[no-untyped-def]
    # "by X" names the speaker: the agentless passive rule leaves it alone
    text = "The budget talks have failed over pensions. This was said by Maria Lopez on Tuesday."
    (quote,) = _with_cue(quotes_of(text), "said")
    assert quote.source is not None and quote.source.text == "Maria Lopez"
    assert quote.speaker is not None


def test_quoted_as_saying_speaks_as_the_passive_subject(quotes_of) -> None:  # type: ignore[no-untyped-def]
    # quotes.verb.passive_subject
    text = _OPENING + "Lopez was quoted as saying that the budget talks had failed."
    (quote,) = _with_cue(quotes_of(text), "saying")
    assert quote.source is not None and quote.source.text == "Lopez"
    assert quote.content.text == "that the budget talks had failed"
