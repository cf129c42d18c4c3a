"""Values as a Python programmer reads them: `nums = [5, 5], target = 10`, `None`, `True`.

Test inputs and answers are JSON on the wire; feedback shows them as Python literals with the
function's parameter names, read from the starter's signature.
"""

from __future__ import annotations

import ast
from typing import Any

from judge.model import Problem


def literal(value: Any, limit: int = 300) -> str:
    """A decoded JSON value as a Python literal, cut to about `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 20] + f" … ({len(text)} chars)"


def parameter_names(problem: Problem) -> tuple[str, ...]:
    """The names of the entry function's parameters (without `self`), from the starter;
    () when the starter does not show them."""
    entry = problem.entry
    if entry is None or entry.design:
        return ()
    wanted = {entry.function, entry.method}

    def find() -> tuple[str, ...]:
        try:
            tree = ast.parse(problem.starter)
        except SyntaxError:
            return ()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in wanted:
                params = [a.arg for a in node.args.posonlyargs + node.args.args]
                return tuple(params[1:] if params[:1] == ["self"] else params)
        return ()

    return problem.remember(("parameter-names",), find)  # type: ignore[no-any-return]


def call_input(problem: Problem, args: Any, limit: int = 300) -> str | None:
    """A Python test's arguments as `nums = [5, 5], target = 10` (a class-design test as its
    calls: `MinStack(), push(-2), getMin()`); None for what is not a Python argument list."""
    if problem.kind != "python" or not isinstance(args, list) or problem.entry is None:
        return None
    if problem.entry.design:
        if len(args) != 2 or not all(isinstance(a, list) for a in args):
            return None
        calls = [
            f"{op}({', '.join(repr(p) for p in params)})"
            for op, params in zip(args[0], args[1], strict=False)
        ]
        text = ", ".join(calls)
    else:
        names = parameter_names(problem)
        if len(names) != len(args):
            text = ", ".join(repr(a) for a in args)
        else:
            text = ", ".join(f"{n} = {a!r}" for n, a in zip(names, args, strict=True))
    return text if len(text) <= limit else text[: limit - 20] + f" … ({len(text)} chars)"


def number(value: Any) -> str:
    """A measured number for a person: four significant digits, no float noise."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return repr(value)
    return f"{value:.4g}" if isinstance(value, float) else str(value)


_BOUND = {"min": "≥", "max": "≤"}


def ml_input(args: Any) -> str | None:
    """An ML test's generator spec in words: `100 training and 50 test rows, 2 features, ...
    (seed 1); the model made with k=3`."""
    if not isinstance(args, dict) or not isinstance(args.get("dataset"), dict):
        return None
    data = dict(args["dataset"])
    parts = []
    if "n_train" in data and "n_test" in data:
        parts.append(f"{data.pop('n_train')} training and {data.pop('n_test')} test rows")
    if "m" in data:
        parts.append(f"{data.pop('m')} samples")
    for key in ("n_features", "classes", "clusters"):
        if key in data:
            parts.append(f"{data.pop(key)} {key.removeprefix('n_')}")
    seed = data.pop("seed", None)
    parts += [f"{key.replace('_', ' ')} {number(value)}" for key, value in data.items()]
    text = "a dataset of " + ", ".join(parts) + (f" (seed {seed})" if seed is not None else "")
    init = args.get("init")
    if isinstance(init, dict) and init:
        text += "; the model made with " + ", ".join(f"{k}={v!r}" for k, v in init.items())
    if isinstance(args.get("mode"), str):
        text += f"; checking its {args['mode']}"
    return text


def ml_needs(expected: Any) -> str | None:
    """An ML test's thresholds in words: `accuracy ≥ 0.8; r2 ≥ 0.99`."""
    if not isinstance(expected, list) or not all(isinstance(e, dict) for e in expected):
        return None
    needs = []
    for spec in expected:
        name = str(spec.get("metric", "?")).replace("rel_", "relative_").replace("_", " ")
        if spec.get("output"):
            name += f" of {spec['output']}"
        if spec.get("reference"):
            name += " against the reference predictions"
        bounds = [f"{_BOUND[k]} {number(spec[k])}" for k in ("min", "max") if k in spec]
        needs.append(f"{name} {' and '.join(bounds)}".strip())
    return "; ".join(needs)


def ml_measured(actual: Any) -> str | None:
    """What an ML submission scored, rounded: `accuracy 0.5; fit 0.02 ms, predict 9.2 ms`."""
    if not isinstance(actual, dict) or not isinstance(actual.get("metrics"), dict):
        return None
    text = "; ".join(
        f"{str(k).replace('_', ' ')} {number(v)}" for k, v in actual["metrics"].items()
    )
    times = [
        f"{label} {actual[key] * 1000:.3g} ms"
        for key, label in (("fit_time", "fit"), ("predict_time", "predict"))
        if isinstance(actual.get(key), (int, float))
    ]
    return "; ".join(x for x in (text, ", ".join(times)) if x)


ROLES = {"input": "input", "expected": "expected", "reference answer": "expected"}


def shown(problem: Problem, label: str, value: Any, limit: int = 2000) -> str | None:
    """A test's input, expected answer or answer (`label`: input, expected, reference
    answer, your answer / actual) as a person reads it for this problem's kind; None where
    the plain JSON (or a SQL table) is the better view."""
    role = ROLES.get(label, "actual")
    if problem.kind == "python":
        if role == "input":
            return call_input(problem, value, limit)
        return literal(value, limit)
    if problem.kind == "ml":
        make = {"input": ml_input, "expected": ml_needs, "actual": ml_measured}[role]
        return make(value)
    return None
