"""The ML worker: runs a from-scratch model (standard library, NumPy and, when the submission
imports it, torch without autograd: kinds/ml/worker_torch.py), one test per request.

Started by the supervisor (judge/supervisor/supervisor.py) as its own process; nothing it
says about time or memory decides anything (the supervisor measures both from outside; the
fit/predict split it reports is shown as a note). Requests and answers:

- setup: {"code", "entry": {"name", "kind": "class"|"functions", "functions": [...]},
  "allowed_modules", "allowed_text", "forbidden_calls": {dotted: why}, "output_limit",
  "torch": bool, "torch_why": {"autograd", "library", "solvers"}, "torch_methods": [...]}
  -> {"status": "ready", "call"} | {"status": "compile_error", "message"} |
  {"status": "load_error", "kind", "error"}
- {"op": "test", "data": {"name", "arrays": {name: encoded array}, "steps": [...],
  "twice": bool}} -> {"status", "error", "fit_time", "predict_time", "outputs" (plain data,
  arrays encoded), "warnings", "stdout", ...}. Arrays are {"dtype", "shape", "data": base64};
  only inputs come here: the targets the host scores against stay on the host.
- steps, run in order on fresh copies of the inputs: {"op": "new", "kwargs"} builds the model;
  {"op": "call", "method"|"function", "args": [array names], "kwargs", "phase", "out",
  "returns_self"}; {"op": "get", "attr", "out"}; {"op": "set", "attr", "items": {key: array}}.
"""

from __future__ import annotations

import base64
import builtins
import gc
import importlib.abc
import importlib.util
import json
import os
import sys
import time
import warnings
from types import ModuleType
from typing import Any

import numpy as np

# Loaded by workerlib.py, the entry point, which registers itself under this name.
lib = sys.modules["judge_workerlib"]
FILENAME = lib.FILENAME
MAX_OUTPUT_BYTES = 12 << 20  # encoded outputs of one test (the supervisor takes 16 MiB)
_clock = time.perf_counter  # taken before submitted code runs (the split is only a note)
MAX_WARNINGS = 5


class Forbidden(BaseException):
    """A refused library or call; BaseException so `except Exception` lets it by."""


class _Refusal(ModuleNotFoundError):
    """What a refused import raises: an ImportError, so `try: import x` fallbacks still work."""


class Unserializable(Exception):
    pass


TORCH_BY_NAME = (
    "import torch by name at the top of the file (`import torch`): the judge prepares torch, "
    "without autograd, for answers that do"
)
torch_guard: Any = None  # worker_torch.py, loaded for a submission that imports torch


class ImportGuard(importlib.abc.MetaPathFinder):
    """Refuses modules outside the standard library and the allowed packages."""

    def __init__(self, allowed: set[str], why: str) -> None:
        self.allowed = allowed | set(sys.stdlib_module_names) | {"__main__"}
        self.why = why

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        top = fullname.partition(".")[0]
        if top not in self.allowed and not top.startswith("_"):
            why = TORCH_BY_NAME if top == "torch" else self.why
            raise _Refusal(f"import of {top!r} is refused: {why}", name=fullname)
        return None


def load_torch_guard(setup: dict[str, Any]) -> None:
    global torch_guard
    path = os.path.join(lib.ROOT, "kinds", "ml", "worker_torch.py")
    torch_guard = lib.load_file("judge_worker_ml_torch", path)
    torch_guard.install(setup, Forbidden)


def _blocker(dotted: str, why: str) -> Any:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise Forbidden(f"{dotted} is not allowed in this task: {why}")

    return refused


def patch_forbidden(calls: dict[str, str]) -> None:
    """Replace refused NumPy functions where user code can reach them (package attributes);
    a name ending in * stands for every function of the module whose name starts so."""
    for dotted, why in calls.items():
        module_name, _, attr = dotted.rpartition(".")
        module = sys.modules.get(module_name)
        if not isinstance(module, ModuleType):
            continue
        prefix = attr[:-1] if attr.endswith("*") else None
        names = [n for n in dir(module) if n.startswith(prefix)] if prefix else [attr]
        for name in names:
            target = getattr(module, name, None)
            if callable(target) and not isinstance(target, type):
                setattr(module, name, _blocker(f"{module_name}.{name}", why))


