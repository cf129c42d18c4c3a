"""The one definition of what crosses the sandbox's boundaries (standard library only).

Two channels, both written only by trusted code where it matters:

- worker <-> supervisor, inside the sandbox: length-prefixed JSON frames on two pipes. The
  worker runs the submission, so everything it writes is a claim: the supervisor bounds it
  (`MAX_FRAME`), parses it strictly and keeps only the fields a kind needs.
- supervisor -> host: JSON lines on the sandbox's stdout, one event each. Only the supervisor
  writes there (the worker never holds that descriptor). The host reads each line with a byte
  cap and the run with a count cap (`decode_event`), into the frozen event types below.

Events, in order: `ready` (or `compile_error` / `load_error`), then a `test` per test (each
test runs from the event before it; `start` comes first where a fresh worker had to be loaded
after a kill), then `done`. `fault` is the supervisor's own failure: the only event that can turn
into an Internal Error, and the worker cannot produce it.

A `test` event's `status` is the supervisor's finding: `ok` (the worker answered within the
limits; its own account is in `reply`), `timeout` (CPU time over the limit), `wall` (the
wall-clock cap: sleeping or blocked), `memory`, `crashed` (the worker died) or `protocol`
(its answer was unreadable). The time, wall time and memory are the supervisor's measurements.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any

VERSION = 2
MAX_FRAME = 16 << 20  # bytes of one worker answer (a returned value, its prints)
MAX_EVENT = 20 << 20  # bytes of one event line on the host's channel
# Lists and objects in one answer: decoding a flood of empty lists costs ~60 bytes each, so
# the count is capped before decoding. Kinds send bulky values as base64 text, not nested.
MAX_CONTAINERS = 100_000
MAX_TEXT = 8000  # characters of any message, traceback or captured print kept
HEADER = struct.Struct(">I")

# The supervisor's findings for a test, and for the loading of the submission.
TEST_STATUSES = ("ok", "timeout", "wall", "memory", "crashed", "protocol")
_STATUS_BYTES = {status: status.encode("ascii") for status in TEST_STATUSES}
LOAD_STATUSES = ("timeout", "wall", "memory", "output", "error", "crashed", "protocol")


# --- frames between supervisor and worker ------------------------------------------------

_DECODER = json.JSONDecoder()
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]  # (set by JSONDecoder.__init__)


def loads(data: bytes | bytearray | memoryview) -> Any:
    """JSON from a frame's or a line's bytes, which are UTF-8 (json.loads also guesses at
    UTF-16 and UTF-32 first, a cost paid twice per test). ValueError for what is not JSON."""
    text = str(data, "utf-8")
    try:
        value, end = _SCAN(text, 0)  # a value with nothing around it: the usual frame
    except StopIteration:  # nothing, or no value where one starts
        return _DECODER.decode(text)  # raises with json's own message
    return value if end == len(text) else _DECODER.decode(text)


def frame(obj: Any) -> bytes:
    data = json.dumps(obj, ensure_ascii=True).encode("ascii")
    return HEADER.pack(len(data)) + data


def test_frame_parts(raw_input: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """The request `{"op": "test", "data": INPUT}` around a test's input as the host encoded
    it (JSON, trusted), in parts to join: never decoded or encoded again on its way."""
    head, tail = b'{"op":"test","data":', b"}"
    return HEADER.pack(len(head) + len(raw_input) + len(tail)), head, raw_input, tail


# --- events, supervisor -> host ---------------------------------------------------------


def event_line(event: dict[str, Any], reply: bytes | None = None) -> bytes:
    """One event as its line of JSON (a `test` event through test_line)."""
    if event.get("event") != "test":
        return (json.dumps(event, ensure_ascii=True) + "\n").encode("ascii")
    return test_line(
        int(event["index"]),
        str(event["status"]),
        float(event["time"]),
        float(event["wall"]),
        (int(event["memory_kb"]), int(event["start_memory_kb"]), int(event["test_memory_kb"])),
        str(event["error"]),
        event["reply"],
        reply,
    )


def test_line(
    index: int,
    status: str,
    cpu: float,
    wall: float,
    memory: tuple[int, int, int],
    error: str,
    reply: dict[str, Any],
    raw: bytes | None = None,
) -> bytes:
    """A `test` event's line, written field by field (it goes out once per test). `memory`:
    the process's peak, and this test's resident memory at its start and at its highest.
    `raw`, the worker's answer as the JSON bytes it sent and the supervisor decoded into
    `reply`, goes in as it is when ASCII on one line, else `reply` is encoded again."""
    if raw is None or not raw.isascii() or b"\n" in raw or b"\r" in raw:
        raw = json.dumps(reply, ensure_ascii=True).encode("ascii")
    return (
        b'{"event":"test","index":%d,"status":"%s","time":%.6f,"wall":%.6f,"memory_kb":%d,'
        b'"start_memory_kb":%d,"test_memory_kb":%d,"error":%s,"reply":%s}\n'
        % (
            index,
            _STATUS_BYTES[status],  # KeyError for a status not in TEST_STATUSES
            cpu,
            wall,
            *memory,
            json.dumps(error, ensure_ascii=True).encode("ascii") if error else b'""',
            raw,
        )
    )


# --- the job, host -> supervisor -----------------------------------------------------------
# One line of JSON (the job, each test without its input, and "request_sizes"), then each
# test's request frame (its input as JSON bytes inside), back to back: a megabyte
# of input is copied, never escaped inside a string, decoded or encoded again on its way to
# the worker, and the supervisor hands each frame over as it came.


def encode_job(job: dict[str, Any], inputs: list[bytes]) -> bytes:
    """The job, and each test's input (JSON bytes) framed as the request for it."""
    parts: list[bytes] = []
    sizes = []
    for raw in inputs:
        frame = test_frame_parts(raw)
        parts += frame
        sizes.append(sum(len(part) for part in frame))
    header = {**job, "request_sizes": sizes}
    return b"".join([json.dumps(header, ensure_ascii=True).encode("ascii"), b"\n", *parts])


