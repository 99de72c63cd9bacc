"""Dates an article does not carry (session 62, engineer DT, issues 12 and 14). Sentences
written for these tests.

* ``actors.link.document_period`` (shipped on since session 64): a document with no date but a known
  period (``analyze(period=...)``; the BBC reader's 2004-2005, the Lee reader's 2001-2002)
  is read on the period's middle day, and an office links to its KB holder only where one
  person holds it through the whole period;
* ``actors.link.period_majority_holder`` (shipped off): the same, but an office that
  changed hands in the period takes the holder of most of it;
* ``ingest.pages.dated_sentence_not_date_line`` (shipped off): a short finished sentence
  under the headline ("The Senate voted on 3 March 2015 ...") is the story's prose, and the
  date it mentions is no publication date; a credit line's date still is.
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.actors.document_period import PeriodDate
from stancemap.errors import InputError
from stancemap.evaluate import bbc_corpus, lee_corpus
from stancemap.evaluate.news_items import article_period
from stancemap.ingest import make_document

PERIOD = "actors.link.document_period"
MAJORITY = "actors.link.period_majority_holder"
DATED_SENTENCE = "ingest.pages.dated_sentence_not_date_line"

BRITAIN = (
    "The British prime minister defended the budget in the Commons. "
    "Gordon Brown said the economy would grow faster than forecast."
)
AMERICA = "The American president telephoned the Australian prime minister about the war."
UK_YEARS = ("2004-01-01", "2005-12-31")  # one prime minister and one chancellor throughout
US_YEARS = ("2001-01-01", "2002-12-31")  # a president until 20 January 2001, another after


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(disable=[PERIOD]))


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[PERIOD]))


@pytest.fixture(scope="module")
def majority(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=[MAJORITY]))


def _actors(pipeline: Any, text: str, **when: Any) -> dict[str, tuple[str, str | None]]:
    """Each mention's text -> (its actor's name, the actor's role)."""
    result = pipeline.analyze(text, **when)
    return {m.text: (a.name, a.role) for a in result.actors for m in a.mentions}


def test_the_period_is_the_documents_and_ships_on(off: Any) -> None:
    from stancemap.config import shipped_off_list

    assert PERIOD not in shipped_off_list()  # on since session 64 (docs/judging.md criteria)
    result = off.analyze(BRITAIN, period=UK_YEARS)
    assert result.document.date is None
    period = result.document.period
    assert period is not None and (period.start, period.end) == UK_YEARS
    read = _actors(off, BRITAIN, period=UK_YEARS)
    # the rule off, undated: nobody holds the office, and Gordon Brown has his latest role
    assert read["British prime minister"][0] != "Tony Blair"
    assert read["Gordon Brown"][1] != "Chancellor of the Exchequer"


def test_an_office_held_through_the_period_links_to_its_holder(on: Any) -> None:
    read = _actors(on, BRITAIN, period=UK_YEARS)
    assert read["British prime minister"][0] == "Tony Blair"
    assert read["Gordon Brown"][1] == "Chancellor of the Exchequer"  # his role of the time


def test_an_office_that_changed_hands_stays_unresolved(on: Any, majority: Any) -> None:
    read = _actors(on, AMERICA, period=US_YEARS)
    assert read["American president"][0] != "George W. Bush"  # two holders in the period
    assert read["Australian prime minister"][0] == "John Howard"  # one throughout
    # the variant: the holder of most of the period
    assert _actors(majority, AMERICA, period=US_YEARS)["American president"][0] == (
        "George W. Bush"
    )


def test_a_date_wins_over_a_period(on: Any) -> None:
    read = _actors(on, BRITAIN, date="2008-06-01", period=UK_YEARS)
    assert read["British prime minister"][0] == "Gordon Brown"  # the holder of the day


def test_a_period_is_checked() -> None:
    from stancemap.pipeline import check_period

    given = check_period({"start": "2004-01-01", "end": "2005-12-31"})
    assert given is not None and given.end == "2005-12-31"
    with pytest.raises(InputError):
        check_period(("2005-12-31", "2004-01-01"))
    with pytest.raises(InputError):
        check_period("2004")


def test_the_period_is_sampled_from_start_to_end() -> None:
    day = PeriodDate("2004-01-01", "2005-12-31")
    assert day == "2004-12-31"  # the middle day is the date every other lookup reads
    days = day.days()
    assert days[0] == "2004-01-01" and days[-1] == "2005-12-31" and len(days) > 20


def test_the_undated_corpora_give_their_periods() -> None:
    assert bbc_corpus.PERIOD == ("2004-01-01", "2005-12-31")
    assert lee_corpus.PERIOD == ("2001-01-01", "2002-12-31")
    assert article_period("bbc-politics-001") == bbc_corpus.PERIOD
    assert article_period("abc-lee-bg-007") == lee_corpus.PERIOD
    assert article_period("nyt_2016-05-01_story") is None


SENATE = (
    "Senate blocks the spending bill\n\n"
    "The Senate voted on 3 March 2015 to block the bill.\n\n"
    "The opposition welcomed the move, saying the cuts went too far and hurt the poor.\n\n"
    "The government said it would bring the bill back next year."
)
CREDITED = (
    "Senate blocks the spending bill\n\n"
    "Last updated on 6 March 2015.\n\n"
    "The opposition welcomed the move, saying the cuts went too far and hurt the poor."
)


@pytest.mark.parametrize(("rule_on", "date"), [(False, "2015-03-03"), (True, None)])
def test_a_date_in_the_first_sentence_is_no_publication_date(
    rule_on: bool, date: str | None
) -> None:
    switches = rule_settings.switches(enable=[DATED_SENTENCE] if rule_on else [])
    assert make_document(SENATE, switches=switches).date == date


def test_a_credit_line_keeps_its_date() -> None:
    switches = rule_settings.switches(enable=[DATED_SENTENCE])
    assert make_document(CREDITED, switches=switches).date == "2015-03-06"


def test_the_cli_period_reaches_every_undated_document(tmp_path: Any) -> None:
    import typer

    from stancemap.cli.analyze import _valid_period
    from stancemap.ingest import Document, IngestOptions, ingest

    period = _valid_period("2004-01-01:2005-12-31")
    assert period is not None and period.start == "2004-01-01"
    with pytest.raises(typer.BadParameter):
        _valid_period("2005:2004")
    story = tmp_path / "story.txt"
    story.write_text("Budget row deepens\n\n" + BRITAIN + "\n", encoding="utf-8")
    _, documents = ingest([str(story)], IngestOptions(period=period))
    (document,) = list(documents)
    assert isinstance(document, Document)
    assert document.period == period and document.date is None
