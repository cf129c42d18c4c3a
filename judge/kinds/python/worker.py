"""The Python worker: runs a LeetCode-style submission, one test per request.

Started by the supervisor (judge/supervisor/supervisor.py) as its own process; it never sees
the job, later tests' inputs or expected answers, and nothing it says about time or memory
counts: the supervisor measures those from outside. Requests and answers:

- setup: {"code", "entry": {"function", "method", "arg_types", "return_type", "in_place",
  "methods"}, "output_limit"} -> {"status": "ready", "call"} |
  {"status": "compile_error", "message"} |
  {"status": "load_error", "kind": "error"|"output"|"memory", "error"}
- {"op": "test", "data": {"args"}} -> {"status": "ok", "value", "stdout"} |
  {"status": "error"|"unserializable"|"output"|"memory", "error", "stdout"}

The value is JSON in base64: one string, however nested the value, so the supervisor can
bound what it decodes. The function judged is the last top-level definition, in the
source, among `class Solution` (with the method), the snake_case and camelCase functions.
Where `in_place` names an argument (by index), the answer is that argument after the call.
A design problem (`methods` given) names a class instead: a test's arguments are LeetCode's
two lists, operations and their arguments; the answer is the list of results, null for the
constructor. Answers become plain data as LeetCode's serializer would: any iterable the
standard library makes (dict views, generators, map, zip, range, deque...) is a list.
"""

from __future__ import annotations

import array
import ast
import base64
import collections
import gc
import itertools
import json
import sys
import types
from typing import Any

# Loaded by workerlib.py, the entry point, which registers itself under this name.
lib = sys.modules["judge_workerlib"]
MAX_NODES = 2_000_000  # nodes of a returned structure, items of a returned iterable
# Base64 characters of an answer: the frame (with printed output) stays under the cap.
MAX_ANSWER = lib.protocol.MAX_FRAME - (1 << 20)
_dumps = json.dumps  # taken before submitted code runs
_b64 = base64.b64encode

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
    """A linked list's values; a node met twice (a cycle) is named at once, not after a
    walk to the length cap that the submission would pay for."""
    out: list[Any] = []
    # Nodes by id, held: a node made as it is read (a `next` property) and dropped at once
    # would free its id for the next one, which would then look like a node met before.
    seen: dict[int, Any] = {}
    while head is not None:
        if id(head) in seen:
            raise Unserializable(
                f"the linked list has a cycle: after {len(out)} nodes, node {len(out) + 1} "
                f"(val {str(to_plain(head.val))[:40]}) is one met before"
            )
        seen[id(head)] = head
        out.append(to_plain(head.val))
        head = head.next
        if len(out) > MAX_NODES:
            raise Unserializable("the linked list is too long")
    return out


def tree_form(root: Any) -> list[Any]:
    out: list[Any] = []
    queue = [root]
    seen: set[int] = set()
    for node in queue:
        if len(queue) > MAX_NODES:
            raise Unserializable("the tree is too large")
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise Unserializable("the tree has a cycle or a node shared by two parents")
        seen.add(id(node))
        out.append(to_plain(node.val))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


_SCALARS = (type(None), bool, int, float, str)
# Iterables LeetCode's serializer turns into a list; matched by exact type, taken before
# submitted code runs. Counted as they are read: an endless generator is a clear answer.
_ITERABLES = frozenset(
    [
        type({}.keys()),
        type({}.values()),
        type({}.items()),
        types.GeneratorType,
        map,
        filter,
        zip,
        range,
        reversed,
        enumerate,
        collections.deque,
        array.array,
        type(iter([])),
        type(iter(())),
        type(iter(range(0))),
        type(reversed([])),
        type(iter(set())),
        type(iter("")),
        type(iter({})),
        type(iter({}.values())),
        type(iter({}.items())),
        *(t for n, t in vars(itertools).items() if isinstance(t, type) and n[0] != "_"),
    ]
)
_DICTS = (dict, collections.defaultdict, collections.OrderedDict, collections.Counter)


