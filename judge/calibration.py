"""How fast this host runs submissions, in each sandbox, against the reference machine.

A problem's time limit is stated for the reference machine (the one our limits were measured
on). Each host measures a fixed, deterministic workload once per sandbox, through the real
path (the supervisor's CPU clock, inside that sandbox), and caches the result per host and
sandbox (the Docker image, or the local Python): the effective limit is the reference limit
times the host's factor. `judge calibrate` measures again; `judge sandbox status` shows it.

The workload moves with what submissions do: pure-Python loops over ints, dicts and strings,
a list sort, and a NumPy part (a matrix product and a sort). Each part is timed on its own
test; the factor is the geometric mean of the parts' ratios to the reference, from the
fastest of a few runs (a busy machine makes a run slower, never faster). Each kind's limit
follows the parts its submissions spend their time like (`Kind.speed_parts`): Python
problems the two pure-Python parts, NumPy tasks all three. They differ where the sandbox's
NumPy does: Debian's OpenBLAS in the image runs the matrix product 2-3x slower than pip's
wheel, which would give pure-Python code in Docker a limit 15-20% too lenient.
"""

from __future__ import annotations

import math
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.cachefile import cache_dir, read_json, write_json
from judge.judging import Options, judge
from judge.model import CheckerSpec, Entry, Limits, Problem, Submission, TestCase, Verdict
from judge.runners.base import FACTOR_CEILING, FACTOR_FLOOR, Runner

# Seconds of CPU per part on the reference machine (2-core Debian 12 VM, Python 3.11, the
# local runner, idle; the fastest of many runs). `python -m judge.calibration` prints the
# figures of the host it runs on, for re-basing.
REFERENCE = {"loops": 0.095, "sort": 0.092, "numpy": 0.046}
SIZES = {"loops": 600_000, "sort": 600_000, "numpy": 900}
RUNS = 3
FLOOR, CEILING = FACTOR_FLOOR, FACTOR_CEILING  # outside this: a measurement gone wrong

WORKLOAD = """
import numpy as np

def work(part, n):
    if part == "loops":
        total, counts, words = 0, {}, []
        for i in range(n):
            total = (total * 31 + i) % 1000003
            counts[i & 1023] = counts.get(i & 1023, 0) + 1
            if i % 10 == 0:
                words.append(str(i))
        return [total, len(counts), len("".join(words))]
    if part == "sort":
        values = [(i * 7919) % 1000003 for i in range(n)]
        values.sort()
        return values[n // 2]
    a = np.arange(n * n, dtype=np.float64).reshape(n, n) % 7
    b = a @ a.T
    return float(np.sort(b, axis=None)[b.size // 2])
"""


@dataclass(frozen=True)
class Calibration:
    sandbox: str  # what was measured: "local (python 3.11.7)", "docker (image ...)"
    factor: float  # effective limit = reference limit x factor
    parts: dict[str, float]  # CPU seconds per part, the fastest run
    measured_at: float  # unix time

    @property
    def ratios(self) -> dict[str, float]:
        """Per part, the time here over the reference machine's (Runner.ratios)."""
        return {
            part: seconds / REFERENCE[part]
            for part, seconds in self.parts.items()
            if part in REFERENCE and seconds > 0
        }

    def describe(self) -> str:
        parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in self.parts.items())
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.measured_at))
        return f"speed factor {self.factor:.2f} for {self.sandbox} ({parts}; measured {when})"


def sandbox_key(runner: Runner) -> str:
    """Which sandbox a factor belongs to: this host, the runner, and what runs inside it."""
    inside = getattr(runner, "sandbox_id", None) or f"python {sys.version.split()[0]}"
    return f"{runner.name} ({inside})"


def _host() -> str:
    try:
        machine = Path("/etc/machine-id").read_text().strip()[:12]
    except OSError:
        machine = ""
    return f"{socket.gethostname()}:{machine}"


def cache_path() -> Path:
    return cache_dir() / "calibration.json"


