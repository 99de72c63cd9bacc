"""Reading a pasted page: chrome listed (text untouched), title, dateline, date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap.errors import KnowledgeBaseError
from stancemap.ingest.document import make_document, page_fields
from stancemap.ingest.pages import read_page
from stancemap.ingest.pages.classifier import load_model
from stancemap.ingest.pages.dates import dates_in, with_year_before
from stancemap.rules import RuleSwitches

BANNER_PAGE = (
    "Tuesday, 26 September 2023 10:41 GMT\n"
    "Home » Politics » Abroad\n"
    "Kyrgyzstan and Tajikistan agree on water sharing\n"
    "By Aibek Osmonov | Updated: 23 September 2023, 14:05\n"
    "BISHKEK, Sept. 22 (Steppe Wire) - Kyrgyzstan and Tajikistan agreed on Friday to share "
    "the water of a reservoir on their border, the Kyrgyz foreign ministry said.\n"
    "\n"
    '"This is a step towards trust between our peoples," the minister told reporters in '
    "Bishkek after the talks.\n"
    "\n"
    "Related: Border clashes leave dozens dead\n"
    "Share: Facebook Twitter Telegram\n"
    "© 2023 Steppe Wire. All rights reserved.\n"
)


def _excluded(text: str, spans: list) -> list[str]:  # type: ignore[type-arg]
    return [text[e.start : e.end] for e in spans]


def test_chrome_is_listed_and_the_text_is_untouched() -> None:
    reading = read_page(BANNER_PAGE)
    listed = _excluded(BANNER_PAGE, reading.excluded)
    assert listed[0] == "Tuesday, 26 September 2023 10:41 GMT"
    assert "Home » Politics » Abroad" in listed
    assert "BISHKEK, Sept. 22 (Steppe Wire) -" in listed
    assert "Share: Facebook Twitter Telegram" in listed
    assert "© 2023 Steppe Wire. All rights reserved." in listed
    # the body stays readable: no body sentence is listed
    assert not any("water of a reservoir" in x or "step towards trust" in x for x in listed)


def test_title_is_the_headline_not_the_banner_or_breadcrumb() -> None:
    assert read_page(BANNER_PAGE).title == "Kyrgyzstan and Tajikistan agree on water sharing"


def test_date_comes_from_the_credit_line_never_the_now_banner() -> None:
    reading = read_page(BANNER_PAGE)
    assert reading.date == "2023-09-23" and reading.date_source == "page"
    assert reading.dateline is not None
    assert (reading.dateline.place, reading.dateline.agency) == ("BISHKEK", "Steppe Wire")
    start, end = reading.dateline.start, reading.dateline.end
    assert BANNER_PAGE[start:end].startswith("BISHKEK, Sept. 22 (Steppe Wire) -")


def test_a_dateline_without_a_year_takes_the_banner_year_not_its_day() -> None:
    page = BANNER_PAGE.replace("By Aibek Osmonov | Updated: 23 September 2023, 14:05\n", "")
    reading = read_page(page)
    assert reading.date == "2023-09-22"  # the dateline's day, the banner's year
    assert reading.date_source == "dateline+banner-year"


def test_a_banner_alone_gives_no_date() -> None:
    page = BANNER_PAGE.replace("By Aibek Osmonov | Updated: 23 September 2023, 14:05\n", "")
    page = page.replace("BISHKEK, Sept. 22 (Steppe Wire) - ", "")
    assert read_page(page).date is None


def test_user_date_wins_and_default_date_only_fills() -> None:
    text = BANNER_PAGE
    assert page_fields(text, user_date="2020-01-01").date == "2020-01-01"
    assert page_fields(text, user_date="2020-01-01").date_source == "user"
    fields = page_fields(text, default_date="2020-01-01")
    assert (fields.date, fields.date_source) == ("2023-09-23", "page")
    metadata = page_fields(text, date="2023-09-24", default_date="2020-01-01")
    assert (metadata.date, metadata.date_source) == ("2023-09-24", "metadata")
    bare = "The minister said the talks had failed and that both sides would meet again soon.\n"
    filled = page_fields(bare, default_date="2020-01-01")
    assert (filled.date, filled.date_source) == ("2020-01-01", "default")


def test_document_carries_date_source_and_dateline() -> None:
    info = make_document(BANNER_PAGE, doc_id="p").info()
    assert info.date == "2023-09-23" and info.date_source == "page"
    assert info.dateline is not None and info.dateline.agency == "Steppe Wire"
    dumped = json.loads(info.model_dump_json())
    assert dumped["dateline"]["place"] == "BISHKEK"


def test_offsets_hold_with_crlf_and_indentation() -> None:
    text = BANNER_PAGE.replace("\n", "\r\n").replace("Home »", "   Home »")
    reading = read_page(text)
    listed = _excluded(text, reading.excluded)
    assert "Home » Politics » Abroad" in listed
    assert all(x == x.strip() for x in listed if "\n" not in x)


def test_a_text_without_prose_is_left_to_the_patterns() -> None:
    text = "Body line.\nShare this article:\nMore body.\n"
    assert _excluded(text, read_page(text).excluded) == ["Share this article:"]


def test_hard_wrapped_paragraphs_stay_body() -> None:
    text = (
        "Moldova signs security pact\n"
        "Moldova and France signed an agreement on defence cooperation on\n"
        "Thursday, the presidency said, weeks after Chisinau accused\n"
        "Moscow of plotting to destabilise the country.\n"
    )
    reading = read_page(text)
    assert reading.excluded == []
    assert reading.title == "Moldova signs security pact"


def test_switching_the_classifier_off_leaves_the_patterns() -> None:
    rule = "ingest.pages.classifier"
    on = _excluded(
        BANNER_PAGE, read_page(BANNER_PAGE, switches=RuleSwitches.shipped(on=[rule])).excluded
    )
    assert "Home » Politics » Abroad" in on
    reading = read_page(BANNER_PAGE, switches=RuleSwitches.shipped(off=[rule]))
    listed = _excluded(BANNER_PAGE, reading.excluded)
    assert "Home » Politics » Abroad" not in listed
    assert "© 2023 Steppe Wire. All rights reserved." in listed  # a boilerplate.txt pattern


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("September 22, 20234:17 PM GMT+2Updated 6 hours ago", "2023-09-22"),
        ("Source: Xinhua| 2023-09-23 20:41:15|Editor: huaxia", "2023-09-23"),
        ("Burak Dag  |23.09.2023 - Update : 24.09.2023", "2023-09-23"),
        ("Sat 13-02-2024 18:41 PM", "2024-02-13"),
        ("PTI | Updated: Sep 21, 2023, 14:05 IST", "2023-09-21"),
        ("ABU DHABI, 23rd September, 2023 (WAM)", "2023-09-23"),
        ("Date 26/01/2024", "2024-01-26"),
    ],
)
def test_dates_written_on_page_lines(line: str, iso: str) -> None:
    assert dates_in(line)[0][1] == iso


def test_ambiguous_slash_dates_are_not_read() -> None:
    assert dates_in("06/07/2022") == []


def test_year_is_the_latest_before_the_anchor() -> None:
    assert with_year_before(12, 30, "2024-01-02") == "2023-12-30"
    assert with_year_before(1, 1, "2024-01-02") == "2024-01-01"


def test_a_model_that_does_not_fit_the_features_fails_with_the_file(tmp_path: Path) -> None:
    model = json.loads(json.dumps(load_model().to_json()))
    model["features"] = model["features"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), "utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_model(path)
    assert str(path) in str(err.value) and "features" in str(err.value)


def test_a_menu_row_is_not_the_title_a_title_case_headline_is() -> None:
    text = (
        "Home News Sport Business Culture Travel Video\n"
        "Court Rules in Favour of Residents Over Airport Noise\n"
        "By Mei Tanaka\n"
        "A district court ruled on Tuesday that the airport operator must pay damages to "
        "residents who had complained about night flights for a decade.\n"
    )
    reading = read_page(text)
    assert reading.title == "Court Rules in Favour of Residents Over Airport Noise"
    assert "Home News Sport Business Culture Travel Video" in _excluded(text, reading.excluded)


def test_the_first_headline_wins_over_its_shorter_variants() -> None:
    text = (
        "Mayor will not run again: the capital's mayor ends a long career\n\n"
        "Mayor will not run again\n"
        "The capital's mayor ends a long career\n\n"
        "The mayor of the capital said on Monday that he would not seek another term, ending "
        "a career of more than twenty years in city politics.\n\n"
        "He said he wanted to spend more time with his family and would support his deputy.\n"
    )
    reading = read_page(text)
    assert reading.title == "Mayor will not run again: the capital's mayor ends a long career"
    assert not any("Mayor will not run again:" in x for x in _excluded(text, reading.excluded))


# Written for these tests: a ministry page whose first line reads like a headline.
MINISTRY_PAGE = (
    "Version for the visually impaired\n"
    "Ministry of Foreign Affairs of the Republic of Arcadia\n"
    "Home / Media / Press releases\n"
    "Minister holds talks with his Borduran counterpart\n"
    "14.03.2024 - Press release\n"
    "The minister held talks on Thursday with the foreign minister of Bordura, who is "
    "on a working visit to the capital, on energy and transport links.\n"
    "\n"
    "The two ministers agreed to meet again in the autumn, the ministry said in a "
    "statement after the talks.\n"
)


def _forced(kinds_by_line: dict[int, str]):  # type: ignore[no-untyped-def]
    """A classifier whose verdicts are fixed by hand, to test the rules alone."""

    def classify(text, lines, prose, model, switches, settings):  # type: ignore[no-untyped-def]
        kinds = [kinds_by_line.get(i, "body") for i in range(len(lines))]
        return kinds, [1.0 if k == "headline" else 0.0 for k in kinds]

    return classify


def test_the_title_is_the_first_headline_under_the_navigation(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stancemap.ingest.pages import reading as module

    verdicts = {0: "headline", 1: "headline", 2: "navigation", 3: "headline", 4: "credit"}
    monkeypatch.setattr(module, "_classify", _forced(verdicts))
    title = "Minister holds talks with his Borduran counterpart"
    rule = "ingest.pages.title_below_navigation"
    assert read_page(MINISTRY_PAGE, switches=RuleSwitches.shipped(on=[rule])).title == title
    off = RuleSwitches.shipped(off=[rule])
    assert read_page(MINISTRY_PAGE, switches=off).title == "Version for the visually impaired"


def test_a_dated_line_under_the_headline_dates_the_page(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stancemap.ingest.pages import reading as module

    # the date line taken for a "now" banner: under a headline it is the story's date
    verdicts = {0: "page-furniture", 1: "navigation", 2: "navigation", 3: "headline", 4: "banner"}
    monkeypatch.setattr(module, "_classify", _forced(verdicts))
    rule = "ingest.pages.date_under_headline"
    reading = read_page(MINISTRY_PAGE, switches=RuleSwitches.shipped(on=[rule]))
    assert (reading.date, reading.date_source) == ("2024-03-14", "page")
    off = RuleSwitches.shipped(off=[rule])
    assert read_page(MINISTRY_PAGE, switches=off).date is None


def test_a_story_sentence_opening_with_by_is_no_byline() -> None:
    # a refit once learnt "By <word>," as a byline from author lines; sentences stay body
    for first in (
        "By Monday, Olaf Scholz had agreed.",
        "By Tuesday, Emmanuel Macron had left Paris.",
    ):
        text = (
            f"{first}\n"
            "Video footage released by the ministry shows the two delegations at the table in "
            "the capital.\n"
        )
        assert read_page(text).excluded == [], first
