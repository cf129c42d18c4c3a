"""What a torch answer to an ML task may not use: autograd, and the library parts that do the
task for you. Read by judge.kinds.ml.policy (the syntax tree, on the host) and sent to the
worker's runtime guard (judge/kinds/ml/worker_torch.py), which blocks the same names in the
sandbox and keeps gradient mode off.

Tensors are allowed in place of NumPy arrays, with their arithmetic, reductions, matmul,
exp/log, indexing, random numbers and the like. What is refused, and why:
- autograd in any form: it computes the gradient the task asks you to derive;
- torch.nn layers and losses and torch.optim: the model and its update step are the task.
  torch.nn.functional's elementwise helpers (softmax, log_softmax, sigmoid, relu, one_hot,
  logsigmoid, softplus) stay allowed: each is a line a candidate could write, and NumPy
  answers have np.exp and np.logaddexp for the same;
- in gradient-descent tasks, the closed-form solvers of torch.linalg (and their older
  spellings at torch.* and on tensors), as np.linalg's are refused.
"""

from __future__ import annotations

import ast

from judge.kinds.ml.syntax import Names, dotted, imported_by_call

ALLOWED_WORDS = (
    "tensor operations are allowed (arithmetic, matmul, exp, log, sums, indexing, torch.randn, ...)"
)

AUTOGRAD_WHY = (
    "no autograd here: derive the gradient and compute it with tensor operations yourself "
    "(torch runs with gradients off; arithmetic, matmul, exp, log, sums, indexing and "
    "torch.randn are all allowed)"
)
NN_WHY = (
    "torch.nn layers and losses and torch.optim do the task for you: write the model, its "
    "loss and its update step with tensor operations (torch.nn.functional's softmax, "
    "log_softmax, sigmoid, relu, logsigmoid, softplus and one_hot are allowed)"
)
PRIVATE_WHY = (
    "torch's private parts (torch._C and other names starting with `_`) are refused: "
    + ALLOWED_WORDS
)
DYNAMIC_WHY = (
    "a torch answer names what it uses plainly: getattr, imports and attribute lookups with "
    "a name built at run time, and introspection of functions and classes, are refused"
)

# Every dotted name here, and whatever lies below it, is refused in a torch answer.
AUTOGRAD = (
    "torch.autograd",
    "torch.func",
    "torch.enable_grad",
    "torch.set_grad_enabled",
    "torch.inference_mode",
    "torch.Tensor.backward",
    "torch.Tensor.requires_grad_",
    "torch.Tensor.retain_grad",
    "torch.Tensor.register_hook",
    "torch.nn.Parameter",
)
LIBRARY = ("torch.nn", "torch.optim")
# Below torch.nn, these stay allowed (see the module docstring).
HELPERS = tuple(
    f"torch.nn.functional.{name}"
    for name in ("softmax", "log_softmax", "sigmoid", "relu", "logsigmoid", "softplus", "one_hot")
)

# Attribute names refused on any object (a tensor's type is not in the syntax tree), and
# keyword arguments refused in any call.
AUTOGRAD_ATTRIBUTES = (
    "backward",
    "requires_grad",
    "requires_grad_",
    "retain_grad",
    "register_hook",
    "grad_fn",
)
AUTOGRAD_KEYWORDS = ("requires_grad",)

# Gradient-descent tasks: solvers and factorisations, at torch.linalg, at torch.* and as
# tensor methods (the worker blocks the same names on torch.Tensor).
SOLVERS = (
    "lstsq",
    "solve",
    "inv",
    "inv_ex",
    "pinv",
    "tensorsolve",
    "tensorinv",
    "svd",
    "svdvals",
    "qr",
    "cholesky",
    "cholesky_ex",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "lu",
    "lu_factor",
    "lu_factor_ex",
    "lu_solve",
    "solve_triangular",
    "solve_ex",
    "ldl_factor",
    "ldl_solve",
)
OLD_SOLVERS = (
    "inverse",
    "pinverse",
    "lstsq",
    "solve",
    "svd",
    "qr",
    "cholesky",
    "cholesky_solve",
    "cholesky_inverse",
    "triangular_solve",
    "lu",
    "lu_solve",
    "symeig",
    "eig",
    "geqrf",
    "ormqr",
)
SOLVER_NAMES = tuple(f"torch.linalg.{n}" for n in SOLVERS) + tuple(
    f"torch.{n}" for n in OLD_SOLVERS
)
SOLVER_METHODS = OLD_SOLVERS
SOLVERS_WHY = (
    "this task asks for gradient descent, so closed-form solvers are refused "
    "(torch.linalg's lstsq, solve, inv, pinv, svd, qr, cholesky, eigh, ...; "
    "matmul and the rest of torch's tensor operations are fine)"
)

# Ways around a name: refused in every torch answer.
INTERNALS = (
    "sys.modules",
    "importlib.reload",
    "importlib.util",
    "importlib.machinery",
    "imp",
    "runpy",
    "gc",
    "ctypes",
    "inspect",
    "operator.attrgetter",
    "operator.methodcaller",
    "builtins",
)
DUNDERS = (
    "__dict__",
    "__closure__",
    "__globals__",
    "__code__",
    "__wrapped__",
    "__mro__",
    "__bases__",
    "__base__",
    "__subclasses__",
    "__getattribute__",
    "__self__",
    "__func__",
    "__builtins__",
    "__loader__",
    "__spec__",
    "__import__",
    "__reduce__",
    "__reduce_ex__",
    "__setattr__",
    "__delattr__",
)


