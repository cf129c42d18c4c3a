"""The registry of problem kinds: one package each, with its adapter, stages and worker.

A problem's kind names the package that judges it; an SQL problem also takes pandas: a
Python file there is a pandas function, judged by the pandas kind against the same
datasets and expected tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge.kind import Kind

if TYPE_CHECKING:
    from judge.model import Problem

KINDS = ("python", "sql", "ml")
# The languages each kind of problem takes, and which kind judges each; the first is the
# problem's own. A `.py` file (language "python") on an SQL problem is a pandas answer.
LANGUAGES: dict[str, dict[str, str]] = {
    "python": {"python": "python"},
    "sql": {"sql": "sql", "pandas": "pandas"},
    "ml": {"python": "ml"},
}
# A torch answer to an ML task is a Python file like any other (the ML kind's policy knows
# torch); "torch" is a language only to choose its starter.
SAME_AS = {
    ("sql", "python"): "pandas",
    ("ml", "torch"): "python",
}  # (problem kind, a file's language) -> the language


def language_of(problem_kind: str, language: str) -> str:
    """What a submission in `language` is on a problem of this kind ("python" on an SQL
    problem is pandas); languages the problem does not take come back unchanged."""
    return SAME_AS.get((problem_kind, language), language)


def languages_of(problem_kind: str) -> tuple[str, ...]:
    """The languages a problem of this kind takes, its own first."""
    return tuple(LANGUAGES.get(problem_kind, {}))


def kind_for(problem_kind: str, language: str) -> Kind | None:
    """The kind that judges a submission in `language` on a problem of this kind, or None
    when the problem does not take that language."""
    judged_by = LANGUAGES.get(problem_kind, {}).get(language_of(problem_kind, language))
    return kind_of(judged_by) if judged_by else None


def takes(problem_kind: str) -> str:
    """What a problem of this kind takes, for a person: "a SQL query or a pandas function"."""
    judged_by = LANGUAGES.get(problem_kind, {}).values()
    return " or ".join(kind_of(k).takes for k in judged_by) or "nothing"


def starter_for(problem: Problem, language: str) -> tuple[str, str]:
    """The starter's file name and text for a problem in a language it takes (without the
    `# problem:` line); the problem's own starter for its own language."""
    if (
        kind_for(problem.kind, language) is not None
        and language_of(problem.kind, language) == "pandas"
    ):
        from judge.kinds.pandas.starter import starter

        return f"{problem.slug}.py", starter(problem)
    if problem.kind == "ml" and language == "torch":
        from judge.kinds.ml.torch_policy import torch_starter

        return problem.starter_name, torch_starter(problem.starter)
    return problem.starter_name, problem.starter


def kind_of(name: str) -> Kind:
    """The registered kind called `name`; ValueError for an unknown one."""
    if name == "python":
        from judge.kinds.python.adapter import PythonKind

        return PythonKind()
    if name == "sql":
        from judge.kinds.sql.adapter import SqlKind

        return SqlKind()
    if name == "ml":
        from judge.kinds.ml.adapter import MlKind

        return MlKind()
    if name == "pandas":
        from judge.kinds.pandas.adapter import PandasKind

        return PandasKind()
    raise ValueError(f"no judge for problem kind {name!r}")
