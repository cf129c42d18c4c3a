"""The Docker engine's HTTP API over its unix socket, with the standard library only.

The judging path (create, attach, start, wait, inspect, remove, list, rename) speaks to the
engine directly: importing the docker SDK and requests costs a cold `judge run` about as
much as starting the container does. Each request is one short HTTP/1.1 exchange on a fresh
connection (a unix socket costs tens of microseconds to open), so threads share nothing.
Attaching hijacks its connection, which then carries the container's stdin one way and its
multiplexed stdout/stderr the other.

Requests go to the unversioned API paths, which the engine reads as its own current version,
as the SDK did after negotiating it. `DOCKER_HOST` is honoured when it names a unix socket.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

DEFAULT_SOCKET = "/var/run/docker.sock"
TIMEOUT = 60.0  # seconds for one request, as the SDK client had
MAX_HEAD = 64 << 10  # bytes of status line and headers read at most


class EngineError(Exception):
    """The engine answered a request with an error status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{message} (HTTP {status})")
        self.status = status
        self.message = message


# What a call to the engine can raise: its refusal, or a socket that would not connect or
# went quiet (TimeoutError is an OSError).
ENGINE_FAULTS = (EngineError, OSError)


class UnsupportedHost(Exception):
    """DOCKER_HOST names something other than a unix socket."""


def socket_path() -> str:
    """The engine's unix socket: from DOCKER_HOST (unix://PATH), else the default."""
    host = os.environ.get("DOCKER_HOST", "").strip()
    if not host:
        return DEFAULT_SOCKET
    if host.startswith("unix://"):
        return host[len("unix://") :] or DEFAULT_SOCKET
    raise UnsupportedHost(
        f"DOCKER_HOST={host}: the judge reaches the engine through a unix socket only "
        "(unix:///path/to/docker.sock)"
    )


@dataclass(frozen=True)
class Engine:
    """A client of one engine; cheap to make, safe to share between threads."""

    path: str = DEFAULT_SOCKET
    timeout: float = TIMEOUT

    @classmethod
    def from_env(cls) -> Engine:
        return cls(socket_path())

    # -- the calls the runner, the pool, parked containers and cleanup make ----------------

    def ping(self) -> None:
        self._call("GET", "/_ping")

    def has_image(self, tag: str) -> bool:
        try:
            self._call("GET", f"/images/{quote(tag, safe='')}/json")
        except EngineError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def create(self, config: dict[str, Any], name: str | None = None) -> str:
        """Create a container; its id."""
        query = {"name": name} if name else None
        created = self._call("POST", "/containers/create", query=query, body=config)
        return str(created["Id"])

    def attach(self, cid: str) -> socket.socket:
        """The container's stdin, stdout and stderr as one hijacked stream (stdout and stderr
        multiplexed in frames); attach before starting so nothing written is missed."""
        query = {"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
        sock = self._connect()
        try:
            sock.sendall(
                _request(
                    "POST",
                    f"/containers/{cid}/attach?{urlencode(query)}",
                    None,
                    "Connection: Upgrade\r\nUpgrade: tcp\r\n",
                )
            )
            status, headers = _parse_head(_peeked_head(sock))
            if status not in (101, 200):
                # An error reply is a normal response; read it whole for its message.
                raise _error(status, _read_body(sock.makefile("rb"), headers))
        except BaseException:
            sock.close()
            raise
        sock.settimeout(None)
        return sock

    def start(self, cid: str) -> None:
        self._call("POST", f"/containers/{cid}/start")

    def wait(self, cid: str, timeout: float) -> int | None:
        """The exit code once the container stops; TimeoutError if it runs on."""
        status = self._call("POST", f"/containers/{cid}/wait", timeout=timeout)
        code = status.get("StatusCode") if isinstance(status, dict) else None
        return int(code) if code is not None else None

    def inspect(self, cid: str) -> dict[str, Any]:
        found = self._call("GET", f"/containers/{cid}/json")
        assert isinstance(found, dict)
        return found

    def remove(self, cid: str, force: bool = True) -> None:
        self._call("DELETE", f"/containers/{cid}", query={"force": int(force)})

    def rename(self, cid: str, name: str) -> None:
        self._call("POST", f"/containers/{cid}/rename", query={"name": name})

    def containers(self, labels: list[str], *, all: bool = False) -> list[dict[str, Any]]:
        """Containers carrying every one of `labels` ("key" or "key=value"); running only,
        unless `all`."""
        query: dict[str, Any] = {"filters": json.dumps({"label": labels})}
        if all:
            query["all"] = 1
        listed = self._call("GET", "/containers/json", query=query)
        assert isinstance(listed, list)
        return listed

    # -- HTTP ------------------------------------------------------------------------------

    def _connect(self, timeout: float | None = None) -> socket.socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout if timeout is None else timeout)
        try:
            sock.connect(self.path)
        except BaseException:
            sock.close()
            raise
        return sock

    def _call(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, Any] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Any:
        """One request; the reply's JSON (None when it has no body), EngineError on an
        error status."""
        if query:
            path = f"{path}?{urlencode(query)}"
        data = None if body is None else json.dumps(body).encode()
        with self._connect(timeout) as sock, sock.makefile("rb") as reader:
            sock.sendall(_request(method, path, data))
            status, headers = _parse_head(_read_head(reader))
            payload = b"" if status in (204, 304) else _read_body(reader, headers)
        if status >= 400:
            raise _error(status, payload)
        if not payload or not headers.get("content-type", "").startswith("application/json"):
            return None
        return json.loads(payload)


