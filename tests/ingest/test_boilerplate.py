"""Boilerplate data file: validated on load; lines listed, text never edited."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.errors import KnowledgeBaseError
from stancemap.ingest.boilerplate import find_boilerplate, load_patterns, parse_patterns


def _excluded_text(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_boilerplate(text)]


def test_shipped_file_loads_and_has_both_kinds() -> None:
    patterns = load_patterns()
    assert patterns.lines and patterns.tails


@pytest.mark.parametrize(
    ("row", "field", "problem"),
    [
        ("line no tab here", None, "kind<TAB>regex"),
        ("lines\tabc", "kind", "not one of"),
        ("line\t(unclosed", "regex", "invalid regex"),
        ("tail\t", "regex", "empty pattern"),
        ("line\tx*", "regex", "matches an empty line"),
    ],
)
def test_bad_rows_name_file_line_and_field(row: str, field: str | None, problem: str) -> None:
    raw = "# header\nline\tok\n" + row + "\n"
    with pytest.raises(KnowledgeBaseError) as err:
        parse_patterns(raw, "my/boilerplate.txt")
    assert err.value.line == 3
    assert err.value.field == field
    assert "my/boilerplate.txt:3" in str(err.value) and problem in str(err.value)


def test_user_file_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "bp.txt"
    path.write_text("line\tsponsored content\n", "utf-8")
    patterns = load_patterns(path)
    text = "Body.\nSponsored content\nMore body.\n"
    assert [text[e.start : e.end] for e in find_boilerplate(text, patterns)] == [
        "Sponsored content"
    ]


def test_comment_section_excludes_everything_after_it() -> None:
    body = "The minister resigned on Friday.\n\n"
    text = body + "Leave a Reply\n\nYour email address will not be published.\nGreat article!\n"
    found = find_boilerplate(text)
    assert len(found) == 1
    assert found[0].start == len(body) and found[0].end == len(text)
    assert found[0].reason == "comment-section"


@pytest.mark.parametrize(
    "line",
    [
        "Share this article:",
        "Facebook | Twitter | Email",
        "Share on Facebook Share on Twitter",
        "We use cookies to improve your experience on our site.",
        "Accept all cookies",
        "Sign up for our free newsletter to get the latest headlines.",
        "Subscribe now!",
        "Advertisement",
        "Read more: Parliament votes on budget",
        "© 2024 Example News Ltd. All rights reserved.",
    ],
)
def test_furniture_lines_are_listed(line: str) -> None:
    text = "The talks ended without a deal.\n" + line + "\nBoth sides will meet again.\n"
    assert _excluded_text(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Recommended changes to the electoral law were rejected by the senate on Monday.",
        "She said the company uses cookies made by a family bakery in the village.",
        "Comments by the minister drew criticism from the opposition.",
        "Share prices fell sharply after the announcement.",
    ],
)
def test_prose_that_mentions_the_same_words_stays(line: str) -> None:
    text = "First paragraph of news.\n" + line + "\nLast paragraph.\n"
    assert _excluded_text(text) == []


def test_offsets_index_the_text_with_crlf_and_indentation() -> None:
    text = "Story line one.\r\n   Advertisement   \r\nStory line two.\r\n"
    found = find_boilerplate(text)
    assert [text[e.start : e.end] for e in found] == ["Advertisement"]
