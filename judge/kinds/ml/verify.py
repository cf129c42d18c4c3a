"""Checks `judge verify` adds for ML problem folders (via `MlAdapter.verify`).

Beyond what every folder gets: the [ml] table names things the judge knows, every test's
args and expected checks parse, dataset.py makes the same arrays twice and every array a
test's steps and metrics need, each metric can find what it reads, and a sweep (a list in
`init`) sweeps one keyword of a regressor or classifier over two values or more; and a
gradient-descent task (other than a network, whose loss and gradients the statement fixes and
the tests check exactly) has accepted solutions for both gradient conventions, marked by a
first line `# gradient: 1/m` or `# gradient: 2/m`, so that every dataset is shown to accept
both with the statement's defaults.
"""

from __future__ import annotations

from judge.kinds.ml import data as datasets
from judge.kinds.ml import tasks
from judge.kinds.ml.metrics import METRICS, NEEDS
from judge.kinds.ml.settings import MlSettings, TestArgs, args_of, checks_of, settings_of
from judge.model import Problem, TestCase
from judge.problem import ProblemError

CONVENTIONS = ("1/m", "2/m")
CONVENTION_MARK = "# gradient:"


def folder_errors(problem: Problem) -> list[str]:
    try:
        settings = settings_of(problem)
    except ProblemError as exc:
        return [str(exc)]
    errors = _settings_errors(problem, settings) + _convention_errors(problem, settings)
    for test in problem.tests:
        try:
            errors += _test_errors(problem, settings, test)
        except ProblemError as exc:
            errors.append(str(exc))
    return errors


def _settings_errors(problem: Problem, settings: MlSettings) -> list[str]:
    where = f"{problem.path / 'problem.toml'}: problem {problem.slug!r}: [ml]"
    errors = []
    unknown = [a for a in settings.attributes if a not in tasks.ATTRIBUTES]
    if unknown:
        errors.append(f"{where} attributes {unknown} are not ones the judge can check")
    if settings.task == "functions":
        assert problem.entry is not None
        if problem.entry.function not in settings.functions:
            errors.append(f"{where} functions must list [function] name {problem.entry.function!r}")
    if not (problem.path / datasets.DATASET_FILE).is_file():
        errors.append(f"{problem.path / datasets.DATASET_FILE}: problem {problem.slug!r}: missing")
    return errors


def _outputs(settings: MlSettings, args: TestArgs) -> set[str]:
    sweep = tasks.sweep_of(args)
    if sweep is not None:
        return {tasks.sweep_output(settings, i) for i in range(len(sweep[1]))}
    if settings.task == "functions":
        return set(settings.functions)
    if settings.task == "network" and args.mode == "gradients":
        return {"loss", "grads"}
    found = set(settings.attributes)
    found.add({"clusterer": "pred", "transformer": "Z"}.get(settings.task, "pred"))
    if settings.proba != "none":
        found.add("proba")
    return found


def _test_errors(problem: Problem, settings: MlSettings, test: TestCase) -> list[str]:
    where = f"{problem.path / 'tests'}: problem {problem.slug!r}: test {test.name!r}"
    args, checks = args_of(problem, test), checks_of(problem, test)
    first = datasets.fresh(problem, args.dataset)
    again = datasets.fresh(problem, args.dataset)
    errors = []
    if first.keys() != again.keys() or any(
        first[k].shape != again[k].shape or not (first[k] == again[k]).all() for k in first
    ):
        errors.append(
            f"{where}: dataset.py make() gives different data on two calls: seed it from the spec"
        )
    needed = tasks.required_arrays(settings, args)
    missing = [n for n in needed if n not in first]
    if missing:
        errors.append(f"{where}: dataset.py make() gives no {', '.join(missing)}")
    available = _outputs(settings, args) | set(first)
    for check in checks:
        if check.metric not in METRICS:
            errors.append(f"{where}: unknown metric {check.metric!r} (known: {', '.join(METRICS)})")
            continue
        wants = list(NEEDS[check.metric])
        wants += [n for n in (check.output, check.reference) if n]
        if check.metric == "rel_error" and check.reference is None:
            wants.append(f"ref_{check.output or 'pred'}")
        absent = [n for n in wants if n not in available]
        if absent:
            errors.append(f"{where}: metric {check.metric!r} needs {', '.join(absent)}")
    errors += _sweep_errors(where, settings, args)
    if settings.task in ("clusterer", "transformer"):
        key = "n_clusters" if settings.task == "clusterer" else "n_components"
        if not isinstance(args.init.get(key), int):
            errors.append(f"{where}: args.init must give {key}")
    return errors


def _sweep_errors(where: str, settings: MlSettings, args: TestArgs) -> list[str]:
    swept = [key for key, value in args.init.items() if isinstance(value, list)]
    if not swept:
        return []
    if len(swept) > 1:
        return [f"{where}: args.init sweeps {swept}: a test sweeps one keyword at most"]
    if settings.task not in ("regressor", "classifier"):
        return [f"{where}: args.init sweeps {swept[0]!r}: only regressors and classifiers sweep"]
    if len(args.init[swept[0]]) < 2:
        return [f"{where}: args.init sweeps {swept[0]!r} over fewer than two values"]
    return []


def _convention_errors(problem: Problem, settings: MlSettings) -> list[str]:
    if not settings.gradient_descent or settings.task == "network":
        return []
    folder = problem.path / "solutions" / "accepted"
    marked = set()
    for path in sorted(folder.glob("*.py")):
        first = path.read_text(encoding="utf-8").partition("\n")[0]
        if first.startswith(CONVENTION_MARK):
            marked.add(first.removeprefix(CONVENTION_MARK).strip())
    missing = [c for c in CONVENTIONS if c not in marked]
    if not missing:
        return []
    return [
        f"{folder}: problem {problem.slug!r} is a gradient-descent task: it needs an accepted "
        f"solution for each gradient convention, {', '.join(missing)} missing (a first line "
        f"`{CONVENTION_MARK} 2/m`), run with the statement's default hyperparameters"
    ]
