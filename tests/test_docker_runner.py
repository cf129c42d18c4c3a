"""The Docker runner on the real engine: verdicts, streaming, the container's limits, the
warm pool, cleanup when the judge dies, and `--sandbox auto` falling back to local."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from judge.cli import main
from judge.judging import Options, judge
from judge.kind import Prepared
from judge.kinds.python.adapter import PythonKind
from judge.model import Problem, Submission, Verdict
from judge.model import TestResult as Result
from judge.problem import load_problem
from judge.runners import LocalRunner, choose_runner
from judge.runners.base import Job, RunnerUnavailable
from judge.runners.docker import (
    LABEL,
    MEMORY_HEADROOM_MB,
    OWNER_LABEL,
    PIDS_LIMIT,
    DockerRunner,
    current_owner,
    openblas_core,
    own_containers,
)

TESTS = Path(__file__).resolve().parent
SHOUT = TESTS / "hostile" / "problem" / "shout"
GOLDEN = sorted((TESTS / "golden").glob("*.py"))

SUBMISSIONS = {
    "AC": "def shout(word):\n    return word.upper() + '!'\n",
    "WA": "def shout(word):\n    return word\n",
    "TLE": "def shout(word):\n    while True:\n        pass\n",
    "RTE": "def shout(word):\n    return word[100]\n",
    "CE": "def shout(word)\n    return word\n",
    "MLE": "def shout(word):\n    return [b'x' * (1 << 20) for _ in range(2000)]\n",
}


@pytest.fixture(scope="module")
def runner(docker_runner: DockerRunner) -> DockerRunner:
    return docker_runner


@pytest.fixture(scope="module")
def shout() -> Problem:
    return load_problem(SHOUT)


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out waiting"
        time.sleep(0.05)


def python_job(problem: Problem, code: str) -> Job:
    prepared = PythonKind().prepare(
        problem, Submission(code, "python"), list(problem.tests), Options()
    )
    assert isinstance(prepared, Prepared)
    return prepared.job


@pytest.mark.parametrize("verdict", list(SUBMISSIONS))
def test_verdicts(verdict: str, runner: DockerRunner, shout: Problem) -> None:
    report = judge(shout, Submission(SUBMISSIONS[verdict], "python"), runner)
    assert report.verdict is Verdict(verdict), (report.message, report.tests)
    assert report.runner == "docker"
    assert own_containers(runner.engine) == []


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_submissions_get_the_same_verdicts_in_docker(
    path: Path, runner: DockerRunner, sum_pairs: Problem
) -> None:
    code = path.read_text(encoding="utf-8")
    expected = Verdict(code.splitlines()[0].split(":", 1)[1].strip())
    report = judge(sum_pairs, Submission(code, "python"), runner)
    assert report.verdict is expected, (report.message, report.tests)
    assert own_containers(runner.engine) == []


def test_results_stream_in_test_order(runner: DockerRunner, shout: Problem) -> None:
    seen: list[Result] = []
    report = judge(
        shout,
        Submission(SUBMISSIONS["AC"], "python"),
        runner,
        Options(reveal="all"),
        on_result=seen.append,
    )
    assert [r.name for r in seen] == [t.name for t in shout.tests]
    assert report.passed == report.total == len(shout.tests)
    assert all(r.time is not None and r.memory_kb for r in seen)


def test_container_runs_with_the_production_flags(runner: DockerRunner, shout: Problem) -> None:
    slow = "import time\ntime.sleep(30)\n"  # holds the container open for inspection
    reports: list[Any] = []
    thread = threading.Thread(
        target=lambda: reports.append(judge(shout, Submission(slow, "python"), runner))
    )
    thread.start()
    try:
        wait_for(lambda: bool(own_containers(runner.engine)))
        info = runner.engine.inspect(own_containers(runner.engine)[0])
    finally:
        thread.join()
    host, config = info["HostConfig"], info["Config"]
    memory = (shout.limits.memory_mb + MEMORY_HEADROOM_MB) << 20
    assert host["ReadonlyRootfs"] is True
    assert host["NetworkMode"] == "none" and config["NetworkDisabled"] is True
    assert host["Memory"] == memory and host["MemorySwap"] == memory
    assert host["PidsLimit"] == PIDS_LIMIT
    assert host["NanoCpus"] == 1_000_000_000
    assert host["CapDrop"] == ["ALL"]
    assert "no-new-privileges" in host["SecurityOpt"]
    assert "noexec" in host["Tmpfs"]["/tmp"] and "size=16m" in host["Tmpfs"]["/tmp"]
    assert config["User"] == "10001:10001"
    assert config["Image"] == runner.image
    assert config["Labels"][LABEL] == "1" and config["Labels"][OWNER_LABEL] == current_owner()
    assert not any(e.startswith("JUDGE") for e in config["Env"])
    assert reports[0].verdict is Verdict.TLE
    assert own_containers(runner.engine) == []


def test_image_holds_numpy_sortedcontainers_pandas_torch_and_no_more(
    runner: DockerRunner, shout: Problem
) -> None:
    probe = textwrap.dedent(
        """
        import importlib.util, os, shutil, sys

        def shout(word):
            return {
                "uid": os.getuid(),
                "cwd": os.getcwd(),
                "modules": {m: importlib.util.find_spec(m) is not None
                            for m in ("numpy", "sortedcontainers", "pandas", "torch",
                                      "sklearn", "scipy")},
                "tools": [t for t in ("gcc", "cc", "g++", "clang", "pip", "pip3")
                          if shutil.which(t)],
                "harness": sorted(os.listdir("/opt/judge/kinds/python")),
                "worker": [os.path.basename(sys.argv[0]), sys.flags.no_site],
            }
        """
    )
    report = judge(shout, Submission(probe, "python"), runner, Options(reveal="all"))
    facts = report.tests[0].actual
    assert facts["uid"] == 10001 and facts["cwd"] == "/tmp"
    assert facts["modules"] == {
        "numpy": True,
        "sortedcontainers": True,
        "pandas": True,  # pandas answers to SQL problems (issue 17)
        "torch": True,  # ML tasks may use tensors, never autograd (issue 18)
        "sklearn": False,
        "scipy": False,
    }
    assert facts["tools"] == []
    assert facts["harness"] == ["worker.py", "worker.pyc"]  # compiled when the image is built
    assert facts["worker"] == ["workerlib.pyc", 1]  # run compiled, without site


def test_numpy_in_the_sandbox_runs_the_kernels_this_cpu_allows(
    runner: DockerRunner, shout: Problem
) -> None:
    # Debian's OpenBLAS takes a CPU newer than it knows for a Prescott (SSE3 kernels, matrix
    # products 4-5x slower); the host names the kernel set its CPU's flags allow.
    probe = textwrap.dedent(
        """
        import ctypes, numpy

        def shout(word):
            blas = ctypes.CDLL("libopenblas.so.0")
            blas.openblas_get_corename.restype = ctypes.c_char_p
            return blas.openblas_get_corename().decode()
        """
    )
    report = judge(shout, Submission(probe, "python"), runner, Options(reveal="all"))
    core = openblas_core()
    assert core is not None, "this machine's CPU has AVX2 at least"
    assert report.tests[0].actual == core
    assert runner.sandbox_id == f"{runner.image}, OpenBLAS {core}"  # what a factor is for


@pytest.mark.parametrize(
    ("flags", "core"),
    [
        ("fpu sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl", "SkylakeX"),
        ("fpu sse2 avx avx2 fma avx512f", "Haswell"),  # AVX-512 without BW/VL: not SkylakeX
        ("fpu sse2 avx avx2 fma", "Haswell"),
        ("fpu sse2 avx", None),  # OpenBLAS's own choice
    ],
)
def test_the_openblas_kernel_set_follows_the_cpu_flags(
    flags: str, core: str | None, tmp_path: Path
) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nmodel name\t: x\nflags\t\t: {flags}\n")
    assert openblas_core(str(cpuinfo)) == core
    assert openblas_core(str(tmp_path / "missing")) is None


def test_warm_pool_gives_each_container_one_submission(shout: Problem, runner: Any) -> None:
    key = ("python", shout.limits.memory_mb)
    pool = DockerRunner.connect(pool_size=1, warm=(key,))
    try:
        job = python_job(shout, SUBMISSIONS["AC"])
        used = []
        for _ in range(3):
            wait_for(lambda: pool.pool_ready(*key) == 1)
            outcome = pool.run(job)
            assert outcome.finished and outcome.extra["warm"] is True
            used.append(outcome.extra["container"])
        assert len(set(used)) == 3  # never reused
        wait_for(lambda: pool.pool_ready(*key) == 1)  # refilled in the background
        pool.flush()  # finished containers are removed in the background too
        assert len(own_containers(pool.engine)) == 1

        # A job with another memory limit runs cold, then gets its own warm containers.
        other = Job(job.kind, job.payload, job.memory_mb + 64, job.wall_time)
        assert pool.run(other).extra["warm"] is False
        wait_for(lambda: pool.pool_ready("python", other.memory_mb) == 1)
        assert pool.run(other).extra["warm"] is True

        # A warm container meets a memory bomb: killed by the kernel, told apart by inspect.
        wait_for(lambda: pool.pool_ready(*key) == 1)
        report = judge(shout, Submission(SUBMISSIONS["MLE"], "python"), pool)
        assert report.verdict is Verdict.MLE
    finally:
        pool.close()
    assert own_containers(pool.engine) == []


CHILD = """
import sys, threading, time
from judge.judging import judge
from judge.model import Submission
from judge.problem import load_problem
from judge.runners.docker import DockerRunner, current_owner
from judge.runners.docker_cleanup import Janitor
janitor = Janitor().install()  # what the CLI does
runner = DockerRunner.connect(pool_size=2, warm=(("python", 64),), janitor=janitor)
problem = load_problem(__import__("pathlib").Path(sys.argv[1]))
slow = Submission("import time\\ntime.sleep(60)\\n", "python")
threading.Thread(target=judge, args=(problem, slow, runner), daemon=True).start()
while runner.pool_ready("python", 64) < 2:
    time.sleep(0.05)