def _request(method: str, path: str, body: bytes | None, extra: str = "") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: judge\r\n"
    if not extra:
        head += "Connection: close\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    elif method in ("POST", "PUT"):
        head += "Content-Length: 0\r\n"
    return (head + extra + "\r\n").encode("latin-1") + (body or b"")


def _read_head(reader: Any) -> bytes:
    head = bytearray()
    while not head.endswith(b"\r\n\r\n"):
        line = reader.readline(MAX_HEAD)
        if not line:
            raise ConnectionError("the engine closed the connection before answering")
        head += line
        if len(head) > MAX_HEAD:
            raise ConnectionError("the engine's reply headers are too long")
    return bytes(head)


def _peeked_head(sock: socket.socket) -> bytes:
    """The reply's head, taking from the socket not one byte of the stream after it."""
    head = bytearray()
    while True:
        chunk = sock.recv(4096, socket.MSG_PEEK)
        if not chunk:
            raise ConnectionError("the engine closed the connection before answering")
        end = (bytes(head[-3:]) + chunk).find(b"\r\n\r\n")
        take = len(chunk) if end < 0 else end + 4 - min(len(head), 3)
        while take:
            got = sock.recv(take)
            if not got:
                raise ConnectionError("the engine closed the connection mid-reply")
            head += got
            take -= len(got)
        if end >= 0:
            return bytes(head)
        if len(head) > MAX_HEAD:
            raise ConnectionError("the engine's reply headers are too long")


def _parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise ConnectionError(f"not an HTTP reply from the engine: {lines[0][:80]!r}")
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers


def _read_body(reader: Any, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = bytearray()
        while True:
            size_line = reader.readline(1024)
            if not size_line:
                raise ConnectionError("the engine's reply ended mid-chunk")
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                reader.readline(1024)  # the blank line after the last chunk
                return bytes(body)
            body += _exactly(reader, size)
            reader.readline(1024)  # the CRLF after each chunk
    length = headers.get("content-length")
    if length is not None:
        return _exactly(reader, int(length))
    return bytes(reader.read())  # Connection: close ends the body


def _exactly(reader: Any, size: int) -> bytes:
    data = reader.read(size)
    if len(data) != size:
        raise ConnectionError("the engine's reply ended early")
    return bytes(data)


def _error(status: int, payload: bytes) -> EngineError:
    try:
        message = str(json.loads(payload).get("message", ""))
    except (ValueError, AttributeError):
        message = payload.decode("utf-8", "replace")
    return EngineError(status, message.strip() or f"the engine answered {status}")


if __name__ == "__main__":
    # `python3 -I -S engine.py SOCKET CID`: kill and remove one container, in a process of its
    # own (docker_cleanup.remove_detached); standard library only, so it starts at once.
    import contextlib
    import sys

    with contextlib.suppress(EngineError, OSError):
        Engine(sys.argv[1], timeout=120.0).remove(sys.argv[2], force=True)
