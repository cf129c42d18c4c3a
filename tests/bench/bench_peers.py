"""Benchmark: our judge beside DMOJ, Kattis problemtools and epicbox on the same problem.

Every judge judges two_sum's tests (all of ours, written out in each peer's own problem format)
with the same O(n) hash-map solution, run as a user runs it, as a subprocess:
- DMOJ: `dmoj-cli submit` on a generated problem folder (init.yml + .in/.out) and judge config,
  the host's CPython as DMOJ's PY3 runtime, DMOJ's own ptrace/seccomp sandbox;
- problemtools: `verifyproblem PKG -p submissions` (the cheapest command that judges a
  submission on every test) on a generated package; its python3 is pointed at the host's
  CPython through an XDG config, since its default, PyPy3, is not installed;
- epicbox: one container per submission (our sandbox image, no pulling) running a small driver
  over all tests;
- bare `docker run --rm IMAGE python3 -c pass`: the floor for one container;
- ours: `judge run SOLUTION --problem two_sum --json`, `--sandbox local`, `--sandbox docker`
  (cold: JUDGE_NO_PARKED=1) and `--sandbox docker` with a container parked beforehand by
  `judge sandbox park` (untimed, as a candidate parks one before practising), started from
  this checkout (`python -c 'from judge.launch import entry; entry()'`, as the `judge` command
  starts, in the repo root).
The judge's modules are compiled first (`compileall`, as pip does on install; the peers'
venv has its bytecode), so a machine with PYTHONDONTWRITEBYTECODE=1 does not compile them
on every run. Our Docker runs hand their container's removal to a detached process; the
next judge is timed only once it is done (so is a parked run's replacement).
Timing is interleaved: each round runs every judge once, in an order that rotates each round,
so machine load hits all alike; a ratio is taken within each round and its median printed.

The peers live in their own venv, never in CI: `python tests/bench/bench_peers.py --install`
creates $XDG_CACHE_HOME/judge/peers-venv (default ~/.cache/judge/peers-venv). Without it only
the bare-docker and our rows are printed. DMOJ builds against libseccomp: `apt-get install
libseccomp-dev` first.

Run: python tests/bench/bench_peers.py [--install] [--rounds 16]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge.catalog import catalog
from judge.model import TestCase
from judge.sandbox_image import image_tag

REPO = Path(__file__).resolve().parents[2]
SOLUTION = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
PYTHON = os.path.realpath(sys.executable)  # the runtime DMOJ and problemtools are given
# epicbox 1.1.0 passes urllib3's `method_whitelist`, which urllib3 2 removed.
PEERS = ["dmoj==4.1.0", "problemtools", "epicbox==1.1.0", "urllib3<2"]
STDIO_MAIN = """
import sys
data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
print(*two_sum([int(x) for x in data[2 : 2 + n]], target))
"""
DRIVER = """import json
from solution import two_sum
tests = json.load(open("tests.json"))
print(sum(two_sum(*args) == expected for args, expected in tests), len(tests))
"""
EPICBOX_RUN = """import sys
from pathlib import Path
import epicbox
image, folder = sys.argv[1], Path(sys.argv[2])
epicbox.configure(profiles=[epicbox.Profile("python", image)])
names = ("driver.py", "solution.py", "tests.json")
files = [{"name": n, "content": (folder / n).read_bytes()} for n in names]
result = epicbox.run("python", "python3 driver.py", files=files, limits={"cputime": 10, "memory": 256})
n = len(__import__("json").loads((folder / "tests.json").read_text()))
sys.exit(0 if result["stdout"] == f"{n} {n}\\n".encode() else f"epicbox: {result}")
"""
OURS = "from judge.launch import entry; entry()"
RATIOS = [("local", "dmoj"), ("local", "problemtools"), ("local", "bare"), ("docker", "epicbox")]
RATIOS += [("docker", "bare"), ("parked", "epicbox"), ("parked", "bare")]
PARKED = "judge.parked=python/256"  # the label of a container parked for two_sum's runs


@dataclass(frozen=True)
class Row:
    key: str  # how RATIOS names it
    name: str
    tests: int | None  # None: runs no test (the bare container)
    argv: list[str]
    ok: Callable[[str], bool]  # does this stdout say every test passed?
    env: dict[str, str] | None = None
    settle: Callable[[], None] | None = None  # before and after each run, not timed


def venv_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "judge" / "peers-venv"


def install(venv: Path) -> None:
    if not Path("/usr/include/seccomp.h").exists():
        sys.exit("DMOJ's sandbox compiles against libseccomp: apt-get install libseccomp-dev")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", *PEERS], check=True)


def stdio_case(test: TestCase) -> tuple[str, str]:
    """The input and answer files of one test for a stdin/stdout judge."""
    nums, target = test.args
    given = f"{len(nums)} {target}\n{' '.join(map(str, nums))}\n"
    return given, " ".join(map(str, test.expected)) + "\n"


def dmoj_row(tmp: Path, venv: Path, tests: list[TestCase], source: str) -> Row:
    folder = tmp / "dmoj/problems/two_sum"
    folder.mkdir(parents=True)
    for test in tests:
        given, want = stdio_case(test)
        (folder / f"{test.name}.in").write_text(given)
        (folder / f"{test.name}.out").write_text(want)
    cases = [{"in": f"{t.name}.in", "out": f"{t.name}.out", "points": 1} for t in tests]
    (folder / "init.yml").write_text(json.dumps({"test_cases": cases}))  # JSON is YAML
    config = tmp / "dmoj/judge.yml"
    runtimes = {"runtime": {"python3": PYTHON}}
    config.write_text(json.dumps({"problem_storage_globs": [str(folder.parent / "*")], **runtimes}))
    (tmp / "dmoj/sol.py").write_text(source)
    argv = [str(venv / "bin/dmoj-cli"), "-c", str(config), "--history", str(tmp / "dmoj/history")]
    argv += ["-e", "PY3", "--skip-self-test", "--no-ansi", "--", "submit", "two_sum", "PY3"]
    argv += [str(tmp / "dmoj/sol.py"), "-tl", "2", "-ml", "262144"]
    passed = re.compile(r"^Test case\s+\d+ AC ", re.M)

    def ok(out: str) -> bool:
        return len(passed.findall(out)) == len(tests)

    return Row("dmoj", "DMOJ `dmoj-cli submit`", len(tests), argv, ok)


def kattis_row(tmp: Path, venv: Path, tests: list[TestCase], source: str) -> Row:
    package = tmp / "kattis/twosum"  # problemtools wants a short name of [a-z0-9]
    for test in tests:
        part = package / "data" / ("secret" if test.hidden else "sample")
        part.mkdir(parents=True, exist_ok=True)
        given, want = stdio_case(test)
        (part / f"{test.name}.in").write_text(given)
        (part / f"{test.name}.ans").write_text(want)
    (package / "submissions/accepted").mkdir(parents=True)
    (package / "submissions/accepted/hash_map.py").write_text(source)
    (package / "problem_statement").mkdir()
    (package / "problem_statement/problem.en.tex").write_text("\\problemname{Two Sum}\nTwo Sum.\n")
    (package / "problem.yaml").write_text("name: Two Sum\n")
    languages = tmp / "kattis/config/problemtools/languages.yaml"
    languages.parent.mkdir(parents=True)
    run = {"compile": f"{PYTHON} -m py_compile {{files}}", "run": f'{PYTHON} "{{mainfile}}"'}
    languages.write_text(json.dumps({"python3": {"name": "Python 3 (CPython)", **run}}))
    argv = [str(venv / "bin/verifyproblem"), str(package), "-p", "submissions"]
    env = {**os.environ, "XDG_CONFIG_HOME": str(languages.parent.parent)}

    def ok(out: str) -> bool:
        return "OK: AC" in out and " tested: 0 errors" in out

    return Row("problemtools", "problemtools `verifyproblem`", len(tests), argv, ok, env)


def epicbox_row(tmp: Path, venv: Path, tests: list[TestCase], image: str) -> Row:
    folder = tmp / "epicbox"
    folder.mkdir()
    (folder / "driver.py").write_text(DRIVER)
    shutil.copy(SOLUTION, folder / "solution.py")
    (folder / "tests.json").write_text(json.dumps([[t.args, t.expected] for t in tests]))
    (folder / "run.py").write_text(EPICBOX_RUN)
    argv = [str(venv / "bin/python"), str(folder / "run.py"), image, str(folder)]
    return Row("epicbox", "epicbox, one container + driver", len(tests), argv, lambda _out: True)


def our_row(sandbox: str, tests: int, parked: bool = False) -> Row:
    argv = [sys.executable, "-c", OURS, "run", str(SOLUTION), "--problem", "two_sum"]
    argv += ["--sandbox", sandbox, "--json"]

    def ok(out: str) -> bool:
        report = json.loads(out)
        return bool(report["verdict"] == "AC" and report["total"] == tests)

    if parked:
        name = "ours, `judge run --sandbox docker` after `judge sandbox park`"
        return Row("parked", name, tests, argv, ok, settle=one_parked)
    # A cold run: a container parked for the row above is not ours to take.
    env = {**os.environ, "JUDGE_NO_PARKED": "1"}
    settle = removals_done if sandbox == "docker" else None
    return Row(sandbox, f"ours, `judge run --sandbox {sandbox}`", tests, argv, ok, env, settle)


def removals_done() -> None:
    """Wait until the containers our runs left to a detached remover are gone, so that work
    does not run beside the next judge's timing (it is not counted in ours either way)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        listed = subprocess.run(
            [
                "docker",
                "ps",
                "-a",
                "--filter",
                "label=judge.sandbox=1",
                "--format",
                '{{.Label "judge.parked"}}',
            ],
            capture_output=True,
            text=True,
        )
        if all(line.strip() for line in listed.stdout.splitlines()):
            return  # only parked ones (they wait for a run) are left
        time.sleep(0.05)


