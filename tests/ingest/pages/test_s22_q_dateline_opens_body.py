"""Session 22 (engineer Q): a page without a headline opens with its dateline.

``ingest.pages.dateline_opens_body``: a story pasted without its headline starts with the
dateline ("PARIS - Former President X said ..."); the first line is body prose, taken as
title for want of a headline, and the dateline was looked for only below it, so the place
stayed in the text as the subject of "said" and took the quote. Texts written for these tests.
"""

from __future__ import annotations

from stancemap.ingest.pages import read_page
from stancemap.rules import RuleSwitches

RULE = "ingest.pages.dateline_opens_body"
TEXT = (
    "RIGA — Former Latvian President Andris Kalnins said on Tuesday he would vote for the "
    "prime minister in the runoff.\n\n"
    '"This is about the security of our people," Kalnins told reporters.\n'
)


def test_the_dateline_of_a_headless_story_is_found_and_excluded() -> None:
    reading = read_page(TEXT, switches=RuleSwitches.shipped(on=[RULE]))
    assert reading.dateline is not None and reading.dateline.place == "RIGA"
    assert [TEXT[e.start : e.end] for e in reading.excluded] == ["RIGA —"]
    off = read_page(TEXT, switches=RuleSwitches.shipped(off=[RULE]))
    assert off.dateline is None and off.excluded == []


def test_a_headline_above_still_comes_first() -> None:
    page = "Kalnins backs the prime minister\n\n" + TEXT
    reading = read_page(page)
    assert reading.title == "Kalnins backs the prime minister"
    assert reading.dateline is not None and reading.dateline.place == "RIGA"


def test_the_speaker_is_the_minister_not_the_place(analyzer) -> None:  # type: ignore[no-untyped-def]
    from rule_settings import with_rules
    from stancemap.pipeline import Pipeline

    def speaker(disable: list[str]) -> str | None:
        result = Pipeline(with_rules(disable=disable), nlp=analyzer.nlp).analyze(TEXT)
        first = min(result.quotes, key=lambda q: q.content.start)
        names = {a.id: a.name for a in result.actors}
        return names.get(first.speaker or "")

    assert speaker([]) == "Andris Kalnins"
    assert speaker([RULE]) != "Andris Kalnins"


def test_a_label_before_a_colon_on_a_title_line_is_no_dateline() -> None:
    # "AP: ..." or "POLLSTER: ..." heads a headline, which a classifier may take for body
    page = (
        "AP: Minister routed fund money to two lobbying firms in the capital.\n\n"
        "The minister's aide helped route at least $2 million in payments to two firms in "
        "2012, and did so in a way that obscured where the money came from.\n"
    )
    reading = read_page(page)
    assert reading.dateline is None and reading.excluded == []
