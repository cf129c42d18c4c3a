"""The supervisor/worker boundary: the protocol's bounds, verdicts measured from outside the
submission, the definition the README promises, and the judge's own memory whatever the
sandbox writes (attacks from issue 11, run for real under the local and Docker runners).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import time
from dataclasses import replace

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Submission, Verdict
from judge.problem import load_problem
from judge.runners.base import EventParser
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner
from judge.supervisor.protocol import (
    BadEvent,
    FrameReader,
    TestEvent,
    decode_event,
    frame,
)

from .conftest import JUDGE, REPO, TESTS

HOSTILE = TESTS / "hostile"

# --- the protocol -------------------------------------------------------------------------


def test_events_decode_into_types() -> None:
    line = json.dumps(
        {
            "event": "test",
            "index": 2,
            "status": "timeout",
            "time": 1.5,
            "wall": 1.6,
            "memory_kb": 2048,
            "error": "",
            "reply": {"status": "ok"},
        }
    ).encode()
    event = decode_event(line)
    assert isinstance(event, TestEvent) and event.index == 2 and event.status == "timeout"


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[1, 2]",
        b'{"event": "test", "index": -1, "status": "ok", "time": 0, "wall": 0, "memory_kb": 0}',
        b'{"event": "test", "index": 0, "status": "AC", "time": 0, "wall": 0, "memory_kb": 0}',
        b'{"event": "test", "index": 0, "status": "ok", "time": "0", "wall": 0, "memory_kb": 0}',
        b'{"event": "load_error", "status": "harness", "error": "please rejudge"}',
        b'{"event": "surprise"}',
    ],
)
def test_malformed_events_are_refused(raw: bytes) -> None:
    with pytest.raises(BadEvent):
        decode_event(raw)


def test_the_parser_caps_the_number_of_events() -> None:
    parser = EventParser(None, tests=1)
    line = b'{"event": "start", "index": 0}\n'
    parser.feed(line * 100)
    assert "more events" in parser.error


def test_the_hosts_checking_time_is_not_taken_from_the_next_test() -> None:
    # The next test's host-side deadline runs from when the host is done with the answer
    # before it: a slow check (here a sink that takes 0.3 s) once ate the next test's
    # allowance, and an answer that was quick read as "ran far past its time limit".
    def slow_check(event: object) -> bool:
        time.sleep(0.3)
        return False

    parser = EventParser(slow_check, test_timeout=0.2, tests=2)
    line = {"event": "test", "index": 0, "status": "ok", "time": 0, "wall": 0, "memory_kb": 0}
    began = time.monotonic()
    parser.feed(json.dumps(line).encode() + b"\n")
    assert parser.test_deadline is not None and parser.test_deadline >= began + 0.5


def test_the_frame_reader_refuses_floods_of_nesting_before_decoding() -> None:
    reader = FrameReader()
    reader.feed(frame([[]] * 200_000))
    with pytest.raises(ValueError, match="nesting"):
        reader.take()
    big = FrameReader(limit=1000)
    big.feed(frame("x" * 2000))
    with pytest.raises(ValueError, match="bytes"):
        big.take()


# --- the definition that is judged (README: the last one wins) ----------------------------

DRAFT_CLASS_THEN_FUNCTION = """
class Solution:
    def twoSum(self, nums, target):
        return [0, 0]

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
"""

DRAFT_FUNCTION_THEN_CAMEL = """
def two_sum(nums, target):
    return [0, 0]

def twoSum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
"""

DRAFT_FUNCTION_THEN_CLASS = """
def two_sum(nums, target):
    return [0, 0]

