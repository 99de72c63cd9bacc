"""In real headless Chromium: two countries whose relation the analysis carries from
their leaders' (``via``), on a small corpus analysed here by the pipeline (two wire
stories written for this test). The pair page must not say they share nothing: it
says the relation rests on the leaders' statements and events, names the via chain
(a link to the leaders' own pair page), charts it and shows that evidence, each piece
named with its chain.
"""

from __future__ import annotations

import pytest
from browser import LiveServer, PageWatch
from web_support import web_settings

pytestmark = pytest.mark.slow

# the two countries act in neither story: only their presidents take sides (the
# headlines name the presidents: "Chile and Argentina at odds on X" is the countries'
# own rivalry since session 9's stances.relations.headline)
STORIES = (
    (
        "trade-pact",
        "2025-04-08",
        "Presidents at odds on trade\n\n"
        "SANTIAGO, April 8 (Wire) - Chile and Argentina remain divided on the regional "
        "trade pact.\nChilean President Gabriel Boric supports the pact. Argentine "
        "President Javier Milei opposes the pact.\n",
    ),
    (
        "lithium-accord",
        "2025-05-06",
        "Presidents at odds on lithium\n\n"
        "SANTIAGO, May 6 (Wire) - Chile and Argentina remain divided on the lithium "
        "accord.\nChilean President Gabriel Boric backs the accord. Argentine President "
        "Javier Milei rejects the accord.\n",
    ),
)
COUNTRIES = ("country:ARG", "country:CHL")
LEADERS = "leaders:person:gabriel-boric~person:javier-milei"


@pytest.fixture(scope="module")
def analysed(analyzer):
    return [analyzer.analyze_text(text, doc_id=i, date=d) for i, d, text in STORIES]


@pytest.fixture(scope="module")
def server(tmp_path_factory, analysed):
    from stancemap.store.core import Store
    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    path = tmp_path_factory.mktemp("carried-store") / "corpus.db"
    with Store(path) as store:
        for item in analysed:
            store.write(item)
    app = create_app(web_settings(), corpus=open_corpus(path))
    with LiveServer(app) as live:
        yield live


def test_the_stories_carry_the_countries_relation_from_their_leaders(analysed):
    """What the page test rests on: each story relates the two countries only through
    their presidents (if the analysis changes, this says so before the page test)."""
    for item in analysed:
        [relation] = [r for r in item.relations if (r.a, r.b) == COUNTRIES]
        assert relation.score < 0
        assert relation.evidence_spans
        assert {e.via for e in relation.evidence_spans} == {LEADERS}


def test_pair_page_says_the_relation_rests_on_the_leaders(browser, server, shots):
    context = browser.new_context(base_url=server.url, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    watch = PageWatch(page)
    try:
        page.goto("/pair?a=country%3ACHL&b=country%3AARG")
        assert "share no statements or events" not in page.inner_text("main")
        said = page.inner_text("#rests-on")
        assert "rests on the two sides' leaders' statements and events" in said
        assert "in 2 documents" in said
        chain = page.locator("#rests-on a.via")
        assert chain.count() == 1
        assert chain.inner_text().strip() == "via leaders Gabriel Boric ~ Javier Milei"
        # a point a month, each opposed, from the leaders' words alone
        points = page.locator("#pair-chart a.point")
        assert points.count() == 2
        page.screenshot(path=str(shots / "pair-carried.png"), full_page=True)
        # the evidence behind a point: the presidents' words, each named with its chain
        page.locator('#pair-chart a.point[data-start="2025-04-01"]').click()
        page.wait_for_selector("#evidence li")
        pieces = page.locator("#evidence li")
        assert pieces.count() >= 2  # a statement of each president
        text = page.inner_text("#evidence")
        assert "Boric supports the pact" in text and "Milei opposes the pact" in text
        for n in range(pieces.count()):
            assert "via leaders Gabriel Boric ~ Javier Milei" in pieces.nth(n).inner_text()
        assert page.locator("#evidence a[href='/documents/trade-pact']").count() == pieces.count()
        # and each document's own relation, carried the same way
        rows = page.locator("#per-document tbody tr")
        assert rows.count() == 2
        assert "Milei rejects the accord" in rows.first.inner_text()
        # the chain leads to the leaders' own pair, which rests on their own words
        page.locator("#rests-on a.via").click()
        page.wait_for_selector("#pair-chart a.point")
        heading = page.inner_text("h1")
        assert "Gabriel Boric" in heading and "Javier Milei" in heading
        assert page.locator("#rests-on").count() == 0
    finally:
        page.close()
        context.close()
    assert watch.clean(), watch.report()
