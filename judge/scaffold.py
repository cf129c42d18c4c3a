"""`judge new`: a new problem folder of any kind, complete and loadable, whose every place
left for the author holds a `TODO:` line that `judge verify` lists, in order, until it is gone.

The skeleton is a working toy problem (sum a list; select a table's ids; a mean predictor),
so each file shows its format by example and the folder loads from the first minute.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

Kind = Literal["python", "sql", "ml"]
KINDS: tuple[Kind, ...] = ("python", "sql", "ml")
TODO = "TODO:"
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


class ScaffoldError(ValueError):
    """The slug or the place is not usable: the message says why."""


def new_problem(root: Path, slug: str, kind: Kind, pack: str | None = None) -> Path:
    """Write `root/<pack>/<slug>/` (pack defaults to the kind) and return the folder."""
    slug = slug.replace("-", "_")
    if not SLUG.match(slug):
        raise ScaffoldError(
            f"{slug!r} is not a slug: lower-case letters, digits and underscores, "
            "starting with a letter (e.g. two_sum)"
        )
    if kind not in KINDS:
        raise ScaffoldError(f"unknown kind {kind!r} (use {', '.join(KINDS)})")
    folder = root / (pack or kind) / slug
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists")
    files = {"python": _python, "sql": _sql, "ml": _ml}[kind](slug)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _note(mark: str, text: str) -> str:
    return f"{mark} {TODO} {text}\n"


def _title(slug: str) -> str:
    return slug.replace("_", " ").title()


def _json(tests: list[dict[str, object]]) -> str:
    return "[\n" + ",\n".join("  " + json.dumps(t) for t in tests) + "\n]\n"


def _python(slug: str) -> dict[str, str]:
    name = slug
    camel = re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), slug)
    return {
        "problem.toml": f'''format_version = 1
title = "{_title(slug)}"  # {TODO} the title as candidates know it
kind = "python"
tier = "high"  # high | medium | low
topic = "arrays-hashing"  # {TODO} the topic (judge list groups by it)
difficulty = "easy"  # easy | medium | hard

[function]
name = "{name}"  # the snake_case function the starter defines
leetcode = "{camel}"  # LeetCode's method on class Solution, also accepted
# arg_types = ["list_node"]  # per argument: "", "list_node", "tree_node", "list_node[]"
# return_type = "tree_node"
# in_place = "nums"  # the argument that is the answer after the call

[limits]
time = 1.0  # {TODO} CPU seconds per test on the reference machine (judge verify measures)
memory_mb = 256

[checker]
name = "exact"  # exact | float (tolerance) | unordered | nested_unordered | custom
''',
        "statement.md": f"""# {_title(slug)}

{TODO} say what `{name}(nums)` must return, with the constraints on its input.

## Examples

```
nums = [1, 2, 3]   ->  6
nums = []          ->  0
```
""",
        "starter.py": f"""from typing import List


