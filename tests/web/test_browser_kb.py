"""End to end in real headless Chromium: correct an actor through the actor page's
KB form, re-link the stored documents, and see the page report it and show the
corrected country. The knowledge base is small (a base file and the user's layer)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import LiveServer, PageWatch
from web_support import WRITE_TOKEN, fill_store, web_settings

from stancemap.actors.kb import load_kb

pytestmark = pytest.mark.slow

BASE = {"id": "person:carl-ode", "name": "Carl Ode", "type": "person"}


@pytest.fixture(scope="module")
def kb_server(tmp_path_factory):
    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    folder = tmp_path_factory.mktemp("browser-kb")
    base, user = folder / "base.jsonl", folder / "user-kb.jsonl"
    base.write_text(json.dumps(BASE) + "\n", encoding="utf-8")
    settings = web_settings(write_token=WRITE_TOKEN, user_kb=str(user))
    settings = settings.model_copy(
        update={"actors": settings.actors.model_copy(update={"extra_kb": [str(base)]})}
    )
    app = create_app(
        settings,
        corpus=open_corpus(fill_store(folder / "corpus.db")),
        kb_loader=lambda extra: load_kb(extra, shipped=False),
    )
    with LiveServer(app) as live:
        yield live, user


def test_correct_an_actor_from_its_page_and_relink(browser, kb_server, shots: Path) -> None:
    server, user = kb_server
    context = browser.new_context(base_url=server.url, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    watch = PageWatch(page)
    try:
        page.goto("/actors/person%3Abob-roe")
        assert page.locator("#kb-edit").count() == 0  # not signed in: no form
        page.goto("/login")
        page.fill("input[name=token]", WRITE_TOKEN)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/$"))
        page.goto("/actors/person%3Abob-roe")
        assert "country" not in page.locator("p.meta").inner_text()
        page.click("#kb-edit summary")
        page.fill("input[name=country]", "GBR")
        page.fill("input[name=role_title]", "Trade envoy")
        page.select_option("select[name=role_office]", "OTHER")
        page.fill("input[name=role_start]", "2025-01-01")
        page.check("input[name=relink]")
        page.screenshot(path=str(shots / "kb-edit.png"), full_page=True)
        page.click("#kb-save")
        page.wait_for_selector("#kb-saved")
        notice = page.locator("#kb-saved").inner_text()
        assert "person:bob-roe" in notice and "in 10 documents" in notice
        assert "country GBR" in page.locator("p.meta").inner_text()
        page.screenshot(path=str(shots / "kb-saved.png"), full_page=True)
    finally:
        page.close()
        context.close()
    assert watch.clean(), watch.report()
    saved = [json.loads(line) for line in user.read_text("utf-8").splitlines()]
    assert saved[0]["country"] == "GBR" and saved[0]["roles"][0]["title"] == "Trade envoy"
