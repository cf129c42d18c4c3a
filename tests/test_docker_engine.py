"""The engine client (judge/runners/engine.py) on the real engine: the sandbox it creates has
every hardening setting the docker SDK path gave it, `judge run --sandbox docker` imports
neither the SDK nor requests, and a container started early serves one run only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from judge.problem import load_problem
from judge.runners.base import Job, RunnerUnavailable
from judge.runners.docker import (
    LABEL,
    MEMORY_HEADROOM_MB,
    OWNER_LABEL,
    PIDS_LIMIT,
    SUPERVISOR,
    TMPFS,
    USER,
    DockerRunner,
    container_config,
    current_owner,
    own_containers,
    sandbox_env,
)
from judge.runners.docker_cleanup import labels
from judge.runners.engine import Engine, EngineError, UnsupportedHost, socket_path

from .conftest import JUDGE, REPO, TESTS
from .test_docker_runner import wait_for

SHOUT = TESTS / "hostile" / "problem" / "shout"
AC = "def shout(word):\n    return word.upper() + '!'\n"


def test_created_container_has_every_hardening_setting(docker_runner: DockerRunner) -> None:
    key = ("python", 123)
    container = docker_runner.create_started(key, labels=labels(None), attach=True)
    assert container is not None
    try:
        info = docker_runner.engine.inspect(container.id)
    finally:
        docker_runner.engine.remove(container.id)
    host, config = info["HostConfig"], info["Config"]
    memory = (123 + MEMORY_HEADROOM_MB) << 20
    assert host["NetworkMode"] == "none" and config["NetworkDisabled"] is True
    assert set(info["NetworkSettings"]["Networks"] or ()) <= {"none"}
    assert host["ReadonlyRootfs"] is True
    assert host["Memory"] == memory and host["MemorySwap"] == memory  # no swap
    assert host["PidsLimit"] == PIDS_LIMIT
    assert host["NanoCpus"] == 1_000_000_000
    assert host["CapDrop"] == ["ALL"] and not host.get("CapAdd")
    assert host["SecurityOpt"] == ["no-new-privileges"]
    assert host["Privileged"] is False
    assert host["IpcMode"] == "none"
    assert host["LogConfig"] == {"Type": "none", "Config": {}}
    assert host["Tmpfs"] == {"/tmp": TMPFS}
    assert "noexec" in TMPFS and "size=16m" in TMPFS
    assert not host.get("Binds") and not info.get("Mounts")
    assert config["User"] == USER == "10001:10001"
    assert config["WorkingDir"] == "/tmp" and config["Hostname"] == "sandbox"
    assert config["Cmd"] == ["python3", "-I", "-S", SUPERVISOR, "python"]
    assert config["OpenStdin"] is True and config["StdinOnce"] is True
    assert config["Image"] == docker_runner.image
    assert config["Labels"][LABEL] == "1" and config["Labels"][OWNER_LABEL] == current_owner()
    assert set(config["Env"]) >= {f"{k}={v}" for k, v in sandbox_env().items()}
    assert not any(e.startswith(("JUDGE", "HTTP_PROXY", "HTTPS_PROXY")) for e in config["Env"])


def test_create_sends_what_the_docker_sdk_sent() -> None:
    """The body of POST /containers/create, key for key, as the SDK path built it before."""
    docker = pytest.importorskip("docker")
    api = docker.APIClient(version="1.41")  # no request: the version is given
    key, tags = ("pandas", 300), {LABEL: "1", OWNER_LABEL: "x"}
    memory = f"{300 + MEMORY_HEADROOM_MB}m"
    host_config = api.create_host_config(
        network_mode="none",
        read_only=True,
        tmpfs={"/tmp": TMPFS},
        ipc_mode="none",
        mem_limit=memory,
        memswap_limit=memory,
        pids_limit=PIDS_LIMIT,
        nano_cpus=1_000_000_000,
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        log_config={"type": "none", "config": {}},
    )
    sdk = api.create_container_config(
        "IMAGE",
        ["python3", "-I", "-S", SUPERVISOR, "pandas"],
        stdin_open=True,
        network_disabled=True,
        user=USER,
        working_dir="/tmp",
        hostname="sandbox",
        environment=sandbox_env(),
        labels=tags,
        host_config=host_config,
    )
    sent = {k: v for k, v in sdk.items() if v is not None}  # as the SDK posts it
    assert container_config("IMAGE", key, tags) == sent


def test_judge_run_in_docker_imports_neither_the_sdk_nor_requests(
    docker_runner: DockerRunner,
) -> None:
    solution = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
    command = [sys.executable, "-X", "importtime", "-m", "judge.cli", "run", str(solution)]
    command += ["--problem", "two_sum", "--sandbox", "docker", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["runner"] == "docker"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "judge.runners.engine" in imported
    for name in ("docker", "requests", "urllib3", "http.client"):
        assert name not in imported, f"judge run imported {name}"


def test_judge_run_in_docker_leaves_no_container_once_it_has_exited(
    docker_runner: DockerRunner,
) -> None:
    # The run hands its container's removal to a detached process and exits without
    # waiting for the engine; that process removes it all the same.
    solution = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
    command = [*JUDGE, "run", str(solution), "--problem", "two_sum", "--sandbox", "docker"]
    env = {**os.environ, "JUDGE_NO_PARKED": "1", "JUDGE_NO_EARLY": "1"}
    cli = subprocess.Popen([*command, "--json"], stdout=subprocess.PIPE, env=env, cwd=REPO)
    out, _ = cli.communicate(timeout=300)
    assert cli.returncode == 0 and json.loads(out)["verdict"] == "AC"

    def left() -> list[dict[str, Any]]:
        listed = docker_runner.engine.containers([f"{LABEL}=1"], all=True)
        return [c for c in listed if f":{cli.pid}:" in c["Labels"].get(OWNER_LABEL, "")]

    wait_for(lambda: not left(), timeout=30)


def test_a_container_started_early_serves_the_next_run_once(
    docker_runner: DockerRunner,
) -> None:
    problem = load_problem(SHOUT)
    key = ("python", problem.limits.memory_mb + 7)  # a key no parked container has
    job = _job(problem, key[1])
    runner = DockerRunner(docker_runner.engine, docker_runner.image)
    runner.use_parked = False
    try:
        runner.start_early(*key)
        first = runner.run(job)
        assert first.finished and first.extra["early"] is True
        second = runner.run(job)  # nothing was started for this one
        assert second.finished and second.extra["early"] is False
        assert second.extra["container"] != first.extra["container"]

        runner.start_early("python", key[1] + 1)  # not the job's memory limit: not used
        third = runner.run(job)
        assert third.finished and third.extra["early"] is False
        assert own_containers(runner.engine) == []  # the unused one is gone

        runner.start_early(*key)  # never taken: closing removes it
    finally:
        runner.close()
    assert own_containers(runner.engine) == []


def _job(problem: Any, memory_mb: int) -> Job:
    from judge.judging import Options
    from judge.kind import Prepared
    from judge.kinds.python.adapter import PythonKind
    from judge.model import Submission

    prepared = PythonKind().prepare(
        problem, Submission(AC, "python"), list(problem.tests), Options()
    )
    assert isinstance(prepared, Prepared)
    job = prepared.job
    return Job(job.kind, job.payload, memory_mb, job.wall_time, job.test_timeout)


def test_engine_errors_say_what_went_wrong(docker_runner: DockerRunner) -> None:
    engine = docker_runner.engine
    with pytest.raises(EngineError, match="No such container") as caught:
        engine.inspect("judge-no-such-container")
    assert caught.value.status == 404
    with pytest.raises(EngineError, match="No such container"):
        engine.attach("judge-no-such-container")
    assert engine.has_image("judge-sandbox:not-built-anywhere") is False
    assert engine.has_image(docker_runner.image) is True


def test_docker_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///run/other.sock")
    assert socket_path() == "/run/other.sock"
    monkeypatch.delenv("DOCKER_HOST")
    assert socket_path() == "/var/run/docker.sock"
    monkeypatch.setenv("DOCKER_HOST", "tcp://10.0.0.1:2375")
    with pytest.raises(UnsupportedHost, match="unix socket"):
        socket_path()
    with pytest.raises(RunnerUnavailable, match=r"no Docker engine reachable.*unix socket"):
        DockerRunner.connect()
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(RunnerUnavailable, match="no Docker engine reachable"):
        DockerRunner.connect()
    assert Engine.from_env().path == "/nonexistent/docker.sock"


def test_judge_run_starts_its_container_from_the_last_runs_hint(
    docker_runner: DockerRunner,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from judge.cli import main
    from judge.runners.docker_early import HINTS, hint_name, remember, remembered

    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path))
    monkeypatch.setenv("JUDGE_NO_PARKED", "1")
    solution = SHOUT / "solutions" / "accepted" / "upper.py"
    monkeypatch.setenv("JUDGE_PROBLEMS", str(SHOUT))
    argv = ["run", str(solution), "--problem", "shout", "--sandbox", "docker", "--json"]
    name = hint_name(solution, "shout")
    key = ("python", load_problem(SHOUT).limits.memory_mb)

    def judged() -> dict[str, Any]:
        assert main(argv) == 0
        report: dict[str, Any] = json.loads(capsys.readouterr().out)
        assert report["verdict"] == "AC" and report["runner"] == "docker"
        # None left, used or not (the judged one goes in a detached process, soon after).
        wait_for(lambda: own_containers(docker_runner.engine) == [], timeout=30)
        return report

    judged()  # no hint yet: the container starts once the problem is read
    assert remembered(name) == (key, docker_runner.image)
    judged()  # from the hint
    remember(name, ("python", key[1] + 1), docker_runner.image)  # a stale hint
    judged()  # its container is removed unused; the run starts the right one
    assert remembered(name) == (key, docker_runner.image)
    remember(name, key, "judge-sandbox:not-built-anywhere")
    judged()
    (tmp_path / HINTS).write_text("not json")
    judged()
    assert remembered(name) == (key, docker_runner.image)
