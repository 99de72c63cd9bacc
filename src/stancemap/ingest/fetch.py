"""Fetch a URL over HTTP(S) for users with network access.

Private, loopback, link-local and other non-public addresses are refused
unless the user allows them (``--allow-private``): a batch of URLs from an
untrusted list must not become a way to probe the user's own network. Every
redirect hop is checked again, and the body is read up to a size limit.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..errors import InputError

if TYPE_CHECKING:
    import httpx

MAX_REDIRECTS = 5
USER_AGENT = "stancemap (+https://pypi.org/project/stancemap/)"


@dataclass(frozen=True)
class Fetched:
    """A fetched body, its content type and charset (from the header) and the final URL."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def is_url(value: str) -> bool:
    """True for an http:// or https:// address."""
    return value.lower().startswith(("http://", "https://"))


def check_public(url: str, *, allow_private: bool) -> None:
    """Raise ``InputError`` unless every address ``url``'s host resolves to is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(url, "only http:// and https:// URLs with a host can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(url, f"cannot resolve host '{parts.hostname}': {exc.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:
            raise InputError(
                url,
                f"refused: host '{parts.hostname}' resolves to non-public address {address} "
                "(private, loopback or reserved); pass --allow-private to fetch it",
            )


def fetch_url(url: str, *, allow_private: bool, max_bytes: int, timeout_s: float) -> Fetched:
    """GET ``url`` (following redirects, each checked); ``InputError`` on any failure."""
    import httpx

    current = url
    with httpx.Client(
        timeout=timeout_s, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_public(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(current, "redirect without a Location header")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise InputError(
                            current, f"HTTP {response.status_code} {response.reason_phrase}"
                        )
                    data = _read_limited(response, max_bytes, current)
                    content_type = response.headers.get("content-type", "")
                    return Fetched(str(response.url), data, content_type, response.charset_encoding)
            except httpx.HTTPError as exc:
                raise InputError(current, f"fetch failed: {type(exc).__name__}: {exc}") from None
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _read_limited(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"response too large (> {max_bytes} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)
