"""Search snippets: matches shown in <mark>, everything else (hostile text included) escaped."""

from __future__ import annotations

import pytest
from web_builders import analysis, span
from web_support import make_client

from stancemap.web.highlight import highlight, snippet_parts

HOSTILE = (
    "Tariff row <script>alert('x')</script> deepens\n\n"
    'Ann Lee said "the <b>tariff</b> [sic] must go </blockquote><img src=x onerror=alert(1)>" '
    "and [tariff] stays in brackets of its own. ]] [[ ] ["
)


def test_only_bracketed_query_words_become_marks() -> None:
    parts = snippet_parts("the [tariff] [sic] must go […] [x] [tariffs] [a b]", "tariff")
    assert [text for text, hit in parts if hit] == ["tariff", "tariffs"]
    assert "".join(t if not hit else f"[{t}]" for t, hit in parts) == (
        "the [tariff] [sic] must go […] [x] [tariffs] [a b]"
    )


def test_marks_follow_the_store_folding_and_stems() -> None:
    assert [t for t, hit in snippet_parts("[Orbán] met [sanctioned] [men]", "orban sanction")
            if hit] == ["Orbán", "sanctioned"]  # fmt: skip


@pytest.mark.parametrize(
    "snippet",
    [
        "<script>alert(1)</script> [tariff]",
        "[<b>tariff</b>] & [tariff]</mark><script>",
        "\u202eevil [tariff] \u202c ]]][[[",
        "[tariff]" * 3,
    ],
)
def test_highlight_escapes_everything_but_the_marks(snippet: str) -> None:
    html = str(highlight(snippet, "tariff"))
    assert "<script>" not in html and "<b>" not in html
    assert html.count("<mark>") == html.count("</mark>") >= 1
    without_marks = html.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks


@pytest.fixture
def hostile_client(tmp_path):
    from stancemap.store.core import Store

    text = HOSTILE
    content = text[text.index("the <b>") : text.index('" and')]
    record = analysis(
        "hostile-search",
        text,
        actors=[{"id": "person:ann-lee", "name": "Ann Lee", "type": "person",
                 "mentions": [span(text, "Ann Lee")]}],
        quotes=[{"id": "q1", "kind": "direct", "content": span(text, content),
                 "speaker": "person:ann-lee", "confidence": 0.9}],
    )  # fmt: skip
    path = tmp_path / "hostile.db"
    with Store(path) as store:
        store.write(record)
    with make_client(path) as client:
        yield client


def test_search_page_marks_matches_in_hostile_text(hostile_client) -> None:
    page = hostile_client.get("/search?q=tariff").text
    hits = page[page.index('id="hits"') :]
    assert "<mark>tariff</mark>" in hits or "<mark>Tariff</mark>" in hits
    assert "<script>" not in hits and "<img" not in hits and "<b>" not in hits
    assert "&lt;script&gt;" in hits or "&lt;b&gt;" in hits
    assert "[sic]" in hits  # the article's own brackets stay text
    # the API keeps the store's snippet as it was
    api = hostile_client.get("/api/search?q=tariff").json()["items"]
    assert any("[tariff]" in hit["snippet"] for hit in api)
