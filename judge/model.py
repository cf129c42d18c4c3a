"""Core types shared by every stage: problems, test cases, verdicts and results.

Everything here is a frozen dataclass; pydantic lives only at the edges (metadata files,
HTTP and the JSON report).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


class Verdict(enum.StrEnum):
    """Short verdict codes, as judges print them."""

    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RTE = "RTE"
    OLE = "OLE"
    CE = "CE"
    IE = "IE"
    SK = "SK"  # not run: an earlier test ended the process

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.RTE: "Runtime Error",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.CE: "Compile Error",
    Verdict.IE: "Internal Error",
    Verdict.SK: "Not Run",
}

# The folder a solution sits in names the verdict it must get.
SOLUTION_FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit_exceeded": Verdict.TLE,
    "run_time_error": Verdict.RTE,
    "memory_limit_exceeded": Verdict.MLE,
    "compile_error": Verdict.CE,
}


@dataclass(frozen=True)
class Limits:
    time: float  # CPU seconds per test (a wall-clock cap of 3x this stops sleepers)
    memory_mb: int  # peak resident memory
    output_kb: int = 1024  # printed output kept in total; beyond it is cut, 64 x it is OLE


@dataclass(frozen=True)
class CheckerSpec:
    name: str  # exact | float | unordered | nested_unordered | custom | ...
    tolerance: float = 1e-6
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    """What a Python or ML submission must define."""

    function: str  # snake_case name of the plain function (or ML class/function name)
    method: str | None = None  # LeetCode's camelCase method on `class Solution`
    arg_types: tuple[str, ...] = ()  # per argument: "" (plain), "list_node", "tree_node"
    return_type: str = ""
    # In place (the method returns None): the index and name of the argument that is the
    # answer, read after the call.
    in_place: int | None = None
    in_place_name: str = ""
    # A class-design problem: `function` is the class, these are the methods tests may call.
    methods: tuple[str, ...] = ()

    @property
    def design(self) -> bool:
        return bool(self.methods)


SqlWindow = Literal["none", "hint", "required"]  # whether a window function is hinted or required
MlTask = Literal["regressor", "classifier", "clusterer", "transformer", "functions", "network"]
MlProba = Literal["none", "binary", "multiclass"]  # whether predict_proba is judged


@dataclass(frozen=True)
class SqlConfig:
    """The `[sql]` table of a SQL problem, read at load (judge.kinds.sql.settings documents it)."""

    dialect: str  # a name from judge.dialects, aliases already resolved
    ordered: bool
    tolerance: float
    decimals: int | None
    window: SqlWindow
    schema: Path  # the schema file (CREATE TABLE statements), parsed when judging needs it
    reference: Path  # the reference query
    max_rows: int


@dataclass(frozen=True)
class MlConfig:
    """The `[ml]` table of an ML problem, read at load (judge.kinds.ml.settings documents it)."""

    task: MlTask
    gradient_descent: bool = False
    refuse: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    proba: MlProba = "none"
    functions: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ("y_true", "y_pred")
    hint: str = ""


@dataclass(frozen=True)
class TestCase:
    name: str
    args: Any  # python: list of positional args; sql: a dataset; ml: a generator spec
    expected: Any
    hidden: bool
    # `args` as JSON, encoded once and kept on disk for a problem's own Python tests (megabytes
    # need not be encoded again by every `judge run`); None: encode when needed.
    args_json: bytes | None = field(default=None, compare=False, repr=False)

    __test__ = False  # not a pytest class


@dataclass(frozen=True)
class Problem:
    slug: str
    path: Path
    title: str
    pack: str
    kind: str  # python | sql | ml
    difficulty: str
    tier: str | None
    topic: str | None
    statement: str
    starter: str
    starter_name: str
    limits: Limits
    checker: CheckerSpec
    entry: Entry | None
    tests: tuple[TestCase, ...]
    settings: SqlConfig | MlConfig | None = None  # the kind's own table: [sql] or [ml]
    target_time: str | None = None  # [complexity] time: a good solution's class, "O(n)"
    # What the kinds derive from this problem once and reuse (its checker, parsed schema,
    # dataset module, encoded arguments): it lives as long as the Problem, so whoever holds
    # the problem (the CLI's or the app's Catalog) owns it. Shared by `replace()` copies.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def remember(self, key: Any, make: Any, limit: int = 4096) -> Any:
        """memo[key], made by `make()` the first time; an over-full memo starts afresh."""
        try:
            return self.memo[key]
        except KeyError:
            pass
        value = make()
        if len(self.memo) >= limit:
            self.memo.clear()
        self.memo[key] = value
        return value

    @property
    def samples(self) -> tuple[TestCase, ...]:
        return tuple(t for t in self.tests if not t.hidden)

    @property
    def hidden(self) -> tuple[TestCase, ...]:
        return tuple(t for t in self.tests if t.hidden)


@dataclass(frozen=True)
class Submission:
    code: str
    language: str  # python | sql
    dialect: str | None = None  # SQL only


@dataclass(frozen=True)
class TestResult:
    name: str
    hidden: bool
    verdict: Verdict
    time: float | None  # CPU seconds of the worker for this test, measured outside it
    memory_kb: int | None  # peak resident memory of the process so far
    message: str = ""
    input: Any = None  # shown for samples, and for hidden tests only where allowed
    expected: Any = None
    actual: Any = None
    stdout: str = ""
    wall: float | None = None  # seconds of wall-clock time (`time` is CPU time)
    # What this test added to resident memory at its highest (its peak minus the resident
    # size when it began); `memory_kb` is the process's peak, on which MLE is decided.
    memory_growth_kb: int | None = None
    # Set where `message` quotes text from the sandbox (a worker's reply, DuckDB's error, a
    # name the answer chose), which the submission can make say anything, a hidden test's
    # input included: the judge's own words for this result, which a hidden test shows
    # instead when nothing of it is revealed. None: the message is all the judge's own.
    hidden_message: str | None = None

    __test__ = False  # not a pytest class


@dataclass(frozen=True)
class Report:
    problem: str
    verdict: Verdict
    tests: tuple[TestResult, ...]
    message: str = ""  # submission-level message (compile error, internal error)
    runner: str = ""
    time_limit: float | None = None  # CPU seconds per test on this host (the effective limit)

    @property
    def passed(self) -> int:
        return sum(1 for t in self.tests if t.verdict is Verdict.AC)

    @property
    def total(self) -> int:
        return len(self.tests)

    @property
    def time(self) -> float:
        return sum(t.time or 0.0 for t in self.tests)
