"""The runner the server judges with: Docker keeping a warm pool by default, else local.

A warm container was started ahead of time and waits for its one submission, so taking it
skips the engine's create-and-start (judge/runners/docker_pool.py; what
tests/bench/bench_docker.py measures). The server keeps `Settings.pool` of them for each
(kind, memory limit) its problems use, the commonest kept when there are more than the pool
holds; kinds judged on the host (SQL) need none. With `pool = 0`, or no Docker, this is
`choose_runner` as the CLI uses it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from judge.catalog import Catalog
from judge.kinds import kind_for, languages_of
from judge.problem import ProblemError, read_meta
from judge.runners import Janitor, LocalRunner, Runner, RunnerUnavailable, choose_runner
from web.settings import Settings

WarmKey = tuple[str, int]  # (kind, memory limit in MB), as the Docker runner's pool keys it


@dataclass(frozen=True)
class Sandbox:
    """A runner, the line that says which it is, and how to release it (its warm containers)."""

    runner: Runner
    note: str
    close: Callable[[], None]


def open_sandbox(settings: Settings, catalog: Catalog) -> Sandbox:
    """The runner for `settings.sandbox`; RunnerUnavailable when Docker is asked for and absent."""
    if settings.sandbox == "local" or settings.pool < 1:
        runner, note = choose_runner(settings.sandbox)  # without a pool, nothing waits
        return Sandbox(runner, note + _calibrate(runner), _nothing)
    from judge.runners.docker import DockerRunner

    janitor = Janitor()  # the server stops through the app's lifespan: no signal hook here
    try:
        docker = DockerRunner.connect(
            pool_size=settings.pool, warm=warm_keys(catalog), janitor=janitor
        )
    except RunnerUnavailable as exc:
        if settings.sandbox == "docker":
            raise
        local = LocalRunner()
        note = f"local runner (Docker not used: {exc})"
        return Sandbox(local, note + _calibrate(local), _nothing)
    note = f"docker runner (image {docker.image}; {settings.pool} warm per kind and memory limit)"
    return Sandbox(docker, note + _calibrate(docker), janitor.close)


def warm_keys(catalog: Catalog) -> tuple[WarmKey, ...]:
    """The (kind, memory limit) of the problems judged in the sandbox, the commonest last:
    the pool fills the last wanted first, and drops the first wanted when it holds too many."""
    counts: Counter[WarmKey] = Counter()
    for slug in catalog.slugs():
        try:
            meta = read_meta(catalog.folder(slug))
            kinds = [kind_for(meta.kind, language) for language in languages_of(meta.kind)]
        except (ProblemError, ValueError):
            continue  # a broken folder is `judge verify`'s to report; it is not judged
        for kind in kinds:  # an SQL problem's pandas answers run in the sandbox
            if kind is not None and not kind.runs_on_host:
                counts[(kind.name, meta.limits.memory_mb)] += 1
    return tuple(key for key, _n in reversed(counts.most_common()))


def _nothing() -> None:
    pass


def _calibrate(runner: Runner) -> str:
    """Give the runner this host's speed factor for its sandbox (measured once, then cached):
    each worker process of a server applies the factor of the host it runs on."""
    from judge.calibration import use

    how = use(runner)
    return f"; time limits x {runner.factor:.2f} ({how})"
