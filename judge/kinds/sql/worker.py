"""The SQL worker: runs one read-only DuckDB query over each dataset (stdlib + duckdb).

Started by the supervisor (judge/supervisor/supervisor.py) as its own process. Requests
and answers:

- setup: {"query": the DuckDB SQL (already checked to be one read-only query), "tables":
  [{"name", "columns": [[name, type], ...]}], "time_limit", "memory_mb", "max_rows"} ->
  {"status": "ready", "call": DuckDB's version} once the query binds against the schema,
  {"status": "compile_error", "message"} when DuckDB cannot bind it, or a load_error.
- {"op": "setup", "data": dataset} -> {"status": "ok"} | {"status": "setup_error", "error"}:
  a fresh in-memory database holding the dataset (untimed: the query has not run yet).
- {"op": "test"} -> {"status": "ok"|"timeout"|"memory"|"error", "columns", "rows",
  "truncated", "kind", "error", "query_time"}: the query over that database.

Expected results never come here. Each dataset gets a fresh in-memory DuckDB, locked down
before the query runs: no external access (files, network), no extension installs or loads,
one thread, a memory limit, DuckDB's own per-query time limit (the supervisor also stops
the process at the CPU limit), configuration locked last.
Values JSON cannot carry are tagged: {"$date": "2024-01-31"}, {"$decimal": "1.50"}, ...
"""

from __future__ import annotations

import contextlib
import datetime
import decimal
import json
import math
import re
import sys
import time
import uuid
from typing import Any

INSERT_CHUNK = 200  # rows per INSERT statement while loading a dataset
# DuckDB errors raised while binding: the query is wrong whatever the data.
COMPILE_ERRORS = ("ParserException", "BinderException", "CatalogException")
UNGROUPED = re.compile(r'column "([^"]+)" must appear in the GROUP BY clause')


# Loaded by workerlib.py, the entry point, which registers itself under this name.
lib = sys.modules["judge_workerlib"]


def limit_malloc_arenas() -> None:
    """Few glibc malloc arenas: each of DuckDB's threads would reserve 64 MiB of address
    space otherwise, and the address-space limit would be spent on reservations."""
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass  # not glibc: nothing to tune