def decode_job(data: bytes) -> tuple[dict[str, Any], list[memoryview]]:
    """The job and each test's request frame; ValueError for anything malformed."""
    end = data.find(b"\n")
    job = json.loads(data[: end if end >= 0 else len(data)] or b"{}")
    if not isinstance(job, dict):
        raise ValueError("the job is not a JSON object")
    sizes = job.get("request_sizes") or []
    body = memoryview(data)[end + 1 :] if end >= 0 else memoryview(b"")
    inputs, at = [], 0
    for size in sizes:
        if not isinstance(size, int) or size < 0 or at + size > len(body):
            raise ValueError("the job's inputs are cut short")
        inputs.append(body[at : at + size])
        at += size
    return job, inputs


class FrameReader:
    """Collects bytes into frames; refuses a frame over `limit` bytes or nesting more than
    `containers` lists and objects (None: the supervisor's requests, which are trusted)."""

    def __init__(self, limit: int = MAX_FRAME, containers: int | None = MAX_CONTAINERS) -> None:
        self.limit = limit
        self.containers = containers
        self.buffer = bytearray()
        self.last = b""  # the bytes of the last frame taken

    def feed(self, data: bytes) -> None:
        self.buffer += data

    def read(self, chunk: memoryview, got: int) -> bytes | None:
        """Take `got` bytes read into `chunk`; the next complete frame as next() gives it.
        An answer that came whole in one read, with nothing before it, is not copied into
        the buffer first (the usual case, once per test)."""
        if not self.buffer and got >= HEADER.size:
            (size,) = HEADER.unpack_from(chunk)
            if size == got - HEADER.size and size <= self.limit:
                return bytes(chunk[HEADER.size : got])
        self.buffer += chunk[:got]
        return self.next()

    def take(self) -> tuple[bool, Any]:
        """(True, object) for a complete frame; (False, None) while incomplete.

        Raises ValueError for a frame that is too large or not JSON.
        """
        data = self.next()
        return (False, None) if data is None else (True, self.decode(data))

    def next(self) -> bytes | None:
        """The bytes of the next complete frame, undecoded (None while incomplete); raises
        ValueError for a frame over the size cap."""
        if len(self.buffer) < HEADER.size:
            return None
        (size,) = HEADER.unpack_from(self.buffer)
        if size > self.limit:
            raise ValueError(f"an answer of {size} bytes (at most {self.limit})")
        if len(self.buffer) < HEADER.size + size:
            return None
        data = bytes(self.buffer[HEADER.size : HEADER.size + size])
        del self.buffer[: HEADER.size + size]
        return data

    def decode(self, data: bytes) -> Any:
        """A frame's object; ValueError for too much nesting or what is not JSON."""
        if self.containers is not None and data.count(b"[") + data.count(b"{") > self.containers:
            raise ValueError("an answer nesting too many lists or objects")
        try:
            obj = loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ValueError("an answer that is not JSON") from None
        except RecursionError:
            raise ValueError("an answer nested too deeply") from None
        self.last = data
        return obj


