"""Chrome glued into running text, and prose paragraphs that end in it (session 70 CH).

A corpus that keeps an article as one paragraph (the News Articles set of 2016-2017) glues
the page's furniture to the prose: a closing "Source:-X and news agencies", "ABC News' X
contributed to this report.", a share row, an e-mail address, "(CNN)" before the first
word. Three rules, shipped off: ``ingest.pages.sentence_chrome``, ``ingest.pages.agency_lead``
(patterns of kinds sentence/inline/lead in data/boilerplate.txt) and
``ingest.pages.prose_paragraph_body`` (a prose line of three or more sentences is body
whatever the line classifier says). Texts written for this test."""

from __future__ import annotations

import pytest

from stancemap.errors import KnowledgeBaseError
from stancemap.ingest.boilerplate import find_running_chrome, parse_patterns
from stancemap.ingest.pages import read_page
from stancemap.rules import RuleSwitches

from .line_models import one_class_model

SENTENCE = "ingest.pages.sentence_chrome"
LEAD = "ingest.pages.agency_lead"
PARAGRAPH = "ingest.pages.prose_paragraph_body"
RULES = (SENTENCE, LEAD, PARAGRAPH)

TITLE = "Harbour workers end their strike"
BODY = (
    "Harbour workers in the port city have agreed to end a two-week strike after the "
    "government promised to review their pay. The union said the deal was fair but that "
    'it would watch the review closely. "We will be back if nothing changes," said Ana '
    "Ruiz, who leads the dockers. Source:-Wire Service and news agencies"
)


def _excluded(text: str, switches: RuleSwitches, model=None) -> list[str]:
    reading = read_page(text, switches=switches, model=model)
    return [text[e.start : e.end] for e in reading.excluded]


def test_shipped_switches() -> None:
    # sentence_chrome and prose_paragraph_body on since the session-70 lead (blind: the
    # stretches they keep are story prose, those they exclude chrome); agency_lead off
    shipped = RuleSwitches.shipped()
    assert shipped.enabled(SENTENCE) and shipped.enabled(PARAGRAPH)
    assert not shipped.enabled(LEAD)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        (
            'He left. "The only thing we can do is wait." Source:-Wire Service and news agencies',
            ["Source:-Wire Service and news agencies"],
        ),
        ("just short of the 65 seat majority Source:-News agencies", ["Source:-News agencies"]),
        (
            "the nation.\" Metro News' Jo Bell and Li Wei contributed to this report.",
            ["Metro News' Jo Bell and Li Wei contributed to this report."],
        ),
        (
            "He spoke at length. Follow Sam Ray on Twitter: @samray1 Source:-Wire News",
            ["Follow Sam Ray on Twitter: @samray1 Source:-Wire News"],
        ),
        (
            "The ban stays. Send Facebook Twitter Google+ Whatsapp Tumblr reddit Permalink "
            "http://example.org/p/2WcNo Ministers met on Friday.",
            [
                "Send Facebook Twitter Google+ Whatsapp Tumblr reddit Permalink http://example.org/p/2WcNo"
            ],
        ),
        ("relations were discussed. ksb/rt (Reuters, dpa)", ["ksb/rt (Reuters, dpa)"]),
        (
            "the trade grew. li.ming@example.com ( Example Weekly 01/13/2017 page27)",
            ["li.ming@example.com", "( Example Weekly 01/13/2017 page27)"],
        ),
        (
            "It was a long night. The views expressed in this article are the author's own "
            "and do not necessarily reflect the Example Post's editorial policy.",
            [
                "The views expressed in this article are the author's own and do not "
                "necessarily reflect the Example Post's editorial policy."
            ],
        ),
    ],
)
def test_sentence_and_inline_chrome(text: str, chrome: list[str]) -> None:
    found = find_running_chrome(text, leads=False)
    assert [text[e.start : e.end] for e in found] == chrome


@pytest.mark.parametrize(
    "text",
    [
        "Sources: the minister will quit on Friday",  # a headline of its own
        "The source said the minister would quit. He denied it.",
        "Officials said the United Nations (UN) would send aid. They did.",
        "He wrote to the committee and its members contributed nothing to the report.",
        "Reporters asked him about Twitter and Facebook. He said nothing.",
    ],
)
def test_prose_is_no_chrome(text: str) -> None:
    assert find_running_chrome(text) == []


def test_agency_lead() -> None:
    for text, lead in [
        ("(WNN)Iran's leader spoke on Tuesday.", "(WNN)"),
        ("Washington (WNN)President Smith is turning on the charm.", "Washington (WNN)"),
    ]:
        found = find_running_chrome(text, sentences=False)
        assert [text[e.start : e.end] for e in found] == [lead]
    assert find_running_chrome("The UN (UNHCR) said so.", sentences=False) == []


