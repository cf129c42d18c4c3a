"""Submissions kept in one SQLite file: what was sent, where it is in the queue, its report.

The file is the queue's memory: a submission is written before it is queued, and on start
every one still `queued` or `running` is handed back to the workers, so none is lost when
the server stops. One connection, guarded by a lock: every statement is short.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from judge.report import printable

Status = Literal["queued", "running", "done"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id          TEXT PRIMARY KEY,
    problem     TEXT NOT NULL,
    language    TEXT NOT NULL,
    dialect     TEXT,
    mode        TEXT NOT NULL,
    code        TEXT NOT NULL,
    client      TEXT,
    status      TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  REAL NOT NULL,
    started_at  REAL,
    finished_at REAL,
    verdict     TEXT,
    passed      INTEGER,
    total       INTEGER,
    time        REAL,
    report      TEXT,
    cases       TEXT
);
CREATE INDEX IF NOT EXISTS submissions_status ON submissions (status);
CREATE INDEX IF NOT EXISTS submissions_client ON submissions (client);
"""

# Columns added since the first schema, with their type: an older file gets them on open.
_ADDED = {"cases": "TEXT"}

_SUMMARY_COLUMNS = (
    "id, problem, language, dialect, mode, client, status, attempts, created_at, started_at,"
    " finished_at, verdict, passed, total, time"
)


@dataclass(frozen=True)
class NewSubmission:
    problem: str
    language: str
    dialect: str | None
    mode: str  # run | submit | all | custom
    code: str
    client: str | None = None  # the browser that sent it, for its history page
    cases: list[Any] | None = None  # custom input (mode custom): each a list of arguments


@dataclass(frozen=True)
class StoredSubmission:
    id: str
    problem: str
    language: str
    dialect: str | None
    mode: str
    client: str | None
    status: Status
    attempts: int
    created_at: float
    started_at: float | None
    finished_at: float | None
    verdict: str | None
    passed: int | None
    total: int | None
    time: float | None
    code: str = ""  # left empty in listings
    report: dict[str, Any] | None = None  # the versioned JSON report, once done
    cases: list[Any] | None = None  # custom input (mode custom)


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            have = {row["name"] for row in self._db.execute("PRAGMA table_info(submissions)")}
            for column, kind in _ADDED.items():
                if column not in have:
                    self._db.execute(f"ALTER TABLE submissions ADD COLUMN {column} {kind}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def add(self, new: NewSubmission) -> StoredSubmission:
        # Ids are random, not counters: a permalink should not let anyone walk through
        # other people's code (hiring mode has no accounts).
        ident = secrets.token_urlsafe(9)
        with self._lock:
            self._db.execute(
                "INSERT INTO submissions (id, problem, language, dialect, mode, code, client,"
                " status, created_at, cases) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                (
                    ident,
                    new.problem,
                    new.language,
                    new.dialect,
                    new.mode,
                    new.code,
                    new.client,
                    time.time(),
                    None if new.cases is None else json.dumps(new.cases),
                ),
            )
        found = self.get(ident)
        assert found is not None
        return found

    def get(self, ident: str) -> StoredSubmission | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS}, code, report, cases FROM submissions WHERE id = ?",
                (ident,),
            ).fetchone()
        return None if row is None else _record(row)

    def start(self, ident: str) -> StoredSubmission | None:
        """Mark a queued submission running; None if it is unknown or already done."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE submissions SET status = 'running', started_at = ?,"
                " attempts = attempts + 1 WHERE id = ? AND status != 'done'",
                (time.time(), ident),
            )
        return self.get(ident) if cursor.rowcount else None

    def finish(self, ident: str, report: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE submissions SET status = 'done', finished_at = ?, verdict = ?,"
                " passed = ?, total = ?, time = ?, report = ? WHERE id = ?",
                (
                    time.time(),
                    report["verdict"],
                    report["passed"],
                    report["total"],
                    report["time"],
                    json.dumps(report),
                    ident,
                ),
            )

    def unfinished(self) -> list[str]:
        """Submissions a previous run left queued or running, oldest first, all queued again."""
        with self._lock:
            self._db.execute("UPDATE submissions SET status = 'queued' WHERE status = 'running'")
            rows = self._db.execute(
                "SELECT id FROM submissions WHERE status = 'queued' ORDER BY created_at, rowid"
            ).fetchall()
        return [row["id"] for row in rows]

    def recent(
        self, client: str | None = None, problem: str | None = None, limit: int = 50
    ) -> list[StoredSubmission]:
        """The newest submissions (no code, no report), of one browser or problem if given."""
        where, params = [], []
        if client is not None:
            where.append("client = ?")
            params.append(client)
        if problem is not None:
            where.append("problem = ?")
            params.append(problem)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM submissions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_at DESC, rowid DESC LIMIT ?"
        with self._lock:
            rows = self._db.execute(sql, (*params, limit)).fetchall()
        return [_record(row) for row in rows]

    def accepted_runs(self, problem: str, limit: int = 2000) -> list[tuple[str, float, int]]:
        """(id, total CPU seconds, peak memory KiB) of the newest accepted submissions of a
        problem that ran every test (submit or all, not the samples alone)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, time, report FROM submissions WHERE problem = ? AND verdict = 'AC'"
                " AND mode IN ('submit', 'all') AND report IS NOT NULL"
                " ORDER BY created_at DESC LIMIT ?",
                (problem, limit),
            ).fetchall()
        runs = []
        for row in rows:
            try:
                tests = json.loads(row["report"]).get("tests") or []
                memory = max((int(t.get("memory") or 0) for t in tests), default=0)
            except (ValueError, TypeError, AttributeError):
                continue
            runs.append((row["id"], float(row["time"] or 0.0), memory))
        return runs

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT status, COUNT(*) AS n FROM submissions GROUP BY status"
            ).fetchall()
        return {row["status"]: row["n"] for row in rows}


def _record(row: sqlite3.Row) -> StoredSubmission:
    keys = row.keys()
    report = row["report"] if "report" in keys else None
    return StoredSubmission(
        id=row["id"],
        problem=row["problem"],
        language=row["language"],
        dialect=row["dialect"],
        mode=row["mode"],
        client=row["client"],
        status=row["status"],
        attempts=row["attempts"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        verdict=row["verdict"],
        passed=row["passed"],
        total=row["total"],
        time=row["time"],
        code=row["code"] if "code" in keys else "",
        # Reports written before lone surrogates were escaped at the report edge hold them
        # still (JSON's "\\ud800"): escaped here, they render instead of failing every read.
        report=printable(json.loads(report)) if report else None,
        cases=json.loads(row["cases"]) if "cases" in keys and row["cases"] else None,
    )
