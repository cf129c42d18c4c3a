"""Assessments: a candidate, their problems and minutes. Making one (checking what a reviewer
asked for), where one stands, and what a reviewer reads of it: the JSON review, the rows of
the review pages and the CSV export. The routes (web/routes/assessments.py, review.py,
candidate.py) only authenticate and render."""

from __future__ import annotations

import csv
import io
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from judge.catalog import Catalog, UnknownProblem
from web.candidates import new_token, token_hash
from web.schemas import (
    AssessmentReview,
    AssessmentState,
    AssessmentSummary,
    CandidateAssessment,
    CandidateSubmission,
    ReviewedSubmission,
)
from web.store import Assessment, Store, StoredSubmission

MAX_MINUTES = 7 * 24 * 60
MAX_PROBLEMS = 20
MAX_NAME = 200
# A spreadsheet runs a cell that starts with one of these as a formula: the export
# quotes it, so a candidate named `=HYPERLINK(...)` stays a name.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class AssessmentError(ValueError):
    """What a reviewer asked for cannot be an assessment; the message says why."""


@dataclass(frozen=True)
class Plan:
    candidate: str
    problems: tuple[str, ...]
    minutes: float


def plan(candidate: str, problems: list[str], minutes: float, catalog: Catalog) -> Plan:
    """The assessment asked for, checked: a name, known problems (by their slugs, each
    once), a positive number of minutes up to a week."""
    name = candidate.strip()
    if not name:
        raise AssessmentError("the candidate's name is empty")
    if len(name) > MAX_NAME:
        raise AssessmentError(f"the candidate's name is longer than {MAX_NAME} characters")
    if not math.isfinite(minutes) or minutes <= 0 or minutes > MAX_MINUTES:
        raise AssessmentError(f"minutes must be more than 0 and at most {MAX_MINUTES} (a week)")
    slugs: list[str] = []
    for asked in problems:
        if not asked.strip():
            continue
        try:
            slug = catalog.folder(asked).name
        except UnknownProblem as exc:
            raise AssessmentError(str(exc)) from None
        if slug not in slugs:
            slugs.append(slug)
    if not slugs:
        raise AssessmentError("name at least one problem")
    if len(slugs) > MAX_PROBLEMS:
        raise AssessmentError(f"at most {MAX_PROBLEMS} problems")
    return Plan(name, tuple(slugs), minutes)


def create(store: Store, chosen: Plan) -> tuple[Assessment, str]:
    """Store the assessment; returns it with the candidate's token (only its hash is kept)."""
    token = new_token()
    made = store.add_assessment(
        chosen.candidate, list(chosen.problems), chosen.minutes, token_hash(token)
    )
    return made, token


def state(assessment: Assessment, now: float) -> AssessmentState:
    if assessment.started_at is None:
        return "invited"
    return "finished" if assessment.over(now) else "started"


def remaining(assessment: Assessment, now: float) -> float:
    if assessment.ends_at is None:
        return assessment.minutes * 60.0
    return min(assessment.minutes * 60.0, max(0.0, assessment.ends_at - now))


def solved(records: list[StoredSubmission]) -> list[str]:
    """Problems with an accepted submission on the hidden tests, in the order first solved."""
    found: list[str] = []
    for record in records:
        accepted = record.verdict == "AC" and record.mode in ("submit", "all")
        if accepted and record.problem not in found:
            found.append(record.problem)
    return found


def summary(
    assessment: Assessment, records: list[StoredSubmission], now: float
) -> AssessmentSummary:
    return AssessmentSummary(**_summary_fields(assessment, records, now))


def review(assessment: Assessment, records: list[StoredSubmission], now: float) -> AssessmentReview:
    """Everything a reviewer reads of one assessment: `records` with code and reports."""
    return AssessmentReview(
        **_summary_fields(assessment, records, now),
        ends_at=assessment.ends_at,
        timeline=[_reviewed(assessment, r) for r in records],
    )


def for_candidate(
    assessment: Assessment, records: list[StoredSubmission], now: float
) -> CandidateAssessment:
    return CandidateAssessment(
        id=assessment.id,
        candidate=assessment.candidate,
        problems=list(assessment.problems),
        minutes=assessment.minutes,
        state=state(assessment, now),
        started_at=assessment.started_at,
        ends_at=assessment.ends_at,
        remaining=remaining(assessment, now),
        submissions=[
            CandidateSubmission(
                id=r.id,
                problem=r.problem,
                mode=r.mode,  # type: ignore[arg-type]
                status=r.status,
                verdict=r.verdict,
                created_at=r.created_at,
            )
            for r in records
        ],
    )


