"""ML problems: a model class (or a few functions) judged on seeded datasets by metrics.

prepare() refuses other languages, and imports or calls the task does not allow (Compile
Error, from the syntax tree, before anything runs); it makes each test's dataset with the
problem folder's dataset.py and sends the harness only the inputs (X_train, y_train, X_test).
result() reads what came back (shapes, NaN), scores it against the targets kept on the host,
and words it per dataset: "R² 0.4100, needs ≥ 0.95 · fit 52 ms, predict 1 ms".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from judge.kinds.ml import data as datasets
from judge.kinds.ml import tasks
from judge.kinds.ml.metrics import Context, evaluate
from judge.kinds.ml.policy import ALLOWED_PACKAGES, ALLOWED_TEXT, policy_for, violation
from judge.kinds.ml.settings import Check, MlSettings, TestArgs, args_of, checks_of, settings_of
from judge.kinds.ml.verify import folder_errors
from judge.kinds.python.adapter import STATUS_VERDICT, test_result
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.problem import ProblemError
from judge.runners.base import Job

if TYPE_CHECKING:
    from judge.judging import Options

LOAD_ALLOWANCE = 4.0  # seconds: interpreter and NumPy start-up, then the submission's import
PER_TEST_ALLOWANCE = 0.5  # decoding inputs and encoding outputs, outside the timed calls

DIVERGED = "gradient descent diverged: try a smaller learning rate, or standardise the features"
OVERFLOW = "exp() overflowed: compute it in a form that never exponentiates a large number"
LOG_OF_ZERO = (
    "log(0): take logs of shifted scores (log-softmax), not of probabilities that underflowed"
)
NOT_CONVERGED = (
    "if gradient descent stopped before converging: check the learning rate, the number of "
    "iterations and the feature scaling"
)


def wall_time(problem: Problem, tests: list[dict[str, Any]]) -> float:
    limit = problem.limits.time
    runs = sum(2 if t["twice"] else 1 for t in tests)
    return LOAD_ALLOWANCE + 2 * limit + runs * limit + PER_TEST_ALLOWANCE * len(tests)


def test_timeout(problem: Problem, tests: list[dict[str, Any]]) -> float:
    """When the host kills a test whose own timer could not stop it (a long call into C)."""
    runs = 2 if any(t["twice"] for t in tests) else 1
    return runs * (2 * problem.limits.time + 0.5) + PER_TEST_ALLOWANCE


class MlAdapter:
    def __init__(self) -> None:
        self._cases: dict[str, tuple[TestArgs, datasets.Arrays, list[Check]]] = {}
        self._settings: MlSettings | None = None

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Job | Report:
        if submission.language != "python":
            message = f"problem {problem.slug!r} takes Python, not {submission.language}"
            return Report(problem.slug, Verdict.CE, (), message)
        settings = self._settings = settings_of(problem)
        policy = policy_for(settings.gradient_descent, settings.refuse)
        refused = violation(submission.code, policy)
        if refused:
            return Report(problem.slug, Verdict.CE, (), refused)
        assert problem.entry is not None
        sent = []
        for test in tests:
            args, checks = args_of(problem, test), checks_of(problem, test)
            data = datasets.make(problem, args.dataset)
            steps = tasks.steps(settings, args)
            names = tasks.input_names(steps)
            missing = [n for n in names if n not in data]
            if missing:
                raise ProblemError(
                    f"{problem.path / datasets.DATASET_FILE}: problem {problem.slug!r}: "
                    f"make() for test {test.name!r} gives no {', '.join(missing)}"
                )
            sent.append(
                {
                    "name": test.name,
                    "arrays": {n: datasets.encoded(data[n]) for n in names},
                    "steps": steps,
                    "twice": args.twice,
                }
            )
            self._cases[test.name] = (args, data, checks)
        functions = settings.functions or (problem.entry.function,)
        payload = {
            "version": 1,
            "code": submission.code,
            "entry": {
                "name": problem.entry.function,
                "kind": "functions" if settings.task == "functions" else "class",
                "functions": list(functions),
            },
            "allowed_modules": list(ALLOWED_PACKAGES),
            "allowed_text": ALLOWED_TEXT,
            "forbidden_calls": policy.refused,
            "tests": sent,
            "time_limit": problem.limits.time,
            "memory_kb": problem.limits.memory_mb * 1024,
            "output_limit": problem.limits.output_kb * 1024,
            "stop_on_failure": options.stop_on_failure,
        }
        return Job(
            "mlharness",
            payload,
            problem.limits.memory_mb,
            wall_time(problem, sent),
            test_timeout=test_timeout(problem, sent),
        )

    def result(self, problem: Problem, test: TestCase, event: dict[str, Any]) -> TestResult:
        settings = self._settings or settings_of(problem)
        args, data, checks = self._cases[test.name]
        status = str(event.get("status"))
        times = _times(event, settings, args)
        error = str(event.get("error") or "")
        if status == "timeout":
            limit = f"{problem.limits.time:g} s"
            return test_result(test, event, Verdict.TLE, f"{error} ({limit} per test) · {times}")
        if status in STATUS_VERDICT:
            return test_result(test, event, *STATUS_VERDICT[status])
        if status == "error":
            return test_result(test, event, Verdict.RTE, error)
        if status == "api":
            return test_result(test, event, Verdict.RTE, error)
        if status == "forbidden":
            return test_result(test, event, Verdict.CE, error)
        if status in ("mutated", "not_self", "unserializable"):
            return test_result(test, event, Verdict.WA, error)
        if status == "nondeterministic":
            return test_result(test, event, Verdict.WA, _nondeterministic(event, args))
        if status != "ok":
            return test_result(test, event, Verdict.IE, f"unknown test status {status!r}")
        try:
            raw = datasets.decode(event.get("outputs") or {})
        except (ValueError, TypeError, KeyError) as exc:
            return test_result(test, event, Verdict.WA, f"unreadable output: {exc}")
        try:
            out = tasks.read(settings, args, data, raw)
        except tasks.Mistake as mistake:
            message = _with_hints(str(mistake), mistake.kind, event, settings, args)
            return test_result(test, event, Verdict.WA, f"{message} · {times}")
        ctx = Context(data, out, args, datasets.module_of(problem))
        try:
            outcome = evaluate(checks, ctx)
        except Exception as exc:  # a metric that cannot cope is the judge's fault, not the user's
            return test_result(test, event, Verdict.IE, f"the judge could not score this: {exc!r}")
        actual = {"metrics": outcome.values, **_time_fields(event)}
        if outcome.ok:
            return test_result(test, event, Verdict.AC, f"{outcome.message} · {times}", actual)
        message = _with_hints(outcome.message, "metric", event, settings, args)
        return test_result(test, event, Verdict.WA, f"{message} · {times}", actual)

    def verify(self, problem: Problem) -> list[str]:
        """What `judge verify` adds for ML folders: settings, checks and datasets that work."""
        return folder_errors(problem)


def _times(event: dict[str, Any], settings: MlSettings, args: TestArgs) -> str:
    fields = _time_fields(event)
    if settings.task == "functions" or args.mode == "gradients":
        return f"time {_ms(fields['time'])}"
    return f"fit {_ms(fields['fit_time'])}, predict {_ms(fields['predict_time'])}"


def _time_fields(event: dict[str, Any]) -> dict[str, float]:
    def number(key: str) -> float:
        value = event.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return 0.0

    return {
        "time": number("time"),
        "fit_time": number("fit_time"),
        "predict_time": number("predict_time"),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _with_hints(
    message: str, kind: str, event: dict[str, Any], settings: MlSettings, args: TestArgs
) -> str:
    """The message, plus what NumPy warned about and what that usually means."""
    notes = [message]
    warned = [str(w) for w in event.get("warnings") or []]
    if kind in ("nonfinite", "metric") and warned:
        notes.append("NumPy warned: " + "; ".join(warned[:2]))
    training = settings.gradient_descent and args.mode != "gradients"
    if kind == "nonfinite" and any("in exp" in w for w in warned):
        notes.append(OVERFLOW)
    elif kind == "nonfinite" and any("in log" in w for w in warned):
        notes.append(LOG_OF_ZERO)
    elif kind == "nonfinite" and training:
        notes.append(DIVERGED)
    if kind == "metric" and (settings.hint or training):
        notes.append(settings.hint or NOT_CONVERGED)
    return " — ".join(notes)


def _nondeterministic(event: dict[str, Any], args: TestArgs) -> str:
    seed = {k: v for k, v in args.init.items() if "random" in k or "seed" in k}
    given = ", ".join(f"{k}={v!r}" for k, v in seed.items()) or "the same arguments"
    output = tasks.label(str(event.get("output") or "the output"))
    return (
        f"two fits with {given} gave different results: {output} differs in "
        f"{event.get('differ')} of {event.get('size')} values (draw every random number "
        "from a generator seeded with random_state, e.g. np.random.default_rng(random_state))"
    )
