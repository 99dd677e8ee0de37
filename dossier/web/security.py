"""Who may talk to the app and what it may be made to do.

One pure-ASGI middleware, so that every route is covered without each route
remembering to ask: loopback Host check (against DNS rebinding) when no token
is set, the access token when one is, read-only refusal of writes, the CSRF
double-submit check, and the security headers on every response.
"""

from __future__ import annotations

import hmac
import json
import secrets
from http.cookies import SimpleCookie
from typing import Any, Awaitable, Callable, Optional
from urllib.parse import parse_qs

CSRF_COOKIE = "dossier_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
TOKEN_COOKIE = "dossier_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
MAX_FORM_BYTES = 1 << 20

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable, Callable], Awaitable[None]]


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    jar = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header is treated as no cookies
        return {}
    return {k: m.value for k, m in jar.items()}


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header.split("]")[0] + "]"
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def _same(a: Optional[str], b: Optional[str]) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach."""
    import ipaddress
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """The security middleware (see module docstring)."""

    def __init__(self, app: ASGIApp, *, read_only: bool = False, token: Optional[str] = None) -> None:
        self.app, self.read_only, self.token = app, read_only, token

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        cookies = _cookies(headers)
        extra_cookies: list[str] = []
        refusal = self._check_access(scope, headers, cookies, extra_cookies)
        method = scope["method"].upper()
        if refusal is None and method not in SAFE_METHODS:
            if self.read_only:
                refusal = (403, "This dossier is served read-only: changes are disabled.")
            else:
                receive, refusal = await self._check_csrf(scope, headers, cookies, receive)
        csrf = cookies.get(CSRF_COOKIE)
        if not csrf or len(csrf) < 20:
            csrf = secrets.token_urlsafe(32)
            extra_cookies.append(f"{CSRF_COOKIE}={csrf}; Path=/; SameSite=Strict")
        scope.setdefault("state", {})["csrf_token"] = csrf
        send = self._wrap_send(send, extra_cookies)
        if refusal is not None:
            await _plain(send, refusal[0], refusal[1], headers)
            return
        await self.app(scope, receive, send)

    def _check_access(self, scope: Scope, headers: dict[str, str], cookies: dict[str, str],
                      extra_cookies: list[str]) -> Optional[tuple[int, str]]:
        if self.token is None:
            if not is_loopback(_host_name(headers.get("host", "127.0.0.1"))):
                return (403, "This dossier answers only on the loopback address (the Host header names another).")
            return None
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and _same(auth[7:].strip(), self.token):
            return None
        if _same(cookies.get(TOKEN_COOKIE), self.token):
            return None
        given = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [None])[0]
        if _same(given, self.token):
            extra_cookies.append(f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict")
            return None
        return (401, "This dossier needs its access token (Authorization: Bearer, or ?token= once).")

    async def _check_csrf(self, scope: Scope, headers: dict[str, str], cookies: dict[str, str],
                          receive: Callable) -> tuple[Callable, Optional[tuple[int, str]]]:
        expected = cookies.get(CSRF_COOKIE)
        given = headers.get(CSRF_HEADER)
        ctype = headers.get("content-type", "")
        if given is None and ctype.startswith("application/x-www-form-urlencoded"):
            body, receive = await _buffer(receive)
            if body is None:
                return receive, (413, "The form is too large.")
            given = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD, [None])[0]
        if not _same(given, expected):
            return receive, (403, "Refused: the request lacks a valid CSRF token (reload the page and try again).")
        return receive, None

    @staticmethod
    def _wrap_send(send: Callable, extra_cookies: list[str]) -> Callable:
        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                hdrs = list(message.get("headers", []))
                hdrs.extend(SECURITY_HEADERS)
                hdrs.extend((b"set-cookie", c.encode("latin-1")) for c in extra_cookies)
                message = {**message, "headers": hdrs}
            await send(message)
        return wrapped


async def _buffer(receive: Callable) -> tuple[Optional[bytes], Callable]:
    """Read the whole request body, then hand out a receive() that replays it."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None, receive
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return body, replay


async def _plain(send: Callable, status: int, message: str, headers: dict[str, str]) -> None:
    wants_json = "application/json" in headers.get("accept", "") or headers.get("content-type", "").startswith("application/json")
    if wants_json:
        body, ctype = json.dumps({"detail": message}).encode(), b"application/json"
    else:
        from markupsafe import escape
        body = (f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                f"<p>{escape(message)}</p>").encode()
        ctype = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
