"""Hostile pandas answers get a clear verdict under both runners, and never an accepted one
from anything but a right table.

The answer runs in the sandbox; the host reads what comes back as a claim (a table of plain
values, bounded) and compares it with the expected table, which never enters the sandbox.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from judge.judging import Options, judge
from judge.model import Limits, Problem, Report, Submission, Verdict
from judge.problem import load_problem
from judge.runners.base import Runner

from .conftest import REPO

HEAD = "import pandas as pd\n\n"
RIGHT = (
    "    s = employee['salary'].dropna().drop_duplicates().sort_values(ascending=False)\n"
    "    return pd.DataFrame({'SecondHighestSalary': [int(s.iloc[1]) if len(s) > 1 else None]})\n"
)


@pytest.fixture(scope="module")
def problem() -> Problem:
    loaded = load_problem(REPO / "problems" / "sql" / "second_highest_salary")
    return replace(loaded, limits=Limits(1.0, 256, 256), tests=loaded.tests[:3])


@pytest.fixture(scope="module")
def runner(each_runner: Runner) -> Runner:
    return each_runner


def run(problem: Problem, runner: Runner, body: str, head: str = HEAD) -> Report:
    code = f"{head}def second_highest_salary(employee):\n{body}"
    return judge(problem, Submission(code, "python"), runner, Options(mode="submit"))


def first_failure(rep: Report) -> str:
    bad = next((t for t in rep.tests if t.verdict is not Verdict.AC), None)
    return bad.message if bad else rep.message


def test_the_right_answer_is_accepted(problem: Problem, runner: Runner) -> None:
    assert run(problem, runner, RIGHT).verdict is Verdict.AC


# (body of the function, the verdict, words the message must hold)
ATTACKS = {
    "returns_none": (
        "    return None\n",
        Verdict.WA,
        "must return a pandas DataFrame, not NoneType",
    ),
    "returns_a_list": ("    return [[200]]\n", Verdict.WA, "not list"),
    "returns_a_series": (
        "    return employee['salary']\n",
        Verdict.WA,
        "returned a Series, not a DataFrame",
    ),
    "a_dataframe_subclass": (
        "    class Lying(pd.DataFrame):\n        pass\n"
        "    return Lying({'SecondHighestSalary': [200]})\n",
        Verdict.WA,
        "not Lying",
    ),
    "object_cell_with_a_lying_eq": (
        "    class Any:\n"
        "        def __eq__(self, other): return True\n"
        "        def __hash__(self): return 0\n"
        "    return pd.DataFrame({'SecondHighestSalary': [Any()]})\n",
        Verdict.WA,
        "holds a Any object",
    ),
    "a_cell_holding_a_function": (
        "    return pd.DataFrame({'SecondHighestSalary': [print]}, dtype=object)\n",
        Verdict.WA,
        "builtin_function_or_method",
    ),
    "endlessly_nested_list": (
        "    x = []\n    x.append(x)\n"
        "    return pd.DataFrame({'SecondHighestSalary': pd.Series([x], dtype=object)})\n",
        Verdict.WA,
        "nested too deeply",
    ),
    "duplicate_column_names": (
        "    df = pd.DataFrame([[1, 2]], columns=['SecondHighestSalary', 'SecondHighestSalary'])\n"
        "    return df\n",
        Verdict.WA,
        "expected 1 columns",
    ),
    "multiindex_columns": (
        "    return pd.DataFrame([[1]], columns=pd.MultiIndex.from_tuples([('a', 'b')]))\n",
        Verdict.WA,
        "MultiIndex",
    ),
    "a_million_rows": (
        "    return pd.DataFrame({'SecondHighestSalary': range(1_000_000)})\n",
        Verdict.WA,
        "returned more than 1000 rows",
    ),
    "a_huge_cell": (
        "    return pd.DataFrame({'SecondHighestSalary': ['x' * 50_000_000]})\n",
        Verdict.WA,
        "takes more than",
    ),
    "prints_forever": ("    while True:\n        print('x' * 1000)\n", Verdict.OLE, ""),
    "raises": ("    raise ValueError('no')\n", Verdict.RTE, "ValueError"),
    "sleeps": ("    import time\n    time.sleep(30)\n", Verdict.TLE, "wall-clock"),
    # CPU time runs out first; on a machine busy enough to starve it, the wall-clock cap.
    "spins": ("    while True:\n        pass\n", Verdict.TLE, "limit exceeded"),
    "eats_memory": (
        "    blocks = []\n    while True:\n        blocks.append(bytearray(50 << 20))\n",
        Verdict.MLE,
        "",
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_hostile_answers_get_a_clear_verdict(problem: Problem, runner: Runner, name: str) -> None:
    body, verdict, words = ATTACKS[name]
    rep = run(problem, runner, body)
    assert rep.verdict is verdict, (rep.verdict, first_failure(rep))
    assert words in first_failure(rep)


def test_work_done_while_the_dataframes_are_built_is_the_tests_time(
    problem: Problem, runner: Runner
) -> None:
    # The answer is loaded before each dataset's DataFrames are built, in a step of their
    # own: it takes that step over (the worker's `frame`) and spins there, then answers at
    # once. The step's CPU time is the test's, so the spinning is a TLE all the same.
    head = HEAD + (
        "import sys, time\n"
        "_worker = sys.modules['judge_worker_pandas']\n"
        "_frame = _worker.frame\n"
        "def _spinning(*args):\n"
        "    end = time.process_time() + 3.0\n"
        "    while time.process_time() < end:\n"
        "        pass\n"
        "    return _frame(*args)\n"
        "_worker.frame = _spinning\n\n"
    )
    rep = run(problem, runner, RIGHT, head)
    assert rep.verdict is Verdict.TLE, (rep.verdict, first_failure(rep))
    # No test passes. Each one that ran was stopped by the CPU limit once the step's time is
    # counted, or, on a machine busy enough to starve it, by a wall-clock cap: the step's
    # own (its CPU time so far is reported) or the host's (no time is).
    assert not any(t.verdict is Verdict.AC for t in rep.tests), rep.tests
    timed = [t for t in rep.tests if t.verdict is Verdict.TLE and t.time is not None]
    assert all(t.time is not None and t.time > 0.3 for t in timed), timed


def test_forged_frames_on_every_descriptor_are_not_an_accepted_answer(
    problem: Problem, runner: Runner
) -> None:
    # A well-formed "ok" reply with the right-looking table, written to every descriptor:
    # the channel belongs to the supervisor, which takes only the worker's framed answers
    # (and the host compares whatever table comes with the expected one itself).
    forge = (
        "    import json, os, struct\n"
        "    reply = json.dumps({'status': 'ok', 'columns': ['SecondHighestSalary'],"
        " 'rows': [[200]], 'truncated': False}).encode()\n"
        "    frame = struct.pack('>I', len(reply)) + reply\n"
        "    line = json.dumps({'event': 'test', 'index': 0, 'status': 'ok', 'reply':"
        " {'status': 'ok'}}).encode() + b'\\n'\n"
        "    for fd in range(3, 64):\n"
        "        for data in (frame, line):\n"
        "            try:\n                os.write(fd, data)\n"
        "            except OSError:\n                pass\n"
        "    return pd.DataFrame({'SecondHighestSalary': [-1]})\n"
    )
    rep = run(problem, runner, forge)
    assert rep.verdict is not Verdict.AC and rep.verdict is not Verdict.IE, rep


def test_expected_answers_are_nowhere_the_answer_can_read(problem: Problem) -> None:
    # Looks for the problem's expected tables in every file it can read, and returns the
    # first number it finds next to the expected column's name: nothing is there to find.
    search = (
        "    import os, re\n"
        "    for top in ('/', os.getcwd(), '/tmp'):\n"
        "        for root, dirs, files in os.walk(top):\n"
        "            dirs[:] = [d for d in dirs if d not in ('proc', 'sys', 'dev', 'usr')]\n"
        "            for f in files:\n"
        "                if f.endswith('.json'):\n"
        "                    try:\n"
        "                        text = open(os.path.join(root, f)).read(1 << 20)\n"
        "                    except OSError:\n                        continue\n"
        "                    if 'SecondHighestSalary' in text:\n"
        "                        return pd.DataFrame({'SecondHighestSalary': ['FOUND ' + root]})\n"
        "    return pd.DataFrame({'SecondHighestSalary': [None]})\n"
    )
    # In Docker only: the local runner is for your own code, and your files are yours.
    from judge.runners.docker import DockerRunner

    docker = DockerRunner.connect()
    try:
        rep = run(problem, docker, search)
    finally:
        docker.close()
    assert rep.verdict is Verdict.WA
    shown = [t.actual for t in rep.tests if t.actual is not None]
    assert not any("FOUND" in str(a) for a in shown), shown


def test_changing_pandas_at_import_is_the_answers_failure_not_the_judges(
    problem: Problem, runner: Runner
) -> None:
    # Building the next dataset's DataFrames happens after the submission was loaded:
    # breaking pandas then must not read as a fault of the problem (Internal Error).
    head = HEAD + "pd.DataFrame.reindex = None\n\n"
    rep = run(problem, runner, RIGHT, head=head)
    assert rep.verdict is Verdict.RTE, rep
    assert "did it change pandas?" in first_failure(rep)


# Answers that write a dataset's salaries into what comes back: an exception (its class's
# name and message), the returned DataFrame's column names, its index's name, an object
# whose class is named after them. Each hidden dataset's message must show none of it.
SPELL = "'LEAK' + '_'.join(str(int(v)) for v in employee['salary'].dropna())"
SPELLED = re.compile(r"LEAK\d")
LEAKS = {
    "exception": f"    raise type({SPELL}, (Exception,), {{}})({SPELL})\n",
    "columns": f"    return pd.DataFrame({{{SPELL}: [1], 'b': [2]}})\n",
    "index": (
        "    df = pd.DataFrame({'a': [1], 'b': [2]})\n"
        f"    df.index.name = {SPELL}\n"
        "    return df\n"
    ),
    "object": f"    return type({SPELL}, (), {{}})()\n",
}


@pytest.mark.parametrize("name", LEAKS)
def test_an_answer_cannot_write_a_hidden_dataset_into_its_message(
    problem: Problem, runner: Runner, name: str
) -> None:
    # Two hidden datasets, the second with salaries in it (the fixture's has none).
    tests = load_problem(REPO / "problems" / "sql" / "second_highest_salary").tests[:4]
    problem = replace(problem, tests=tests)
    report = run(problem, runner, LEAKS[name])
    hidden = [t for t in report.tests if t.hidden]
    assert hidden and all(t.verdict in (Verdict.WA, Verdict.RTE) for t in hidden), report
    assert not any(SPELLED.search(t.message) for t in hidden), [t.message for t in hidden]
    # Revealed, the same answer does spell a hidden dataset's salaries: not vacuous.
    code = f"{HEAD}def second_highest_salary(employee):\n{LEAKS[name]}"
    revealed = judge(problem, Submission(code, "python"), runner, Options(reveal="all"))
    assert any(SPELLED.search(t.message) for t in revealed.tests if t.hidden), revealed.tests
