"""URLs: fetched from a local server started here; non-public addresses refused by default."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from stancemap.errors import InputError
from stancemap.ingest.fetch import check_public, is_url

from .conftest import ARTICLE_A, ARTICLE_B, docs, run, skips

PAGE = (
    "<html><head><title>Fuel</title>"
    '<meta property="article:published_time" content="2023-03-04"></head><body><article>'
    + "".join(f"<p>{p}</p>" for p in ARTICLE_A.split("\n\n"))
    + "</article></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
        "/story": (200, "text/html; charset=utf-8", PAGE, {}),
        "/plain": (200, "text/plain; charset=utf-8", ARTICLE_B.encode(), {}),
        "/moved": (302, "text/plain", b"", {"Location": "/story"}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/big": (200, "text/plain", b"x " * 600_000, {}),
    }

    def do_GET(self) -> None:
        status, ctype, body, headers = self.routes.get(self.path, (404, "text/plain", b"nope", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_loopback_is_refused_without_allow_private(server: str) -> None:
    [skip] = run([f"{server}/story"])
    assert (
        "refused" in skip.reason and "127.0.0.1" in skip.reason and "--allow-private" in skip.reason
    )


def test_html_page_is_fetched_when_allowed(server: str) -> None:
    [doc] = docs(run([f"{server}/story"], allow_private=True))
    assert doc.title == "Fuel" and doc.date == "2023-03-04"
    assert doc.source == f"{server}/story"
    assert "cut fuel taxes for six months" in doc.text


def test_plain_text_and_redirects(server: str) -> None:
    plain, moved = docs(
        run([f"{server}/plain", f"{server}/moved"], allow_private=True, dedup=False)
    )
    assert plain.text == ARTICLE_B and plain.id == plain.sha256[:16]
    assert moved.source == f"{server}/story"


def test_http_errors_redirect_loops_and_size_limit_are_skips(server: str) -> None:
    items = run(
        [f"{server}/missing", f"{server}/loop", f"{server}/big", f"{server}/plain"],
        allow_private=True,
        max_bytes=1_000_000,
    )
    reasons = [s.reason for s in skips(items)]
    assert "HTTP 404" in reasons[0]
    assert "redirects" in reasons[1]
    assert "too large" in reasons[2]
    assert [d.text for d in docs(items)] == [ARTICLE_B]


@pytest.mark.parametrize(
    "url",
    ["http://localhost/x", "http://10.1.2.3/x", "http://192.168.0.1/", "http://169.254.169.254/latest",
     "http://[::1]/", "http://0.0.0.0/"],
)  # fmt: skip
def test_non_public_addresses_are_refused(url: str) -> None:
    with pytest.raises(InputError, match="non-public address"):
        check_public(url, allow_private=False)


def test_only_http_urls() -> None:
    assert is_url("https://example.org/a") and not is_url("ftp://example.org/a")
    with pytest.raises(InputError, match="only http"):
        check_public("file:///etc/passwd", allow_private=True)
