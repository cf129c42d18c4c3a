"""Who may review: the one reviewer token (`judge serve --reviewer-token-file`), a signed
session cookie for the pages, the login form's CSRF token and a throttle on failed logins.

The API takes the token only as `Authorization: Bearer`; the pages take only the session
cookie, so a cookie can never act on the API and a page's forms carry a CSRF token
(double submit: a cookie and a form field that must match). Every comparison of a secret is
constant-time (`hmac.compare_digest`). A session is `EXPIRES.SIGNATURE`, an HMAC of its
expiry keyed by the token: nothing is stored, and changing the token ends every session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.responses import Response

SESSION_COOKIE = "judge_review"
CSRF_COOKIE = "judge_csrf"
COOKIE_PATH = "/review"
SESSION_SECONDS = 12 * 3600
MIN_TOKEN_CHARS = 16
MAKE_TOKEN = 'python3 -c "import secrets; print(secrets.token_urlsafe(32))" > reviewer.token'


class TokenFileError(Exception):
    """The reviewer token file cannot be used; the message says how to fix it."""


def read_token_file(path: Path) -> str:
    """The reviewer token in `path` (its first line, spaces stripped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TokenFileError(
            f"cannot read the reviewer token file {path}: {exc.strerror}"
        ) from None
    except UnicodeDecodeError:
        raise TokenFileError(f"the reviewer token file {path} is not UTF-8 text") from None
    token = text.strip().splitlines()[0].strip() if text.strip() else ""
    if len(token) < MIN_TOKEN_CHARS:
        raise TokenFileError(
            f"the reviewer token in {path} must be at least {MIN_TOKEN_CHARS} characters "
            f"(it has {len(token)}); make one with: {MAKE_TOKEN}"
        )
    return token


def same_secret(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer(request: Request) -> str | None:
    """The token of an `Authorization: Bearer` header, if there is one."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def client_ip(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


@dataclass
class Throttle:
    """At most `limit` failures per client address in any `window` seconds; beyond that,
    that address is refused until its oldest failure leaves the window."""

    limit: int = 5
    window: float = 60.0
    max_clients: int = 10_000  # addresses remembered at most (the oldest are forgotten)
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, client: str) -> int | None:
        """Seconds until `client` may try again, or None when it may now."""
        now = time.monotonic()
        with self._lock:
            failures = self._failures.get(client)
            if failures is None:
                return None
            while failures and failures[0] <= now - self.window:
                failures.popleft()
            if len(failures) < self.limit:
                return None
            return max(1, int(failures[0] + self.window - now) + 1)

    def failed(self, client: str) -> None:
        with self._lock:
            if client not in self._failures and len(self._failures) >= self.max_clients:
                self._failures.pop(next(iter(self._failures)))
            self._failures.setdefault(client, deque()).append(time.monotonic())

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


class Reviewers:
    """The reviewer surface's secrets; the app holds one only when the option is given."""

    def __init__(self, token: str, throttle: Throttle | None = None) -> None:
        self._token = token
        self.throttle = throttle or Throttle()

    def is_token(self, given: str) -> bool:
        return same_secret(given, self._token)

    # -- the API: a bearer token ----------------------------------------------------------

    def require_bearer(self, request: Request) -> None:
        """Pass a request carrying the reviewer token; 401 without one or with a wrong one
        (which counts as a failed login), 429 once this address failed too often."""
        self.refuse_if_throttled(request)
        given = bearer(request)
        if given is None:
            raise HTTPException(
                401, "a reviewer token is required", headers={"WWW-Authenticate": "Bearer"}
            )
        if not self.is_token(given):
            self.throttle.failed(client_ip(request))
            raise HTTPException(
                401, "the reviewer token is wrong", headers={"WWW-Authenticate": "Bearer"}
            )

    def refuse_if_throttled(self, request: Request) -> None:
        wait = self.throttle.retry_after(client_ip(request))
        if wait is not None:
            raise HTTPException(
                429,
                f"too many failed logins from this address; try again in {wait} s",
                headers={"Retry-After": str(wait)},
            )

    # -- the pages: a session cookie --------------------------------------------------------

    def session(self, now: float | None = None) -> str:
        expires = int((now or time.time()) + SESSION_SECONDS)
        return f"{expires}.{self._sign(str(expires))}"

    def valid_session(self, value: str | None, now: float | None = None) -> bool:
        if not value:
            return False
        expires, _, signature = value.partition(".")
        # ASCII digits only, and few: "²" is a digit to isdigit(), and int() refuses it (and
        # a number of thousands of digits).
        if not (expires.isascii() and expires.isdigit() and len(expires) <= 12):
            return False
        if int(expires) <= (now or time.time()):
            return False
        return same_secret(signature, self._sign(expires))

    def signed_in(self, request: Request) -> bool:
        return self.valid_session(request.cookies.get(SESSION_COOKIE))

    def _sign(self, expires: str) -> str:
        key = self._token.encode("utf-8")
        return hmac.new(
            key, f"judge-review-session\n{expires}".encode(), hashlib.sha256
        ).hexdigest()


def set_cookie(response: Response, name: str, value: str, max_age: int) -> None:
    """A cookie only this site's review pages get, only over HTTPS (or loopback), never
    readable by scripts, never sent with a request another site starts."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=COOKIE_PATH,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def _host_of(origin: str) -> str | None:
    """The host (and port) an `Origin` names; None for one that is not a URL at all."""
    try:
        return urlsplit(origin).netloc
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def check_form(request: Request, sent: str) -> None:
    """403 for a form post another site could have made: an `Origin` naming another host,
    or a CSRF field that does not match the cookie this site set."""
    origin = request.headers.get("origin")
    if origin is not None and _host_of(origin) != request.headers.get("host", ""):
        raise HTTPException(403, "cross-site form posts are refused")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not cookie or not sent or not same_secret(cookie, sent):
        raise HTTPException(403, "the form's CSRF token is missing or wrong; reload the page")