def encode(value: Any, depth: int = 0) -> Any:
    """A DuckDB value as JSON-able data, tagging what JSON has no type for."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, decimal.Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime.datetime):
        return {"$timestamp": value.isoformat(sep=" ")}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"$time": value.isoformat()}
    if isinstance(value, datetime.timedelta):
        return {"$interval": str(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$blob": bytes(value).hex()}
    if isinstance(value, uuid.UUID):
        return str(value)
    if depth < 50 and isinstance(value, (list, tuple)):
        return [encode(v, depth + 1) for v in value]
    if depth < 50 and isinstance(value, dict):
        return {"$struct": {str(k): encode(v, depth + 1) for k, v in value.items()}}
    return {"$text": str(value)}


def quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def connect(duckdb: Any, job: dict[str, Any]) -> Any:
    """A fresh in-memory database, locked down except for loading the dataset."""
    con = duckdb.connect(
        ":memory:",
        config={
            "threads": 1,
            "memory_limit": f"{int(job.get('memory_mb') or 256)}MB",
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "allow_community_extensions": False,
        },
    )
    # The order matters: these can only be set while external access is still on.
    con.execute("SET allowed_directories = []")
    con.execute("SET allowed_paths = []")
    con.execute("SET temp_directory = ''")  # nothing spills to disk
    con.execute("SET enable_external_access = false")
    with contextlib.suppress(Exception):  # older DuckDB versions lack this setting
        con.execute("SET allow_extension_repositories = 'forbidden'")
    limit_ms = int(float(job["time_limit"]) * 1000) + 50
    with contextlib.suppress(Exception):  # max_execution_time is new in DuckDB 1.4+
        con.execute(f"SET max_execution_time = {limit_ms}")
    return con


def load(con: Any, tables: list[dict[str, Any]], dataset: dict[str, Any]) -> None:
    for table in tables:
        columns = ", ".join(f"{quote(name)} {kind}" for name, kind in table["columns"])
        con.execute(f"CREATE TABLE {quote(table['name'])} ({columns})")
    for name, data in dataset.items():
        columns, rows = data["columns"], data["rows"]
        if not rows:
            continue
        names = ", ".join(quote(c) for c in columns)
        slot = "(" + ", ".join("?" for _ in columns) + ")"
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start : start + INSERT_CHUNK]
            sql = f"INSERT INTO {quote(name)} ({names}) VALUES " + ", ".join([slot] * len(chunk))
            con.execute(sql, [value for row in chunk for value in row])


def run_query(con: Any, job: dict[str, Any]) -> dict[str, Any]:
    """Run the query once; what it returned, or how it failed (as plain data)."""
    time_limit = float(job["time_limit"])
    max_rows = int(job.get("max_rows") or 1000)
    start = time.perf_counter()
    try:
        cursor = con.execute(job["query"])
        columns = [str(d[0]) for d in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1)
        elapsed = time.perf_counter() - start
    except Exception as exc:
        elapsed = time.perf_counter() - start
        kind = type(exc).__name__
        if kind == "InterruptException" or elapsed > time_limit:
            return {"status": "timeout", "query_time": elapsed}
        if kind == "OutOfMemoryException" or isinstance(exc, MemoryError):
            return {"status": "memory", "query_time": elapsed, "error": _first_line(exc)}
        error = str(exc)[:4000]
        return {"status": "error", "kind": kind, "query_time": elapsed, "error": error}
    encoded = [[encode(v) for v in row] for row in rows[:max_rows]]
    return {
        "status": "ok",
        "query_time": elapsed,
        "columns": columns,
        "rows": encoded,
        "truncated": len(rows) > max_rows,
    }


def worded(message: str) -> str:
    """DuckDB's binder error about GROUP BY, in words a candidate can act on; others as
    they are. (The MySQL dialect never gets here: ungrouped columns become ANY_VALUE.)"""
    found = UNGROUPED.search(message)
    if found is None:
        return message
    column = found.group(1)
    return (
        f"{column} is selected but neither grouped nor aggregated: add it to GROUP BY, or "
        f"select an aggregate of it such as MAX({column}) or ANY_VALUE({column}) (each group "
        "gives one row, and this column may differ within a group; MySQL without "
        "ONLY_FULL_GROUP_BY would pick any row's value, this dialect refuses)"
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:500] if text else type(exc).__name__


class Worker:
    def __init__(self) -> None:
        self.setup: dict[str, Any] = {}
        self.duckdb: Any = None
        self.con: Any = None

    def load(self, setup: dict[str, Any]) -> dict[str, Any]:
        limit_malloc_arenas()
        try:
            import duckdb
        except ImportError as exc:
            return {"status": "load_error", "kind": "error", "error": f"no duckdb: {exc}"}
        self.setup, self.duckdb = setup, duckdb
        # Bind the query against the empty schema: a query DuckDB cannot bind is wrong
        # whatever the data, a compile error (EXPLAIN plans it without running it).
        try:
            con = connect(duckdb, setup)
            load(con, setup["tables"], {})
            con.execute("SET lock_configuration = true")
            con.execute("EXPLAIN " + setup["query"])
            con.close()
        except Exception as exc:
            if type(exc).__name__ in COMPILE_ERRORS:
                return {"status": "compile_error", "message": worded(str(exc))[:4000]}
        return {"status": "ready", "call": str(getattr(duckdb, "__version__", ""))}

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if request.get("op") == "setup":
            self.close()
            try:
                self.con = connect(self.duckdb, self.setup)
                load(self.con, self.setup["tables"], request["data"])
                self.con.execute("SET lock_configuration = true")
            except Exception as exc:
                self.close()
                return {"status": "setup_error", "error": f"{type(exc).__name__}: {exc}"[:2000]}
            return {"status": "ok"}
        if self.con is None:
            return {"status": "setup_error", "error": "no dataset was loaded"}
        result = run_query(self.con, self.setup)
        self.close()
        limit = int(self.setup.get("output_limit") or (1 << 20))
        if result["status"] == "ok" and len(json.dumps(result)) > limit:
            rows = len(result.get("rows") or [])
            return {"status": "output", "rows_read": rows, "query_time": result["query_time"]}
        return result

    def close(self) -> None:
        if self.con is not None:
            with contextlib.suppress(Exception):
                self.con.close()
        self.con = None


def main() -> None:
    worker = Worker()
    lib.serve(worker.load, worker.handle)
