"""What an ML submission may use: NumPy, torch without autograd (judge.kinds.ml.torch_policy)
and the standard library, and for gradient-descent tasks no closed-form solver. Checked on
the host by reading the syntax tree, before anything runs; the harness repeats the checks at
run time for what a syntax tree cannot show (`__import__(name)`, `getattr(np.linalg, name)`,
and for torch answers the guard in judge/kinds/ml/worker_torch.py).

Neither check can be complete (Python offers too many ways to reach a function), so they are
a first, friendly message: gradient-descent tasks also test what `fit` does as its number of
steps grows (see the behaviour metrics in judge.kinds.ml.metrics).
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field

from judge.kinds.ml import torch_policy
from judge.kinds.ml.syntax import Names as _Names
from judge.kinds.ml.syntax import dotted as _dotted
from judge.kinds.ml.syntax import imported_by_call

ALLOWED_PACKAGES = ("numpy", "torch")

# What people reach for instead of writing the model; named in the refusal message.
_KNOWN = {
    "sklearn": "scikit-learn",
    "scipy": "SciPy",
    "functorch": "functorch, autograd for torch",
    "tensorflow": "TensorFlow",
    "keras": "Keras",
    "jax": "JAX",
    "pandas": "pandas",
    "statsmodels": "statsmodels",
    "xgboost": "XGBoost",
    "lightgbm": "LightGBM",
}

ALLOWED_TEXT = (
    "only NumPy, torch (without autograd) and the Python standard library are available "
    "(no scikit-learn, SciPy, TensorFlow or pandas)"
)

# Gradient-descent tasks refuse what solves or factorises the problem in one call.
CLOSED_FORM = (
    "numpy.linalg.lstsq",
    "numpy.linalg.pinv",
    "numpy.linalg.solve",
    "numpy.linalg.inv",
    "numpy.linalg.tensorsolve",
    "numpy.linalg.tensorinv",
    "numpy.linalg.svd",
    "numpy.linalg.qr",
    "numpy.linalg.cholesky",
    "numpy.linalg.eig",
    "numpy.linalg.eigh",
    "numpy.polyfit",
    "numpy.polynomial",
    "numpy.matrix",
    "numpy.asmatrix",
    "numpy.mat",
)
CLOSED_FORM_WHY = "this task asks for gradient descent, so closed-form solvers are refused"
_EXTRA_WHY = "this task refuses it"

# The same functions under the module paths NumPy keeps them in (numpy.linalg.linalg up to
# NumPy 1.26, numpy.linalg._linalg from 2.0): listed too, so the harness blocks them there.
_ALIASES = (
    ("numpy.linalg.", ("numpy.linalg.linalg.", "numpy.linalg._linalg.")),
    ("numpy.polyfit", ("numpy.lib.polynomial.polyfit", "numpy.lib._polynomial_impl.polyfit")),
)

# Ways to reach a module's functions around the names above: refused in gradient-descent tasks.
INTERNALS = (
    "sys.modules",
    "importlib.reload",
    "importlib.util",
    "importlib.machinery",
    "imp",
    "runpy",
    "gc.get_objects",
    "gc.get_referrers",
    "gc.get_referents",
)
INTERNALS_WHY = (
    "this task asks for gradient descent, so reaching modules' functions by another path "
    "is refused (import NumPy with a plain `import numpy as np`)"
)
# NumPy's private modules and names (numpy.linalg._umath_linalg holds the LAPACK solvers
# behind solve, lstsq, inv, svd...): refused whole in gradient-descent tasks.
PRIVATE = "private NumPy names"  # a key no module path can match
# At run time the worker also blocks the private LAPACK gufuncs by prefix (their names differ
# between NumPy versions: lstsq_m, svd_n_s, ...), for a name the source built as a string.
_PRIVATE_SOLVERS = tuple(
    f"numpy.linalg._umath_linalg.{name}"
    for name in ("solve*", "inv*", "lstsq*", "svd*", "qr*", "cholesky*", "eig", "eigh_*")
)
PRIVATE_WHY = (
    "this task asks for gradient descent, so NumPy's private modules and names (those "
    "starting with _, where its solvers live) are refused"
)

# Spellings that reach the same functions by another path.
_CANONICAL = (
    ("numpy.linalg.linalg.", "numpy.linalg."),
    ("numpy.linalg._linalg.", "numpy.linalg."),
    ("numpy.lib.polynomial.", "numpy."),
    ("numpy.lib._polynomial_impl.", "numpy."),
)


@dataclass(frozen=True)
class Policy:
    refused: dict[str, str]  # dotted name -> why (the harness blocks the functions among them)
    internals: bool = False  # also refuse module dictionaries and dynamic imports of NumPy
    torch: bool = False  # a torch answer: the rules of judge.kinds.ml.torch_policy apply too
    allowed: tuple[str, ...] = ()  # below a refused name, these stay allowed
    attributes: dict[str, str] = field(default_factory=dict)  # refused on any object


def policy_for(gradient_descent: bool, extra: tuple[str, ...] = (), torch: bool = False) -> Policy:
    refused: dict[str, str] = {}
    if gradient_descent:
        refused.update(dict.fromkeys(CLOSED_FORM, CLOSED_FORM_WHY))
        refused.update(dict.fromkeys(_aliases(CLOSED_FORM), CLOSED_FORM_WHY))
        refused.update(dict.fromkeys(INTERNALS, INTERNALS_WHY))
        refused[PRIVATE] = PRIVATE_WHY
        refused.update(dict.fromkeys(_PRIVATE_SOLVERS, CLOSED_FORM_WHY))
    refused.update(dict.fromkeys(extra, _EXTRA_WHY))
    refused.update(dict.fromkeys(_aliases(extra), _EXTRA_WHY))
    if not torch:
        return Policy(refused, internals=gradient_descent)
    refused.update(torch_policy.refused_names(gradient_descent))
    return Policy(
        refused,
        internals=True,
        torch=True,
        allowed=torch_policy.HELPERS,
        attributes=torch_policy.refused_attributes(gradient_descent),
    )


def _aliases(names: tuple[str, ...]) -> list[str]:
    found = []
    for name in names:
        for public, paths in _ALIASES:
            if name.startswith(public):
                rest = name[len(public) :]
                found += [path + rest for path in paths]
    return found


def violation(code: str, policy: Policy) -> str:
    """The Compile Error message for the first refused import or call, or "" if none.

    Code that does not parse passes: the harness reports the syntax error itself.
    """
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return ""
    names = _Names(tree)
    found = _bad_imports(tree) + _bad_calls(tree, names, policy)
    if policy.internals:
        found += _reaching_internals(tree, names)
    if policy.torch:
        found += torch_policy.escapes(tree, names, policy.attributes)
    if not found:
        return ""
    found.sort(key=lambda item: item[0])
    line, message = found[0]
    return f"line {line}: {message}"


def _allowed_module(name: str) -> bool:
    top = name.partition(".")[0]
    return top in ALLOWED_PACKAGES or top in sys.stdlib_module_names


def _refused_import(line: int, name: str, shown: str) -> tuple[int, str]:
    top = name.partition(".")[0]
    library = f" ({_KNOWN[top]})" if top in _KNOWN else ""
    return line, f"`{shown}`{library} is refused: {ALLOWED_TEXT}"


def _bad_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not _allowed_module(alias.name):
                    found.append(_refused_import(node.lineno, alias.name, f"import {alias.name}"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if not _allowed_module(node.module):
                found.append(
                    _refused_import(node.lineno, node.module, f"from {node.module} import ...")
                )
        elif isinstance(node, ast.Call) and imported_by_call(node):
            module, target = imported_by_call(node), _dotted(node.func)
            if not _allowed_module(module):
                found.append(_refused_import(node.lineno, module, f"{target}({module!r})"))
    return found


def _canonical(name: str) -> str:
    for old, new in _CANONICAL:
        if name.startswith(old):
            return new + name[len(old) :]
    return name


def _refused_name(full: str, policy: Policy) -> str:
    name = _canonical(full)
    # What is allowed below a refused name stays allowed, and so do the modules on its way
    # (`import torch.nn.functional as F` for F.softmax).
    if any(
        name == k or name.startswith(k + ".") or k.startswith(name + ".") for k in policy.allowed
    ):
        return ""
    for refused in policy.refused:
        if name == refused or name.startswith(refused + "."):
            return refused
    if PRIVATE in policy.refused and _private_numpy(full):
        return PRIVATE
    return ""


def _private_numpy(name: str) -> bool:
    """numpy.linalg._umath_linalg.solve and the like: a private part below numpy (dunder
    names such as numpy.__version__ are not private)."""
    top, _, rest = name.partition(".")
    return top == "numpy" and any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__"))
        for part in rest.split(".")
    )


def _bad_calls(tree: ast.AST, names: _Names, policy: Policy) -> list[tuple[int, str]]:
    if not policy.refused:
        return []
    found = []
    for node in ast.walk(tree):
        candidates: list[tuple[str, str]] = []  # (shown, full name)
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            candidates += [
                (f"{node.module}.{a.name}", f"{node.module}.{a.name}") for a in node.names
            ]
        elif isinstance(node, ast.Import):
            candidates += [(a.name, a.name) for a in node.names]
        elif isinstance(node, ast.Call) and imported_by_call(node):
            module = imported_by_call(node)
            candidates.append((f"{_dotted(node.func)}({module!r})", module))
        elif isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load):
            shown = _dotted(node)
            candidates += [(shown, full) for full in names.resolve(shown)] if shown else []
        elif (
            isinstance(node, ast.Call)
            and _dotted(node.func) == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            base = _dotted(node.args[0])
            shown = f"getattr({base}, {node.args[1].value!r})"
            attr = node.args[1].value
            candidates += (
                [(shown, f"{full}.{attr}") for full in names.resolve(base)] if base else []
            )
        for shown, full in candidates:
            refused = _refused_name(full, policy)
            if refused:
                why = policy.refused[refused]
                line = getattr(node, "lineno", 0)
                if why in (INTERNALS_WHY, PRIVATE_WHY, torch_policy.DYNAMIC_WHY):
                    named = f" ({refused})" if shown != refused and why != PRIVATE_WHY else ""
                    found.append((line, f"`{shown}`{named} is refused: {why}"))
                else:
                    listed = _listed(policy) if why in (CLOSED_FORM_WHY, _EXTRA_WHY) else ""
                    found.append((line, f"`{shown}` ({refused}) is refused: {why}{listed}"))
                break
    return found


def _numpy(dotted: str, names: _Names) -> bool:
    return any(full.partition(".")[0] == "numpy" for full in names.resolve(dotted))


def _mentions_numpy(node: ast.AST) -> bool:
    return any(
        isinstance(part, ast.Constant)
        and isinstance(part.value, str)
        and any(word in part.value for word in ("numpy", "linalg", "polynomial"))
        for part in ast.walk(node)
    )


def _reaching_internals(tree: ast.AST, names: _Names) -> list[tuple[int, str]]:
    """Gradient-descent tasks: a module's dictionary, or a NumPy module imported by a name
    built at run time, reaches solvers under names no list can hold."""
    found = []
    for node in ast.walk(tree):
        shown, how = "", ""
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            base = _dotted(node.value)
            shown = f"{base}.__dict__" if base and _numpy(base, names) else ""
        elif isinstance(node, ast.Call) and node.args:
            target, first = _dotted(node.func), node.args[0]
            if target == "vars" and _numpy(_dotted(first), names):
                shown = f"vars({_dotted(first)})"
            elif (
                target in ("__import__", "importlib.import_module", "import_module")
                and not isinstance(first, ast.Constant)
                and _mentions_numpy(first)
            ):
                shown, how = f"{target}(...)", " with a module name built at run time"
        if shown:
            line = getattr(node, "lineno", 0)
            found.append((line, f"`{shown}`{how} is refused: {INTERNALS_WHY}"))
    return found


def _listed(policy: Policy) -> str:
    names = list(
        dict.fromkeys(
            _canonical(n).removeprefix("numpy.linalg.")
            for n, why in policy.refused.items()
            if why in (CLOSED_FORM_WHY, _EXTRA_WHY)
        )
    )
    if len(names) < 2:
        return ""
    shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    return f" (refused here: {shown})"
