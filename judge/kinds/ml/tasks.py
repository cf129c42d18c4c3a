"""Task protocols: the calls a test makes on a submission, and reading what came back.

Each task kind turns a test into harness steps (build the model, fit, read attributes,
predict) and turns the harness's outputs into checked NumPy values. A wrong shape, a value
that is not a number, or NaN/infinity raises `Mistake`, whose message says what came back
and what was expected; the verdict is then Wrong Answer.

Vectors (targets, predictions, coefficients) are accepted as (m,) or (m, 1).

A test whose `init` gives one keyword a list of values is a sweep, as in a parameter grid:
`"init": {"learning_rate": 0.1, "n_iters": [0, 2, 8, 30]}` builds and fits one model per
value, in order, and reads its predictions on the training rows (`train_pred@0`, ... for
regressors, `train_proba@0`, ... for classifiers). Gradient-descent tasks use it to check what
the descent does as it takes more steps (see the behaviour metrics in judge.kinds.ml.metrics).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from judge.kinds.ml.data import Arrays
from judge.kinds.ml.settings import MlSettings, TestArgs

Step = dict[str, Any]
PARAMS = ("W1", "b1", "W2", "b2")  # the network task's parameters, in the dataset and model


class Mistake(Exception):
    """What the submission returned is unusable; `kind` is shape, nonfinite or value."""

    def __init__(self, message: str, kind: str = "value") -> None:
        super().__init__(message)
        self.kind = kind


def _new(args: TestArgs) -> Step:
    return {"op": "new", "kwargs": dict(args.init)}


def _fit(*names: str) -> Step:
    return {
        "op": "call",
        "method": "fit",
        "args": list(names),
        "phase": "fit",
        "returns_self": True,
    }


def _call(method: str, names: list[str], out: str, phase: str = "predict") -> Step:
    return {"op": "call", "method": method, "args": names, "phase": phase, "out": out}


def sweep_of(args: TestArgs) -> tuple[str, list[Any]] | None:
    """The swept keyword and its values, if the test's init gives one a list."""
    swept = [(key, value) for key, value in args.init.items() if isinstance(value, list)]
    return swept[0] if swept else None


def sweep_output(settings: MlSettings, index: int) -> str:
    """The output holding the training-row predictions of the sweep's fit number `index`."""
    return f"train_proba@{index}" if settings.proba != "none" else f"train_pred@{index}"


def _sweep_steps(settings: MlSettings, args: TestArgs, key: str, values: list[Any]) -> list[Step]:
    out: list[Step] = []
    method = "predict_proba" if settings.proba != "none" else "predict"
    for index, value in enumerate(values):
        kwargs = {**args.init, key: value}
        out += [
            {"op": "new", "kwargs": kwargs},
            _fit("X_train", "y_train"),
            _call(method, ["X_train"], sweep_output(settings, index)),
        ]
    return out


def steps(settings: MlSettings, args: TestArgs) -> list[Step]:
    gets: list[Step] = [{"op": "get", "attr": a, "out": a} for a in settings.attributes]
    task = settings.task
    sweep = sweep_of(args)
    if sweep is not None and task in ("regressor", "classifier"):
        return _sweep_steps(settings, args, *sweep)
    if task == "functions":
        return [
            {"op": "call", "function": f, "args": list(settings.inputs), "phase": "fit", "out": f}
            for f in settings.functions
        ]
    if task == "network" and args.mode == "gradients":
        return [
            _new(args),
            {"op": "set", "attr": "params", "items": {k: k for k in PARAMS}},
            _call("loss", ["X", "y"], "loss", phase="fit"),
        ]
    if task in ("regressor", "classifier", "network"):
        out = [_new(args), _fit("X_train", "y_train"), *gets]
        out.append(_call("predict", ["X_test"], "pred"))
        if settings.proba != "none":
            out.append(_call("predict_proba", ["X_test"], "proba"))
        return out
    if task == "clusterer":
        return [_new(args), _fit("X_train"), *gets, _call("predict", ["X_test"], "pred")]
    return [_new(args), _fit("X_train"), *gets, _call("transform", ["X_test"], "Z")]


def input_names(steps: list[Step]) -> list[str]:
    """The dataset arrays the steps use: the only ones that travel to the sandbox."""
    names: list[str] = []
    for step in steps:
        for name in list(step.get("args") or []) + list((step.get("items") or {}).values()):
            if name not in names:
                names.append(name)
    return names


def required_arrays(settings: MlSettings, args: TestArgs) -> list[str]:
    """What dataset.py must make for such a test (inputs, plus what the host scores with)."""
    names = input_names(steps(settings, args))
    if sweep_of(args) is not None:
        return names  # scored on the training rows: y_train travels anyway
    if settings.task in ("regressor", "classifier", "network") and args.mode == "fit":
        names.append("y_test")
    if settings.task == "network" and args.mode == "gradients":
        names += [p for p in PARAMS if p not in names]
    return names


# --- reading outputs -------------------------------------------------------------------------