def parked_count() -> int:
    listed = subprocess.run(
        ["docker", "ps", "-q", "--filter", f"label={PARKED}"], capture_output=True, text=True
    )
    return len(listed.stdout.split())


def one_parked() -> None:
    """Wait for the replacement the last parked run starts (so it does not run beside the next
    judge's timing), then make sure one container is parked for the next parked run."""
    removals_done()
    deadline = time.monotonic() + 20
    while parked_count() < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    if parked_count() < 1:
        park = [sys.executable, "-c", OURS, "sandbox", "park", "--count", "1", "--minutes", "30"]
        subprocess.run(park, check=True, capture_output=True, cwd=REPO)
    time.sleep(0.5)  # a parked container has waited a while before a user's run


def unpark_all() -> None:
    subprocess.run([sys.executable, "-c", OURS, "sandbox", "unpark"], capture_output=True)


def has_image(image: str) -> bool:
    if not shutil.which("docker"):
        return False
    found = subprocess.run(["docker", "image", "inspect", image], capture_output=True)
    return found.returncode == 0


def build_rows(tmp: Path, venv: Path, image: str, docker: bool) -> list[Row]:
    tests = list(catalog().load("two_sum").tests)
    source = SOLUTION.read_text() + STDIO_MAIN
    rows = []
    if (venv / "bin/dmoj-cli").exists():  # one pip call installs all peers, or none
        rows += [dmoj_row(tmp, venv, tests, source), kattis_row(tmp, venv, tests, source)]
        if docker:
            rows.append(epicbox_row(tmp, venv, tests, image))
    else:
        script = Path(__file__).resolve().relative_to(REPO)
        print(f"no peers in {venv}: `python {script} --install` adds DMOJ, problemtools, epicbox")
    if docker:
        bare = ["docker", "run", "--rm", image, "python3", "-c", "pass"]
        rows.append(
            Row("bare", "bare `docker run ... python3 -c pass`", None, bare, lambda _out: True)
        )
    else:
        print(f"no Docker or no image {image} (`judge sandbox build`): Docker rows skipped")
    rows.append(our_row("local", len(tests)))
    if docker:
        rows += [our_row("docker", len(tests)), our_row("docker", len(tests), parked=True)]
    return rows


