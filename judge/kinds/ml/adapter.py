"""ML problems: a model class (or a few functions) judged on seeded datasets by metrics.

prepare() refuses other languages, and imports or calls the task does not allow (Compile
Error, from the syntax tree, before anything runs); it makes each test's dataset with the
problem folder's dataset.py and sends the harness only the inputs (X_train, y_train, X_test).
result() reads what came back (shapes, NaN), scores it against the targets kept on the host,
and words it per dataset: "R² 0.4100, needs ≥ 0.95 · fit 52 ms, predict 1 ms".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from judge.kind import Options, Prepared, measured, wall_limit
from judge.kinds.ml import data as datasets
from judge.kinds.ml import tasks, torch_policy
from judge.kinds.ml.metrics import Context, evaluate
from judge.kinds.ml.policy import ALLOWED_PACKAGES, ALLOWED_TEXT, policy_for, violation
from judge.kinds.ml.settings import Check, MlSettings, TestArgs, args_of, checks_of, settings_of
from judge.kinds.ml.verify import folder_errors
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.problem import ProblemError
from judge.runners.base import Job
from judge.supervisor.protocol import TestEvent, reply_text

LOAD_ALLOWANCE = 4.0  # seconds: interpreter and NumPy start-up, then the submission's import
# A torch answer: importing torch takes about 0.8 s of CPU and 230 MB resident in the image,
# given on top of the problem's limits (its own work is what the limits are for).
TORCH_LOAD_S = 4.0
TORCH_MEMORY_MB = 320
Cases = dict[str, tuple[TestArgs, datasets.Arrays, list[Check]]]

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
    walls = sum(wall_limit(float(t["time_limit"])) + 0.3 for t in tests)
    return LOAD_ALLOWANCE + 2 * max(problem.limits.time, 1.0) + walls


class MlKind:
    name = "ml"
    language, takes = "python", "Python"
    runs_on_host = False
    speed_parts: tuple[str, ...] = ("loops", "sort", "numpy")

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Prepared | Report:
        settings = settings_of(problem)
        torch = torch_policy.uses_torch(submission.code)
        policy = policy_for(settings.gradient_descent, settings.refuse, torch=torch)
        refused = violation(submission.code, policy)
        if refused:
            return Report(problem.slug, Verdict.CE, (), refused)
        assert problem.entry is not None
        sent: list[dict[str, Any]] = []
        cases: Cases = {}
        limit = problem.limits.time
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
            runs = 2 if args.twice else 1  # a seeded model is fitted twice and compared
            sent.append(
                {
                    "input": {
                        "name": test.name,
                        "arrays": {n: datasets.encoded(problem, data[n]) for n in names},
                        "steps": steps,
                        "twice": args.twice,
                    },
                    "time_limit": runs * limit,
                    "wall_limit": wall_limit(runs * limit),
                }
            )
            cases[test.name] = (args, data, checks)
        functions = settings.functions or (problem.entry.function,)
        payload = {
            "version": 2,
            "setup": {
                "code": submission.code,
                "entry": {
                    "name": problem.entry.function,
                    "kind": "functions" if settings.task == "functions" else "class",
                    "functions": list(functions),
                },
                "allowed_modules": [p for p in ALLOWED_PACKAGES if torch or p != "torch"],
                "allowed_text": ALLOWED_TEXT,
                "forbidden_calls": policy.refused,
                "output_limit": problem.limits.output_kb * 1024,
                **(_torch_setup(settings.gradient_descent) if torch else {}),
            },
            "tests": sent,
            "time_limit": limit,
            "load_limit": max(2 * limit, 3.0) + (TORCH_LOAD_S if torch else 0.0),
            "memory_kb": (problem.limits.memory_mb + TORCH_MEMORY_MB * torch) * 1024,
            "stop_on_failure": options.stop_on_failure,
        }
        walls = [wall_limit(float(t["time_limit"])) for t in sent] or [wall_limit(limit)]
        job = Job(
            "ml",
            payload,
            problem.limits.memory_mb + TORCH_MEMORY_MB * torch,
            wall_time(problem, sent) + TORCH_LOAD_S * torch,
            test_timeout=max(walls) + 2.0,
            needs=("torch",) if torch else (),
        )
        return Prepared(job, cases)

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        cases: Cases = context
        args = cases[test.name][0]
        result = self._result(problem, test, event, cases)
        # A seeded model is fitted twice: the time shown is one fit's share.
        return replace(result, time=event.time / (2 if args.twice else 1))

    def _result(
        self, problem: Problem, test: TestCase, event: TestEvent, cases: Cases
    ) -> TestResult:
        settings = settings_of(problem)
        args, data, checks = cases[test.name]
        reply = event.reply
        status = reply_text(reply, "status")
        times = _times(reply, settings, args)
        error = reply_text(reply, "error")
        test_result = measured
        if status == "error":
            return test_result(test, event, Verdict.RTE, error or "runtime error")
        if status == "api":
            return test_result(test, event, Verdict.RTE, error)
        if status == "forbidden":
            return test_result(test, event, Verdict.CE, error)
        if status in ("mutated", "not_self", "unserializable"):
            return test_result(test, event, Verdict.WA, error)
        if status == "nondeterministic":
            return test_result(test, event, Verdict.WA, _nondeterministic(reply, args))
        if status != "ok":
            return test_result(test, event, Verdict.RTE, f"the worker said {status[:40]!r}")
        try:
            raw = datasets.decode(reply.get("outputs") or {})
        except (ValueError, TypeError, KeyError) as exc:
            return test_result(test, event, Verdict.WA, f"unreadable output: {exc}")
        try:
            out = tasks.read(settings, args, data, raw)
        except tasks.Mistake as mistake:
            message = _with_hints(str(mistake), mistake.kind, reply, settings, args)
            return test_result(test, event, Verdict.WA, f"{message} · {times}")
        ctx = Context(data, out, args, datasets.module_of(problem))
        try:
            outcome = evaluate(checks, ctx)
        except Exception as exc:  # a metric that cannot cope is the judge's fault, not the user's
            return test_result(test, event, Verdict.IE, f"the judge could not score this: {exc!r}")
        actual = {"metrics": outcome.values, **_time_fields(reply)}
        if outcome.ok:
            return test_result(test, event, Verdict.AC, f"{outcome.message} · {times}", actual)
        message = _with_hints(outcome.message, "metric", reply, settings, args)
        return test_result(test, event, Verdict.WA, f"{message} · {times}", actual)

    def notice(self, problem: Problem, submission: Submission) -> str:
        return ""

    def verify(self, problem: Problem) -> list[str]:
        """What `judge verify` adds for ML folders: settings, checks and datasets that work."""
        return folder_errors(problem)


def _torch_setup(gradient_descent: bool) -> dict[str, Any]:
    """What the worker's torch guard needs: its messages, and the tensor methods to block."""
    return {
        "torch": True,
        "torch_why": {
            "autograd": torch_policy.AUTOGRAD_WHY,
            "library": torch_policy.NN_WHY,
            "solvers": torch_policy.SOLVERS_WHY,
        },
        "torch_methods": list(torch_policy.SOLVER_METHODS) if gradient_descent else [],
    }


def _times(event: dict[str, Any], settings: MlSettings, args: TestArgs) -> str:
    fields = _time_fields(event)
    if settings.task == "functions" or args.mode == "gradients":
        return f"worker's own count {_ms(fields['fit_time'] + fields['predict_time'])}"
    return f"fit {_ms(fields['fit_time'])}, predict {_ms(fields['predict_time'])}"


def _time_fields(event: dict[str, Any]) -> dict[str, float]:
    def number(key: str) -> float:
        value = event.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return 0.0

    return {
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
    # A step-by-step test says itself why it failed; a convergence hint would contradict it.
    if kind == "metric" and (settings.hint or training) and tasks.sweep_of(args) is None:
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
