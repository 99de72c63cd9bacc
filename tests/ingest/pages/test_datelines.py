"""Datelines: the wire shapes parse into place, agency and date; prose does not."""

from __future__ import annotations

import pytest

from stancemap.ingest.pages import parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency", "date", "rest"),
    [
        (
            "ASTANA, Sept 22 (Reuters) - Kazakhstan will not sign",
            "ASTANA",
            "Reuters",
            "Sept 22",
            "Kazakhstan",
        ),
        ("WASHINGTON (AP) — Senate leaders announced", "WASHINGTON", "AP", None, "Senate"),
        (
            "BEIJING, Sept. 23 (Xinhua) -- Chinese and Kazakh officials",
            "BEIJING",
            "Xinhua",
            "Sept. 23",
            "Chinese",
        ),
        (
            "MOSCOW, September 23. /TASS/. Russian Foreign Minister",
            "MOSCOW",
            "TASS",
            "September 23",
            "Russian",
        ),
        ("ASTANA. KAZINFORM - Kazakh Foreign Minister", "ASTANA", "KAZINFORM", None, "Kazakh"),
        ("NEW DELHI: India on Thursday suspended", "NEW DELHI", None, None, "India"),
        (
            "Astana, 23 September 2023 (dpa) - The president",
            "Astana",
            "dpa",
            "23 September 2023",
            "The",
        ),
        (
            "ABU DHABI, 23rd September, 2023 (WAM) -- President",
            "ABU DHABI",
            "WAM",
            "23rd September, 2023",
            "President",
        ),
        (
            "SHARM EL-SHEIKH, 6th November, 2022 (WAM) -- The UAE",
            "SHARM EL-SHEIKH",
            "WAM",
            "6th November, 2022",
            "The",
        ),
        (
            "ST PETERSBURG, Russia, June 17 (Reuters) - President",
            "ST PETERSBURG",
            "Reuters",
            "June 17",
            "President",
        ),
        ("KYIV/MOSCOW, Sept 23 (Reuters) - Talks", "KYIV/MOSCOW", "Reuters", "Sept 23", "Talks"),
        ("(Reuters) - The central bank", None, "Reuters", None, "The"),
        (
            "Tbilisi, May 2, 2024 - Georgia's parliament",
            "Tbilisi",
            None,
            "May 2, 2024",
            "Georgia's",
        ),
    ],
)
def test_wire_datelines_parse(
    line: str, place: str | None, agency: str | None, date: str | None, rest: str
) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.place, found.agency, found.date_text) == (place, agency, date)
    assert line[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "line",
    [
        "Kazakhstan will not sign the pact - not this year, the minister said.",
        "BREAKING: Parliament dissolved",
        "UPDATE - Talks resume in Geneva",
        "The president (who took office in 2019) - a former diplomat - said so.",
        "Poland election: Opposition leader promises to restore EU funds",
        "NATO - the alliance said",
        "SHARM EL-SHEIKH",
    ],
)
def test_prose_labels_and_headlines_are_no_datelines(line: str) -> None:
    assert parse_dateline(line) is None
