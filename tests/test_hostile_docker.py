"""Hostile submissions against the Docker runner: each gets its verdict, nothing leaks.

Every file tests/hostile/<attack>.py starts with `# expect: VERDICT`. Each is judged against
the small `shout` problem in tests/hostile/problem/; after it, no container of this process
may be left, and an ordinary submission must still be judged normally. The test process
holds a secret (an environment variable, a file in the host's /tmp) that no attack may see.
Judged again under the default policy (nothing of a hidden test revealed, as `judge run` and
`judge serve --hiring` show them), no attack may show anything of a hidden test: its input,
its expected answer, or its author's name.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Report, Submission, Verdict
from judge.problem import load_problem
from judge.runners.docker import DockerRunner, own_containers

HOSTILE = Path(__file__).parent / "hostile"
ATTACKS = sorted(HOSTILE.glob("*.py"))
SECRET = f"judge-secret-{secrets.token_hex(8)}"
ACCEPTED = "def shout(word):\n    return word.upper() + '!'\n"


def hidden_words(problem: Problem) -> set[str]:
    """The words a hidden test's input (`kestrel-7f3a-quartz`) and expected answer are made
    of, and its author's name (`marker-1`), lower-cased."""
    words = set()
    for case in problem.hidden:
        words |= {w for w in str(case.args[0]).lower().split("-") if w.isalpha()}
        words.add(case.name.lower())
    return words


def assert_nothing_of_hidden_tests(report: Report, problem: Problem) -> None:
    tests = [t for t in report.tests if t.hidden]
    shown = json.dumps(
        [report.message]
        + [[t.name, t.message, t.input, t.expected, t.actual, t.stdout] for t in tests],
        default=str,
    ).lower()
    for word in hidden_words(problem):
        assert word not in shown, (word, shown[:3000])


def expected_verdicts(path: Path) -> set[Verdict]:
    """`# expect: TLE`, or `# expect: OLE|TLE` where either stop is right (whichever first)."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# expect: ([A-Z]+(?:\|[A-Z]+)*)", first)
    assert match, f"{path.name}: the first line must be '# expect: VERDICT'"
    return {Verdict(v) for v in match.group(1).split("|")}


@pytest.fixture(scope="module")
def runner(docker_runner: DockerRunner) -> DockerRunner:
    return docker_runner


@pytest.fixture(scope="module")
def problem() -> Problem:
    return load_problem(HOSTILE / "problem" / "shout")


@pytest.fixture
def host_secrets(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The secret, set in this process's environment and written to the host's /tmp."""
    monkeypatch.setenv("JUDGE_HOSTILE_SECRET", SECRET)
    path = Path("/tmp") / f"judge-hostile-{SECRET}"
    path.write_text(SECRET, encoding="utf-8")
    try:
        yield SECRET
    finally:
        path.unlink(missing_ok=True)


def test_every_attack_names_its_verdict() -> None:
    assert len(ATTACKS) >= 25
    for path in ATTACKS:
        expected_verdicts(path)


@pytest.mark.parametrize("attack", ATTACKS, ids=[p.stem for p in ATTACKS])
def test_attack(attack: Path, runner: DockerRunner, problem: Problem, host_secrets: str) -> None:
    report = judge(
        problem,
        Submission(attack.read_text(encoding="utf-8"), "python"),
        runner,
        Options(reveal="all"),
    )
    shown = json.dumps(
        [report.message] + [[t.message, t.actual, t.stdout] for t in report.tests], default=str
    )
    assert report.verdict in expected_verdicts(attack), shown[:3000]
    assert host_secrets not in shown
    assert own_containers(runner.engine) == []

    withheld = Options(stop_on_failure=True)  # what `judge run` shows
    report = judge(
        problem, Submission(attack.read_text(encoding="utf-8"), "python"), runner, withheld
    )
    assert report.verdict in expected_verdicts(attack), report
    assert_nothing_of_hidden_tests(report, problem)
    assert own_containers(runner.engine) == []

    after = judge(problem, Submission(ACCEPTED, "python"), runner)
    assert after.verdict is Verdict.AC, after.message
    assert own_containers(runner.engine) == []


def test_hidden_words_are_found_where_they_are_shown(problem: Problem) -> None:
    """The check is not vacuous: the hidden tests' words are what they are made of."""
    assert {"kestrel", "quartz", "osprey", "merlin", "marker-1"} <= hidden_words(problem)


@pytest.mark.parametrize(
    "attack", sorted(HOSTILE.glob("leak_input_*.py")), ids=lambda p: str(p.stem)
)
def test_leak_attacks_do_spell_the_input_when_it_is_revealed(
    attack: Path, runner: DockerRunner, problem: Problem
) -> None:
    """Each leak attack, its hidden tests revealed, shows their input: it is not vacuous."""
    code = attack.read_text(encoding="utf-8")
    report = judge(problem, Submission(code, "python"), runner, Options(reveal="input"))
    failed = [t for t in report.tests if t.hidden and t.verdict is not Verdict.AC]
    assert failed and any("kestrel" in t.message.lower() for t in failed), report.tests


def test_secrets_attack_read_something(
    runner: DockerRunner, problem: Problem, host_secrets: str
) -> None:
    """The secrets attack is not vacuous: it returns the sandbox's own environment."""
    code = (HOSTILE / "read_secrets.py").read_text(encoding="utf-8")
    report = judge(problem, Submission(code, "python"), runner, Options(reveal="all"))
    seen = report.tests[0].actual
    assert isinstance(seen, dict)
    assert seen["environ"]["HOME"] == "/tmp"
    assert "JUDGE_HOSTILE_SECRET" not in seen["environ"]
    assert not any(host_secrets in str(value) for value in seen.values())