_LABELS = {
    "pred": "predict(X_test)",
    "proba": "predict_proba(X_test)",
    "Z": "transform(X_test)",
    "loss": "loss(X, y)",
}


def label(name: str) -> str:
    if "@" in name:
        method = "predict_proba" if name.startswith("train_proba") else "predict"
        return f"{method}(X_train) after fit #{int(name.partition('@')[2]) + 1}"
    return _LABELS.get(name, name if name.endswith("_") else f"{name}(...)")


def sweep_label(args: TestArgs, index: int, method: str) -> str:
    """`predict(X_train) after fit with n_iters=2`, for a sweep's fit number `index`."""
    sweep = sweep_of(args)
    assert sweep is not None
    key, values = sweep
    return f"{method}(X_train) after fit with {key}={values[index]!r}"


def read(settings: MlSettings, args: TestArgs, data: Arrays, raw: dict[str, Any]) -> dict[str, Any]:
    """The outputs as checked NumPy values, or `Mistake`."""
    task = settings.task
    out: dict[str, Any] = {}
    if task == "functions":
        for f in settings.functions:
            out[f] = _scalar(raw.get(f), f"{f}(...)")
        return out
    if task == "network" and args.mode == "gradients":
        out["loss"], out["grads"] = _loss_and_grads(raw.get("loss"), data)
        return out
    sweep = sweep_of(args)
    if sweep is not None:
        return _read_sweep(settings, args, data, raw, len(sweep[1]))
    for attr in settings.attributes:
        out[attr] = ATTRIBUTES[attr](raw.get(attr), data, args)
    if task in ("regressor", "classifier", "network"):
        m = len(data["X_test"])
        pred = _finite(_vector(raw.get("pred"), m, label("pred")), label("pred"))
        if task != "regressor":
            _labels_from(pred, np.unique(data["y_train"]), label("pred"))
        out["pred"] = pred
        if settings.proba != "none":
            k = len(np.unique(data["y_train"]))
            out["proba"] = _proba(raw.get("proba"), m, k, settings.proba == "binary")
    elif task == "clusterer":
        k = _init_int(args, "n_clusters")
        out["pred"] = _cluster_labels(raw.get("pred"), len(data["X_test"]), k, label("pred"))
    else:
        k = _init_int(args, "n_components")
        z = _matrix(raw.get("Z"), (len(data["X_test"]), k), label("Z"))
        out["Z"] = _finite(z, label("Z"))
    return out


def _read_sweep(
    settings: MlSettings, args: TestArgs, data: Arrays, raw: dict[str, Any], fits: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    m = len(data["X_train"])
    k = len(np.unique(data["y_train"]))
    for index in range(fits):
        name = sweep_output(settings, index)
        if settings.proba != "none":
            what = sweep_label(args, index, "predict_proba")
            out[name] = _proba(raw.get(name), m, k, settings.proba == "binary", what)
        else:
            what = sweep_label(args, index, "predict")
            out[name] = _finite(_vector(raw.get(name), m, what), what)
    return out


def _init_int(args: TestArgs, name: str) -> int:
    value = args.init.get(name)
    if not isinstance(value, int):
        raise ValueError(f"the test's init must give {name}")
    return value


def _array(value: Any, what: str) -> np.ndarray:
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, bool) or value is None:
        raise Mistake(f"{_said(what)} {value!r}, not an array of numbers", "shape")
    if isinstance(value, (int, float)):
        return np.asarray(float(value))
    if isinstance(value, list):
        raise Mistake(f"{_said(what)} a ragged or mixed sequence, not an array", "shape")
    raise Mistake(f"{_said(what)} {type(value).__name__}, not an array of numbers", "shape")


def _said(what: str) -> str:
    """How a value came back: a call returned it, an attribute holds it."""
    if what.endswith("_"):
        return f"{what} holds"
    return f"{what} is" if what.startswith(("the ", "grads[")) else f"{what} returned"


def _shape(shape: tuple[int, ...]) -> str:
    return f"({shape[0]},)" if len(shape) == 1 else f"({', '.join(map(str, shape))})"


def _vector(value: Any, length: int, what: str) -> np.ndarray:
    arr = _array(value, what)
    if arr.shape == (length, 1):
        arr = arr[:, 0]
    if arr.shape != (length,):
        raise Mistake(
            f"{_said(what)} shape {_shape(arr.shape)}; expected ({length},) or ({length}, 1)",
            "shape",
        )
    return arr.astype(np.float64)


def _matrix(value: Any, shape: tuple[int, int], what: str) -> np.ndarray:
    arr = _array(value, what)
    if arr.shape != shape:
        raise Mistake(f"{_said(what)} shape {_shape(arr.shape)}; expected {_shape(shape)}", "shape")
    return arr.astype(np.float64)


def _scalar(value: Any, what: str) -> float:
    arr = _array(value, what)
    if arr.size != 1:
        raise Mistake(f"{_said(what)} shape {_shape(arr.shape)}; expected a single number", "shape")
    number = float(arr.reshape(-1)[0])
    if not np.isfinite(number):
        raise Mistake(f"{_said(what)} {number}", "nonfinite")
    return number


