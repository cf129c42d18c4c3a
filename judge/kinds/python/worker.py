"""The harness that runs inside the sandbox for Python submissions.

It is a standalone script (standard library only) so the same file runs in a local child
process and in the Docker image. Protocol:

- stdin: one JSON job: {"version": 1, "code": ..., "entry": {...}, "tests": [{"name", "args"}],
  "time_limit": seconds, "memory_kb": ..., "output_limit": bytes, "stop_on_failure": bool}.
  Test *inputs* only: expected answers never come here.
- result channel: the process's original stdout, kept apart from the submission's prints
  (fd 1 and 2 point at /dev/null while user code runs; `print` goes to a capped buffer).
  One JSON object per line: {"event": "ready"} or {"event": "compile_error"|"load_error"},
  then one {"event": "test", ...} per test, then {"event": "done"}.

The host decides verdicts; this side only reports what happened, as plain data.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import linecache
import os
import resource
import signal
import sys
import time
import traceback
from typing import Any

FILENAME = "solution.py"
PROTOCOL = 1
MAX_NODES = 2_000_000
TRACEBACK_FRAMES = 20  # of the submission's frames shown at each end of a deep traceback

# Taken before any submitted code runs, so a submission that replaces time.perf_counter,
# signal.setitimer or json.dumps in those shared modules does not change what the harness
# measures or reports. (Code in this process can still reach the harness itself; the host's
# wall clock, the sandbox's limits and the host-side checker do not depend on it.)
_clock = time.perf_counter
_setitimer = signal.setitimer
_REAL = signal.ITIMER_REAL
_SIGALRM = signal.SIGALRM
_set_handler = signal.signal
_dumps = json.dumps

PRELUDE = """\
from typing import *
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
from math import *
from string import *
from operator import *
import collections, heapq, bisect, itertools, functools, math, string, operator
import re, random, array, copy, datetime, decimal, fractions, statistics
try:
    from sortedcontainers import SortedList, SortedDict, SortedSet
except ImportError:
    pass
"""


class _Stop(BaseException):
    """Raised into user code to stop it; BaseException so `except Exception` lets it by."""


class _TimeUp(_Stop):
    pass


class _OutputFull(_Stop):
    pass


class ListNode:
    def __init__(self, val: Any = 0, next: Any = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val: Any = 0, left: Any = None, right: Any = None) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val})"


class Unserializable(Exception):
    pass


class CappedWriter(io.TextIOBase):
    """Stands in for sys.stdout/stderr: keeps the first part, counts all, stops at the cap."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self.kept: list[str] = []
        self.kept_len = 0
        self.full = False

    def writable(self) -> bool:
        return True

    def write(self, s: Any) -> int:
        s = str(s)
        self.total += len(s)
        if self.kept_len < 4000:
            self.kept.append(s[: 4000 - self.kept_len])
            self.kept_len += len(self.kept[-1])
        if self.total > self.limit:
            self.full = True
            raise _OutputFull()
        return len(s)

    def take(self) -> str:
        text = "".join(self.kept)
        self.kept, self.kept_len = [], 0
        return text


def build_list(values: Any) -> Any:
    head = None
    for v in reversed(values or []):
        head = ListNode(v, head)
    return head


def build_tree(values: Any) -> Any:
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, i = [root], 1
    for node in queue:
        if i >= len(values):
            break
        if values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def list_form(head: Any) -> list[Any]:
    out = []
    seen = 0
    while head is not None:
        out.append(to_plain(head.val))
        head = head.next
        seen += 1
        if seen > MAX_NODES:
            raise Unserializable("the returned linked list has a cycle or is too long")
    return out


def tree_form(root: Any) -> list[Any]:
    out: list[Any] = []
    queue = [root]
    for node in queue:
        if len(queue) > MAX_NODES:
            raise Unserializable("the returned tree has a cycle or is too large")
        if node is None:
            out.append(None)
            continue
        out.append(to_plain(node.val))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


_SCALARS = (type(None), bool, int, float, str)


