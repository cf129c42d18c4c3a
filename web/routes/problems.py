"""GET /api/problems and /api/problems/{slug}: statements and samples, never hidden tests."""

from __future__ import annotations

from fastapi import APIRouter

from judge.catalog import ProblemInfo, select
from judge.kinds import languages_of, starter_for
from judge.model import Problem
from web.deps import ProblemDep, ServicesDep
from web.schemas import (
    DIALECTS,
    ErrorOut,
    LimitsOut,
    ProblemDetail,
    ProblemSummary,
    Sample,
    Starter,
)
from web.services import default_dialect, language_for

router = APIRouter(prefix="/api/problems", tags=["problems"])


@router.get("", response_model=list[ProblemSummary])
def list_problems(
    services: ServicesDep,
    pack: str | None = None,
    tier: str | None = None,
    topic: str | None = None,
    difficulty: str | None = None,
    q: str | None = None,
) -> list[ProblemSummary]:
    """Every problem, optionally filtered; `q` searches slug, title and topic."""
    chosen = select(
        services.problems(), pack=pack, tier=tier, topic=topic, difficulty=difficulty, q=q
    )
    return [summary(p) for p in chosen]


@router.get("/{slug}", response_model=ProblemDetail, responses={404: {"model": ErrorOut}})
def get_problem(problem: ProblemDep, services: ServicesDep) -> ProblemDetail:
    """A problem's statement (Markdown), starter code, limits and sample tests."""
    return ProblemDetail.model_validate(
        {
            **summary(problem).model_dump(),
            "statement": problem.statement,
            "starter": problem.starter,
            "starter_name": problem.starter_name,
            "languages": [
                Starter.model_validate(
                    {"language": language, "starter": text, "starter_name": name}
                )
                for language in languages_of(problem.kind)
                for name, text in [starter_for(problem, language)]
            ],
            "limits": LimitsOut(
                time=services.time_limit(problem),
                reference_time=problem.limits.time,
                memory_mb=problem.limits.memory_mb,
            ),
            "samples": [
                Sample(name=t.name, args=t.args, expected=t.expected) for t in problem.samples
            ],
            "dialects": list(DIALECTS) if problem.kind == "sql" else [],
            "default_dialect": default_dialect(problem),
        }
    )


def summary(problem: Problem | ProblemInfo) -> ProblemSummary:
    return ProblemSummary(
        slug=problem.slug,
        title=problem.title,
        pack=problem.pack,
        kind=problem.kind,
        language=language_for(problem),
        difficulty=problem.difficulty,
        tier=problem.tier,
        topic=problem.topic,
    )