print(current_owner(), flush=True)
time.sleep(120)
"""


def start_judge_process() -> tuple[subprocess.Popen[str], str]:
    """A judge process holding two warm containers and one running a submission."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(SHOUT)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    owner = proc.stdout.readline().strip()
    assert owner, "the child judge did not start"
    return proc, owner


def test_sigterm_removes_the_judges_containers(runner: DockerRunner) -> None:
    proc, owner = start_judge_process()
    try:
        wait_for(lambda: len(own_containers(runner.engine, owner)) == 3)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        proc.kill()
    assert own_containers(runner.engine, owner) == []


def test_connect_sweeps_containers_of_a_killed_judge(runner: DockerRunner) -> None:
    proc, owner = start_judge_process()
    try:
        wait_for(lambda: len(own_containers(runner.engine, owner)) == 3)
    finally:
        proc.kill()  # SIGKILL: no cleanup of its own
        proc.wait()
    assert len(own_containers(runner.engine, owner)) == 3
    DockerRunner.connect().close()
    assert own_containers(runner.engine, owner) == []


def test_auto_falls_back_to_local_without_an_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    chosen, note = choose_runner("auto")
    assert isinstance(chosen, LocalRunner)
    assert note.startswith("local runner (Docker not used: no Docker engine reachable")
    with pytest.raises(RunnerUnavailable, match="no Docker engine"):
        choose_runner("docker")


