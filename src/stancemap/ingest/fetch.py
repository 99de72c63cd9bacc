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


def check_public(url: str, *, allow_private: bool) -> list[str]:
    """The addresses ``url``'s host resolves to; ``InputError`` unless all are public.

    The caller connects to one of exactly these addresses (see ``_PinnedBackend``):
    resolving again at connect time would let a hostile DNS server answer with a
    public address for the check and a private one for the connection.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(url, "only http:// and https:// URLs with a host can be fetched")
    if allow_private:
        return []
    default_port = 443 if parts.scheme == "https" else 80
    try:
        infos = socket.getaddrinfo(
            parts.hostname, parts.port or default_port, type=socket.SOCK_STREAM
        )
    except socket.gaierror as exc:
        raise InputError(url, f"cannot resolve host '{parts.hostname}': {exc.strerror}") from None
    addresses: list[str] = []
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
        addresses.append(str(info[4][0]))
    return addresses


def fetch_url(url: str, *, allow_private: bool, max_bytes: int, timeout_s: float) -> Fetched:
    """GET ``url`` (following redirects, each checked); ``InputError`` on any failure.

    Errors name ``url`` - what the user gave - and say which redirect target failed.
    """
    import httpx

    pinned: dict[str, list[str]] = {}
    transport = httpx.HTTPTransport()
    if not allow_private:
        _pin_addresses(transport, pinned)
    current = url
    with httpx.Client(
        timeout=timeout_s,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        transport=transport,
        trust_env=allow_private,  # a proxy would resolve the host itself, unchecked
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            where = "" if current == url else f" (redirected to {current})"
            try:
                addresses = check_public(current, allow_private=allow_private)
            except InputError as exc:
                raise InputError(url, exc.problem + where) from None
            host = urlsplit(current).hostname or ""
            pinned[host] = addresses
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(url, f"redirect without a Location header{where}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise InputError(
                            url, f"HTTP {response.status_code} {response.reason_phrase}{where}"
                        )
                    data = _read_limited(response, max_bytes, url)
                    content_type = response.headers.get("content-type", "")
                    return Fetched(str(response.url), data, content_type, response.charset_encoding)
            except httpx.HTTPError as exc:
                raise InputError(url, f"fetch failed: {type(exc).__name__}: {exc}{where}") from None
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _pin_addresses(transport: httpx.HTTPTransport, pinned: dict[str, list[str]]) -> None:
    """Make ``transport`` connect only to the addresses in ``pinned`` (host -> checked IPs).

    The URL, the Host header and TLS (SNI, certificate check) keep the host name;
    only the TCP connection goes to the address that was checked.
    """
    import httpcore

    class _PinnedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
            addresses = pinned.get(host)
            if not addresses:
                raise httpcore.ConnectError(f"no checked address for host '{host}'")
            error: Exception | None = None
            for address in addresses:
                try:
                    return super().connect_tcp(
                        address, port, timeout, local_address, socket_options
                    )
                except httpcore.ConnectError as exc:
                    error = exc
            raise error or httpcore.ConnectError(f"cannot connect to '{host}'")

    pool = getattr(transport, "_pool", None)
    if pool is None or not hasattr(pool, "_network_backend"):
        raise InputError("<fetch>", "this httpx version cannot pin addresses; pass --allow-private")
    pool._network_backend = _PinnedBackend()


def _read_limited(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"response too large (> {max_bytes} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)
