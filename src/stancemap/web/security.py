"""Who may read and write, and the headers every response carries.

Tokens come from the operator's settings (``[web] write_token`` /
``read_token``), arrive as ``Authorization: Bearer TOKEN`` or in the cookie the
sign-in form sets, are compared in constant time (``hmac.compare_digest``) and
are never logged or echoed. Reading is open unless a read token is set;
writing is refused unless a write token is set and presented.
"""

from __future__ import annotations

import hmac

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import WebSettings

TOKEN_COOKIE = "stancemap_token"

# Scripts and styles only from our own /static; no inline script or style, no
# eval, nothing from another origin; forms post only back here.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class AccessDenied(Exception):
    """The request lacks the token this operation needs (401) or writes are off (403)."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


def presented_token(request: Request) -> str | None:
    """The token a request carries: the Bearer header first, else the sign-in cookie."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(TOKEN_COOKIE) or None


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison; an unset expected token matches nothing."""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def can_read(settings: WebSettings, token: str | None) -> bool:
    if not settings.read_token:
        return True
    return token_matches(token, settings.read_token) or token_matches(token, settings.write_token)


def can_write(settings: WebSettings, token: str | None) -> bool:
    return token_matches(token, settings.write_token)


def check_read(settings: WebSettings, token: str | None) -> None:
    if not can_read(settings, token):
        raise AccessDenied(401, "reading needs the server's token (Authorization: Bearer TOKEN)")


def check_write(settings: WebSettings, token: str | None) -> None:
    if not settings.write_token:
        raise AccessDenied(
            403, "writes are switched off on this server (the operator sets [web] write_token)"
        )
    if not token_matches(token, settings.write_token):
        raise AccessDenied(401, "writing needs the server's write token (Authorization: Bearer)")


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _OURS]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


_OURS = {name for name, _ in SECURITY_HEADERS}