def test_auto_falls_back_to_local_without_the_image(
    monkeypatch: pytest.MonkeyPatch, runner: DockerRunner
) -> None:
    monkeypatch.setenv("JUDGE_SANDBOX_IMAGE", "judge-sandbox:not-built-anywhere")
    chosen, note = choose_runner("auto")
    assert isinstance(chosen, LocalRunner)
    assert "judge-sandbox:not-built-anywhere is not built" in note
    assert "judge sandbox build" in note


def test_cli_says_when_it_falls_back(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    monkeypatch.setenv("JUDGE_PROBLEMS", str(SHOUT))
    code = main(["run", str(SHOUT / "solutions" / "accepted" / "upper.py"), "--problem", "shout"])
    err = capsys.readouterr().err
    assert code == 0
    assert "local runner (Docker not used: no Docker engine reachable" in err


def test_sandbox_build_is_a_no_op_when_the_image_exists(runner: DockerRunner) -> None:
    from judge.sandbox_image import IMAGE_LABEL, build_image, docker_client, image_status, image_tag

    tag = build_image(offline=True, log=lambda _line: None)
    lines: list[str] = []
    assert build_image(offline=True, log=lines.append) == tag == image_tag()
    assert lines == [f"{tag} is up to date"]
    image = docker_client().images.get(tag)
    assert image.labels[IMAGE_LABEL] == tag.split(":")[1]
    assert f"image: {tag} present" in image_status()


def test_janitor_hooks_belong_to_its_owner() -> None:
    """A runner made by a library caller installs nothing process-wide; the Janitor its owner
    holds hooks SIGTERM while installed, closes what it tracks, and puts the old handler back."""
    from judge.runners.docker_cleanup import Janitor

    closed: list[str] = []

    class Owner:
        engine = None

        def close(self) -> None:
            closed.append("closed")

    before = signal.getsignal(signal.SIGTERM)
    owner = Owner()
    janitor = Janitor()
    janitor.track(owner)
    assert signal.getsignal(signal.SIGTERM) is before
    with janitor:
        assert signal.getsignal(signal.SIGTERM) is not before
    assert closed == ["closed"]
    assert signal.getsignal(signal.SIGTERM) is before