def timed(row: Row) -> float:
    if row.settle is not None:
        row.settle()
    start = time.perf_counter()
    done = subprocess.run(
        row.argv, capture_output=True, text=True, env=row.env, cwd=REPO, timeout=300
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not row.ok(done.stdout):
        tail = (done.stdout + done.stderr)[-2000:]
        sys.exit(f"{row.name} failed (exit {done.returncode}):\n{tail}")
    if row.settle is not None:
        row.settle()
    return elapsed


def measure(rows: list[Row], rounds: int) -> list[list[float]]:
    """times[r][i]: row i's wall time in round r; the first round (a warm-up) is dropped."""
    times = []
    for r in range(rounds + 1):
        order = [(r + k) % len(rows) for k in range(len(rows))]  # rotate who goes first
        this = [0.0] * len(rows)
        for i in order:
            this[i] = timed(rows[i])
        if r:
            times.append(this)
    return times


def report(rows: list[Row], times: list[list[float]]) -> None:
    print("| judge | tests | median | per test |\n|---|---|---|---|")
    for i, row in enumerate(rows):
        median = statistics.median(t[i] for t in times)
        per = f"{median / row.tests * 1000:.0f} ms" if row.tests else "–"
        print(f"| {row.name} | {row.tests or '–'} | {median:.2f} s | {per} |")
    print(f"ratios, each the median of {len(times)} rounds' ratios (below 1: ours is faster)")
    index = {row.key: i for i, row in enumerate(rows)}
    for ours, peer in RATIOS:
        if ours in index and peer in index:
            ratio = statistics.median(t[index[ours]] / t[index[peer]] for t in times)
            print(f"  ours-{ours} / {peer}: {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--install", action="store_true", help="create the peers' venv first")
    parser.add_argument("--rounds", type=int, default=16, help="interleaved rounds (default 16)")
    args = parser.parse_args()
    venv = venv_dir()
    if args.install:
        install(venv)
    image = image_tag()
    # The judge's bytecode, as pip compiles an installed package's (the peers' venv has
    # theirs); a checkout on a machine with PYTHONDONTWRITEBYTECODE=1 would compile its
    # modules again on every run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "judge")], check=True)
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as tmp:
        rows = build_rows(Path(tmp), venv, image, has_image(image))
        print(f"two_sum, {args.rounds} interleaved rounds after a warm-up; image {image}")
        print(f"load average before: {os.getloadavg()}")
        try:
            times = measure(rows, args.rounds)
        finally:
            unpark_all()
        print(f"load average after:  {os.getloadavg()}")
    report(rows, times)


if __name__ == "__main__":
    main()