def {name}(nums: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 {slug}.py` prints your answers beside the expected ones.
    print({name}([1, 2, 3]), "expected", 6)
    print({name}([]), "expected", 0)
""",
        "tests/samples.json": _json(
            [
                {"name": "sample-1", "args": [[1, 2, 3]], "expected": 6},
                {"name": "sample-2", "args": [[]], "expected": 0},
            ]
        ),
        "tests/hidden.json": _json(
            [
                {"name": "negative", "args": [[-5, 5, -1]], "expected": -1},
                {"name": "one", "args": [[7]], "expected": 7},
            ]
        ),
        "generator.py": f'''"""More hidden tests, made on the host at load: big inputs go here."""

import random


def generate():
    # {TODO} seeded tests of the sizes the time limit is for (or delete this file)
    rng = random.Random(15)
    nums = [rng.randint(-1000, 1000) for _ in range(100_000)]
    return [{{"name": "large", "args": [nums], "expected": sum(nums)}}]
''',
        f"solutions/accepted/{slug}.py": _note(
            "#", "a correct solution (every file here must be Accepted)"
        )
        + f"""def {name}(nums):
    return sum(nums)
""",
        f"solutions/wrong_answer/{slug}.py": _note(
            "#", "a plausible mistake (every file here must get Wrong Answer)"
        )
        + f"""def {name}(nums):
    return sum(nums[1:])
""",
        f"solutions/time_limit_exceeded/{slug}.py": _note(
            "#", "a too-slow solution (times out even with 1.5 x the limit), or delete it"
        )
        + f"""def {name}(nums):
    total = 0
    for i in range(len(nums)):
        total = sum(nums[: i + 1])
    return total
""",
    }


def _sql(slug: str) -> dict[str, str]:
    dataset = {"Items": [[1, 10], [2, None], [3, 30]]}
    return {
        "problem.toml": f'''format_version = 1
title = "{_title(slug)}"  # {TODO} the title as candidates know it
kind = "sql"
topic = "ranking"  # {TODO} the topic (judge list groups by it)
difficulty = "easy"  # easy | medium | hard

[limits]
time = 2.0  # seconds per dataset, in DuckDB
memory_mb = 256

[sql]
dialect = "postgres"  # what queries are read as unless they say `-- dialect: NAME`
ordered = false  # true when row order counts
# decimals = 2  # the rounding the statement asks for
# window = "hint"  # none | hint | required
''',
        "statement.md": f"""# {_title(slug)}

`Items`

| column | type    | notes           |
|--------|---------|-----------------|
| id     | INTEGER | primary key     |
| value  | INTEGER | NULL if unknown |

{TODO} say what the query must return: its columns, by name, and their order.

## Example

`Items`

| id | value |
|----|-------|
| 1  | 10    |
| 2  | NULL  |
| 3  | 30    |

Result

| id |
|----|
| 1  |
| 3  |
""",
        "schema.sql": _note("--", "the tables, in DuckDB's SQL (every dataset fills them)")
        + """CREATE TABLE Items (
    id INTEGER,
    value INTEGER
);
""",
        "starter.sql": "SELECT id\nFROM Items;\n",
        "tests/samples.json": _json(
            [
                {
                    "name": "sample-1",
                    "args": dataset,
                    "expected": {"columns": ["id"], "rows": [[1], [3]]},
                }
            ]
        ),
        "tests/hidden.json": _json(
            [
                {
                    "name": "named-columns",
                    "args": {"Items": {"columns": ["id"], "rows": [[4], [5]]}},
                    "expected": {"columns": ["id"], "rows": []},
                },
                {"name": "empty", "args": {}, "expected": {"columns": ["id"], "rows": []}},
            ]
        ),
        "solutions/accepted/reference.sql": _note(
            "--", "the reference query: expected results are derived from it"
        )
        + """-- (python -m judge.kinds.sql.derive FOLDER --write)
SELECT id
FROM Items
WHERE value IS NOT NULL;
""",
        "solutions/wrong_answer/all_rows.sql": _note(
            "--", "a plausible mistake (must get Wrong Answer)"
        )
        + """SELECT id
FROM Items;
""",
    }


def _ml(slug: str) -> dict[str, str]:
    cls = "".join(part.title() for part in slug.split("_"))
    return {
        "problem.toml": f'''format_version = 1
title = "{_title(slug)}"  # {TODO} the title as candidates know it
kind = "ml"
topic = "regression"  # {TODO} the topic (judge list groups by it)
difficulty = "easy"  # easy | medium | hard

[function]
name = "{cls}"  # the class (or, for task "functions", a name) the starter defines

[limits]
time = 1.0  # CPU seconds per test (fit and predict) on the reference machine
memory_mb = 512

[ml]
task = "regressor"  # regressor | classifier | clusterer | transformer | functions | network
# gradient_descent = true  # refuse closed-form solvers (numpy.linalg.lstsq, pinv, ...)
# attributes = ["coef_"]  # read after fit and shape-checked
# proba = "binary"  # none | binary | multiclass
''',
        "statement.md": f"""# {_title(slug)}

{TODO} say what `{cls}` learns: `fit(X, y)` returns self, `predict(X)` returns shape (m,).
NumPy only.
""",
        "starter.py": f"""import numpy as np


class {cls}:
    def fit(self, X, y):
        # X: (m, n) floats, y: (m,) floats; learn, then return self.
        raise NotImplementedError

    def predict(self, X):
        # X: (m, n) -> predictions of shape (m,)
        raise NotImplementedError
""",
        "dataset.py": f'''"""Datasets for {slug}, made on the host from a test's spec; only
X_train, y_train and X_test enter the sandbox."""

import numpy as np


def make(spec):
    # {TODO} the data this task learns from; spec keys are yours (seed is customary)
    rng = np.random.default_rng(spec["seed"])
    m, m_test = spec["n_train"], spec.get("n_test", 200)
    X = rng.normal(size=(m + m_test, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 4.0 + rng.normal(0.0, spec["noise"], m + m_test)
    return {{"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}}
''',
        "tests/samples.json": _json(
            [
                {
                    "name": "sample-1",
                    "args": {"dataset": {"seed": 1, "n_train": 200, "noise": 0.1}},
                    "expected": [{"metric": "r2", "min": 0.9}],
                }
            ]
        ),
        "tests/hidden.json": _json(
            [
                {
                    "name": "noisy",
                    "args": {"dataset": {"seed": 2, "n_train": 500, "noise": 1.0}},
                    "expected": [{"metric": "r2", "min": 0.7}],
                }
            ]
        ),
        f"solutions/accepted/{slug}.py": _note(
            "#", "a correct model (every file here must be Accepted)"
        )
        + f"""import numpy as np


class {cls}:
    def fit(self, X, y):
        A = np.c_[X, np.ones(len(X))]
        self.w = np.linalg.lstsq(A, y, rcond=None)[0]
        return self

    def predict(self, X):
        return np.c_[X, np.ones(len(X))] @ self.w
""",
        f"solutions/wrong_answer/{slug}.py": _note(
            "#", "a plausible mistake (must get Wrong Answer)"
        )
        + f"""import numpy as np


class {cls}:
    def fit(self, X, y):
        self.mean = float(np.mean(y))
        return self

    def predict(self, X):
        return np.full(len(X), self.mean)
""",
    }


def todos(folder: Path) -> list[str]:
    """What is left to fill in: each `TODO:` line, as `file:line: what`, in the order an author
    works (metadata, statement, starter, data, tests, solutions)."""
    order = ["problem.toml", "statement.md", "starter", "schema.sql", "dataset.py", "generator"]
    order += ["tests", "solutions"]

    def rank(path: Path) -> tuple[int, str]:
        rel = path.relative_to(folder).as_posix()
        return next((i for i, p in enumerate(order) if rel.startswith(p)), len(order)), rel

    found = []
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in _TEXT]
    for path in sorted(files, key=rank):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, 1):
            if TODO in line:
                what = line.split(TODO, 1)[1].strip()
                found.append(f"{path.relative_to(folder).as_posix()}:{number}: {what}")
    return found


_TEXT = {".toml", ".md", ".py", ".sql", ".json"}