class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
"""


@pytest.mark.parametrize(
    "code", [DRAFT_CLASS_THEN_FUNCTION, DRAFT_FUNCTION_THEN_CAMEL, DRAFT_FUNCTION_THEN_CLASS]
)
def test_the_last_definition_is_judged(two_sum: Problem, code: str) -> None:
    report = judge(two_sum, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    assert report.verdict is Verdict.AC, report.tests[0].message


@pytest.mark.parametrize("sandbox", ["local", "docker"])
def test_sites_builtins_are_there_in_every_runner(
    sum_pairs: Problem, sandbox: str, request: pytest.FixtureRequest
) -> None:
    # The local runner starts Python without `site` (faster); exit(), quit(), help() are
    # still there, as they are in Docker and on LeetCode, and exit() in a call is an RTE.
    code = (
        "names = [type(f).__name__ for f in (exit, quit, help, copyright)]\n"
        "def sum_and_sort(nums):\n"
        "    print(*names)\n"
        "    if len(nums) > 3:\n"
        "        exit(3)\n"
        "    return [sum(nums), sorted(nums)]\n"
    )
    runner = LocalRunner() if sandbox == "local" else request.getfixturevalue("runner")
    report = judge(sum_pairs, Submission(code, "python"), runner, Options(mode="run"))
    assert report.tests[0].stdout.strip() == "Quitter Quitter _Helper _Printer", report.tests
    five = replace(
        sum_pairs.samples[0], args=[[5, 4, 3, 2, 1]], args_json=None, expected=[15, [1, 2, 3, 4, 5]]
    )
    exits = judge(
        replace(sum_pairs, tests=(five,)), Submission(code, "python"), runner, Options("run")
    )
    assert exits.verdict is Verdict.RTE and "SystemExit: 3" in exits.tests[0].message


# --- measured from outside ----------------------------------------------------------------


def test_cpu_time_is_the_workers_own_and_sleep_is_not_cpu(sum_pairs: Problem) -> None:
    code = (
        "import time\n"
        "def sum_and_sort(nums):\n"
        "    time.sleep(0.3)\n"
        "    return [sum(nums), sorted(nums)]\n"
    )
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    test = report.tests[0]
    assert test.verdict is Verdict.AC
    assert test.wall is not None and test.wall >= 0.3
    assert test.time is not None and test.time < 0.2


def test_sleeping_past_the_wall_cap_is_a_time_limit(sum_pairs: Problem) -> None:
    code = "import time\ndef sum_and_sort(nums):\n    time.sleep(10)\n"
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    assert report.verdict is Verdict.TLE and "wall-clock" in report.tests[0].message


def test_work_in_background_threads_is_charged(sum_pairs: Problem) -> None:
    # The call itself only sleeps until a thread started at import has done a fixed amount of
    # work (6 million steps, ~0.15 s of CPU however busy the machine). The worker's whole CPU
    # clock is charged, so every test shows that thread's work.
    code = textwrap.dedent(
        """
        import threading, time
        steps = [0]
        def burn():
            while True:
                steps[0] += 1
        threading.Thread(target=burn, daemon=True).start()
        def sum_and_sort(nums):
            goal = steps[0] + 6_000_000
            while steps[0] < goal:
                time.sleep(0.005)
            return [sum(nums), sorted(nums)]
        """
    )
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert all(t.time is not None and t.time >= 0.1 for t in report.tests), report.tests


@pytest.fixture(scope="module")
def runner(docker_runner: DockerRunner) -> DockerRunner:
    return docker_runner


@pytest.mark.parametrize("sandbox", ["local", "docker"])
def test_the_worker_cannot_start_a_process(sandbox: str, request: pytest.FixtureRequest) -> None:
    # A child's CPU time and memory are not the worker's: work moved into one went
    # unmeasured (too slow, yet accepted), and under the local runner it outlived the run.
    # Every way Python has of starting one fails in the worker (seccomp); threads still work.
    shout = load_problem(HOSTILE / "problem" / "shout")
    attack = (HOSTILE / "start_processes.py").read_text(encoding="utf-8")
    runner = LocalRunner() if sandbox == "local" else request.getfixturevalue("runner")
    report = judge(shout, Submission(attack, "python"), runner, Options(mode="run"))
    assert report.verdict is Verdict.RTE, report
    assert "no way to start a process" in report.tests[0].message
    threads = (
        "import threading\n"
        "def shout(word):\n"
        "    out = []\n"
        "    t = threading.Thread(target=lambda: out.append(word.upper() + '!'))\n"
        "    t.start()\n"
        "    t.join()\n"
        "    return out[0]\n"
    )
    assert judge(shout, Submission(threads, "python"), runner).verdict is Verdict.AC


@pytest.mark.parametrize(("signals", "verdict"), [("SIGINT", Verdict.AC), ("SIGTERM", Verdict.RTE)])
def test_signals_to_the_supervisor_are_never_an_internal_error(
    signals: str, verdict: Verdict
) -> None:
    # Under the local runner the supervisor is an ordinary process the worker may signal:
    # SIGINT (once a KeyboardInterrupt in the supervisor, an IE) is ignored; a signal that
    # kills it takes the worker with it, the submission's failure. (In Docker the
    # supervisor is process 1 and gets neither: tests/hostile/signal_supervisor.py.)
    shout = load_problem(HOSTILE / "problem" / "shout")
    code = (
        "import os, signal\n"
        f"os.kill(os.getppid(), signal.{signals})\n"
        "def shout(word):\n"
        f"    os.kill(os.getppid(), signal.{signals})\n"
        "    return word.upper() + '!'\n"
    )
    report = judge(shout, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    assert report.verdict is verdict, report


ML_HIDDEN_BUSY_LOOP = """
import signal
import time
import numpy as np