class UserError(Exception):
    """Submitted code raised while its answer was being read (a generator's body)."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.exc = exc


def _items(value: Any, depth: int) -> list[Any]:
    """The items of an iterable the submission returned, read as LeetCode's serializer reads
    them (all at once, then each made plain); one item past the cap says it is endless,
    without converting anything."""
    try:
        items = list(itertools.islice(value, MAX_NODES + 1))
    except (Unserializable, lib.Stop, MemoryError):
        raise
    except BaseException as exc:
        raise UserError(exc) from exc
    if len(items) > MAX_NODES:
        raise Unserializable(f"the returned iterable has more than {MAX_NODES:,} items (endless?)")
    return [to_plain(item, depth + 1) for item in items]


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
    if t in _ITERABLES:
        return _items(value, depth)
    if t in _DICTS:
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


def find_callable(namespace: dict[str, Any], entry: dict[str, Any], code: str) -> tuple[str, str]:
    """The last top-level definition among class Solution, the snake_case and camelCase names."""
    method = entry.get("method")
    function = entry["function"]
    candidates: list[tuple[int, str, str]] = []
    cls = namespace.get("Solution")
    if isinstance(cls, type) and method and callable(getattr(cls, method, None)):
        candidates.append((_defined_at(code, "Solution"), "solution", method))
    for name in (function, method):
        if name and callable(namespace.get(name)):
            candidates.append((_defined_at(code, name), "function", name))
    if candidates:
        _, mode, name = max(candidates, key=lambda c: c[0])
        return mode, name
    names = " or ".join(repr(n) for n in (function, method) if n)
    wanted = f"a function {names}"
    if method:
        wanted += f", or class Solution with method {method!r}"
    return "missing", f"the submission must define {wanted}"


def _defined_at(code: str, name: str) -> int:
    """Where the last top-level statement binding `name` starts (-1: not found)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return -1
    where = -1
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name == name:
                where = node.lineno
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                where = node.lineno
    return where


def find_class(namespace: dict[str, Any], entry: dict[str, Any]) -> tuple[str, str]:
    """A design problem's class and its methods, as LeetCode's template declares them."""
    name = str(entry["function"])
    methods = [str(m) for m in entry.get("methods") or []]
    cls = namespace.get(name)
    if not isinstance(cls, type):
        return "missing", f"the submission must define class {name} (with {', '.join(methods)})"
    absent = [m for m in methods if not callable(getattr(cls, m, None))]
    if absent:
        return "missing", f"class {name} must define the method(s) {', '.join(absent)}"
    return "design", name


def call_text(op: str, params: Any) -> str:
    """`get("foo", 3)`: an operation as a message shows it."""
    try:
        shown = ", ".join(_dumps(p) for p in params)
    except (TypeError, ValueError):
        shown = "..."
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"{op}({shown})"


