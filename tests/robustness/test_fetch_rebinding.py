"""DNS rebinding: the connection goes to the address that was checked, with the host name kept."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from stancemap.errors import InputError
from stancemap.ingest import fetch


class _Handler(BaseHTTPRequestHandler):
    hosts: list[str] = []

    def do_GET(self) -> None:
        _Handler.hosts.append(self.headers.get("Host", ""))
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/gone")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 404 if self.path == "/gone" else 200
        body = b"The minister said the talks would resume."
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()


def _checked_as(monkeypatch, address: str) -> None:  # type: ignore[no-untyped-def]
    """The check "resolves" every host to ``address`` and passes it as public."""
    monkeypatch.setattr(fetch, "check_public", lambda url, allow_private: [address])


def test_connection_goes_to_the_checked_address_with_the_host_name_kept(monkeypatch, port) -> None:  # type: ignore[no-untyped-def]
    _checked_as(monkeypatch, "127.0.0.1")
    _Handler.hosts.clear()
    got = fetch.fetch_url(
        f"http://news.invalid:{port}/story", allow_private=False, max_bytes=10_000, timeout_s=5
    )
    assert got.data.startswith(b"The minister")
    assert _Handler.hosts == [f"news.invalid:{port}"]  # Host header: the name, not the address


def test_a_second_resolution_cannot_redirect_the_connection(monkeypatch, port) -> None:  # type: ignore[no-untyped-def]
    # The check saw 127.0.0.2 (nothing listens there); the host name itself
    # ("localhost") resolves to 127.0.0.1 where the server is: a client that
    # resolved again would reach it.
    _checked_as(monkeypatch, "127.0.0.2")
    _Handler.hosts.clear()
    with pytest.raises(InputError, match="fetch failed"):
        fetch.fetch_url(
            f"http://localhost:{port}/story", allow_private=False, max_bytes=10_000, timeout_s=5
        )
    assert _Handler.hosts == []


def test_errors_after_a_redirect_name_the_users_url(monkeypatch, port) -> None:  # type: ignore[no-untyped-def]
    _checked_as(monkeypatch, "127.0.0.1")
    url = f"http://news.invalid:{port}/moved"
    with pytest.raises(InputError) as caught:
        fetch.fetch_url(url, allow_private=False, max_bytes=10_000, timeout_s=5)
    assert caught.value.source == url
    assert "HTTP 404" in caught.value.problem and "redirected to" in caught.value.problem
