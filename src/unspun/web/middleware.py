"""The app's guards, as plain ASGI middleware: security headers, the request-body cap, the access token."""

from __future__ import annotations

import hashlib
import hmac
import json
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote

Scope = dict[str, Any]

# No inline scripts or styles: pages load /static/app.js and /static/app.css only.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
OPEN_PATHS = ("/login", "/static/")  # reachable without the token
COOKIE = "unspun_session"


def session_value(token: str) -> str:
    """The cookie a login sets: derived from the token, so the token itself never sits in a cookie."""
    return hmac.new(token.encode(), b"unspun-session", hashlib.sha256).hexdigest()


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, whether announced (Content-Length) or streamed."""

    def __init__(self, app: Any, max_bytes: int, pages: Any) -> None:
        self.app, self.max_bytes, self.pages = app, max_bytes, pages

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._refuse(scope, send)
        body, more = [], True
        size = 0
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._refuse(scope, send)
            body.append(chunk)
            more = message.get("more_body", False)
        whole = b"".join(body)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Any) -> None:
        mb = self.max_bytes / (1024 * 1024)
        message = f"the request is larger than this server's limit of {mb:g} MB; send fewer or smaller files"
        await _respond(scope, send, 413, message, self.pages)


class TokenGate:
    """With a token, every request needs it: ``Authorization: Bearer``, ``X-Unspun-Token`` or the login cookie."""

    def __init__(self, app: Any, token: str | None, pages: Any) -> None:
        self.app, self.token, self.pages = app, token, pages
        self.cookie = session_value(token) if token else ""

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.token is None or self._allowed(scope):
            return await self.app(scope, receive, send)
        path = scope["path"]
        if path.startswith("/api/") or path in ("/openapi.json", "/docs"):
            return await _respond(scope, send, 401, "this server needs its token: send 'Authorization: Bearer TOKEN'",
                                  self.pages)
        target = path + ("?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else "")
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", f"/login?next={quote(target, safe='')}".encode())]})
        await send({"type": "http.response.body", "body": b""})

    def _allowed(self, scope: Scope) -> bool:
        path = scope["path"]
        if path == "/login" or path.startswith(OPEN_PATHS[1]):
            return True
        headers = dict(scope.get("headers", []))
        given = headers.get(b"x-unspun-token", b"").decode("latin-1")
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if given and self.token is not None and hmac.compare_digest(given.encode(), self.token.encode()):
            return True
        cookies = SimpleCookie(headers.get(b"cookie", b"").decode("latin-1"))
        session = cookies[COOKIE].value if COOKIE in cookies else ""
        return bool(session) and hmac.compare_digest(session, self.cookie)


async def _respond(scope: Scope, send: Any, status: int, message: str, pages: Any) -> None:
    if scope["path"].startswith("/api/"):
        body = json.dumps({"schema": "unspun.error/1", "status": status, "error": message}).encode()
        kind = b"application/json"
    else:
        body = pages.error(status, message).encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
