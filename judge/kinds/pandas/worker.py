"""The pandas worker: runs a pandas answer to an SQL problem, one dataset per request.

Started by the supervisor (judge/supervisor/supervisor.py) as its own process; it never sees
expected tables, and nothing it says about time or memory counts. Requests and answers:

- setup: {"code", "entry": the starter's function name, "tables": [{"name", "columns":
  [[name, DuckDB type], ...]}], "max_rows", "output_limit"} -> {"status": "ready", "call"} |
  {"status": "compile_error", "message"} | {"status": "load_error", "kind", "error"}
- {"op": "setup", "data": {table: {"columns", "rows"}}} -> {"status": "ok"} |
  {"status": "setup_error", "error"}: the dataset as DataFrames, one per table, with the
  schema's column names and dtypes (timed with the test: the submission, loaded by then,
  could take this step over).
- {"op": "test"} -> {"status": "ok", "columns", "rows", "truncated", "index", "stdout"} |
  {"status": "error"|"unreadable"|"too_large"|"output"|"memory", "error", "stdout"}

The function judged is the submission's own top-level function whose parameters are all
named after tables (case and underscores ignored: `price_log` is PriceLog); the starter's
name wins, else the last such definition. It is called with keyword arguments. Its answer
must be a DataFrame; each cell is sent as plain data with the SQL worker's tags
({"$date": ...}, {"$decimal": ...}), missing values (None, NaN, NaT, pd.NA) as null.
Anything else in a cell, a DataFrame too large, or another type is `unreadable`/`too_large`
with a message saying what was found.
"""

from __future__ import annotations

import builtins
import datetime
import decimal
import math
import sys
import types
from typing import Any

# Loaded by workerlib.py, the entry point, which registers itself under this name.
lib = sys.modules["judge_workerlib"]
FILENAME = lib.FILENAME
MAX_COLUMNS = 200
MAX_DEPTH = 20  # of a list or dict held in a cell
INTEGER = ("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT", "UBIGINT", "UINTEGER")
FLOAT = ("DOUBLE", "FLOAT", "REAL", "DECIMAL", "NUMERIC")


class Unreadable(Exception):
    """The answer cannot be read as a table; the message says why, for the candidate."""


def key(name: str) -> str:
    """A table or parameter name as matched: any case, underscores ignored."""
    return name.lower().replace("_", "")


def dtype_of(sql_type: str) -> str:
    base = sql_type.upper().split("(")[0].strip()
    if base in INTEGER:
        return "Int64"
    if base in FLOAT:
        return "float64"
    if base.startswith(("DATE", "TIMESTAMP")):
        return "datetime64[ns]"
    if base in ("BOOLEAN", "BOOL"):
        return "boolean"
    return "object"


def frame(pd: Any, table: dict[str, Any], data: dict[str, Any] | None) -> Any:
    """One table of the dataset as a DataFrame: the schema's columns, in its order, typed."""
    names = [name for name, _ in table["columns"]]
    given = data or {"columns": names, "rows": []}
    df = pd.DataFrame(given["rows"], columns=given["columns"], dtype=object)
    df = df.reindex(columns=names)  # columns the dataset leaves out are missing values
    for name, sql_type in table["columns"]:
        dtype = dtype_of(sql_type)
        column = df[name]
        if dtype == "datetime64[ns]":
            df[name] = pd.to_datetime(column)
        elif dtype == "object":
            df[name] = column.astype(object).where(column.notna(), None)
        elif dtype == "float64":
            df[name] = pd.to_numeric(column).astype("float64")
        else:
            df[name] = column.astype(dtype)
    return df


def find_entry(namespace: dict[str, Any], tables: dict[str, str], preferred: str) -> Any:
    """The function to call and its keyword arguments' tables; a message when there is none."""
    found: list[tuple[str, Any, dict[str, str]]] = []
    for name, value in list(namespace.items()):
        if not isinstance(value, types.FunctionType) or value.__code__.co_filename != FILENAME:
            continue
        code = value.__code__
        params = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
        chosen = {p: tables[key(p)] for p in params if key(p) in tables}
        distinct = len({key(p) for p in params}) == len(params)
        if params and len(chosen) == len(params) and distinct:
            found.append((name, value, chosen))
    if not found:
        names = ", ".join(_snake(t) for t in tables.values())
        defined = [
            f"{n}({', '.join(v.__code__.co_varnames[: v.__code__.co_argcount])})"
            for n, v in namespace.items()
            if isinstance(v, types.FunctionType) and v.__code__.co_filename == FILENAME
        ]
        seen = f" (found {', '.join(defined[:5])})" if defined else ""
        return (
            None,
            f"define a function whose parameters are named after the tables, "
            f"e.g. def {preferred}({names}), returning a DataFrame{seen}",
        )
    best = next((f for f in found if f[0] == preferred), found[-1])
    return best, ""


