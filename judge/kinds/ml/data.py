"""Datasets: made on the host by the problem folder's seeded `dataset.py`, and their transport.

`dataset.py` defines `make(spec) -> dict[str, numpy.ndarray]` (author code, trusted, host
side). A spec is the test's `args.dataset`, e.g. {"seed": 3, "n_train": 10000, ...}; the same
spec always gives the same arrays. Only the arrays a task's steps name (X_train, y_train,
X_test, ...) travel to the sandbox, as base64 float64/int64; targets such as y_test stay here.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from judge.model import Problem
from judge.problem import ProblemError, load_author_module

Arrays = dict[str, np.ndarray]

DATASET_FILE = "dataset.py"
_CACHE_BYTES = 256 << 20  # made datasets (and their encodings) kept for the next judging


class Made:
    """Datasets already made, and their encodings, within a byte budget. One lives in the
    problem's memo, which a Catalog shares among its problems: the budget is the catalog's."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], Arrays] = {}
        self.encodings: dict[int, tuple[np.ndarray, dict[str, Any]]] = {}

    def keep(self, key: tuple[str, str], data: Arrays) -> None:
        size = sum(a.nbytes for a in data.values())
        if size > _CACHE_BYTES:
            return
        while self.data and self.size() + size > _CACHE_BYTES:
            self.data.pop(next(iter(self.data)))
        self.data[key] = data

    def size(self) -> int:
        return sum(a.nbytes for d in self.data.values() for a in d.values())


def _made(problem: Problem) -> Made:
    made: Made = problem.remember("ml-datasets", Made)
    return made


def module_of(problem: Problem) -> ModuleType:
    path = problem.path / DATASET_FILE
    mtime = path.stat().st_mtime_ns if path.is_file() else 0
    module: ModuleType = problem.remember(
        ("ml-dataset-module", str(path), mtime), lambda: _module(path)
    )
    return module


def _module(path: Path) -> ModuleType:
    where = f"problem {path.parent.name!r}"
    if not path.is_file():
        raise ProblemError(f"{path}: {where}: ML problems need a {DATASET_FILE} with make(spec)")
    module = load_author_module(path, where)
    if not callable(getattr(module, "make", None)):
        raise ProblemError(f"{path}: {where}: must define make(spec)")
    return module


def make(problem: Problem, spec: dict[str, Any]) -> Arrays:
    """The dataset for one test, made once and then reused while it fits in the cache."""
    key = (str(problem.path), json.dumps(spec, sort_keys=True))
    made = _made(problem)
    hit = made.data.get(key)
    if hit is not None:
        return hit
    data = fresh(problem, spec)
    made.keep(key, data)
    return data


def fresh(problem: Problem, spec: dict[str, Any]) -> Arrays:
    """Call make(spec) and check what it gives: named arrays of finite numbers."""
    path = problem.path / DATASET_FILE
    where = f"{path}: problem {problem.slug!r}: make({json.dumps(spec)})"
    try:
        raw = module_of(problem).make(dict(spec))
    except ProblemError:
        raise
    except Exception as exc:
        raise ProblemError(f"{where} failed: {exc!r}") from None
    if not isinstance(raw, dict):
        raise ProblemError(f"{where}: must return a dict of arrays")
    data: Arrays = {}
    for name, value in raw.items():
        arr = np.asarray(value)
        if arr.dtype.kind == "b":
            arr = arr.astype(np.int64)
        if arr.dtype.kind not in "iuf":
            raise ProblemError(f"{where}: {name!r} is not numbers (dtype {arr.dtype})")
        arr = np.array(arr, dtype=np.float64 if arr.dtype.kind == "f" else np.int64, order="C")
        if arr.dtype.kind == "f" and not np.isfinite(arr).all():
            raise ProblemError(f"{where}: {name!r} holds NaN or infinite values")
        arr.setflags(write=False)
        data[str(name)] = arr
    return data


def encoded(problem: Problem, arr: np.ndarray) -> dict[str, Any]:
    """`encode`, remembered for the cached (read-only) dataset arrays."""
    cache = _made(problem).encodings
    hit = cache.get(id(arr))
    if hit is not None and hit[0] is arr:
        return hit[1]
    if sum(a.nbytes for a, _ in cache.values()) > _CACHE_BYTES:
        cache.clear()
    value = encode(arr)
    cache[id(arr)] = (arr, value)
    return value


def encode(arr: np.ndarray) -> dict[str, Any]:
    arr = np.ascontiguousarray(arr).reshape(arr.shape)  # keeps 0-d arrays 0-d
    return {
        "dtype": arr.dtype.str,
        "shape": list(arr.shape),
        "data": base64.b64encode(arr.tobytes()).decode("ascii"),
    }


# An answer's shape is quoted in messages ("returned shape (3, 2)"): an empty array could
# take any sides, dozens of them, and spell a hidden test's input in their digits.
MAX_AXES = 4  # answers are numbers, vectors and matrices: a few more axes is a wrong shape
MAX_EMPTY_SIDE = 1024  # the longest side of an array with no values in it


def _shape(sides: Any, size: int) -> list[int]:
    shape = [int(n) for n in sides]
    longest = max(size, MAX_EMPTY_SIDE)
    if len(shape) > MAX_AXES or any(not 0 <= n <= longest for n in shape):
        raise ValueError(f"an array of {len(shape)} axes, or with a side longer than its values")
    return shape


def decode(value: Any) -> Any:
    """Harness output as NumPy: encoded arrays become arrays, containers are walked."""
    if isinstance(value, dict) and value.get("__ndarray__") is True:
        dtype = np.dtype(str(value["dtype"]))
        if dtype.kind not in "biuf":
            raise ValueError(f"unexpected dtype {dtype}")
        raw = base64.b64decode(str(value["data"]))
        values = np.frombuffer(raw, dtype=dtype)
        return values.reshape(_shape(value["shape"], values.size))
    if isinstance(value, dict):
        return {str(k): decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value
