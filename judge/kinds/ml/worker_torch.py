"""The ML worker's torch guard (sandbox side): torch without autograd.

Loaded by judge/kinds/ml/worker.py only for a submission that imports torch, before any of
its code runs. It imports torch, turns gradient mode off and makes it impossible to turn on
again from Python (torch._C's setter refuses True; inference_mode(False), which would turn
it on, is refused), blocks autograd's entry points, forward-mode AD, the construction of any
torch.nn module or parameter and of any optimiser, torch.nn.functional's losses and layers
(its elementwise helpers stay), and in gradient-descent tasks the solvers on torch.Tensor.
The host's syntax check (judge.kinds.ml.torch_policy) says the same first, in friendlier
words; this is the wall behind it. After every call into the submission the worker asks
`check()` whether gradient mode is still off.

Results may be tensors: `to_numpy` turns them into the NumPy arrays the transport carries.
"""

from __future__ import annotations

from typing import Any

torch: Any = None
_grad_off: Any = None  # torch's own setter, called with False only
_why = ""
_forbidden: type[BaseException] = RuntimeError

# torch.nn.functional's helpers a candidate could write in a line (the policy allows them).
HELPERS = {"softmax", "log_softmax", "sigmoid", "relu", "logsigmoid", "softplus", "one_hot"}
AUTOGRAD_METHODS = ("backward", "requires_grad_", "retain_grad", "register_hook")
AUTOGRAD_FUNCTIONS = {
    "torch.autograd": ("backward", "grad"),
    "torch.autograd.forward_ad": ("make_dual", "unpack_dual", "enter_dual_level"),
    "torch.autograd.functional": ("jacobian", "hessian", "vjp", "jvp", "hvp", "vhp"),
}
DUAL = ("_make_dual", "_unpack_dual", "_enter_dual_level", "_exit_dual_level")


def _refuse(what: str, why: str) -> Any:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise _forbidden(f"{what} is not allowed in this task: {why}")

    return refused


def install(setup: dict[str, Any], forbidden: type[BaseException]) -> None:
    """Import torch and put the guard in place; `forbidden` is what a refusal raises."""
    global torch, _why, _forbidden
    import importlib

    _forbidden = forbidden
    torch = importlib.import_module("torch")
    texts = setup.get("torch_why") or {}
    _why = str(texts.get("autograd") or "autograd is refused")
    library = str(texts.get("library") or "torch.nn and torch.optim are refused")
    torch.set_num_threads(1)  # CPU time counts every thread: more would only add overhead
    torch.set_grad_enabled(False)
    torch.ones(2, 2) @ torch.ones(2, 2)  # torch's first operation sets itself up: not a test's
    _lock_gradient_mode()
    for module_name, names in AUTOGRAD_FUNCTIONS.items():
        module = importlib.import_module(module_name)
        for name in names:
            setattr(module, name, _refuse(f"{module_name}.{name}", _why))
    for name in AUTOGRAD_METHODS:
        setattr(torch.Tensor, name, _refuse(f"Tensor.{name}", _why))
    for name in setup.get("torch_methods") or ():
        if hasattr(torch.Tensor, name):
            setattr(torch.Tensor, name, _refuse(f"Tensor.{name}", str(texts.get("solvers"))))
    _block_library(library)


def _lock_gradient_mode() -> None:
    global _grad_off
    c = torch._C
    set_grad = c._set_grad_enabled
    _grad_off = lambda: set_grad(False)  # noqa: E731
    inference = c._InferenceMode

    def set_grad_enabled(mode: Any) -> Any:
        if mode:
            raise _forbidden(f"turning gradients on is not allowed in this task: {_why}")
        return set_grad(False)

    def inference_mode(mode: Any = True) -> Any:
        if not mode:  # leaving inference mode turns gradients on
            raise _forbidden(f"inference_mode(False) is not allowed in this task: {_why}")
        return inference(True)

    c._set_grad_enabled = set_grad_enabled
    c._InferenceMode = inference_mode
    for name in DUAL:
        if hasattr(c, name):
            setattr(c, name, _refuse("forward-mode autograd", _why))


def _block_library(why: str) -> None:
    nn = torch.nn

    def no_module(self: Any, *args: Any, **kwargs: Any) -> None:
        raise _forbidden(f"{type(self).__name__} (torch.nn) is not allowed in this task: {why}")

    def no_parameter(cls: Any, *args: Any, **kwargs: Any) -> Any:
        raise _forbidden(f"torch.nn.Parameter is not allowed in this task: {_why}")

    def no_optimiser(self: Any, *args: Any, **kwargs: Any) -> None:
        raise _forbidden(f"{type(self).__name__} (torch.optim) is not allowed in this task: {why}")

    nn.Module.__init__ = no_module
    nn.Parameter.__new__ = no_parameter
    torch.optim.Optimizer.__init__ = no_optimiser
    functional = nn.functional
    for name in dir(functional):
        value = getattr(functional, name)
        if name.startswith("_") or name in HELPERS or not callable(value):
            continue
        if isinstance(value, type):
            continue
        setattr(functional, name, _refuse(f"torch.nn.functional.{name}", why))


def check() -> None:
    """After each call into the submission: gradient mode must still be off."""
    if torch.is_grad_enabled():
        _grad_off()
        raise _forbidden(f"gradients were turned on: {_why}")


def to_numpy(value: Any) -> Any:
    """A tensor as a NumPy array (the transport's type); anything else as it is."""
    if torch is None or not isinstance(value, torch.Tensor):
        return value
    tensor = value.detach()
    if tensor.is_sparse:
        tensor = tensor.to_dense()
    if tensor.dtype in (torch.bfloat16, torch.float16):
        tensor = tensor.to(torch.float32)
    return tensor.cpu().resolve_conj().resolve_neg().numpy()