def _snake(name: str) -> str:
    out = [("_" + c.lower() if c.isupper() and i else c.lower()) for i, c in enumerate(name)]
    return "".join(out)


def column_name(label: Any) -> str:
    if type(label) is str:
        return label
    if isinstance(label, tuple):
        raise Unreadable(
            "the returned DataFrame's columns are a MultiIndex: flatten them to names "
            "(e.g. df.columns = ['a', 'b'])"
        )
    if type(label) is int or type(label).__name__.startswith(("int", "uint")):
        return str(int(label))
    raise Unreadable(
        f"a column of the returned DataFrame is named by a {type(label).__name__[:40]}, not by text"
    )


class Encoder:
    """Cells as plain data, counting what the answer takes so a flood stops early."""

    def __init__(self, pd: Any, np: Any, limit: int) -> None:
        self.pd, self.np, self.limit, self.size = pd, np, limit, 0

    def charge(self, n: int) -> None:
        self.size += n
        if self.size > self.limit:
            raise TooLarge()

    def cell(self, value: Any, column: str, depth: int = 0) -> Any:
        self.charge(8)
        kind = type(value)
        if value is None or kind is bool or kind is int:
            return value
        if kind is str:
            self.charge(len(value))
            return value
        if kind is float:
            if math.isnan(value):
                return None
            return value if math.isfinite(value) else {"$float": repr(value)}
        pd, np = self.pd, self.np
        if value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, np.generic):
            if isinstance(value, np.datetime64):
                return self.cell(pd.Timestamp(value), column, depth)
            if isinstance(value, np.timedelta64):
                return self.cell(pd.Timedelta(value), column, depth)
            if isinstance(value, (np.bool_, np.integer, np.floating, np.str_)):
                return self.cell(value.item(), column, depth)
        if isinstance(value, datetime.datetime):  # pd.Timestamp too
            if isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            return {"$timestamp": value.isoformat(sep=" ")}
        if isinstance(value, datetime.date):
            return {"$date": value.isoformat()}
        if isinstance(value, datetime.time):
            return {"$time": value.isoformat()}
        if isinstance(value, datetime.timedelta):  # pd.Timedelta too
            return {"$interval": str(pd.Timedelta(value).to_pytimedelta())}
        if isinstance(value, decimal.Decimal):
            return {"$decimal": str(value)}
        if kind in (list, tuple) and depth < MAX_DEPTH:
            return [self.cell(v, column, depth + 1) for v in value]
        if kind is dict and depth < MAX_DEPTH and all(type(k) is str for k in value):
            return {"$struct": {k: self.cell(v, column, depth + 1) for k, v in value.items()}}
        if kind in (list, tuple, dict):
            raise Unreadable(f"column {column!r} holds a {kind.__name__} nested too deeply")
        raise Unreadable(
            f"column {column!r} holds a {kind.__name__[:40]} object: a cell must be a number, "
            "text, a date or time, or missing"
        )


class TooLarge(Exception):
    pass