def _finite(arr: np.ndarray, what: str) -> np.ndarray:
    bad = ~np.isfinite(arr)
    if bad.any():
        nan = int(np.isnan(arr).sum())
        inf = int(bad.sum()) - nan
        parts = [f"NaN in {nan}" if nan else "", f"infinity in {inf}" if inf else ""]
        which = " and ".join(p for p in parts if p)
        raise Mistake(f"{_said(what)} {which} of {arr.size} values", "nonfinite")
    return arr


def _labels_from(pred: np.ndarray, classes: np.ndarray, what: str) -> None:
    unknown = ~np.isin(pred, classes)
    if unknown.any():
        shown = ", ".join(f"{c:g}" for c in classes[:10])
        raise Mistake(
            f"{_said(what)} {pred[unknown][0]:g}, which is not a class label "
            f"(labels seen in training: {shown})"
        )


def _proba(value: Any, m: int, k: int, binary: bool, what: str = label("proba")) -> np.ndarray:
    arr = _array(value, what)
    if binary and arr.shape in ((m,), (m, 1)):
        p = arr.reshape(m).astype(np.float64)
    elif arr.shape == ((m, 2) if binary else (m, k)):
        p = arr.astype(np.float64)
    else:
        wanted = f"({m},) or ({m}, 1) with P(y = 1), or ({m}, 2)" if binary else f"({m}, {k})"
        raise Mistake(f"{_said(what)} shape {_shape(arr.shape)}; expected {wanted}", "shape")
    _finite(p, what)
    low, high = float(p.min(initial=0.0)), float(p.max(initial=0.0))
    if low < -1e-9 or high > 1 + 1e-9:
        raise Mistake(f"{_said(what)} values outside [0, 1] (from {low:.4g} to {high:.4g})")
    if p.ndim == 2:
        sums = p.sum(axis=1)
        worst = int(np.argmax(np.abs(sums - 1)))
        if abs(sums[worst] - 1) > 1e-6:
            raise Mistake(f"{what}: row {worst} sums to {sums[worst]:.6g}, not 1")
        if binary:
            p = p[:, 1]
    return p


def _cluster_labels(value: Any, m: int, k: int, what: str) -> np.ndarray:
    labels = _finite(_vector(value, m, what), what)
    if (
        (labels != np.round(labels)).any()
        or labels.min(initial=0) < 0
        or labels.max(initial=0) >= k
    ):
        raise Mistake(f"{what} must hold cluster numbers 0 to {k - 1}")
    return labels.astype(np.int64)


def _loss_and_grads(value: Any, data: Arrays) -> tuple[float, dict[str, np.ndarray]]:
    what = label("loss")
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], dict):
        raise Mistake(f"{what} must return a pair (loss, grads) with grads a dict", "shape")
    loss = _scalar(value[0], f"the loss from {what}")
    grads = {}
    for key in PARAMS:
        if key not in value[1]:
            raise Mistake(
                f"the grads from {what} have no {key!r} (need {', '.join(PARAMS)})", "shape"
            )
        want = data[key].shape
        arr = _array(value[1][key], f"grads[{key!r}] from {what}")
        if arr.size == data[key].size and arr.squeeze().shape == data[key].squeeze().shape:
            arr = arr.reshape(want)
        if arr.shape != want:
            raise Mistake(
                f"grads[{key!r}] has shape {_shape(arr.shape)}; expected {_shape(want)} "
                f"like params[{key!r}]",
                "shape",
            )
        grads[key] = _finite(arr.astype(np.float64), f"grads[{key!r}]")
    return loss, grads


# --- attributes read after fit -----------------------------------------------------------------

Reader = Callable[[Any, Arrays, TestArgs], Any]


def _coef(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    n = data["X_train"].shape[1]
    arr = _array(value, "coef_")
    if arr.shape == (1, n):
        arr = arr[0]
    return _finite(_vector(arr, n, "coef_"), "coef_")


def _intercept(value: Any, data: Arrays, args: TestArgs) -> float:
    return _scalar(value, "intercept_")


def _centers(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    shape = (_init_int(args, "n_clusters"), data["X_train"].shape[1])
    return _finite(_matrix(value, shape, "cluster_centers_"), "cluster_centers_")


def _train_labels(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    m = len(data["X_train"])
    return _cluster_labels(value, m, _init_int(args, "n_clusters"), "labels_")


def _components(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    shape = (_init_int(args, "n_components"), data["X_train"].shape[1])
    return _finite(_matrix(value, shape, "components_"), "components_")


def _variance(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    k = _init_int(args, "n_components")
    return _finite(_vector(value, k, "explained_variance_"), "explained_variance_")


def _mean(value: Any, data: Arrays, args: TestArgs) -> np.ndarray:
    return _finite(_vector(value, data["X_train"].shape[1], "mean_"), "mean_")


ATTRIBUTES: dict[str, Reader] = {
    "coef_": _coef,
    "intercept_": _intercept,
    "cluster_centers_": _centers,
    "labels_": _train_labels,
    "components_": _components,
    "explained_variance_": _variance,
    "mean_": _mean,
}