# --- events, host side -------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    load_time: float  # CPU seconds the worker spent loading the submission
    call: str


@dataclass(frozen=True)
class CompileError:
    message: str


@dataclass(frozen=True)
class LoadError:
    status: str  # one of LOAD_STATUSES
    error: str


@dataclass(frozen=True)
class Start:
    index: int


@dataclass(frozen=True)
class TestEvent:
    index: int
    status: str  # one of TEST_STATUSES: the supervisor's finding
    time: float  # CPU seconds of the worker, measured by the supervisor
    wall: float  # wall-clock seconds, measured by the supervisor
    memory_kb: int  # the worker's peak resident memory so far (the memory limit's measure)
    error: str = ""  # the supervisor's words when status is not ok
    reply: dict[str, Any] = field(default_factory=dict)  # the worker's own account (a claim)
    start_memory_kb: int = 0  # resident memory when this test was handed over
    test_memory_kb: int = 0  # resident memory at its highest during this test (0: unknown)

    __test__ = False  # not a pytest class

    def without_reply(self) -> TestEvent:
        """This event without the worker's reply (what a run keeps once a sink has it)."""
        return TestEvent(
            self.index,
            self.status,
            self.time,
            self.wall,
            self.memory_kb,
            self.error,
            {},
            self.start_memory_kb,
            self.test_memory_kb,
        )

    @property
    def memory_growth_kb(self) -> int | None:
        """What this test added to resident memory at its highest (None when unmeasured)."""
        if not self.test_memory_kb:
            return None
        return max(0, self.test_memory_kb - self.start_memory_kb)


@dataclass(frozen=True)
class Done:
    pass


@dataclass(frozen=True)
class Fault:
    error: str  # the supervisor's own failure: a fault of the judge


Event = Ready | CompileError | LoadError | Start | TestEvent | Done | Fault


class BadEvent(ValueError):
    """A line on the host's channel that the supervisor did not write."""


def decode_event(line: bytes) -> Event:
    """One line of the host's channel as a typed event, or BadEvent."""
    if len(line) > MAX_EVENT:
        raise BadEvent("an event longer than the channel allows")
    try:
        raw = loads(line)
    except (ValueError, UnicodeDecodeError):
        raise BadEvent("a line that is not JSON") from None
    except RecursionError:
        raise BadEvent("an event nested too deeply") from None
    if not isinstance(raw, dict):
        raise BadEvent("an event that is not an object")
    kind = raw.get("event")
    if kind == "test":
        reply = raw.get("reply")
        return TestEvent(
            index=_int(raw, "index"),
            status=_choice(raw, "status", TEST_STATUSES),
            time=_float(raw, "time"),
            wall=_float(raw, "wall"),
            memory_kb=_int(raw, "memory_kb"),
            error=_text(raw, "error"),
            reply=reply if isinstance(reply, dict) else {},
            start_memory_kb=_int(raw, "start_memory_kb") if "start_memory_kb" in raw else 0,
            test_memory_kb=_int(raw, "test_memory_kb") if "test_memory_kb" in raw else 0,
        )
    if kind == "start":
        return Start(_int(raw, "index"))
    if kind == "ready":
        return Ready(_float(raw, "load_time"), _text(raw, "call"))
    if kind == "compile_error":
        return CompileError(_text(raw, "message"))
    if kind == "load_error":
        return LoadError(_choice(raw, "status", LOAD_STATUSES), _text(raw, "error"))
    if kind == "done":
        return Done()
    if kind == "fault":
        return Fault(_text(raw, "error"))
    raise BadEvent(f"an event of unknown kind {str(kind)[:40]!r}")


def _int(raw: dict[str, Any], key: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadEvent(f"{key} is not a count")
    return value


def _float(raw: dict[str, Any], key: str) -> float:
    value = raw.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not value >= 0:
        raise BadEvent(f"{key} is not a duration")
    return float(value)


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise BadEvent(f"{key} is not text")
    return clip(value)


def _choice(raw: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = raw.get(key)
    if value not in allowed:
        raise BadEvent(f"{key} {str(value)[:40]!r} is not one of {', '.join(allowed)}")
    return str(value)


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """At most `limit` characters: the head and the tail of a long text."""
    if len(text) <= limit:
        return text
    keep = limit // 2
    return text[:keep] + "\n...\n" + text[-keep:]


def reply_text(reply: dict[str, Any], key: str, default: str = "") -> str:
    """A text field of a worker's reply, or the default when it is not text."""
    value = reply.get(key, default)
    return clip(value) if isinstance(value, str) else default
