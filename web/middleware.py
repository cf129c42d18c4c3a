"""Plain ASGI middleware: a cap on request bodies, and the browser's client cookie.

The cap counts the bytes actually received, so a request without Content-Length (chunked)
cannot get past it. The client cookie is a random name for a browser, used only to show
its own submissions on the history page (there are no accounts).
"""

from __future__ import annotations

import json
import re
import secrets
from http.cookies import SimpleCookie
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CLIENT_COOKIE = "judge_client"
_ONE_YEAR = 365 * 24 * 3600
_CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        refused = started = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Answer now and tell the app the client went away: whatever the app
                    # makes of that (FastAPI calls it a bad body) is not sent.
                    if not started:
                        refused = True
                        await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if not refused:
                started = True
                await send(message)

        await self.app(scope, limited_receive, guarded_send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {"detail": f"request body larger than {self.max_bytes // 1024} KiB"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class ClientCookie:
    """Puts the browser's client id in scope["state"]["client"], setting the cookie if new."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = _cookie(scope)
        fresh = client is None
        if client is None:
            client = secrets.token_urlsafe(12)
        scope.setdefault("state", {})["client"] = client

        async def send_with_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                cookie = (
                    f"{CLIENT_COOKIE}={client}; Path=/; Max-Age={_ONE_YEAR}; HttpOnly; SameSite=Lax"
                )
                headers = [*message["headers"], (b"set-cookie", cookie.encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _cookie(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is the browser's problem, not ours
                return None
            morsel: Any = jar.get(CLIENT_COOKIE)
            if morsel is not None and _CLIENT_ID.fullmatch(morsel.value):
                return str(morsel.value)
    return None