def cached(runner: Runner) -> Calibration | None:
    return _parse(_read().get(f"{_host()} {sandbox_key(runner)}"))


def _parse(entry: Any) -> Calibration | None:
    if not isinstance(entry, dict):
        return None
    try:
        found = Calibration(
            str(entry["sandbox"]),
            float(entry["factor"]),
            {str(k): float(v) for k, v in entry["parts"].items()},
            float(entry["measured_at"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    # The file is only as trusted as whatever can write it (code judged by the local runner
    # runs as this user): a factor no measurement gives is measured again, never applied.
    return found if FLOOR <= found.factor <= CEILING else None


def _read() -> dict[str, Any]:
    data = read_json(cache_path())
    return data if isinstance(data, dict) else {}


def _store(calibration: Calibration) -> None:
    data = _read()
    data[f"{_host()} {calibration.sandbox}"] = {
        "sandbox": calibration.sandbox,
        "factor": calibration.factor,
        "parts": calibration.parts,
        "measured_at": calibration.measured_at,
    }
    write_json(cache_path(), data, indent=1)  # unwritable: measured again next time


def _problem() -> Problem:
    namespace: dict[str, Any] = {}
    exec(compile(WORKLOAD, "<calibration>", "exec"), namespace)  # our own code, on the host
    tests = tuple(
        TestCase(part, [part, n], namespace["work"](part, n), hidden=True)
        for part, n in SIZES.items()
    )
    return Problem(
        slug="calibration",
        path=Path(__file__).parent,
        title="Calibration workload",
        pack="python",
        kind="python",
        difficulty="easy",
        tier=None,
        topic=None,
        statement="",
        starter="",
        starter_name="calibration.py",
        limits=Limits(time=5.0, memory_mb=512),
        checker=CheckerSpec("exact"),
        entry=Entry("work"),
        tests=tests,
    )


def measure(runner: Runner, runs: int = RUNS) -> Calibration:
    """Run the workload `runs` times in the runner's sandbox; the fastest time per part."""
    problem = _problem()
    submission = Submission(WORKLOAD, "python")
    best: dict[str, float] = {}
    for _ in range(runs):
        report = judge(problem, submission, runner, Options(mode="submit", reveal="all"))
        for test in report.tests:
            if test.time is None or test.verdict is not Verdict.AC:
                raise RuntimeError(
                    f"the calibration workload failed in the {runner.name} sandbox: "
                    f"{test.verdict.value} {test.message or report.message}"
                )
            best[test.name] = min(best.get(test.name, math.inf), test.time)
    ratios = [best[part] / REFERENCE[part] for part in REFERENCE]
    factor = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    factor = round(min(max(factor, FLOOR), CEILING), 2)
    return Calibration(sandbox_key(runner), factor, best, time.time())


def calibrate(runner: Runner, runs: int = RUNS) -> Calibration:
    """Measure this host's factor for the runner's sandbox and remember it."""
    calibration = measure(runner, runs)
    _store(calibration)
    return calibration


def known() -> list[str]:
    """What this host has measured, one line per sandbox (for `judge sandbox status`)."""
    prefix = f"{_host()} "
    lines = []
    for key, entry in sorted(_read().items()):
        found = _parse(entry) if key.startswith(prefix) else None
        if found is not None:
            lines.append(found.describe())
    return lines or ["no speed factor measured on this host yet (`judge calibrate`)"]


def use(runner: Runner, measure_if_missing: bool = True) -> str:
    """Give the runner this host's factors for its sandbox (measured once when missing);
    a line saying where they came from."""
    found = cached(runner)
    if found is None and measure_if_missing:
        found = calibrate(runner)
    if found is None:
        runner.factor, runner.ratios = 1.0, {}
        return "not calibrated (reference limits)"
    runner.factor, runner.ratios = found.factor, found.ratios
    return found.describe()


if __name__ == "__main__":
    from judge.runners import LocalRunner

    result = measure(LocalRunner(), runs=7)
    print(result.describe())
    print({k: round(v, 4) for k, v in result.parts.items()})