class Submission:
    """The loaded submission and what each test needs of it."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {}
        self.mode = ""
        self.name = ""
        self.arg_types: list[str] = []
        self.linked: list[tuple[int, str]] = []
        self.return_type = ""
        self.in_place: int | None = None
        self.writer: Any = None

    def load(self, setup: dict[str, Any]) -> dict[str, Any]:
        code = str(setup["code"])
        entry = setup["entry"]
        self.writer = lib.CappedWriter(int(setup.get("output_limit", 1 << 20)))
        self.arg_types = list(entry.get("arg_types") or [])
        # The arguments built into linked nodes from their lists, as LeetCode passes them.
        self.linked = [
            (i, kind)
            for i, kind in enumerate(self.arg_types)
            if kind in ("list_node", "tree_node", "list_node[]")
        ]
        self.return_type = str(entry.get("return_type") or "")
        in_place = entry.get("in_place")
        self.in_place = in_place if isinstance(in_place, int) else None
        compiled, message = lib.compile_submission(code)
        if compiled is None:
            return {"status": "compile_error", "message": message}
        namespace: dict[str, Any] = {
            "__name__": "solution",
            "ListNode": ListNode,
            "TreeNode": TreeNode,
        }
        exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
        sys.stdout = sys.stderr = self.writer
        try:
            exec(compiled, namespace)
        except lib.OutputFull:
            return {"status": "load_error", "kind": "output", "error": "printed too much output"}
        except MemoryError:
            return {"status": "load_error", "kind": "memory", "error": "MemoryError at import"}
        except BaseException as exc:
            return {"status": "load_error", "kind": "error", "error": lib.user_traceback(exc)}
        if entry.get("methods"):
            mode, name = find_class(namespace, entry)
        else:
            mode, name = find_callable(namespace, entry, code)
        if mode == "missing":
            return {"status": "compile_error", "message": name}
        self.namespace, self.mode, self.name = namespace, mode, name
        # Everything alive now is long-lived: keep it out of the per-test collections.
        gc.collect()
        gc.freeze()
        return {"status": "ready", "call": name}

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        data = request.get("data") or {}
        # Fresh inputs for every test: decoded from its frame, so no call sees another's changes.
        args = data["args"]
        for i, kind in self.linked:
            if i < len(args) and kind == "list_node":
                args[i] = build_list(args[i])
            elif i < len(args) and kind == "tree_node":
                args[i] = build_tree(args[i])
            elif i < len(args) and kind == "list_node[]" and isinstance(args[i], list):
                args[i] = [build_list(v) for v in args[i]]
        writer = self.writer
        try:
            plain = self.design(args) if self.mode == "design" else self.call(args)
        except Unserializable as exc:
            return {"status": "unserializable", "error": str(exc), "stdout": writer.take()}
        except lib.OutputFull:
            return {"status": "output", "stdout": writer.take()}
        except MemoryError:
            return {"status": "memory", "error": "MemoryError", "stdout": writer.take()}
        except BaseException as exc:
            if writer.full:
                return {"status": "output", "stdout": writer.take()}
            where = ""
            if isinstance(exc, Failed):
                where, exc = exc.where, exc.exc
            if isinstance(exc, UserError):
                exc = exc.exc
            error = where + lib.user_traceback(exc)
            return {"status": "error", "error": error, "stdout": writer.take()}
        if writer.full:
            return {"status": "output", "stdout": writer.take()}
        try:
            encoded = _b64(_dumps(plain).encode("utf-8", "surrogatepass")).decode("ascii")
        except (RecursionError, ValueError, TypeError) as exc:
            error = f"the returned value cannot be turned into data: {exc}"
            return {"status": "unserializable", "error": error, "stdout": writer.take()}
        if len(encoded) > MAX_ANSWER:
            # Said here, as a wrong answer: a frame over the supervisor's cap is taken for
            # tampering with the judge.
            size, most = len(encoded) * 3 // 4 >> 20, MAX_ANSWER * 3 // 4 >> 20
            error = f"the returned value is too large ({size} MiB as JSON, at most {most} MiB)"
            return {"status": "unserializable", "error": error, "stdout": writer.take()}
        return {"status": "ok", "value": encoded, "stdout": writer.take()}

    def call(self, args: list[Any]) -> Any:
        """The function's answer as plain data: what it returned, or the in-place argument."""
        if self.mode == "solution":
            fn = getattr(self.namespace["Solution"](), self.name)
        else:
            fn = self.namespace[self.name]
        value = fn(*args)
        if self.in_place is not None and self.in_place < len(args):
            kind = self.arg_types[self.in_place] if self.in_place < len(self.arg_types) else ""
            return _plain(args[self.in_place], kind)
        return _plain(value, self.return_type)

    def design(self, args: list[Any]) -> list[Any]:
        """Construct the class with the first operation, then call each method in turn."""
        ops, params = args
        cls = self.namespace[self.name]
        results: list[Any] = [None]
        try:
            instance = cls(*params[0])
        except BaseException as exc:
            raise Failed(f"operation 0, {call_text(ops[0], params[0])}:\n", exc) from exc
        for i in range(1, len(ops)):
            try:
                results.append(_plain(getattr(instance, ops[i])(*params[i]), ""))
            except Unserializable as exc:
                where = f"operation {i}, {call_text(ops[i], params[i])}"
                raise Unserializable(f"{where}: {exc}") from None
            except (lib.Stop, MemoryError):
                raise
            except BaseException as exc:
                raise Failed(f"operation {i}, {call_text(ops[i], params[i])}:\n", exc) from exc
        return results


class Failed(Exception):
    """A design problem's operation raised: where, and the submission's exception."""

    def __init__(self, where: str, exc: BaseException) -> None:
        super().__init__(where)
        self.where = where
        self.exc = exc


def _plain(value: Any, kind: str) -> Any:
    try:
        return to_plain(value, kind=kind)
    except RecursionError:
        raise Unserializable("the returned value is nested too deeply") from None


def main() -> None:
    # The prelude's modules load before the setup arrives: a worker started ahead of time
    # has them ready.
    exec(compile(PRELUDE, "<prelude>", "exec"), {})
    submission = Submission()
    lib.serve(submission.load, submission.handle)
