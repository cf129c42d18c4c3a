"""The harness that runs inside the sandbox for SQL submissions (standard library + duckdb).

A standalone script, like pyharness.py, so the same file runs in a local child process and
in the Docker image. Protocol:

- stdin: one JSON job: {"version": 1, "query": the DuckDB SQL (already checked to be one
  read-only query), "tables": [{"name", "columns": [[name, type], ...]}],
  "datasets": [{table: {"columns": [...], "rows": [[...], ...]}}], "time_limit": seconds,
  "memory_mb": ..., "max_rows": ..., "output_limit": bytes, "stop_on_failure": bool}.
  Datasets only: expected results never come here.
- result channel: the process's original stdout; fds 0-2 point at /dev/null. JSON lines:
  {"event": "ready"} once the first query has run (or "load_error", or "compile_error" when
  DuckDB cannot bind the query at all), then per dataset {"event": "test", "index",
  "status": "ok"|"timeout"|"memory"|"output"|"error"|"setup_error"|"skipped", "columns",
  "rows", "truncated", "time" (the query alone), "memory_kb"}; then {"event": "done"}.

Each dataset gets a fresh in-memory DuckDB, locked down before the query runs: no
external access (files, network), no extension installs or loads, one thread, a memory
limit, DuckDB's own per-query time limit (the runner kills the process at the wall-clock
limit as well), configuration locked last. (No watchdog thread calling interrupt(): a
thread ending next to a closing connection crashed DuckDB 2.0 in our runs.)
Values JSON cannot carry are tagged: {"$date": "2024-01-31"}, {"$decimal": "1.50"}, ...
"""

from __future__ import annotations

import contextlib
import datetime
import decimal
import json
import math
import os
import resource
import sys
import time
import uuid
from typing import Any

INSERT_CHUNK = 200  # rows per INSERT statement while loading a dataset
# DuckDB errors raised while binding: the query is wrong whatever the data.
COMPILE_ERRORS = ("ParserException", "BinderException", "CatalogException")


def apply_rlimits(limits: dict[str, Any]) -> None:
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
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (int(value) * unit, int(value) * unit))


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


def peak_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


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
            return {"status": "timeout", "time": elapsed}
        if kind == "OutOfMemoryException" or isinstance(exc, MemoryError):
            return {"status": "memory", "time": elapsed, "error": _first_line(exc)}
        return {"status": "error", "kind": kind, "time": elapsed, "error": str(exc)[:4000]}
    if elapsed > time_limit:
        return {"status": "timeout", "time": elapsed}
    encoded = [[encode(v) for v in row] for row in rows[:max_rows]]
    return {
        "status": "ok",
        "time": elapsed,
        "columns": columns,
        "rows": encoded,
        "truncated": len(rows) > max_rows,
    }


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:500] if text else type(exc).__name__


def run_job(job: dict[str, Any], emit: Any) -> None:
    try:
        import duckdb
    except ImportError as exc:
        emit({"event": "load_error", "status": "harness", "error": f"cannot import duckdb: {exc}"})
        return
    ready = {"event": "ready", "duckdb": getattr(duckdb, "__version__", "")}
    output_limit = int(job.get("output_limit") or (1 << 20))
    stop_reason = ""
    answered = False
    for index, dataset in enumerate(job["datasets"]):
        head: dict[str, Any] = {"event": "test", "index": index}
        if stop_reason:
            emit({**head, "status": "skipped", "error": stop_reason})
            continue
        try:
            con = connect(duckdb, job)
            load(con, job["tables"], dataset)
            con.execute("SET lock_configuration = true")
        except Exception as exc:
            emit({**head, "status": "setup_error", "error": f"{type(exc).__name__}: {exc}"[:2000]})
            continue
        result = run_query(con, job)
        with contextlib.suppress(Exception):
            con.close()
        if not answered:
            # "ready" waits for the first answer: a query DuckDB cannot bind is a compile
            # error, reported in place of "ready".
            if result.get("kind") in COMPILE_ERRORS:
                emit({"event": "compile_error", "message": result["error"]})
                return
            emit(ready)
            answered = True
        result.update(head)
        result["memory_kb"] = peak_kb()
        line = json.dumps(result)
        if len(line) > output_limit:
            rows = len(result.get("rows") or [])
            result = {
                **head,
                "status": "output",
                "time": result["time"],
                "rows_read": rows,
                "memory_kb": result["memory_kb"],
            }
            line = json.dumps(result)
        emit(result, line)
        if result["status"] in ("timeout", "memory"):
            stop_reason = f"not run: an earlier dataset hit the {result['status']} limit"
        elif job.get("stop_on_failure") and result["status"] != "ok":
            break
    if not answered:
        emit(ready)


def main() -> None:
    result_fd = os.dup(1)
    job = json.loads(sys.stdin.buffer.read() or b"{}")
    apply_rlimits(job.get("rlimits") or {})
    limit_malloc_arenas()
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    out = os.fdopen(result_fd, "w", encoding="utf-8", buffering=1)

    def emit(obj: dict[str, Any], line: str | None = None) -> None:
        out.write((line if line is not None else json.dumps(obj)) + "\n")
        out.flush()

    try:
        run_job(job, emit)
    finally:
        emit({"event": "done"})
        out.flush()
        os._exit(0)  # no atexit work, no waiting on DuckDB's threads


if __name__ == "__main__":
    main()
