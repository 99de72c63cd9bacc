"""Access tokens, the Content-Security-Policy, escaping of hostile text, and
what the analyze endpoint refuses. The NLP is stubbed (``EchoPipeline``): these
test the web layer."""

from __future__ import annotations

import logging
import re

import pytest
from web_support import (
    READ_TOKEN,
    WRITE_TOKEN,
    EchoPipeline,
    fill_store,
    make_client,
    web_settings,
)

from stancemap.web.security import CONTENT_SECURITY_POLICY, token_matches

PAGES = [
    "/",
    "/login",
    "/documents",
    "/actors",
    "/actors/person:ann-lee",
    "/pair?a=person:ann-lee&b=person:bob-roe&at=2025-04-01",
    "/network",
    "/shifts",
    "/search?q=tariff",
    "/documents/summit-04-05",
    "/api-docs",
]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize(
    "url", [*PAGES, "/api/documents", "/openapi.json", "/static/app.js", "/nope"]
)
def test_every_response_carries_the_csp(client, url):
    response = client.get(url)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert (
        "unsafe-inline" not in CONTENT_SECURITY_POLICY
        and "unsafe-eval" not in CONTENT_SECURITY_POLICY
    )


@pytest.mark.parametrize("url", PAGES)
def test_pages_hold_no_inline_script_style_or_handlers(client, url):
    html = client.get(url, headers={"accept": "text/html"}).text
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    assert not re.search(r"\sstyle\s*=", html), "inline style attribute"
    assert "javascript:" not in html


def test_reading_is_open_without_a_read_token(client):
    assert client.get("/api/documents").status_code == 200


@pytest.fixture(scope="module")
def guarded(store_path):
    settings = web_settings(read_token=READ_TOKEN, write_token=WRITE_TOKEN)
    with make_client(store_path, settings, analyzer=EchoPipeline()) as c:
        yield c


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        (bearer("wrong"), 401),
        (bearer(READ_TOKEN[:-1]), 401),
        (bearer(READ_TOKEN + "x"), 401),
        ({"Authorization": f"Basic {READ_TOKEN}"}, 401),
        (bearer(READ_TOKEN), 200),
        (bearer(WRITE_TOKEN), 200),
    ],
)
def test_read_token_when_the_operator_sets_one(guarded, headers, status):
    assert guarded.get("/api/documents", headers=headers).status_code == status
    assert guarded.get("/actors", headers=headers).status_code == status


def test_sign_in_sets_a_strict_http_only_cookie(store_path):
    settings = web_settings(read_token=READ_TOKEN)
    with make_client(store_path, settings) as c:
        assert c.get("/documents").status_code == 401
        refused = c.post("/login", data={"token": "guess"}, follow_redirects=False)
        assert refused.status_code == 401 and "set-cookie" not in refused.headers
        ok = c.post("/login", data={"token": READ_TOKEN}, follow_redirects=False)
        assert ok.status_code == 303
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert c.get("/documents").status_code == 200
        c.post("/logout", follow_redirects=False)
        c.cookies.clear()
        assert c.get("/documents").status_code == 401


def test_writes_are_refused_when_no_write_token_is_set(store_path):
    with make_client(store_path, analyzer=EchoPipeline()) as c:
        response = c.post("/api/analyze", json={"text": "Ann Lee spoke.", "store": True})
        assert response.status_code == 403
        assert "write_token" in response.json()["error"]
        # analysing without storing is a read
        assert c.post("/api/analyze", json={"text": "Ann Lee spoke."}).status_code == 200


def test_store_needs_the_write_token_and_then_stores(tmp_path, caplog):
    store_path = fill_store(tmp_path / "write.db")
    pipeline = EchoPipeline()
    settings = web_settings(write_token=WRITE_TOKEN)
    body = {"text": "Ann Lee spoke on Monday.", "id": "stored-by-api", "store": True}
    caplog.set_level(logging.DEBUG)
    with make_client(store_path, settings, analyzer=pipeline) as c:
        assert c.post("/api/analyze", json=body).status_code == 401
        assert c.post("/api/analyze", json=body, headers=bearer("nope")).status_code == 401
        assert c.get("/api/documents/stored-by-api").status_code == 404
        assert c.post("/api/analyze", json=body, headers=bearer(READ_TOKEN)).status_code == 401
        ok = c.post("/api/analyze", json=body, headers=bearer(WRITE_TOKEN))
        assert ok.status_code == 200
        stored = c.get("/api/documents/stored-by-api").json()
        assert stored["text"] == body["text"]
    assert WRITE_TOKEN not in caplog.text and READ_TOKEN not in caplog.text
    assert WRITE_TOKEN not in ok.text


def test_token_comparison():
    assert token_matches("abc", "abc")
    assert not token_matches("abc", "")  # an unset token matches nothing
    assert not token_matches("", "")
    assert not token_matches(None, "abc")
    assert not token_matches("abcd", "abc")
    assert token_matches("\u00e9t\u00e9", "\u00e9t\u00e9")  # not ASCII: compared as bytes


@pytest.fixture(scope="module")
def echo(store_path):
    with make_client(
        store_path, web_settings(max_analyze_chars=5000), analyzer=EchoPipeline()
    ) as c:
        yield c


HOSTILE = (
    '<script>alert(1)</script> Mayor Jane Holt said "<img src=x onerror=alert(2)> we '
    "won't pay</script>\" and left. {{ 7*7 }}\n"
    "\u0627\u0644\u0631\u0626\u064a\u0633 \u0642\u0627\u0644 \u202e reversed \u202c done."
)


def test_hostile_text_is_escaped_in_the_article_view(echo):
    html = echo.post("/analyze", data={"content": HOSTILE, "kind": "text"}).text
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html  # shown, never evaluated
    assert "\u202e reversed \u202c" in html  # bidi controls kept as text, inside dir=auto
    assert 'id="article-text" dir="auto"' in html


def test_hostile_text_round_trips_through_the_api(echo):
    data = echo.post("/api/analyze", json={"text": HOSTILE}).json()
    assert data["text"] == HOSTILE


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"url": "file:///etc/passwd"}, "only http"),
        ({"url": "/etc/passwd"}, "only http"),
        ({"url": "http://127.0.0.1:9/page"}, "non-public"),
        ({"url": "http://localhost/"}, "non-public"),
        ({"text": "x" * 5001}, "too long"),
        ({"text": "a", "html": "<p>b</p>"}, "exactly one"),
        ({}, "exactly one"),
        ({"text": "a", "date": "14/11/2024"}, "date"),
        ({"text": "a", "unknown": 1}, "unknown"),
    ],
)
def test_analyze_refuses_with_a_clear_message(echo, body, needle):
    response = echo.post("/api/analyze", json=body)
    assert response.status_code == 422
    assert needle in response.json()["error"]


def test_analyze_html_reads_the_main_text(echo):
    page = (
        "<html><head><title>T</title><script>var x=1</script></head><body>"
        "<nav>Home | News</nav><article><p>Ann Lee said the talks failed on Monday, "
        "and Bob Roe agreed with her.</p></article></body></html>"
    )
    data = echo.post("/api/analyze", json={"html": page}).json()
    assert "Ann Lee said the talks failed" in data["text"]
    assert "var x" not in data["text"]