_busy = time.process_time
time.perf_counter = lambda: 0.0
time.monotonic = lambda: 0.0
signal.setitimer = lambda *args: (0.0, 0.0)
signal.signal = lambda *args: None


class LinearRegression:
    def __init__(self, learning_rate=0.1, n_iters=500):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        end = _busy() + 1.5
        while _busy() < end:
            pass
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        Xs = (X - mean) / std
        w = np.zeros(X.shape[1])
        for _ in range(self.n_iters):
            w -= self.learning_rate * Xs.T @ (Xs @ w - (y - y.mean())) / len(y)
        self.coef_ = w / std
        self.intercept_ = y.mean() - mean @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
"""


def test_ml_clock_patching_hides_nothing(runner: DockerRunner) -> None:
    problem = load_problem(REPO / "problems" / "ml" / "linear_regression")
    report = judge(problem, Submission(ML_HIDDEN_BUSY_LOOP, "python"), runner, Options("run"))
    assert report.verdict is Verdict.TLE, [t.message for t in report.tests]


# --- the judge's own memory, whatever the sandbox writes ----------------------------------

FLOODS = [
    "event_flood.py",
    "forge_nested_frame.py",
    "result_channel_flood.py",
    "answer_of_empty_dicts.py",
]


def test_an_answer_of_many_tiny_values_is_refused_before_decoding() -> None:
    # 450 KB of `{},` is 150,000 dicts once decoded (~11 MB of the judge's memory per
    # test): the host counts the values of an answer's text first.
    shout = load_problem(HOSTILE / "problem" / "shout")
    attack = (HOSTILE / "answer_of_empty_dicts.py").read_text(encoding="utf-8")
    report = judge(shout, Submission(attack, "python"), LocalRunner(), Options(mode="run"))
    assert report.verdict is Verdict.WA
    assert report.tests[0].message == "wrong answer: far more values than the expected answer"


@pytest.mark.parametrize("attack", FLOODS)
@pytest.mark.parametrize("sandbox", ["local", "docker"])
def test_floods_leave_the_judge_small(attack: str, sandbox: str, runner: DockerRunner) -> None:
    """`judge run` as a user runs it: its peak resident memory stays under 400 MB."""
    script = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    env = {**os.environ, "JUDGE_PROBLEMS": str(HOSTILE / "problem")}
    command = [
        sys.executable,
        "-c",
        script,
        *JUDGE,
        "run",
        str(HOSTILE / attack),
        "--problem",
        "shout",
        "--sandbox",
        sandbox,
        "--json",
    ]
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    code, peak_kb = (int(x) for x in out.stdout.split())
    assert code == 1, out.stderr  # judged, not accepted, no crash
    assert peak_kb < 400 * 1024, f"the judge peaked at {peak_kb // 1024} MB"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


def test_a_worker_the_filter_did_not_reach_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where seccomp filters are not available, the worker could start processes and hide
    # work in them: the supervisor reads the worker's Seccomp mode and refuses to go on
    # (a fault of the host's environment), rather than judge without the filter.
    from judge.supervisor import supervisor

    assert supervisor.SECCOMP is not None  # this machine's architecture has the numbers
    worker = supervisor.Worker("python")
    try:
        status = os.pread(worker.status_fd, 4096, 0)
        assert b"\nSeccomp:\t2" in status and b"\nNoNewPrivs:\t1" in status
    finally:
        worker.kill()
    monkeypatch.setattr(supervisor, "_die_with", lambda parent, libc: lambda: None)
    with pytest.raises(supervisor.SandboxUnfit):
        supervisor.Worker("python")