def refused_names(gradient_descent: bool) -> dict[str, str]:
    """Dotted name -> why, for a torch answer (the worker blocks the callables among them)."""
    refused = dict.fromkeys(AUTOGRAD, AUTOGRAD_WHY)
    refused.update(dict.fromkeys(LIBRARY, NN_WHY))
    refused.update(dict.fromkeys(INTERNALS, DYNAMIC_WHY))
    if gradient_descent:
        refused.update(dict.fromkeys(SOLVER_NAMES, SOLVERS_WHY))
    return refused


def refused_attributes(gradient_descent: bool) -> dict[str, str]:
    """Attribute name -> why, refused whatever object it is read from."""
    found = dict.fromkeys(AUTOGRAD_ATTRIBUTES, AUTOGRAD_WHY)
    found.update(dict.fromkeys(DUNDERS, DYNAMIC_WHY))
    if gradient_descent:
        found.update(dict.fromkeys(SOLVER_METHODS, SOLVERS_WHY))
    return found


def uses_torch(code: str) -> bool:
    """Whether the submission imports torch by name (it then runs with the torch guard)."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif imported_by_call(node):
            names = [imported_by_call(node)]
        if any(name.partition(".")[0] == "torch" for name in names):
            return True
    return False


_DYNAMIC_CALLS = ("getattr", "setattr", "delattr", "hasattr")
_CODE_CALLS = ("eval", "exec", "compile", "vars", "globals", "locals")
_IMPORT_CALLS = ("__import__", "importlib.import_module", "import_module")


def escapes(tree: ast.AST, names: Names, attributes: dict[str, str]) -> list[tuple[int, str]]:
    """A torch answer: autograd attributes on any object, torch's private parts, and names
    built at run time (which would reach what the names above refuse)."""

    def torch_name(node: ast.AST) -> bool:
        name = dotted(node)
        return bool(name) and any(f.partition(".")[0] == "torch" for f in names.resolve(name))

    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute):
            shown = dotted(node) or f".{node.attr}"
            if node.attr in attributes:
                found.append((line, f"`{shown}` is refused: {attributes[node.attr]}"))
            elif node.attr.startswith("_") and torch_name(node.value):
                found.append((line, f"`{shown}` is refused: {PRIVATE_WHY}"))
        elif isinstance(node, ast.Call):
            target = dotted(node.func)
            for keyword in node.keywords:
                if keyword.arg in AUTOGRAD_KEYWORDS:
                    found.append((line, f"`{keyword.arg}=` is refused: {AUTOGRAD_WHY}"))
            first = node.args[0] if node.args else None
            second = node.args[1] if len(node.args) > 1 else None
            named = isinstance(second, ast.Constant) and isinstance(second.value, str)
            if target in _DYNAMIC_CALLS and second is not None and not named:
                found.append((line, f"`{target}(...)` is refused: {DYNAMIC_WHY}"))
            elif target in _DYNAMIC_CALLS and isinstance(second, ast.Constant):
                attr = str(second.value)
                if attr in attributes:
                    why = attributes[attr]
                    found.append((line, f"`{target}(..., {attr!r})` is refused: {why}"))
                elif attr.startswith("_") and first is not None and torch_name(first):
                    why = PRIVATE_WHY
                    found.append((line, f"`{target}(..., {attr!r})` is refused: {why}"))
            elif target in _CODE_CALLS:
                found.append((line, f"`{target}(...)` is refused: {DYNAMIC_WHY}"))
            elif target in _IMPORT_CALLS and first is not None:
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    found.append((line, f"`{target}(...)` is refused: {DYNAMIC_WHY}"))
                elif any(part.startswith("_") for part in first.value.split(".")):
                    why = PRIVATE_WHY
                    found.append((line, f"`{target}({first.value!r})` is refused: {why}"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".") + [a.name for a in node.names]
            if parts[0] == "torch" and any(p.startswith("_") for p in parts):
                why = PRIVATE_WHY
                found.append((line, f"`from {node.module} import ...` is refused: {why}"))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "torch" and any(p.startswith("_") for p in parts):
                    why = PRIVATE_WHY
                    found.append((line, f"`import {alias.name}` is refused: {why}"))
    return found


TORCH_HEADER = """import torch

# Torch without autograd: use tensors in place of NumPy arrays. Inputs arrive as NumPy
# arrays: torch.as_tensor(X, dtype=torch.float64) makes a tensor; returning tensors is fine.
# Not allowed: .backward(), requires_grad, torch.autograd, torch.func, torch.nn layers and
# losses, torch.optim, and on gradient-descent tasks the torch.linalg solvers. Allowed from
# torch.nn.functional: softmax, log_softmax, sigmoid, relu, logsigmoid, softplus, one_hot.
# Torch answers are judged in the Docker sandbox.
"""


def torch_starter(numpy_starter: str) -> str:
    """An ML task's starter for a torch answer: its NumPy starter with torch imported and
    what torch may not be used for said at the top."""
    lines = numpy_starter.splitlines(keepends=True)
    body = [line for line in lines if line.strip() != "import numpy as np"]
    return TORCH_HEADER + "".join(body)
