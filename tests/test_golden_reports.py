"""Golden reports, as Exercism's test runner keeps them: beside each submission in tests/golden
is the report it must get, `<name>.report.json` (what `judge run --json` prints: the versioned
report of judge.report.to_json, local runner, default options), compared whole.

What depends on the machine is taken out of both sides first:
- every field of the report or of a test whose name ends in `time` or `memory` (seconds and
  KiB measured on this run; a wall or CPU time the runtime may add goes the same way);
- in messages, each quantity with a unit ("CPU 0.503 s", "138 MiB") becomes "# s", "# MiB":
  measurements are written that way, and so are limits, which stay in the problem's files.
Everything else is compared word for word, so a report that changes on purpose is
regenerated, and the diff reviewed:

    JUDGE_UPDATE_GOLDEN=1 pytest tests/test_golden_reports.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Submission
from judge.report import to_json
from judge.runners.local import LocalRunner

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.py"))
UPDATE = os.environ.get("JUDGE_UPDATE_GOLDEN") == "1"
MEASURED = ("time", "memory", "wall")  # suffixes of the fields that depend on the machine
QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:e[-+]?\d+)?(?=\s?(?:s|ms|µs|[KMG]i?B)\b)")


def expected_path(submission: Path) -> Path:
    return submission.with_suffix(".report.json")


def comparable(report: dict[str, Any]) -> dict[str, Any]:
    """The report without what depends on the machine (at the report's and the tests' level)."""

    def strip(fields: dict[str, Any]) -> dict[str, Any]:
        kept = {k: v for k, v in fields.items() if not k.endswith(MEASURED)}
        if isinstance(kept.get("message"), str):
            kept["message"] = QUANTITY.sub("#", kept["message"])
        return kept

    return {**strip(report), "tests": [strip(t) for t in report["tests"]]}


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_report(path: Path, sum_pairs: Problem) -> None:
    report = judge(sum_pairs, Submission(path.read_text(), "python"), LocalRunner(), Options())
    got = comparable(to_json(report))
    golden = expected_path(path)
    if UPDATE:
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert golden.is_file(), f"no {golden.name}: run JUDGE_UPDATE_GOLDEN=1 pytest {__file__}"
    want = json.loads(golden.read_text(encoding="utf-8"))
    assert got == comparable(want), (
        f"{path.name}'s report differs from {golden.name}; if the change is intended, "
        "regenerate with JUDGE_UPDATE_GOLDEN=1 pytest tests/test_golden_reports.py"
    )


def test_every_golden_report_has_its_submission() -> None:
    reports = sorted((Path(__file__).parent / "golden").glob("*.report.json"))
    assert {r.name for r in reports} == {expected_path(p).name for p in GOLDEN}