def decode(spec: dict[str, Any]) -> Any:
    raw = base64.b64decode(spec["data"])
    # Read-only over the decoded bytes: no copy (calls get writable copies of their own).
    return np.frombuffer(raw, dtype=np.dtype(spec["dtype"])).reshape(spec["shape"])


def encode_array(arr: Any) -> dict[str, Any]:
    arr = np.ascontiguousarray(arr).reshape(np.shape(arr))  # keeps 0-d arrays 0-d
    return {
        "__ndarray__": True,
        "dtype": arr.dtype.str,
        "shape": list(arr.shape),
        "data": base64.b64encode(arr.tobytes()).decode("ascii"),
    }


def encode(value: Any, depth: int = 0) -> Any:
    """A returned value as plain data: numbers, lists, string-keyed dicts, encoded arrays."""
    if depth > 20:
        raise Unserializable("the returned value is nested too deeply")
    if torch_guard is not None:
        value = torch_guard.to_numpy(value)  # a tensor travels as the NumPy array it holds
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, np.generic):
        if value.dtype.kind in "biuf":
            return value.item()
        raise Unserializable(f"a NumPy scalar of dtype {value.dtype}")
    if type(value) is dict:
        out = {}
        for k, v in value.items():
            if type(k) is not str:
                raise Unserializable(f"a dict key of type {type(k).__name__}")
            out[k] = encode(v, depth + 1)
        return out
    try:
        arr = np.asarray(value)
    except Exception:
        arr = None
    if arr is not None and arr.dtype.kind in "biuf":
        return encode_array(arr)
    if type(value) in (list, tuple):
        return [encode(v, depth + 1) for v in value]
    if arr is not None and arr.dtype.kind == "c":
        raise Unserializable("an array of complex numbers")
    kind = f"an array of dtype {value.dtype}" if isinstance(value, np.ndarray) else None
    raise Unserializable(kind or f"a {type(value).__name__}, which is not numbers")


def encoded_size(value: Any) -> int:
    """About how many bytes an encoded value takes on the result channel."""
    if isinstance(value, dict):
        if value.get("__ndarray__") is True:
            return len(value["data"]) + 64
        return sum(len(k) + encoded_size(v) for k, v in value.items())
    if isinstance(value, list):
        return sum(encoded_size(v) for v in value) + 2
    return len(str(value)) + 2


def describe_call(step: dict[str, Any], model_name: str) -> str:
    args = ", ".join(step.get("args") or [])
    if "function" in step:
        return f"{step['function']}({args})"
    return f"{model_name}.{step['method']}({args})"


