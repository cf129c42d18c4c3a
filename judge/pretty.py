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