def table(value: Any, pd: Any, np: Any, max_rows: int, limit: int) -> dict[str, Any]:
    """The returned DataFrame as {"columns", "rows", "truncated", "index"}."""
    if isinstance(value, pd.Series):
        raise Unreadable(
            "the function returned a Series, not a DataFrame: return series.to_frame() "
            "or series.reset_index() (with the columns the problem asks for)"
        )
    if not isinstance(value, pd.DataFrame) or type(value) is not pd.DataFrame:
        raise Unreadable(
            f"the function must return a pandas DataFrame, not {type(value).__name__[:40]}"
        )
    labels = list(value.columns)
    if len(labels) > MAX_COLUMNS:
        raise Unreadable(f"the returned DataFrame has {len(labels)} columns")
    columns = [column_name(label) for label in labels]
    head = value.iloc[: max_rows + 1]
    encoder = Encoder(pd, np, limit)
    cells = []
    for j, name in enumerate(columns):
        cells.append([encoder.cell(v, name) for v in head.iloc[:, j].tolist()])
    rows = [list(row) for row in zip(*cells, strict=True)] if cells else []
    if not cells:  # no columns: as many empty rows as it has
        rows = [[] for _ in range(len(head))]
    index = value.index
    names = [str(n) for n in index.names if n is not None and type(n) in (str, int)]
    return {
        "columns": columns,
        "rows": rows[:max_rows],
        "truncated": len(rows) > max_rows,
        "index": names[:5],  # a named index left over from a groupby: for a hint
    }


class Worker:
    def __init__(self) -> None:
        self.setup: dict[str, Any] = {}
        self.pd: Any = None
        self.np: Any = None
        self.entry: Any = None
        self.arguments: dict[str, str] = {}  # parameter -> table
        self.frames: dict[str, Any] | None = None
        self.writer: Any = None

    def load(self, setup: dict[str, Any]) -> dict[str, Any]:
        try:
            import numpy as np
            import pandas as pd
        except ImportError as exc:
            return {"status": "load_error", "kind": "error", "error": f"no pandas here: {exc}"}
        self.setup, self.pd, self.np = setup, pd, np
        self.writer = lib.CappedWriter(int(setup.get("output_limit", 1 << 20)))
        compiled, message = lib.compile_submission(setup["code"])
        if compiled is None:
            return {"status": "compile_error", "message": message}
        namespace: dict[str, Any] = {"__name__": "solution", "__builtins__": builtins}
        sys.stdout = sys.stderr = self.writer
        try:
            exec(compiled, namespace)
        except BaseException as exc:
            if isinstance(exc, lib.OutputFull) or self.writer.full:
                return {"status": "load_error", "kind": "output", "error": "printed too much"}
            if isinstance(exc, MemoryError):
                return {"status": "load_error", "kind": "memory", "error": "MemoryError"}
            return {"status": "load_error", "kind": "error", "error": lib.user_traceback(exc)}
        tables = {key(t["name"]): t["name"] for t in setup["tables"]}
        found, missing = find_entry(namespace, tables, str(setup.get("entry") or "solve"))
        if found is None:
            return {"status": "compile_error", "message": missing}
        name, self.entry, self.arguments = found
        return {"status": "ready", "call": name}

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if request.get("op") == "setup":
            self.frames = None
            data = request.get("data") or {}
            try:
                self.frames = {
                    t["name"]: frame(self.pd, t, data.get(t["name"])) for t in self.setup["tables"]
                }
            except Exception as exc:
                return {"status": "setup_error", "error": f"{type(exc).__name__}: {exc}"[:2000]}
            return {"status": "ok"}
        if self.frames is None:
            return {"status": "setup_error", "error": "no dataset was loaded"}
        frames, self.frames = self.frames, None
        kwargs = {param: frames[name] for param, name in self.arguments.items()}
        try:
            value = self.entry(**kwargs)
            answer = table(
                value,
                self.pd,
                self.np,
                int(self.setup.get("max_rows") or 1000),
                int(self.setup.get("output_limit") or (1 << 20)),
            )
        except BaseException as exc:
            return self.failure(exc)
        return {"status": "ok", **answer, "stdout": self.writer.take()}

    def failure(self, exc: BaseException) -> dict[str, Any]:
        if isinstance(exc, lib.OutputFull) or self.writer.full:
            return {"status": "output", "error": "printed too much"}
        if isinstance(exc, MemoryError):
            return {"status": "memory", "error": "MemoryError"}
        stdout = self.writer.take()
        if isinstance(exc, Unreadable):
            return {"status": "unreadable", "error": str(exc)[:2000], "stdout": stdout}
        if isinstance(exc, TooLarge):
            return {"status": "too_large", "stdout": stdout}
        if isinstance(exc, RecursionError):
            return {"status": "unreadable", "error": "a cell nests too deeply", "stdout": stdout}
        return {"status": "error", "error": lib.user_traceback(exc), "stdout": stdout}


def main() -> None:
    worker = Worker()
    lib.serve(worker.load, worker.handle)
