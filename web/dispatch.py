"""How the web front end hands submissions to judges, whichever does the judging.

Two kinds satisfy `Dispatch`: the embedded default, a pool of threads in the server's own
process (web/worker.py), and a Redis queue read by `judge worker` processes on any number of
machines (web/queue.py). The routes see only this: submit (or `QueueFull`, a 503 with
Retry-After), the results of a running submission so far, the reveal policy and the figures
/api/health and /metrics show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from judge.judging import Reveal
from judge.kind import not_shown
from judge.model import Verdict
from judge.standing import Run
from web.store import NewSubmission, StoredSubmission


class QueueFull(Exception):
    def __init__(self, retry_after: int, why: str = "the judging queue is full") -> None:
        super().__init__(f"{why}; retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Live:
    """What is known of a submission being judged: its results so far and how many to expect."""

    total: int
    tests: tuple[dict[str, Any], ...]


class Dispatch(Protocol):
    name: str  # "in-process" or "redis"
    reveal: Reveal
    capacity: int  # submissions queued or running before new ones are refused
    references: dict[str, list[Run]]  # reference solutions' runs known here, by problem

    def submit(self, new: NewSubmission) -> StoredSubmission: ...

    def live(self, ident: str) -> Live | None: ...

    @property
    def pending(self) -> int: ...

    @property
    def workers(self) -> int:
        """Judging threads (in process) or `judge worker` processes alive (queue)."""
        ...

    def queue_depth(self) -> int:
        """Submissions waiting for a judge (not yet started)."""
        ...


def retry_after(pending: int, judges: int, seconds: float) -> int:
    """Seconds until a refused sender should try again: the queue's wait, 1 s to 2 min."""
    return max(1, min(120, round(pending / max(1, judges) * seconds)))


def as_revealed(record: StoredSubmission, reveal: Reveal) -> StoredSubmission:
    """The record as this server's reveal policy shows it. Reports are stored as judged, so
    one judged under a looser policy (an older server, or a `--reveal` since dropped) must
    not show more of its hidden tests than the server now allows."""
    if record.assessment is not None:
        reveal = "none"  # whatever the server reveals, never to or of a candidate
    if record.report is None or reveal == "all":
        return record
    tests, number = [], 0
    for test in record.report["tests"]:
        if test.get("hidden"):
            number += 1
            looser = test.get("input") is not None  # judged revealing more than "none"
            test = {**test, "expected": None, "actual": None, "stdout": ""}
            if reveal == "none":
                test.update(name=f"hidden-{number}", input=None)
                if looser:
                    test.update(message=_withheld_message(test))
        tests.append(test)
    return replace(record, report={**record.report, "tests": tests})


def _withheld_message(test: dict[str, Any]) -> str:
    """A hidden test's message judged under a looser policy, as none shows it: the report as
    stored no longer says which of its words the sandbox wrote (the submission could have
    written the input there), so only its verdict is said of a failure."""
    verdict = str(test.get("verdict") or "")
    if verdict in ("AC", "SK") or verdict not in Verdict.__members__:
        return str(test.get("message") or "")
    return not_shown(Verdict[verdict].label)
