"""ML problems: a model class (or a few functions) judged on seeded datasets by metrics.

prepare() refuses other languages, and imports or calls the task does not allow (Compile
Error, from the syntax tree, before anything runs); it makes each test's dataset with the
problem folder's dataset.py and sends the harness only the inputs (X_train, y_train, X_test).
result() reads what came back (shapes, NaN), scores it against the targets kept on the host,
and words it per dataset: "R² 0.4100, needs ≥ 0.95 · fit 52 ms, predict 1 ms".
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from judge.kind import Options, Prepared, measured, not_shown, raised, wall_limit
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
SEEDED = (
    "draw every random number from a generator seeded with random_state, e.g. "
    "np.random.default_rng(random_state)"
)
# The worker's statuses whose message it wrote itself, and a hidden test's words for each.
WORKER_SAID = {
    "api": (Verdict.RTE, "the model lacks a method or an attribute the test uses"),
    "forbidden": (Verdict.CE, "the submission used an import or a call this task refuses"),
    "mutated": (Verdict.WA, "a call changed its argument in place"),
    "not_self": (Verdict.WA, "a call that must return self (the model) returned something else"),
    "unserializable": (Verdict.WA, "a call returned something that is not numbers or arrays"),
}
NONDETERMINISTIC = not_shown(f"two fits with the same arguments gave different results: {SEEDED}")
UNKNOWN_ANSWER = not_shown("the worker's answer is not one the judge knows")
UNREADABLE = not_shown("the returned values cannot be read")
NOT_SCORED = not_shown("the judge could not score this")


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
        return Prepared(job, (cases, submission.code))  # the source, for `raised`

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        cases: Cases = context[0]
        args = cases[test.name][0]
        result = self._result(problem, test, event, cases, context[1])
        # A seeded model is fitted twice: the time shown is one fit's share.
        return replace(result, time=event.time / (2 if args.twice else 1))

    def _result(
        self, problem: Problem, test: TestCase, event: TestEvent, cases: Cases, source: str
    ) -> TestResult:
        settings = settings_of(problem)
        args, data, checks = cases[test.name]
        reply = event.reply
        status = reply_text(reply, "status")
        times = _times(_time_fields(reply, event), settings, args)
        # Whatever the worker wrote is the submission's to write (it runs in the worker): each
        # result quoting it carries the judge's own words, for a hidden test to show instead.
        error = reply_text(reply, "error")
        if status == "error":
            error = error or "runtime error"
            own = raised(error, source)
            return measured(test, event, Verdict.RTE, error, hidden_message=own)
        if status in WORKER_SAID:
            verdict, words = WORKER_SAID[status]
            return measured(test, event, verdict, error, hidden_message=not_shown(words))
        if status == "nondeterministic":
            message = _nondeterministic(reply, args)
            return measured(test, event, Verdict.WA, message, hidden_message=NONDETERMINISTIC)
        if status != "ok":
            message = f"the worker said {status[:40]!r}"
            return measured(test, event, Verdict.RTE, message, hidden_message=UNKNOWN_ANSWER)
        try:
            raw = datasets.decode(reply.get("outputs") or {})
        except (ValueError, TypeError, KeyError) as exc:
            message = f"unreadable output: {exc}"
            return measured(test, event, Verdict.WA, message, hidden_message=UNREADABLE)
        try:
            out = tasks.read(settings, args, data, raw)
        except tasks.Mistake as mistake:
            notes = _with_hints(str(mistake), mistake.kind, reply, settings, args)
            return _worded(test, event, Verdict.WA, notes, times)
        ctx = Context(data, out, args, datasets.module_of(problem))
        try:
            outcome = evaluate(checks, ctx)
        except Exception as exc:  # a metric that cannot cope is the judge's fault, not the user's
            message = f"the judge could not score this: {exc!r}"
            return measured(test, event, Verdict.IE, message, hidden_message=NOT_SCORED)
        actual = {"metrics": outcome.values, **_time_fields(reply, event)}
        if outcome.ok:
            message, own = f"{outcome.message} · {times}", f"{outcome.hidden_message} · {times}"
            hidden = own if own != message else None
            return measured(test, event, Verdict.AC, message, actual, hidden_message=hidden)
        notes = _with_hints(outcome.message, "metric", reply, settings, args)
        # A hidden test's words leave out the warnings, and the reference's values.
        own = _with_hints(outcome.hidden_message, "metric", reply, settings, args)[1]
        return _worded(test, event, Verdict.WA, (notes[0], own), times, actual)

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


def _times(fields: dict[str, float], settings: MlSettings, args: TestArgs) -> str:
    if settings.task == "functions" or args.mode == "gradients":
        return f"worker's own count {_ms(fields['fit_time'] + fields['predict_time'])}"
    return f"fit {_ms(fields['fit_time'])}, predict {_ms(fields['predict_time'])}"


def _time_fields(reply: dict[str, Any], event: TestEvent) -> dict[str, float]:
    """The worker's own count of its fit and predict time, within what the supervisor saw
    the test take: a number from the worker is the submission's to choose, and a huge one
    would print hundreds of digits of its choosing."""
    most = event.wall if math.isfinite(event.wall) and event.wall > 0 else 0.0

    def number(key: str) -> float:
        value = reply.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return min(max(float(value), 0.0), most) if math.isfinite(value) else 0.0
        return 0.0

    return {
        "fit_time": number("fit_time"),
        "predict_time": number("predict_time"),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _with_hints(
    message: str, kind: str, event: dict[str, Any], settings: MlSettings, args: TestArgs
) -> tuple[str, str]:
    """The message, plus what NumPy warned about and what that usually means; and the same
    without the warnings, which the worker wrote (the submission can warn of anything)."""
    notes = [message]
    warned = [str(w) for w in event.get("warnings") or []]
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
    if kind in ("nonfinite", "metric") and warned:
        quoted = [message, "NumPy warned: " + "; ".join(warned[:2]), *notes[1:]]
        return " — ".join(quoted), " — ".join(notes)
    return " — ".join(notes), " — ".join(notes)


def _worded(
    test: TestCase,
    event: TestEvent,
    verdict: Verdict,
    notes: tuple[str, str],
    times: str,
    actual: Any = None,
) -> TestResult:
    """A result worded by `_with_hints`: the words for a hidden test leave out the warnings."""
    message, own = (f"{text} · {times}" for text in notes)
    return measured(
        test, event, verdict, message, actual, hidden_message=own if own != message else None
    )


def _nondeterministic(event: dict[str, Any], args: TestArgs) -> str:
    seed = {k: v for k, v in args.init.items() if "random" in k or "seed" in k}
    given = ", ".join(f"{k}={v!r}" for k, v in seed.items()) or "the same arguments"
    output = tasks.label(str(event.get("output") or "the output"))
    return (
        f"two fits with {given} gave different results: {output} differs in "
        f"{event.get('differ')} of {event.get('size')} values ({SEEDED})"
    )
