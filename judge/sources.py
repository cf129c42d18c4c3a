"""Reading a solution file: its language, and the problem and dialect it names in comments."""

from __future__ import annotations

from pathlib import Path

from judge.model import Submission

LANGUAGE_BY_SUFFIX = {".py": "python", ".sql": "sql"}


def header_value(code: str, key: str, lines: int = 5) -> str | None:
    """`# key: value` or `-- key: value` among the first lines."""
    for line in code.lstrip("\ufeff").splitlines()[:lines]:
        text = line.strip()
        if not text.startswith(("#", "--")):
            continue
        text = text.lstrip("#-").strip()
        if text.lower().startswith(f"{key}:"):
            return text.split(":", 1)[1].strip() or None
    return None


def problem_slug(path: Path, code: str, given: str | None = None) -> str:
    """--problem, else a `problem: SLUG` comment on the first line, else the file's stem."""
    return named_problem(path, code, given)[0]


def named_problem(path: Path, code: str, given: str | None = None) -> tuple[str, str]:
    """The problem a submission names and where it named it: `--problem`, `the first line`
    or `the file name`."""
    if given:
        return given, "--problem"
    found = header_value(code, "problem", lines=1)
    return (found, "the first line") if found else (path.stem, "the file name")


def how_to_name(language: str) -> str:
    comment = "--" if language == "sql" else "#"
    return (
        f"name the problem with --problem SLUG or a first line `{comment} problem: SLUG` "
        "(`judge list` lists the slugs; LeetCode's `two-sum` works too)"
    )


def read_submission(path: Path, dialect: str | None = None) -> Submission:
    code = path.read_text(encoding="utf-8")
    language = LANGUAGE_BY_SUFFIX.get(path.suffix.lower(), "python")
    return Submission(code, language, dialect or header_value(code, "dialect"))