def offset(assessment: Assessment, record: StoredSubmission) -> float | None:
    if assessment.started_at is None:
        return None
    return max(0.0, record.created_at - assessment.started_at)


def clock(seconds: float | None) -> str:
    """An offset as the timeline shows it: `+3:07` (minutes and seconds), `+1:02:07`."""
    if seconds is None:
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"+{hours}:{minutes:02d}:{secs:02d}" if hours else f"+{minutes}:{secs:02d}"


def countdown(seconds: float) -> str:
    """Seconds left as the countdown shows them: `59:58`, `1:00:00`."""
    return clock(math.ceil(max(0.0, seconds))).removeprefix("+")


def minutes_text(minutes: float) -> str:
    """`60 minutes`, `1 minute`, `6 seconds` (0.1 of a minute)."""
    if minutes < 1:
        return f"{round(minutes * 60):g} seconds"
    return f"{minutes:g} minute{'' if minutes == 1 else 's'}"


def marks(assessment: Assessment, records: list[StoredSubmission]) -> list[dict[str, Any]]:
    """The timeline's marks: each submission at its offset, as a share of the time given."""
    span = assessment.minutes * 60.0
    out = []
    for record in records:
        at = offset(assessment, record)
        outcome = record.verdict or record.status
        out.append(
            {
                "id": record.id,
                "left": 0.0 if at is None else round(min(100.0, 100.0 * at / span), 2),
                "verdict": record.verdict or "none",
                "title": f"{clock(at)} {record.problem} ({record.mode}): {outcome}",
            }
        )
    return out


def export_csv(store: Store, now: float | None = None) -> str:
    """Every assessment, newest first, one row each: who, what, when, how it went."""
    moment = time.time() if now is None else now
    records = store.of_assessments()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "id",
            "candidate",
            "problems",
            "minutes",
            "state",
            "created_at",
            "started_at",
            "finished_at",
            "submissions",
            "solved",
            "verdicts",
        ]
    )
    for assessment in store.all_assessments():
        mine = records.get(assessment.id, [])
        row = summary(assessment, mine, moment)
        writer.writerow(
            [
                row.id,
                _cell(row.candidate),
                " ".join(row.problems),
                f"{row.minutes:g}",
                row.state,
                _iso(row.created_at),
                _iso(row.started_at),
                _iso(row.finished_at),
                row.submissions,
                " ".join(row.solved),
                " ".join(f"{slug}:{verdict}" for slug, verdict in best_verdicts(mine).items()),
            ]
        )
    return out.getvalue()


def best_verdicts(records: list[StoredSubmission]) -> dict[str, str]:
    """Per problem, Accepted if any submission on the hidden tests was, else the last one's
    verdict (runs on the samples alone do not count)."""
    best: dict[str, str] = {}
    for record in records:
        if record.mode not in ("submit", "all") or record.verdict is None:
            continue
        if best.get(record.problem) != "AC":
            best[record.problem] = record.verdict
    return best


def _summary_fields(
    assessment: Assessment, records: list[StoredSubmission], now: float
) -> dict[str, Any]:
    return {
        "id": assessment.id,
        "candidate": assessment.candidate,
        "problems": list(assessment.problems),
        "minutes": assessment.minutes,
        "state": state(assessment, now),
        "created_at": assessment.created_at,
        "started_at": assessment.started_at,
        "finished_at": assessment.ends_at if assessment.over(now) else None,
        "submissions": len(records),
        "solved": solved(records),
    }


def _reviewed(assessment: Assessment, record: StoredSubmission) -> ReviewedSubmission:
    report = record.report or {}
    return ReviewedSubmission.model_validate(
        {
            "id": record.id,
            "problem": record.problem,
            "language": record.language,
            "dialect": record.dialect,
            "mode": record.mode,
            "status": record.status,
            "created_at": record.created_at,
            "offset": offset(assessment, record),
            "verdict": record.verdict,
            "passed": record.passed,
            "total": record.total,
            "time": record.time,
            "code": record.code,
            "tests": report.get("tests") or [],
        }
    )


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def _iso(moment: float | None) -> str:
    if moment is None:
        return ""
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")