class Stop(Exception):
    """Ends one run of a test early with a status (never raised into user code)."""

    def __init__(self, status: str, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.extra = extra


class Run:
    """One pass over a test's steps: a fresh model, fresh input copies, its own time budget."""

    def __init__(self, ctx: Context, arrays: dict[str, Any]) -> None:
        self.ctx = ctx
        self.arrays = arrays
        self.model: Any = None
        self.outputs: dict[str, Any] = {}
        self.times = {"fit": 0.0, "predict": 0.0}
        self.elapsed = 0.0
        self.warnings: list[str] = []
        self.out_bytes = 0

    def go(self, steps: list[dict[str, Any]]) -> None:
        for step in steps:
            op = step["op"]
            if op == "new":
                self.model = self.timed(
                    "fit", f"{self.ctx.name}(...)", self.ctx.entry, [], step.get("kwargs") or {}
                )
            elif op == "call":
                self.call(step)
            elif op == "get":
                self.get(step)
            elif op == "set":
                self.set(step)

    def call(self, step: dict[str, Any]) -> None:
        label = describe_call(step, self.ctx.name)
        if "function" in step:
            fn = self.ctx.namespace.get(step["function"])
        else:
            fn = getattr(self.model, step["method"], None)
            if not callable(fn):
                raise Stop("api", f"{self.ctx.name} has no method {step['method']}: {label}")
        names = step.get("args") or []
        args = [self.arrays[name].copy() for name in names]
        value = self.timed(step.get("phase", "fit"), label, fn, args, step.get("kwargs") or {})
        for name, passed in zip(names, args, strict=True):
            if changed(passed, self.arrays[name]):
                raise Stop(
                    "mutated",
                    f"{label} changed its argument {name} in place: the caller's data must "
                    "stay as it was (work on a copy)",
                    argument=name,
                )
        if step.get("returns_self") and value is not self.model:
            raise Stop(
                "not_self",
                f"{label} must return self (the model), not {type(value).__name__}",
            )
        if step.get("out"):
            self.keep(step["out"], value, label)

    def get(self, step: dict[str, Any]) -> None:
        attr = step["attr"]
        missing = object()
        value = getattr(self.model, attr, missing)
        if value is missing:
            raise Stop("api", f"after fit, {self.ctx.name} has no attribute {attr}")
        self.keep(step.get("out") or attr, value, f"{self.ctx.name}.{attr}")

    def set(self, step: dict[str, Any]) -> None:
        attr = step["attr"]
        target = getattr(self.model, attr, None)
        if not isinstance(target, dict):
            raise Stop("api", f"{self.ctx.name}.{attr} must be a dict after construction")
        for key, name in step["items"].items():
            target[key] = self.arrays[name].copy()

    def keep(self, out: str, value: Any, label: str) -> None:
        try:
            encoded = encode(value)
            size = encoded_size(encoded)
        except Unserializable as exc:
            raise Stop("unserializable", f"{label} returned {exc}") from None
        except (RecursionError, ValueError, TypeError, OverflowError) as exc:
            raise Stop("unserializable", f"{label} returned something unreadable: {exc}") from None
        self.out_bytes += size
        if self.out_bytes > MAX_OUTPUT_BYTES:
            raise Stop("unserializable", f"{label} returned far more data than asked for")
        self.outputs[out] = encoded

    def timed(self, phase: str, label: str, fn: Any, args: list[Any], kwargs: Any) -> Any:
        start = _clock()
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("default")
                value = fn(*args, **kwargs)
                if torch_guard is not None:
                    torch_guard.check()
        except BaseException as exc:
            self.account(phase, start)
            raise self.failure(exc, phase, label) from None
        self.account(phase, start)
        for w in caught:
            text = f"{w.category.__name__}: {w.message}"
            if text not in self.warnings and len(self.warnings) < MAX_WARNINGS:
                self.warnings.append(text)
        if self.ctx.writer.full:
            raise Stop("output", "printed more output than allowed")
        return value

    def account(self, phase: str, start: float) -> None:
        spent = _clock() - start
        self.elapsed += spent
        self.times[phase] = self.times.get(phase, 0.0) + spent

    def failure(self, exc: BaseException, phase: str, label: str) -> Stop:
        if isinstance(exc, lib.OutputFull) or self.ctx.writer.full:
            return Stop("output", "printed more output than allowed")
        if isinstance(exc, MemoryError):
            return Stop("memory", f"MemoryError in {label}")
        refused = refusal(exc)
        if refused:
            return Stop("forbidden", refused)
        return Stop("error", lib.user_traceback(exc))


def changed(passed: Any, original: Any) -> bool:
    """Whether a call altered the copy it was given (values, shape or dtype), bit for bit."""
    if not isinstance(passed, np.ndarray) or passed.dtype != original.dtype:
        return True
    if passed.shape != original.shape:
        return True
    return not np.array_equal(
        passed.reshape(-1).view(np.uint8), original.reshape(-1).view(np.uint8)
    )


def refusal(exc: BaseException | None) -> str:
    """The refusal message if a refused import or call caused this exception."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, (Forbidden, _Refusal)):
            return str(exc.args[0] if exc.args else exc)
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return ""


class Context:
    """What every test shares: the submission's namespace, limits and output capture."""

    def __init__(self, setup: dict[str, Any], namespace: dict[str, Any], writer: Any) -> None:
        self.namespace = namespace
        self.name = setup["entry"]["name"]
        self.entry = namespace.get(self.name)
        self.writer = writer


def run_test(ctx: Context, test: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    arrays = {name: decode(spec) for name, spec in test["arrays"].items()}
    for array in arrays.values():
        array.setflags(write=False)  # the originals: calls get writable copies
    runs: list[Run] = []
    status, error, extra = "ok", "", {}
    for _ in range(2 if test.get("twice") else 1):
        gc.collect()
        run = Run(ctx, arrays)
        runs.append(run)
        try:
            run.go(test["steps"])
        except Stop as stop:
            status, error, extra = stop.status, stop.error, stop.extra
            break
    if status == "ok" and len(runs) == 2:
        differ = first_difference(runs[0].outputs, runs[1].outputs)
        if differ is not None:
            status, error, extra = "nondeterministic", "", differ
    slowest = max(runs, key=lambda r: r.elapsed)
    result.update(
        status=status,
        error=error,
        fit_time=slowest.times["fit"],
        predict_time=slowest.times["predict"],
        warnings=runs[0].warnings,
        stdout=ctx.writer.take(),
        **extra,
    )
    if status in ("ok", "nondeterministic"):
        result["outputs"] = runs[0].outputs
    elif runs[-1].outputs:
        result["outputs"] = runs[-1].outputs  # what was read before it failed: for messages
    return result


def first_difference(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    """Which output two seeded runs disagree on, and in how many values."""
    for name in a:
        if json.dumps(a[name]) == json.dumps(b.get(name)):
            continue
        total = differ = 0
        for x, y in zip(_arrays(a[name]), _arrays(b.get(name)), strict=False):
            xa, ya = decode(x), decode(y)
            total += xa.size
            if xa.shape != ya.shape:
                differ += xa.size
            else:
                xf, yf = xa.astype(np.float64), ya.astype(np.float64)
                same = (xf == yf) | (np.isnan(xf) & np.isnan(yf))
                differ += int(xa.size - np.count_nonzero(same))
        return {"output": name, "differ": differ, "size": total}
    return None


def _arrays(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict) and value.get("__ndarray__"):
        return [value]
    if isinstance(value, dict):
        return [a for v in value.values() for a in _arrays(v)]
    if isinstance(value, list):
        return [a for v in value for a in _arrays(v)]
    return [encode_array(np.asarray(float(value)))] if isinstance(value, (int, float)) else []


class Worker:
    def __init__(self) -> None:
        self.ctx: Context | None = None

    def load(self, setup: dict[str, Any]) -> dict[str, Any]:
        code = setup["code"]
        entry = setup["entry"]
        writer = lib.CappedWriter(int(setup.get("output_limit", 1 << 20)))
        compiled, message = lib.compile_submission(code)
        if compiled is None:
            return {"status": "compile_error", "message": message}
        # Refusals go in before any user code runs, so `from numpy.linalg import lstsq` at the
        # top of the submission already picks up the blocker.
        allowed = set(setup.get("allowed_modules") or ["numpy"])
        why = (
            setup.get("allowed_text") or "only NumPy and the Python standard library are available"
        )
        if setup.get("torch"):
            load_torch_guard(setup)  # before the import guard: torch imports what it needs
        else:
            allowed.discard("torch")
        sys.meta_path.insert(0, ImportGuard(allowed, why))
        patch_forbidden(setup.get("forbidden_calls") or {})
        namespace: dict[str, Any] = {"__name__": "solution", "__builtins__": builtins}
        sys.stdout = sys.stderr = writer
        try:
            exec(compiled, namespace)
        except BaseException as exc:
            return load_failure(exc, writer)
        missing = missing_entry(namespace, entry)
        if missing:
            return {"status": "compile_error", "message": missing}
        gc.collect()
        gc.freeze()
        self.ctx = Context(setup, namespace, writer)
        return {"status": "ready", "call": entry["name"]}

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.ctx is not None
        return run_test(self.ctx, request["data"])


def main() -> None:
    worker = Worker()
    lib.serve(worker.load, worker.handle)


def load_failure(exc: BaseException, writer: Any) -> dict[str, Any]:
    refused = refusal(exc)
    if refused:
        return {"status": "compile_error", "message": refused}
    if isinstance(exc, lib.OutputFull) or writer.full:
        return {"status": "load_error", "kind": "output", "error": "printed too much output"}
    if isinstance(exc, MemoryError):
        return {"status": "load_error", "kind": "memory", "error": "MemoryError at import"}
    return {"status": "load_error", "kind": "error", "error": lib.user_traceback(exc)}


def missing_entry(namespace: dict[str, Any], entry: dict[str, Any]) -> str:
    if entry.get("kind") == "functions":
        names = entry.get("functions") or [entry["name"]]
        absent = [n for n in names if not callable(namespace.get(n))]
        if absent:
            listed = ", ".join(f"{n}()" for n in absent)
            return f"the submission must define the function{'s' * (len(absent) > 1)} {listed}"
        return ""
    if not isinstance(namespace.get(entry["name"]), type):
        return f"the submission must define class {entry['name']}"
    return ""