def test_rules_switch_the_exclusions() -> None:
    page = f"{TITLE}\n\n(WNN)Harbour workers agreed. {BODY}"
    on = _excluded(page, RuleSwitches.shipped(on=[SENTENCE, LEAD]))
    off = _excluded(page, RuleSwitches.shipped(off=[SENTENCE, LEAD]))
    assert "(WNN)" in on and "Source:-Wire Service and news agencies" in on
    assert "(WNN)" not in off and "Source:-Wire Service and news agencies" not in off
    # the text is never cut: offsets index it exactly
    reading = read_page(page, switches=RuleSwitches.shipped(on=[SENTENCE, LEAD]))
    assert all(page[e.start : e.end].strip() for e in reading.excluded)


def test_prose_paragraph_ending_in_chrome_is_body() -> None:
    """A classifier that calls every line a credit drops the body paragraph whole unless
    the rule keeps it; with sentence_chrome the credit at its end is still excluded."""
    page = (
        f"{TITLE}\n\nA short standfirst says the strike is over and pay will be reviewed.\n\n{BODY}"
    )
    model = one_class_model("credit")
    off = read_page(page, model=model, switches=RuleSwitches.shipped(off=[PARAGRAPH]))
    on = read_page(page, model=model, switches=RuleSwitches.shipped(on=[PARAGRAPH, SENTENCE]))
    start = page.index(BODY)
    assert any(e.start <= start and e.end >= start + len(BODY) for e in off.excluded)
    assert not any(e.start <= start < e.end for e in on.excluded)
    assert [page[e.start : e.end] for e in on.excluded if e.start >= start] == [
        "Source:-Wire Service and news agencies"
    ]


def test_two_sentences_stay_with_the_classifier() -> None:
    page = (
        f"{TITLE}\n\nA short standfirst says the strike is over and pay will be reviewed.\n\n"
        "The strike is over after two weeks. Pay will be reviewed by the ministry next month.\n"
    )
    model = one_class_model("credit")
    on = read_page(page, model=model, switches=RuleSwitches.shipped(on=[PARAGRAPH]))
    assert on.kinds[-1] == "credit"


def test_bad_pattern_names_the_kind() -> None:
    with pytest.raises(KnowledgeBaseError):
        parse_patterns("sideways\tabc\n", "x.txt")
    patterns = parse_patterns("sentence\tnothing to see here\\.\nlead\t\\(XYZ\\)\n", "x.txt")
    text = "It ended. Nothing to see here."
    assert [text[e.start : e.end] for e in find_running_chrome(text, patterns)] == [
        "Nothing to see here."
    ]


TEASER = "ingest.pages.inline_teaser"


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        (
            "The court ruled on Monday. READ MORE: Harbour board slaps new fines on ferry firm "
            "In a statement, the union said it would appeal.",
            "READ MORE: Harbour board slaps new fines on ferry firm",
        ),
        (
            "He left office. RELATED: Who pays for the new bridge? The minister said nothing.",
            "RELATED: Who pays for the new bridge?",
        ),
        (
            "The vote failed. READ MORE: Harbour bill 'a big step backwards' Before the vote, "
            "the speaker called for calm.",
            "READ MORE: Harbour bill 'a big step backwards'",
        ),
        (
            "It was signed. ALSO READ: Ferry strike ends after 12 days now A spokesman said "
            "the deal holds.",
            "ALSO READ: Ferry strike ends after 12 days now",
        ),
        # no start of the next sentence told by shape: the label alone
        (
            "It was signed. READ MORE: Losing everything in Harbourtown Ministers know this well.",
            "READ MORE:",
        ),
    ],
)
def test_inline_teaser(text: str, teaser: str) -> None:
    on = _excluded(text, RuleSwitches.shipped(on=[TEASER]))
    off = _excluded(text, RuleSwitches.shipped(off=[SENTENCE]))
    assert teaser in on and teaser not in off
    assert RuleSwitches.shipped().enabled(TEASER) is False


def test_teaser_label_is_upper_case_after_a_sentence_end() -> None:
    for text in (
        "He said he would read more: books, papers and reports. The rest is history.",
        "Officials WATCH: the border is closed, he said. Ministers agreed.",
    ):
        assert _excluded(text, RuleSwitches.shipped(on=[TEASER])) == []


def test_an_abbreviation_cut_is_no_sentence() -> None:
    # 'Photo: U.S.' is cut at an abbreviation, no sentence: a caption of two sentences is
    # no prose paragraph, a body of three is (session 70 lead)
    from stancemap.ingest.pages.reading import prose_paragraph

    caption = (
        "Photo: U.S. Secretary of State Jo Bell speaks to the media in Port Moresby. "
        "Ann Lee/Pool via Wire Service"
    )
    body = (
        "The U.S. envoy met the harbour workers on Monday. The union said the deal was fair. "
        "It would watch the review of their pay closely."
    )
    assert not prose_paragraph(caption)
    assert prose_paragraph(body)
