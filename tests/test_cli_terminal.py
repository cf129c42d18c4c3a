"""The terminal, as a candidate meets it (issue 15): `judge list` at 80 columns, problems
found by LeetCode's names, and usage errors that say what to do. Each runs `judge` in a
subprocess, as a user does."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from .conftest import JUDGE, REPO

TWO_SUM = REPO / "problems" / "python" / "two_sum"
ENV = {**os.environ, "JUDGE_PROBLEMS": str(REPO / "problems"), "COLUMNS": "80"}


def judge(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JUDGE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
        timeout=300,
    )


def test_list_fits_80_columns_with_every_slug_whole_and_first() -> None:
    out = judge("list")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    slugs = [p["slug"] for p in json.loads(judge("list", "--json").stdout)]
    rows = {line.split()[0] for line in lines if line.startswith("  ")}
    assert rows == set(slugs)  # each slug whole, first on its line
    # No column that only repeats the pack: the kind is not printed beside it.
    assert "python · high tier · arrays-hashing" in lines
    assert not any(line.split()[1:2] == ["python"] for line in lines if line.startswith("  "))
    row = next(line for line in lines if line.startswith("  construct_binary_tree_from_preorder"))
    assert row.split() == ["construct_binary_tree_from_preorder_and_inorder_traversal", "medium"]


def test_leetcode_hyphenated_slug_finds_the_problem(tmp_path: Path) -> None:
    sol = tmp_path / "x.py"
    sol.write_text((TWO_SUM / "solutions" / "accepted" / "hash_map.py").read_text())
    out = judge("run", str(sol), "--problem", "two-sum", "--sandbox", "local", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["problem"] == "two_sum"
    url = "https://leetcode.com/problems/two-sum/"
    assert judge("run", str(sol), "--problem", url, "--sandbox", "local").returncode == 0
    assert judge("show", "Two-Sum").returncode == 0


def test_unknown_problem_suggests_the_closest() -> None:
    out = judge("run", str(TWO_SUM / "starter.py"), "--problem", "two-summ")
    assert out.returncode == 2
    assert "unknown problem 'two-summ'; did you mean two_sum" in out.stderr
    out = judge("show", "level_order")
    assert out.returncode == 2 and "binary_tree_level_order_traversal" in out.stderr


def test_file_named_after_no_problem_says_how_to_name_one(tmp_path: Path) -> None:
    sol = tmp_path / "my_solution.py"
    sol.write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    out = judge("run", str(sol))
    assert out.returncode == 2
    assert "'my_solution'" in out.stderr and "--problem SLUG" in out.stderr
    assert "# problem: SLUG" in out.stderr and len(out.stderr.splitlines()) == 1
    sql = tmp_path / "query.sql"
    sql.write_text("SELECT 1;\n")
    assert "-- problem: SLUG" in judge("run", str(sql)).stderr


def test_a_file_in_a_language_the_problem_does_not_take_is_a_usage_error(tmp_path: Path) -> None:
    query = tmp_path / "two_sum.sql"
    query.write_text("SELECT 1;\n")
    out = judge("run", str(query), "--sandbox", "local")
    assert out.returncode == 2
    assert "takes Python (a .py file)" in out.stderr and "two_sum.sql" in out.stderr
    query = tmp_path / "kmeans.sql"  # an ML task takes Python only
    query.write_text("SELECT 1;\n")
    out = judge("run", str(query))
    assert out.returncode == 2 and "kmeans.sql" in out.stderr and "(a .py file)" in out.stderr
    notebook = tmp_path / "consecutive_numbers.ipynb"  # SQL problems take .sql, or .py (pandas)
    notebook.write_text("{}\n")
    out = judge("run", str(notebook))
    assert out.returncode == 2 and "not consecutive_numbers.ipynb" in out.stderr


def test_compile_error_summary_has_no_empty_counts(tmp_path: Path) -> None:
    sol = tmp_path / "two_sum.py"
    sol.write_text("def two_sum(nums, target)\n    return 1\n")
    out = judge("run", str(sol), "--sandbox", "local")
    assert out.returncode == 1
    assert "Compile Error (CE)" in out.stdout and "SyntaxError" in out.stdout
    assert "0/0" not in out.stdout and "0 µs" not in out.stdout


def test_missing_file_is_named_whole(tmp_path: Path) -> None:
    out = judge("run", "nosuchfile.py", cwd=tmp_path)
    assert out.returncode == 2
    assert (
        out.stderr.strip() == "judge: error: cannot read nosuchfile.py: No such file or directory"
    )


def test_sql_run_says_duckdb_in_header_and_footer(tmp_path: Path) -> None:
    folder = REPO / "problems" / "sql" / "consecutive_numbers"
    query = tmp_path / "q.sql"
    query.write_text((folder / "solutions" / "accepted" / "lag_lead.sql").read_text())
    out = judge("run", str(query), "--problem", "consecutive-numbers", "--sandbox", "local")
    assert out.returncode == 0, out.stderr
    assert "DuckDB" in out.stderr  # the header, before the table
    footer = out.stdout[out.stdout.index("Accepted (AC)") :]
    assert "DuckDB" in " ".join(footer.split())