def to_plain(value: Any, depth: int = 0, kind: str = "") -> Any:
    """Turn a return value into JSON-able data, trusting only exact built-in types."""
    if depth > 200:
        raise Unserializable("the returned value is nested too deeply")
    if kind == "list_node":
        return list_form(value)
    if kind == "tree_node":
        return tree_form(value)
    t = type(value)
    if t in _SCALARS:
        return value
    if t is list or t is tuple:
        return [to_plain(v, depth + 1) for v in value]
    if t is set or t is frozenset:
        items = [to_plain(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    if t is dict:
        out = {}
        for k, v in value.items():
            if type(k) not in (str, int):
                raise Unserializable(f"a dict key of type {type(k).__name__} is not plain data")
            out[str(k)] = to_plain(v, depth + 1)
        return out
    if t is ListNode:
        return list_form(value)
    if t is TreeNode:
        return tree_form(value)
    module = getattr(t, "__module__", "") or ""
    if module.split(".")[0] == "numpy":
        tolist = getattr(value, "tolist", None)
        if tolist is not None:
            return to_plain(tolist(), depth + 1)
    raise Unserializable(f"returned a {t.__name__}, which is not plain data")


def user_traceback(exc: BaseException) -> str:
    # Walk the frames cheaply and format only the two ends: formatting all 100,000 frames of
    # a runaway recursion takes seconds, outside the per-test timer.
    walked = [
        (frame, line)
        for frame, line in traceback.walk_tb(exc.__traceback__)
        if frame.f_code.co_filename == FILENAME
    ]
    skipped = max(len(walked) - 2 * TRACEBACK_FRAMES, 0)
    if skipped:
        walked = walked[:TRACEBACK_FRAMES] + walked[-TRACEBACK_FRAMES:]
    frames = traceback.StackSummary.extract(iter(walked))
    lines = ["Traceback (most recent call last):\n"] if frames else []
    if skipped:
        lines += traceback.format_list(frames[:TRACEBACK_FRAMES])
        lines.append(f"  ... {skipped} more frames ...\n")
        lines += traceback.format_list(frames[TRACEBACK_FRAMES:])
    else:
        lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    text = "".join(lines)
    return text if len(text) < 8000 else text[:4000] + "\n...\n" + text[-3000:]


def find_callable(namespace: dict[str, Any], entry: dict[str, Any]) -> tuple[Any, str]:
    """The LeetCode `class Solution` method, else the snake_case or camelCase function."""
    method = entry.get("method")
    function = entry["function"]
    cls = namespace.get("Solution")
    if isinstance(cls, type) and method and callable(getattr(cls, method, None)):
        return ("solution", method)
    for name in (function, method):
        if name and callable(namespace.get(name)):
            return ("function", name)
    names = " or ".join(repr(n) for n in (function, method) if n)
    wanted = f"a function {names}"
    if method:
        wanted += f", or class Solution with method {method!r}"
    return ("missing", f"the submission must define {wanted}")


_os_open, _os_read, _os_close = os.open, os.read, os.close  # taken before submitted code runs


def peak_kb() -> int:
    # Linux keeps ru_maxrss across exec, so a child of a large process (the web server) would
    # start out "using" its parent's memory; VmHWM counts this process image alone.
    with contextlib.suppress(OSError, ValueError, IndexError):
        fd = _os_open("/proc/self/status", os.O_RDONLY)
        try:
            status = _os_read(fd, 1 << 16)
        finally:
            _os_close(fd)
        for line in status.splitlines():
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def apply_rlimits(limits: dict[str, Any]) -> None:
    """Limits the job asks for; the sandbox (cgroups, Docker) may add stricter ones."""
    pairs = [
        (resource.RLIMIT_AS, limits.get("as_mb"), 1 << 20),
        (resource.RLIMIT_CPU, limits.get("cpu_s"), 1),
        (resource.RLIMIT_FSIZE, limits.get("fsize_mb"), 1 << 20),
        (resource.RLIMIT_NPROC, limits.get("nproc"), 1),
        (resource.RLIMIT_CORE, 0, 1),
    ]
    for which, value, unit in pairs:
        if value is None:
            continue
        # A hard limit cannot be raised; the lower one already in force then stays.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (int(value) * unit, int(value) * unit))


def serve(run: Any, prepare: Any = None) -> None:
    """The harness's life: read the job, lock down the descriptors, run it, report `done`.

    Shared by every harness script: `run(job, emit)` does the kind-specific work.
    """
    result_fd = os.dup(1)
    if prepare is not None:
        prepare()
    job = json.loads(sys.stdin.buffer.read() or b"{}")
    apply_rlimits(job.get("rlimits") or {})
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    out = os.fdopen(result_fd, "w", encoding="utf-8", buffering=1)

    def emit(obj: dict[str, Any]) -> None:
        out.write(_dumps(obj) + "\n")
        out.flush()

    try:
        run(job, emit)
    finally:
        emit({"event": "done"})
        out.flush()
        os._exit(0)  # also ends threads the submission left running


def _load_prelude() -> None:
    # Load the prelude's modules before waiting for the job, so a process started ahead of
    # time (the Docker runner's warm pool) has them ready when the job comes.
    exec(compile(PRELUDE, "<prelude>", "exec"), {})


def main() -> None:
    serve(run_job, _load_prelude)


def run_job(job: dict[str, Any], emit: Any) -> None:
    code = job["code"]
    entry = job["entry"]
    time_limit = float(job["time_limit"])
    memory_kb = int(job.get("memory_kb") or 0)
    writer = CappedWriter(int(job.get("output_limit", 1 << 20)))
    sys.stdout = sys.stderr = writer  # type: ignore[assignment]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    try:
        compiled = compile(code, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as exc:
        emit({"event": "compile_error", "message": _syntax_message(exc)})
        return
    except ValueError as exc:  # e.g. NUL bytes in the source
        emit({"event": "compile_error", "message": str(exc)})
        return

    namespace: dict[str, Any] = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode}
    exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
    fired = {"time": False}

    def on_alarm(signum: int, frame: Any) -> None:
        fired["time"] = True
        raise _TimeUp()

    _set_handler(_SIGALRM, on_alarm)
    load_start = _clock()
    try:
        _setitimer(_REAL, max(time_limit, 1.0) * 2)
        exec(compiled, namespace)
        _setitimer(_REAL, 0)
    except _OutputFull:
        emit({"event": "load_error", "status": "output", "error": "printed too much output"})
        return
    except _TimeUp:
        emit({"event": "load_error", "status": "timeout", "error": "timed out at import"})
        return
    except MemoryError:
        emit({"event": "load_error", "status": "memory", "error": "MemoryError at import"})
        return
    except BaseException as exc:
        _setitimer(_REAL, 0)
        emit({"event": "load_error", "status": "error", "error": user_traceback(exc)})
        return
    mode, name = find_callable(namespace, entry)
    if mode == "missing":
        emit({"event": "compile_error", "message": name})
        return
    emit({"event": "ready", "load_time": _clock() - load_start, "call": name})
    # Everything alive now (job, module, prelude) is long-lived: keep it out of the per-test
    # collections so they cost the same for every test.
    gc.collect()
    gc.freeze()

    arg_types = entry.get("arg_types") or []
    return_type = entry.get("return_type") or ""
    for index, test in enumerate(job["tests"]):
        emit({"event": "start", "index": index})
        result = run_test(
            test,
            index,
            namespace,
            mode,
            name,
            arg_types,
            return_type,
            time_limit,
            memory_kb,
            writer,
            fired,
        )
        emit(result)
        if job.get("stop_on_failure") and result["status"] != "ok":
            break
        if writer.full:
            break


def run_test(
    test: dict[str, Any],
    index: int,
    namespace: dict[str, Any],
    mode: str,
    name: str,
    arg_types: list[str],
    return_type: str,
    time_limit: float,
    memory_kb: int,
    writer: CappedWriter,
    fired: dict[str, bool],
) -> dict[str, Any]:
    result: dict[str, Any] = {"event": "test", "index": index, "name": test.get("name")}
    # Fresh inputs for every test: decoded from text, so no call sees another's mutations.
    args = json.loads(test["args_json"]) if "args_json" in test else test["args"]
    for i, kind in enumerate(arg_types):
        if i < len(args) and kind == "list_node":
            args[i] = build_list(args[i])
        elif i < len(args) and kind == "tree_node":
            args[i] = build_tree(args[i])
    try:
        fn = getattr(namespace["Solution"](), name) if mode == "solution" else namespace[name]
    except BaseException as exc:
        result.update(status="error", time=0.0, memory_kb=peak_kb(), error=user_traceback(exc))
        return result
    gc.collect()
    fired["time"] = False
    elapsed = 0.0
    status, value, error = "ok", None, ""
    start = _clock()
    try:
        _setitimer(_REAL, time_limit + 0.05)
        value = fn(*args)
        _setitimer(_REAL, 0)
        elapsed = _clock() - start
    except BaseException as exc:
        _setitimer(_REAL, 0)
        elapsed = _clock() - start
        if isinstance(exc, _TimeUp) or fired["time"]:
            status = "timeout"
        elif isinstance(exc, _OutputFull) or writer.full:
            status = "output"
        elif isinstance(exc, MemoryError):
            status = "memory"
        else:
            status, error = "error", user_traceback(exc)
    if status == "ok" and (fired["time"] or elapsed > time_limit):
        status = "timeout"
    if status == "ok" and writer.full:
        status = "output"
    if status == "ok":
        try:
            value = to_plain(value, kind=return_type)
            result["value_json"] = _dumps(value)
        except Unserializable as exc:
            status, error = "unserializable", str(exc)
        except (RecursionError, ValueError, TypeError) as exc:
            status, error = (
                "unserializable",
                f"the returned value cannot be turned into data: {exc}",
            )
    memory = peak_kb()
    # A call that went past the memory limit is MLE even if the timer fired first: near a
    # container's memory limit the kernel reclaims and thrashes before its OOM killer acts.
    if status in ("ok", "timeout") and memory_kb and memory > memory_kb:
        status = "memory"
    result.update(status=status, time=elapsed, memory_kb=memory, error=error, stdout=writer.take())
    return result


def _syntax_message(exc: SyntaxError) -> str:
    where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
    text = (exc.text or "").rstrip("\n")
    caret = ""
    if text and exc.offset:
        caret = "\n    " + " " * (exc.offset - 1 - (len(text) - len(text.lstrip()))) + "^"
    shown = f"\n    {text.strip()}{caret}" if text else ""
    return f"{type(exc).__name__}: {exc.msg} ({FILENAME}, {where}){shown}"


if __name__ == "__main__":
    main()
