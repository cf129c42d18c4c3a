"""Submissions in one database: what was sent, who judges it, its report; and the workers.

SQLite (a file, the default) or PostgreSQL (`postgresql://...`, when several machines share
the submissions), through SQLAlchemy Core; the schema is made and migrated by Alembic
(web/migrations) when a store opens, under a lock so that processes starting together
migrate once. The database is the queue's memory: a submission is written before it is
queued, and a judgement is taken with a lease (`claim`) that its worker renews while it
judges; a lease that runs out means the worker died, and `requeue_stale` hands the
submission back. A result is written once: `finish` stores only over a running submission,
so a second judgement of the same one is dropped, not recorded.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping

from judge.report import printable

Status = Literal["queued", "running", "done"]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6A75646765  # the PostgreSQL advisory lock held while migrating

_meta = sa.MetaData()
submissions = sa.Table(
    "submissions",
    _meta,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("problem", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("dialect", sa.Text),
    sa.Column("mode", sa.Text),
    sa.Column("code", sa.Text),
    sa.Column("client", sa.Text),
    sa.Column("status", sa.Text),
    sa.Column("attempts", sa.Integer),
    sa.Column("created_at", sa.Float),
    sa.Column("started_at", sa.Float),
    sa.Column("finished_at", sa.Float),
    sa.Column("verdict", sa.Text),
    sa.Column("passed", sa.Integer),
    sa.Column("total", sa.Integer),
    sa.Column("time", sa.Float),
    sa.Column("report", sa.Text),
    sa.Column("cases", sa.Text),
    sa.Column("worker", sa.Text),
    sa.Column("lease_until", sa.Float),
    sa.Column("progress", sa.Text),
    sa.Column("assessment", sa.Text),
)
workers = sa.Table(
    "workers",
    _meta,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("host", sa.Text),
    sa.Column("runner", sa.Text),
    sa.Column("threads", sa.Integer),
    sa.Column("started_at", sa.Float),
    sa.Column("last_seen", sa.Float),
    sa.Column("judged", sa.Integer),
)
assessments = sa.Table(
    "assessments",
    _meta,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("candidate", sa.Text),
    sa.Column("problems", sa.Text),
    sa.Column("minutes", sa.Float),
    sa.Column("token_hash", sa.Text),
    sa.Column("created_at", sa.Float),
    sa.Column("started_at", sa.Float),
    sa.Column("ends_at", sa.Float),
)
A = assessments.c
S = submissions.c
_SUMMARY = [
    S.id, S.problem, S.language, S.dialect, S.mode, S.client, S.status, S.attempts,
    S.created_at, S.started_at, S.finished_at, S.verdict, S.passed, S.total, S.time, S.worker,
    S.assessment,
]  # fmt: skip
# Upper bounds (seconds) of the judging-time histogram that /metrics shows.
TIME_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def new_id() -> str:
    """A random id (72 bits, URL-safe) that never starts with "-", which a command line
    (`judge assess show ID`) would take for an option."""
    while True:
        ident = secrets.token_urlsafe(9)
        if not ident.startswith("-"):
            return ident


@dataclass(frozen=True)
class NewSubmission:
    problem: str
    language: str
    dialect: str | None
    mode: str  # run | submit | all | custom
    code: str
    client: str | None = None  # the browser that sent it, for its history page
    cases: list[Any] | None = None  # custom input (mode custom): each a list of arguments
    assessment: str | None = None  # the assessment it was sent in, if any


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
    worker: str | None = None  # the worker judging it, or that judged it
    assessment: str | None = None  # the assessment it was sent in: its reveal is none
    code: str = ""  # left empty in listings
    report: dict[str, Any] | None = None  # the versioned JSON report, once done
    cases: list[Any] | None = None  # custom input (mode custom)


@dataclass(frozen=True)
class Assessment:
    id: str
    candidate: str
    problems: tuple[str, ...]
    minutes: float
    created_at: float
    started_at: float | None  # the candidate's first visit: the clock starts then
    ends_at: float | None

    def over(self, now: float) -> bool:
        return self.ends_at is not None and now >= self.ends_at


@dataclass(frozen=True)
class Progress:
    """The results of a running submission so far (its worker writes them as tests end)."""

    total: int
    tests: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Figures:
    """What /metrics reports, read in one go."""

    statuses: dict[str, int]
    verdicts: dict[str, int]
    buckets: tuple[int, ...]  # judged submissions with a judging time <= each TIME_BUCKETS
    judged: int
    judging_seconds: float
    workers_alive: int


def database_url(where: str | Path) -> str:
    """A SQLAlchemy URL for `where`: a URL as given (postgresql:// is driven by psycopg 3),
    anything else a SQLite file."""
    text = str(where)
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser()}"
    for plain in ("postgresql://", "postgres://"):
        if text.startswith(plain):
            return "postgresql+psycopg://" + text[len(plain) :]
    return text


def describe(where: str | Path) -> str:
    """`where` as a log line may show it: a URL's password left out."""
    url = sa.engine.make_url(database_url(where))
    return url.render_as_string(hide_password=True)


class Store:
    def __init__(self, where: str | Path) -> None:
        url = database_url(where)
        self.url = url
        if url.startswith("sqlite"):
            path = Path(url.removeprefix("sqlite:///"))
            path.parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = sa.create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30}
            )
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)
        migrate(self.engine)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # -- submissions -------------------------------------------------------------------

    def add(self, new: NewSubmission) -> StoredSubmission:
        # Ids are random, not counters: a permalink should not let anyone walk through
        # other people's code (hiring mode has no accounts).
        ident = new_id()
        with self._tx() as conn:
            conn.execute(
                submissions.insert().values(
                    id=ident,
                    problem=new.problem,
                    language=new.language,
                    dialect=new.dialect,
                    mode=new.mode,
                    code=new.code,
                    client=new.client,
                    status="queued",
                    attempts=0,
                    created_at=time.time(),
                    cases=None if new.cases is None else json.dumps(new.cases),
                    assessment=new.assessment,
                )
            )
        found = self.get(ident)
        assert found is not None
        return found

    def delete(self, ident: str) -> None:
        """Forget a submission that could not be queued (its sender got an error)."""
        with self._tx() as conn:
            conn.execute(submissions.delete().where(S.id == ident, S.status == "queued"))

    def get(self, ident: str) -> StoredSubmission | None:
        with self._tx() as conn:
            row = (
                conn.execute(sa.select(*_SUMMARY, S.code, S.report, S.cases).where(S.id == ident))
                .mappings()
                .first()
            )
        return None if row is None else _record(row)

    def claim(self, ident: str, worker: str, lease: float | None = None) -> StoredSubmission | None:
        """Take a submission to judge: one queued, or running under a lease that ran out
        (its worker died). None when it is unknown, done, or held by a live worker."""
        now = time.time()
        takeable = sa.or_(
            S.status == "queued",
            sa.and_(S.status == "running", S.lease_until.is_not(None), S.lease_until < now),
        )
        with self._tx() as conn:
            cursor = conn.execute(
                submissions.update()
                .where(S.id == ident, takeable)
                .values(
                    status="running",
                    started_at=now,
                    attempts=S.attempts + 1,
                    worker=worker,
                    lease_until=None if lease is None else now + lease,
                    progress=None,
                )
            )
        return self.get(ident) if cursor.rowcount else None

    def renew(self, idents: Iterable[str], worker: str, lease: float) -> None:
        """Extend the leases this worker holds (it is alive and still judging them)."""
        held = list(idents)
        if not held:
            return
        with self._tx() as conn:
            conn.execute(
                submissions.update()
                .where(S.id.in_(held), S.worker == worker, S.status == "running")
                .values(lease_until=time.time() + lease)
            )

    def record_progress(self, ident: str, progress: Progress) -> None:
        with self._tx() as conn:
            conn.execute(
                submissions.update()
                .where(S.id == ident, S.status == "running")
                .values(progress=json.dumps({"total": progress.total, "tests": progress.tests}))
            )

    def progress(self, ident: str) -> Progress | None:
        with self._tx() as conn:
            text = conn.execute(sa.select(S.progress).where(S.id == ident)).scalar()
        if not text:
            return None
        data = json.loads(text)
        return Progress(int(data["total"]), tuple(data["tests"]))

    def finish(self, ident: str, report: dict[str, Any], worker: str | None = None) -> bool:
        """Store a submission's report; False (nothing written) when it is done already:
        a second judgement of one submission never becomes a second record."""
        now = time.time()
        values: dict[str, Any] = {
            "status": "done",
            "finished_at": now,
            "verdict": report["verdict"],
            "passed": report["passed"],
            "total": report["total"],
            "time": report["time"],
            "report": json.dumps(report),
            "lease_until": None,
            "progress": None,
        }
        if worker is not None:
            values["worker"] = worker
        with self._tx() as conn:
            cursor = conn.execute(
                submissions.update().where(S.id == ident, S.status != "done").values(**values)
            )
            if cursor.rowcount and worker is not None:
                conn.execute(
                    workers.update()
                    .where(workers.c.name == worker)
                    .values(judged=workers.c.judged + 1, last_seen=now)
                )
        return bool(cursor.rowcount)

    def unfinished(self) -> list[str]:
        """Submissions a previous run left queued or running, oldest first, all queued again
        (the in-process server's recovery on start: nobody else judges its submissions)."""
        with self._tx() as conn:
            conn.execute(submissions.update().where(S.status == "running").values(status="queued"))
            rows = conn.execute(
                sa.select(S.id).where(S.status == "queued").order_by(S.created_at)
            ).all()
        return [row.id for row in rows]

    def requeue_stale(self) -> list[str]:
        """Running submissions whose lease ran out (their worker died), queued again; each
        is returned to exactly one caller, however many workers look at once."""
        with self._tx() as conn:
            rows = conn.execute(
                submissions.update()
                .where(S.status == "running", S.lease_until < time.time())
                .values(status="queued", lease_until=None, progress=None)
                .returning(S.id)
            ).all()
        return [row.id for row in rows]

    def pending(self) -> int:
        """Submissions queued or running."""
        with self._tx() as conn:
            count = conn.execute(
                sa.select(sa.func.count()).where(S.status.in_(("queued", "running")))
            ).scalar()
        return int(count or 0)

    def recent(
        self, client: str | None = None, problem: str | None = None, limit: int = 50
    ) -> list[StoredSubmission]:
        """The newest submissions (no code, no report), of one browser or problem if given."""
        query = sa.select(*_SUMMARY)
        if client is not None:
            query = query.where(S.client == client)
        if problem is not None:
            query = query.where(S.problem == problem)
        query = query.order_by(S.created_at.desc()).limit(limit)
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [_record(row) for row in rows]

    def accepted_runs(self, problem: str, limit: int = 2000) -> list[tuple[str, float, int]]:
        """(id, total CPU seconds, peak memory KiB) of the newest accepted submissions of a
        problem that ran every test (submit or all, not the samples alone)."""
        query = (
            sa.select(S.id, S.time, S.report)
            .where(
                S.problem == problem,
                S.verdict == "AC",
                S.mode.in_(("submit", "all")),
                S.report.is_not(None),
            )
            .order_by(S.created_at.desc())
            .limit(limit)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        runs = []
        for row in rows:
            try:
                tests = json.loads(row.report).get("tests") or []
                memory = max((int(t.get("memory") or 0) for t in tests), default=0)
            except (ValueError, TypeError, AttributeError):
                continue
            runs.append((row.id, float(row.time or 0.0), memory))
        return runs

    def counts(self) -> dict[str, int]:
        with self._tx() as conn:
            rows = conn.execute(sa.select(S.status, sa.func.count()).group_by(S.status)).all()
        return {status: n for status, n in rows}

    def of_assessment(self, assessment: str) -> list[StoredSubmission]:
        """An assessment's submissions in the order they were sent, with code and report."""
        query = (
            sa.select(*_SUMMARY, S.code, S.report, S.cases)
            .where(S.assessment == assessment)
            .order_by(S.created_at, S.id)
        )
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [_record(row) for row in rows]

    def of_assessments(self) -> dict[str, list[StoredSubmission]]:
        """Every assessment's submissions (no code, no report), each list in sending order:
        what the reviewers' list and its CSV export count."""
        query = sa.select(*_SUMMARY).where(S.assessment.is_not(None)).order_by(S.created_at, S.id)
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        found: dict[str, list[StoredSubmission]] = {}
        for row in rows:
            record = _record(row)
            found.setdefault(str(record.assessment), []).append(record)
        return found

    # -- assessments -------------------------------------------------------------------

    def add_assessment(
        self, candidate: str, problems: list[str], minutes: float, token_hash: str
    ) -> Assessment:
        ident = new_id()
        with self._tx() as conn:
            conn.execute(
                assessments.insert().values(
                    id=ident,
                    candidate=candidate,
                    problems=json.dumps(problems),
                    minutes=minutes,
                    token_hash=token_hash,
                    created_at=time.time(),
                )
            )
        found = self.assessment(ident)
        assert found is not None
        return found

    def assessment(self, ident: str) -> Assessment | None:
        return self._one_assessment(A.id == ident)

    def assessment_by_token(self, token_hash: str) -> Assessment | None:
        return self._one_assessment(A.token_hash == token_hash)

    def start_assessment(self, ident: str) -> Assessment | None:
        """Start the candidate's clock, once: the first call sets it, later ones read it."""
        now = time.time()
        with self._tx() as conn:
            conn.execute(
                assessments.update()
                .where(A.id == ident, A.started_at.is_(None))
                .values(started_at=now, ends_at=now + A.minutes * 60.0)
            )
        return self.assessment(ident)

    def hand_in(self, ident: str) -> Assessment | None:
        """The candidate is done before their time: the clock stops now (only a running one)."""
        now = time.time()
        with self._tx() as conn:
            conn.execute(
                assessments.update()
                .where(A.id == ident, A.ends_at.is_not(None), A.ends_at > now)
                .values(ends_at=now)
            )
        return self.assessment(ident)

    def all_assessments(self) -> list[Assessment]:
        with self._tx() as conn:
            rows = conn.execute(sa.select(assessments).order_by(A.created_at.desc())).mappings()
            return [_assessment(row) for row in rows]

    def _one_assessment(self, where: Any) -> Assessment | None:
        with self._tx() as conn:
            row = conn.execute(sa.select(assessments).where(where)).mappings().first()
        return None if row is None else _assessment(row)

    # -- workers -----------------------------------------------------------------------

    def worker_seen(self, name: str, host: str, runner: str, threads: int) -> None:
        """A worker says it is alive (on start and on every beat of its lease thread)."""
        now = time.time()
        with self._tx() as conn:
            updated = conn.execute(
                workers.update().where(workers.c.name == name).values(last_seen=now)
            )
            if not updated.rowcount:
                conn.execute(
                    workers.insert().values(
                        name=name,
                        host=host,
                        runner=runner,
                        threads=threads,
                        started_at=now,
                        last_seen=now,
                        judged=0,
                    )
                )

    def worker_gone(self, name: str) -> None:
        """A worker that stops cleanly is not counted alive any more."""
        with self._tx() as conn:
            conn.execute(workers.update().where(workers.c.name == name).values(last_seen=0.0))

    def workers_alive(self, within: float) -> int:
        with self._tx() as conn:
            count = conn.execute(
                sa.select(sa.func.count()).where(workers.c.last_seen >= time.time() - within)
            ).scalar()
        return int(count or 0)

    def figures(self, alive_within: float) -> Figures:
        duration = S.finished_at - S.started_at
        done = S.status == "done"
        columns = [sa.func.count(), sa.func.coalesce(sa.func.sum(duration), 0.0)] + [
            sa.func.coalesce(sa.func.sum(sa.case((duration <= bound, 1), else_=0)), 0)
            for bound in TIME_BUCKETS
        ]
        with self._tx() as conn:
            statuses: dict[Any, Any] = dict(
                conn.execute(sa.select(S.status, sa.func.count()).group_by(S.status)).all()
            )
            verdicts: dict[Any, Any] = dict(
                conn.execute(
                    sa.select(S.verdict, sa.func.count()).where(done).group_by(S.verdict)
                ).all()
            )
            judged, seconds, *buckets = conn.execute(
                sa.select(*columns).where(done, S.started_at.is_not(None))
            ).one()
        return Figures(
            statuses={str(k): int(v) for k, v in statuses.items()},
            verdicts={str(k): int(v) for k, v in verdicts.items() if k is not None},
            buckets=tuple(int(b) for b in buckets),
            judged=int(judged),
            judging_seconds=float(seconds),
            workers_alive=self.workers_alive(alive_within),
        )


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision, once however many processes open it."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        elif engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer: the others wait here
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _assessment(row: RowMapping) -> Assessment:
    return Assessment(
        id=row["id"],
        candidate=row["candidate"],
        problems=tuple(json.loads(row["problems"])),
        minutes=row["minutes"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        ends_at=row["ends_at"],
    )


def _record(row: RowMapping) -> StoredSubmission:
    report = row.get("report")
    cases = row.get("cases")
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
        worker=row["worker"],
        assessment=row["assessment"],
        code=row.get("code") or "",
        # Reports written before lone surrogates were escaped at the report edge hold them
        # still (JSON's "\\ud800"): escaped here, they render instead of failing every read.
        report=printable(json.loads(report)) if report else None,
        cases=json.loads(cases) if cases else None,
    )
