"""End to end in real headless Chromium: paste an article, see a quote with its
speaker, open the speaker's page, open a pair chart and its evidence; the
network, search and documents pages; a hostile article stays inert.

One server and one browser for the whole module; every page is screenshotted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import LiveServer, PageWatch
from web_builders import analysis as build_analysis
from web_builders import carried_by_leaders
from web_support import WRITE_TOKEN, fill_store, web_settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "summit-drift.txt"
PAIR = "/pair?a=person%3Aann-lee&b=person%3Abob-roe"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory, analyzer):
    from stancemap.store.core import Store
    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    path = fill_store(tmp_path_factory.mktemp("browser-store") / "corpus.db")
    with Store(path) as store:  # a country pair whose evidence is its leaders'
        store.write(carried_by_leaders())
    app = create_app(
        web_settings(write_token=WRITE_TOKEN), corpus=open_corpus(path), analyzer=analyzer
    )
    with LiveServer(app) as live:
        yield live


@pytest.fixture(scope="module")
def context(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 1300, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(20_000)
    watch = PageWatch(page)
    yield page, watch
    page.close()
    assert watch.clean(), watch.report()


def sign_in(page) -> None:
    page.goto("/login")
    page.fill("input[name=token]", WRITE_TOKEN)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))


def test_paste_article_quote_speaker_pair_and_evidence(page, shots):
    page, watch = page
    sign_in(page)
    page.fill("#content", EXAMPLE.read_text("utf-8"))
    page.fill("input[name=date]", "2024-11-14")
    page.check("input[name=store]")
    page.click("#analyze-button")
    page.wait_for_url(re.compile(r"/documents/"))
    page.wait_for_selector("#article-text span.qc")
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    # a quote is highlighted in its speaker's colour, and hovering names the speaker
    entry = page.locator("#speakers li:has(a)").first  # a resolved speaker
    legend = entry.locator("a")
    speaker = legend.inner_text().strip()
    colour = entry.locator(".swatch").get_attribute("class")
    spk = next(c for c in colour.split() if c.startswith("spk-"))
    quote = page.locator(f"#article-text span.qc.{spk}").first
    quote.hover()
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert speaker in card.inner_text()
    page.screenshot(path=str(shots / "article-hover.png"))

    # excluded page chrome is greyed, a mention links to its actor
    assert page.locator("#article-text .ex").count() >= 1
    assert page.locator("#article-text a.men").count() >= 5

    # the speaker's page
    legend.click()
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name").strip() == speaker
    assert page.locator("#quotes li blockquote").count() >= 1
    page.screenshot(path=str(shots / "actor.png"), full_page=True)

    # a pair chart from the speaker's allies or opponents, and the evidence of a point
    page.locator("#allies a, #opponents a").first.click()
    page.wait_for_selector("#pair-chart")
    page.locator("#pair-chart a.point").first.click()
    page.wait_for_selector("#evidence")
    assert page.locator("#evidence li").count() >= 1
    page.screenshot(path=str(shots / "pair-evidence.png"), full_page=True)


def test_pair_chart_marks_the_shift_and_opens_a_month(page, shots):
    page, watch = page
    page.goto(PAIR)
    chart = page.locator("#pair-chart")
    assert chart.locator("a.point").count() == 5
    assert chart.locator("line.shift").count() == 1
    assert "2025-04-01" in page.inner_text("#shifts")
    # the turn dated to the day, besides the month windows: marked on the chart and listed
    assert chart.locator("line.turn").count() == 1
    turns = page.inner_text("#turns")
    assert "2025-04-05" in turns and "after 2025-03-20" in turns and "towards disagreement" in turns
    page.screenshot(path=str(shots / "pair.png"), full_page=True)
    page.locator('#pair-chart a.point[data-start="2025-04-01"]').click()
    page.wait_for_selector("#evidence")
    evidence = page.inner_text("#evidence")
    assert "we will never agree to that" in evidence and "rejected" in evidence


def test_pair_page_shows_confidence_and_evidence_carried_via_leaders(page, shots):
    page, watch = page
    page.goto(PAIR)
    # the turn: six reports held the old course, four the new, and the sign flipped
    turns = page.inner_text("#turns")
    assert "articles 6 before, 4 after" in turns and "sign change" in turns
    # each document's own relation with its confidence, latest first
    rows = page.locator("#per-document tbody tr")
    assert rows.count() == 10
    assert rows.first.locator("td.relation-confidence").inner_text().strip() == "0.80"
    assert rows.last.locator("td.relation-confidence").inner_text().strip() == "0.55"
    assert "we will never agree to that" in rows.first.inner_text()
    assert page.locator("#per-document .via").count() == 0  # their own words, nothing carried
    # two countries whose evidence is carried from their leaders' relation
    page.goto("/pair?a=country%3Aaaa&b=country%3Abbb")
    carried = page.locator("#per-document tbody tr")
    assert carried.count() == 1
    assert carried.first.locator("td.relation-confidence").inner_text().strip() == "0.66"
    assert carried.first.locator(".via").inner_text().strip() == "via leaders Ann Lee ~ Bob Roe"
    page.screenshot(path=str(shots / "pair-via.png"), full_page=True)


def test_network_search_documents_and_api_pages(page, shots):
    page, watch = page
    page.goto("/network?since=2025-01-01&until=2025-03-31")
    assert page.locator("#network-chart circle.node").count() == 2
    assert page.locator("#network-chart line.edge.pos").count() == 1
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    page.goto("/")
    page.fill("header input[name=q]", "tariff")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#hits li")
    assert "Ann Lee" in page.inner_text("#hits")
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    page.goto("/documents")
    assert page.locator("table.grid tbody tr").count() >= 10
    page.screenshot(path=str(shots / "documents.png"), full_page=True)
    page.goto("/api-docs")
    assert page.locator("h2 code", has_text=re.compile(r"^GET /api/relation$")).count() == 1


HOSTILE = (
    "<script>alert('pwned')</script> Officials clash\n\n"
    'Mayor Jane Holt said "<img src=x onerror=alert(1)> we will <b>not</b> pay '
    '</script><script>alert(2)</script>" on Monday.\n'
    "\u0627\u0644\u0631\u0626\u064a\u0633 \u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a "
    "\u0641\u0634\u0644\u062a \u202e reversed \u202c and Jane Holt agreed.\n"
    "<iframe src=javascript:alert(3)></iframe> {{ 7*7 }} ${7*7}\n"
)


def test_hostile_article_renders_inert(page, shots):
    page, watch = page
    page.goto("/")
    page.fill("#content", HOSTILE)
    page.click("#analyze-button")
    page.wait_for_selector("#article-text")
    text = page.inner_text("#article-text")
    assert "<script>alert('pwned')</script>" in text  # shown as text, not run
    assert "{{ 7*7 }}" in text  # no template evaluation
    assert (
        page.locator("#article-text script, #article-text img, #article-text iframe").count() == 0
    )
    assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    page.screenshot(path=str(shots / "hostile.png"), full_page=True)
    assert watch.dialogs == []


def test_one_megabyte_single_line_renders(page, server, shots):
    """A 1 MB line (hostile markup and right-to-left words inside) with marks at both
    ends renders quickly: the marks in full, the long stretch between them elided."""
    page, watch = page
    head = 'Ann Lee said "<script>alert(9)</script> we stay".'
    filler = " \u05e9\u05dc\u05d5\u05dd <b>x</b> " * 70_000
    text = (head + filler)[: 1_000_000 - 10] + " Ann Lee."
    assert "\n" not in text and len(text) >= 999_000
    ann = {
        "id": "person:ann-lee",
        "name": "Ann Lee",
        "type": "person",
        "mentions": [
            {"start": 0, "end": 7, "text": "Ann Lee"},
            {"start": len(text) - 8, "end": len(text) - 1, "text": "Ann Lee"},
        ],
    }
    words = "<script>alert(9)</script> we stay"
    start = text.index(words)
    quote = {
        "id": "q1",
        "kind": "direct",
        "content": {"start": start, "end": start + len(words), "text": words},
        "speaker": "person:ann-lee",
        "confidence": 0.9,
    }
    server.app.state.corpus.save(build_analysis("one-mb-line", text, actors=[ann], quotes=[quote]))
    page.goto("/documents/one-mb-line")
    assert page.inner_text("#article-text span.qc") == words
    assert page.locator("#article-text a.men").count() == 2
    assert "characters not shown" in page.inner_text("#article-text .elided")
    page.screenshot(path=str(shots / "one-mb-line.png"))
    # The link serves the stored text exactly. Check the response it fetches rather than
    # the rendered plain-text page: reading that page's body raced its loading on CI.
    with page.expect_response("**/documents/one-mb-line/text", timeout=60_000) as served:
        page.click("#article-text .elided a")
    assert served.value.status == 200
    assert served.value.text() == text
    assert watch.dialogs == []
