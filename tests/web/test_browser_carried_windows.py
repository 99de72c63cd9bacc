"""In real headless Chromium: the pair page's Windows table for two countries whose
relation the analysis carries from their presidents (evidence ``via`` leaders). The
table's agree / disagree / cooperation columns are filled from that carried evidence and
say it is carried (session 8 left them empty). Two wire stories written for this
test; the countries take no side of their own in either.
"""

from __future__ import annotations

import pytest
from browser import LiveServer, PageWatch
from web_support import web_settings

pytestmark = pytest.mark.slow

STORIES = (
    (
        "climate-fund",
        "2025-03-11",
        "Presidents weigh in on the climate fund\n\n"
        "BRASILIA, March 11 (Wire) - Brazil and Colombia weigh the regional climate fund.\n"
        "Brazilian President Luiz Inacio Lula da Silva supports the climate fund. "
        "Colombian President Gustavo Petro supports the climate fund.\n",
    ),
    (
        "river-dam",
        "2025-04-15",
        "Presidents at odds on the river dam\n\n"
        "BOGOTA, April 15 (Wire) - Brazil and Colombia remain divided on the river dam.\n"
        "Brazilian President Luiz Inacio Lula da Silva backs the river dam. Colombian "
        "President Gustavo Petro opposes the river dam.\nPetro criticized Lula on Tuesday.\n",
    ),
    (
        "border-talks",
        "2025-05-20",
        "Presidents meet at the border\n\n"
        "LETICIA, May 20 (Wire) - Brazil and Colombia watch the border talks.\n"
        "Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo "
        "Petro in Leticia on Tuesday.\n",
    ),
)
COUNTRIES = ("country:BRA", "country:COL")


@pytest.fixture(scope="module")
def analysed(analyzer):
    return [analyzer.analyze_text(text, doc_id=i, date=d) for i, d, text in STORIES]


@pytest.fixture(scope="module")
def server(tmp_path_factory, analysed):
    from stancemap.store.core import Store
    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    path = tmp_path_factory.mktemp("carried-windows") / "corpus.db"
    with Store(path) as store:
        for item in analysed:
            store.write(item)
    app = create_app(web_settings(), corpus=open_corpus(path))
    with LiveServer(app) as live:
        yield live


def test_each_story_relates_the_countries_only_through_their_presidents(analysed):
    """What the page test rests on (if the analysis changes, this says so first)."""
    signs = []
    for item in analysed:
        [relation] = [r for r in item.relations if (r.a, r.b) == COUNTRIES]
        assert relation.evidence_spans
        assert all((e.via or "").startswith("leaders:") for e in relation.evidence_spans)
        signs.append(relation.score > 0)
    assert signs == [True, False, True]  # March aligned, April opposed, May a meeting


def test_windows_table_fills_the_carried_columns_and_says_so(browser, server, shots):
    context = browser.new_context(base_url=server.url, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    watch = PageWatch(page)
    try:
        page.goto("/pair?a=country%3ABRA&b=country%3ACOL")
        rows = page.locator("#windows tbody tr")
        assert rows.count() == 3
        march, april, may = rows.nth(0), rows.nth(1), rows.nth(2)
        assert "2025-03-01" in march.locator("td").first.inner_text()
        chain = "via leaders Gustavo Petro ~ Luiz In\u00e1cio Lula da Silva"
        # March: the presidents back the same fund, so the countries agree on it, carried
        agree = march.locator("td.agree")
        assert "climate" in agree.inner_text()
        assert agree.locator(".carried").count() == 1
        assert f"carried: {chain}" in agree.inner_text()
        assert march.locator("td.disagree").inner_text().strip() == ""
        # April: they split on the dam, so the countries disagree on it, carried
        disagree = april.locator("td.disagree")
        assert "river dam" in disagree.inner_text() and "carried" in disagree.inner_text()
        assert april.locator("td.agree").inner_text().strip() == ""
        # May: the presidents meet, an act of cooperation between the countries, carried
        cooperation = may.locator("td.cooperation")
        assert cooperation.locator(".carried").inner_text().strip() == "+1 carried"
        assert cooperation.inner_text().startswith("0")  # none of the countries' own
        assert may.locator("td.agree").inner_text().strip() == ""
        assert "carried from the two sides' leaders" not in page.inner_text("#windows")
        assert "come from the two sides' leaders'" in page.inner_text("#windows-carried")
        page.screenshot(path=str(shots / "pair-carried-windows.png"), full_page=True)
        # the leaders' own pair page holds these as its own: nothing is marked carried
        page.goto("/pair?a=person%3Agustavo-petro&b=person%3Alula")
        own = page.locator("#windows tbody tr")
        assert own.count() == 3
        assert "climate" in own.nth(0).locator("td.agree").inner_text()
        assert page.locator("#windows .carried").count() == 0
        assert page.locator("#windows-carried").count() == 0
        # the API answers the same, per point
        answer = page.request.get("/api/relation?a=country:BRA&b=country:COL").json()
        carried = answer["carried"]
        assert len(carried) == len(answer["relation"]["points"]) == 3
        assert carried[0]["agree"] and not carried[0]["disagree"]
        assert "river dam" in carried[1]["disagree"] and not carried[1]["agree"]
        assert (carried[2]["cooperation"], carried[2]["conflict"]) == (1, 0)
        assert all(c["via"] == ["leaders:person:gustavo-petro~person:lula"] for c in carried)
    finally:
        page.close()
        context.close()
    assert watch.clean(), watch.report()
