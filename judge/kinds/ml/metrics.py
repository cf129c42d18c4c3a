"""Metrics and the checks a test's `expected` lists: computed on the host, where the targets are.

A metric reads the checked outputs (judge.kinds.ml.tasks.read) and the dataset, and returns a
`Measure`: its value and how to say it ("R² 0.4100"). A check bounds one metric with a min
and/or a max; its message reads "R² 0.4100, needs ≥ 0.95", after what the failure means
where the value alone would not say it.

The behaviour metrics (untrained_fit, short_of_optimum, loss_falls) read a sweep test's fits
(judge.kinds.ml.tasks.sweep_of) and check that `fit` behaves like gradient descent: no step
leaves the model unfitted, a few steps do not reach the optimum yet, and every further step
lowers the training loss. A closed-form solve fails them whatever imports it hides behind.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

from judge.kinds.ml.data import Arrays
from judge.kinds.ml.settings import Check, TestArgs
from judge.kinds.ml.tasks import PARAMS, label, sweep_of


@dataclass(frozen=True)
class Context:
    data: Arrays
    out: dict[str, Any]
    args: TestArgs
    module: ModuleType  # the folder's dataset.py: references such as the network's loss


@dataclass(frozen=True)
class Measure:
    value: float
    text: str
    why: str = ""  # what a failure means, said before the value when the check fails
    # The text for a hidden test where `text` quotes the reference's values (None: the same).
    hidden_text: str | None = None


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    values: dict[str, float]
    hidden_message: str = ""  # the message for a hidden test: no reference values in it


Metric = Callable[[Context, Check], Measure]


def evaluate(checks: list[Check], ctx: Context) -> Outcome:
    measures = [(check, METRICS[check.metric](ctx, check)) for check in checks]
    values = {
        check.metric if check.output is None else f"{check.metric}:{check.output}": m.value
        for check, m in measures
    }
    ok, message = _worded(measures, hidden=False)
    return Outcome(ok, message, values, _worded(measures, hidden=True)[1])


def _worded(measures: list[tuple[Check, Measure]], hidden: bool) -> tuple[bool, str]:
    """Whether every check holds, and the failed checks' words (else the passed ones')."""
    failed, passed = [], []
    for check, measure in measures:
        text = measure.hidden_text if hidden and measure.hidden_text is not None else measure.text
        low_ok = check.min is None or measure.value >= check.min
        high_ok = check.max is None or measure.value <= check.max
        if low_ok and high_ok and not np.isnan(measure.value):
            bound = f"≥ {check.min:g}" if check.min is not None else f"≤ {check.max:g}"
            passed.append(f"{text} {bound}")
        else:
            needs = []
            if check.min is not None:
                needs.append(f"≥ {check.min:g}")
            if check.max is not None:
                needs.append(f"≤ {check.max:g}")
            said = f"{text}, needs {' and '.join(needs)}"
            failed.append(f"{measure.why} ({said})" if measure.why else said)
    return not failed, "; ".join(failed) if failed else ", ".join(passed)


def _target(ctx: Context) -> tuple[np.ndarray, np.ndarray]:
    return ctx.data["y_test"].reshape(-1).astype(np.float64), ctx.out["pred"]


def r2(ctx: Context, check: Check) -> Measure:
    y, p = _target(ctx)
    ss_res = float(np.sum((y - p) ** 2))
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    value = 1 - ss_res / ss_tot if ss_tot > 0 else (1.0 if ss_res == 0 else 0.0)
    return Measure(value, f"R² {_fixed(value)}")


def _fixed(value: float) -> str:
    """Four decimals for the usual range of scores in [0, 1], else four significant digits."""
    return f"{value:.4f}" if abs(value) < 1000 else f"{value:.4g}"


def rmse(ctx: Context, check: Check) -> Measure:
    y, p = _target(ctx)
    value = float(np.sqrt(np.mean((y - p) ** 2)))
    return Measure(value, f"RMSE {value:.4g}")


def mae(ctx: Context, check: Check) -> Measure:
    y, p = _target(ctx)
    value = float(np.mean(np.abs(y - p)))
    return Measure(value, f"MAE {value:.4g}")


def accuracy(ctx: Context, check: Check) -> Measure:
    """Share of predictions equal to the targets, or to a reference's predictions."""
    if check.reference:
        ref = ctx.data[check.reference].reshape(-1)
        value = float(np.mean(ctx.out["pred"] == ref))
        return Measure(value, f"agreement with the reference predictions {value:.4f}")
    y, p = _target(ctx)
    value = float(np.mean(y == p))
    return Measure(value, f"accuracy {value:.4f}")


def log_loss(ctx: Context, check: Check) -> Measure:
    y = ctx.data["y_test"].reshape(-1)
    value = _log_loss(y, ctx.out["proba"], np.unique(ctx.data["y_train"]))
    return Measure(value, f"log-loss {value:.4g}")


def _log_loss(y: np.ndarray, proba: np.ndarray, classes: np.ndarray) -> float:
    proba = np.clip(proba, 1e-15, 1 - 1e-15)
    if proba.ndim == 1:
        return float(-np.mean(y * np.log(proba) + (1 - y) * np.log(1 - proba)))
    index = np.clip(np.searchsorted(classes, y), 0, len(classes) - 1)
    picked = np.where(classes[index] == y, proba[np.arange(len(y)), index], 1e-15)
    return float(-np.mean(np.log(picked)))


def linear_consistency(ctx: Context, check: Check) -> Measure:
    X = ctx.data["X_test"]
    implied = X @ ctx.out["coef_"] + ctx.out["intercept_"]
    pred = ctx.out["pred"]
    value = float(np.max(np.abs(implied - pred), initial=0.0) / (1 + np.max(np.abs(pred))))
    return Measure(value, f"predict vs X·coef_ + intercept_: relative gap {value:.3g}")


def _output(ctx: Context, check: Check) -> tuple[str, Any, np.ndarray]:
    name = check.output or "pred"
    reference = check.reference or f"ref_{name}"
    return name, ctx.out[name], ctx.data[reference]


def rel_error(ctx: Context, check: Check) -> Measure:
    """Largest difference from a reference, relative where the reference is above 1."""
    name, got, ref = _output(ctx, check)
    got_arr = np.asarray(got, dtype=np.float64)
    ref_arr = ref.astype(np.float64).reshape(got_arr.shape) if ref.size == got_arr.size else ref
    if ref_arr.shape != got_arr.shape:
        return Measure(float("inf"), f"{name} has shape {got_arr.shape}, reference {ref.shape}")
    scale = max(1.0, float(np.max(np.abs(ref_arr), initial=0.0)))
    value = float(np.max(np.abs(got_arr - ref_arr), initial=0.0)) / scale
    if got_arr.size == 1:
        return Measure(
            value,
            f"{name} {float(got_arr):.10g}, expected {float(ref_arr):.10g} (error {value:.2g})",
            hidden_text=f"{name} differs from the reference by {value:.2g}",
        )
    return Measure(value, f"{name} differs from the reference by up to {value:.3g}")


def inertia_ratio(ctx: Context, check: Check) -> Measure:
    X = ctx.data["X_train"]
    inertia = float(np.sum(_nearest(X, ctx.out["cluster_centers_"])[1]))
    ref = float(ctx.data["ref_inertia"])
    eps = 1e-9 * (1.0 + float(np.sum((X - X.mean(axis=0)) ** 2)))
    value = (inertia + eps) / (ref + eps)
    return Measure(value, f"inertia {inertia:.6g} = {value:.4f} × the reference {ref:.6g}")


def _nearest(X: np.ndarray, centers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d2 = np.sum(X**2, axis=1)[:, None] - 2 * X @ centers.T + np.sum(centers**2, axis=1)[None, :]
    d2 = np.maximum(d2, 0.0)
    index = np.argmin(d2, axis=1)
    return index, d2[np.arange(len(X)), index]


def label_agreement(ctx: Context, check: Check) -> Measure:
    name = check.output or "labels_"
    got = ctx.out[name].astype(np.int64)
    true = ctx.data[check.reference or "y_train"].reshape(-1).astype(np.int64)
    value = matched_fraction(got, true)
    return Measure(value, f"{label(name)} matches the true groups (up to renaming): {value:.4f}")


def matched_fraction(got: np.ndarray, true: np.ndarray) -> float:
    """Share of points whose label matches under the best one-to-one renaming of labels."""
    g_values, g = np.unique(got, return_inverse=True)
    t_values, t = np.unique(true, return_inverse=True)
    size = max(len(g_values), len(t_values))
    table = np.zeros((size, size), dtype=np.int64)
    np.add.at(table, (g, t), 1)
    return _best_assignment(table) / max(len(got), 1)


def _best_assignment(table: np.ndarray) -> int:
    size = len(table)
    if size <= 12:  # exact: dynamic programming over the set of true labels used so far
        best = {0: 0}
        for row in range(size):
            nxt: dict[int, int] = {}
            for mask, score in best.items():
                for col in range(size):
                    if not mask & (1 << col):
                        key = mask | (1 << col)
                        value = score + int(table[row, col])
                        if value > nxt.get(key, -1):
                            nxt[key] = value
            best = nxt
        return max(best.values())
    total, used_rows, used_cols = 0, set(), set()  # greedy beyond that: big clusters first
    for flat in np.argsort(table, axis=None)[::-1]:
        row, col = divmod(int(flat), size)
        if row not in used_rows and col not in used_cols:
            used_rows.add(row)
            used_cols.add(col)
            total += int(table[row, col])
    return total


def centers_consistency(ctx: Context, check: Check) -> Measure:
    nearest, _ = _nearest(ctx.data["X_train"], ctx.out["cluster_centers_"])
    value = float(np.mean(nearest == ctx.out["labels_"]))
    return Measure(value, f"labels_ name the nearest of cluster_centers_ for {value:.4f}")


def _pca_reference(ctx: Context) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = ctx.data["X_train"]
    k = int(ctx.args.init["n_components"])
    mean = X.mean(axis=0)
    _, s, vt = np.linalg.svd(X - mean, full_matrices=False)
    return mean, vt[:k], (s[:k] ** 2) / max(len(X) - 1, 1)


def component_alignment(ctx: Context, check: Check) -> Measure:
    _, ref, _ = _pca_reference(ctx)
    comps = ctx.out["components_"]
    norms = np.linalg.norm(comps, axis=1) * np.linalg.norm(ref, axis=1)
    cos = np.abs(np.sum(comps * ref, axis=1)) / np.maximum(norms, 1e-300)
    worst = int(np.argmin(cos))
    value = float(cos[worst])
    return Measure(
        value, f"components_ vs the reference (up to sign): worst |cos| {value:.6f} (row {worst})"
    )


def variance_error(ctx: Context, check: Check) -> Measure:
    _, _, ref = _pca_reference(ctx)
    got = ctx.out["explained_variance_"]
    rel = np.abs(got - ref) / np.maximum(ref, 1e-300)
    value = float(np.max(rel))
    return Measure(value, f"explained_variance_ relative error up to {value:.3g}")


def transform_error(ctx: Context, check: Check) -> Measure:
    mean, ref, _ = _pca_reference(ctx)
    signs = np.sign(np.sum(ctx.out["components_"] * ref, axis=1)) if "components_" in ctx.out else 1
    expected = ((ctx.data["X_test"] - mean) @ ref.T) * np.where(signs == 0, 1, signs)
    got = ctx.out["Z"]
    if "components_" not in ctx.out:  # no components to align with: align column by column
        flip = np.sign(np.sum(got * expected, axis=0))
        expected = expected * np.where(flip == 0, 1, flip)
    value = float(np.max(np.abs(got - expected)) / (np.max(np.abs(expected)) + 1e-300))
    return Measure(value, f"transform(X_test) relative error up to {value:.3g}")


def grad_error(ctx: Context, check: Check) -> Measure:
    """The returned gradients against central finite differences of the reference loss."""
    data = ctx.data
    params = {k: data[k].astype(np.float64).copy() for k in PARAMS}
    reg = float(ctx.args.init.get("reg", 0.0))
    loss = ctx.module.loss
    h = 1e-5
    worst, where = 0.0, PARAMS[0]
    for key in PARAMS:
        numeric = np.zeros_like(params[key])
        flat = params[key].reshape(-1)
        for i in range(flat.size):
            keep = flat[i]
            flat[i] = keep + h
            up = float(loss(params, data["X"], data["y"], reg))
            flat[i] = keep - h
            down = float(loss(params, data["X"], data["y"], reg))
            flat[i] = keep
            numeric.reshape(-1)[i] = (up - down) / (2 * h)
        got = ctx.out["grads"][key]
        denom = max(float(np.linalg.norm(got) + np.linalg.norm(numeric)), 1e-12)
        err = float(np.linalg.norm(got - numeric)) / denom
        if err > worst:
            worst, where = err, key
    return Measure(worst, f"gradients vs finite differences: relative error {worst:.2g} ({where})")


def loss_error(ctx: Context, check: Check) -> Measure:
    data = ctx.data
    params = {k: data[k].astype(np.float64) for k in PARAMS}
    ref = float(ctx.module.loss(params, data["X"], data["y"], float(ctx.args.init.get("reg", 0.0))))
    got = float(ctx.out["loss"])
    value = abs(got - ref) / max(1.0, abs(ref))
    return Measure(
        value, f"loss {got:.8g}, expected {ref:.8g}", hidden_text=f"loss off by {value:.2g}"
    )


# --- behaviour of gradient descent, on a sweep's fits ------------------------------------------

GD_NOT_CLOSED_FORM = "this task asks for gradient descent, not a closed-form solve"


def _train_loss(ctx: Context, name: str) -> float:
    """Mean squared error of train_pred@i, or log-loss of train_proba@i, on the training rows."""
    y = ctx.data["y_train"].reshape(-1)
    got = ctx.out[name]
    if name.startswith("train_proba"):
        return _log_loss(y, got, np.unique(y))
    return float(np.mean((y.astype(np.float64) - got) ** 2))


def _constant_loss(ctx: Context, name: str) -> float:
    """The training loss of the best constant guess (the mean, or the class frequencies)."""
    y = ctx.data["y_train"].reshape(-1)
    if name.startswith("train_proba"):
        _, counts = np.unique(y, return_counts=True)
        freq = counts / counts.sum()
        return float(-np.sum(freq * np.log(freq)))
    return float(np.var(y.astype(np.float64)))


def _loss_name(name: str) -> str:
    return "log-loss" if name.startswith("train_proba") else "mean squared error"


def _fit_with(ctx: Context, index: int) -> str:
    sweep = sweep_of(ctx.args)
    if sweep is None:
        raise ValueError("behaviour metrics need a sweep test (a list of values in init)")
    key, values = sweep
    return f"{key}={values[index]!r}"


def _index(name: str) -> int:
    return int(name.partition("@")[2])


def _sweep_names(ctx: Context) -> list[str]:
    return sorted((n for n in ctx.out if "@" in n), key=_index)


def untrained_fit(ctx: Context, check: Check) -> Measure:
    """How much of the data a model fitted with no steps explains: the training skill
    1 - loss / (loss of the best constant), which is R² for squared error."""
    name = check.output or _sweep_names(ctx)[0]
    loss, constant = _train_loss(ctx, name), _constant_loss(ctx, name)
    value = 1 - loss / constant if constant > 0 else 0.0
    with_ = _fit_with(ctx, _index(name))
    if name.startswith("train_proba"):
        text = (
            f"training log-loss with {with_}: {loss:.4g}, a constant guess {constant:.4g}, "
            f"skill {value:.4f}"
        )
    else:
        text = f"training R² with {with_}: {_fixed(value)}"
    why = f"with {with_} the model already fits the data: {GD_NOT_CLOSED_FORM}"
    return Measure(value, text, why)


def short_of_optimum(ctx: Context, check: Check) -> Measure:
    """After a few steps, the share of the way from the sweep's first fit (no steps, or the
    fewest; or the best constant if that is worse) down to the least-squares optimum, solved
    here on the host, still to go."""
    names = _sweep_names(ctx)
    name = check.output or names[1]
    X, y = ctx.data["X_train"].astype(np.float64), ctx.data["y_train"].astype(np.float64)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.linalg.lstsq(A, y.reshape(-1), rcond=None)[0]
    best = float(np.mean((A @ w - y.reshape(-1)) ** 2))
    loss, start = _train_loss(ctx, name), _train_loss(ctx, names[0])
    # From the start, or from the best constant where that is further: a start already at
    # the optimum must not make rounding noise look like a long way still to go.
    way = max(start, _constant_loss(ctx, name)) - best
    value = (loss - best) / way if way > 0 else 0.0
    with_ = _fit_with(ctx, _index(name))
    text = (
        f"training mean squared error with {with_}: {loss:.4g}, least-squares optimum "
        f"{best:.4g}, share of the way from {_fit_with(ctx, 0)} still to go {value:.4f}"
    )
    why = f"with {with_} the model is already at the optimum: {GD_NOT_CLOSED_FORM}"
    return Measure(value, text, why)


def loss_falls(ctx: Context, check: Check) -> Measure:
    """The smallest fall of the training loss from one fit of the sweep to the next, as a
    share of the first fit's loss: negative when the loss rose."""
    names = _sweep_names(ctx)
    losses = [_train_loss(ctx, n) for n in names]
    first = max(abs(losses[0]), 1e-300)
    falls = [(a - b) / first for a, b in itertools.pairwise(losses)]
    worst = int(np.argmin(falls)) if falls else 0
    value = float(falls[worst]) if falls else 0.0
    shown = ", ".join(
        f"{_fit_with(ctx, _index(n))}: {loss:.4g}" for n, loss in zip(names, losses, strict=True)
    )
    text = f"training {_loss_name(names[0])} {shown}; smallest fall {value:.3g} of the first"
    why = (
        f"the training loss did not fall from {_fit_with(ctx, worst)} to "
        f"{_fit_with(ctx, worst + 1)}: each further step of gradient descent should lower it"
    )
    return Measure(value, text, why)


def uneven_progress(ctx: Context, check: Check) -> Measure:
    """Gradient descent closes in along the data's strong directions first: after a few
    steps the error left along the weakest principal direction of the (standardised)
    training features, as a share of where the sweep's first fit started, over the same
    share along the strongest. A closed-form optimum scaled down by a schedule of its own
    makes the same progress along every direction: a ratio of about 1."""
    names = _sweep_names(ctx)
    name = check.output or names[-1]
    X, y = ctx.data["X_train"].astype(np.float64), ctx.data["y_train"].astype(np.float64)
    spread = X.std(axis=0)
    Z = (X - X.mean(axis=0)) / np.where(spread > 0, spread, 1.0)
    directions = np.linalg.svd(Z, full_matrices=False)[0]  # strongest first
    A = np.column_stack([np.ones(len(X)), X])
    best = A @ np.linalg.lstsq(A, y.reshape(-1), rcond=None)[0]

    def left(output: str) -> np.ndarray:
        error: np.ndarray = np.abs(directions.T @ (ctx.out[output].reshape(-1) - best))
        return error

    start, now = left(names[0]), left(name)
    strong = float(now[0] / start[0]) if start[0] > 0 else 0.0
    weak = float(now[-1] / start[-1]) if start[-1] > 0 else 0.0
    value = weak / strong if strong > 0 else math.inf
    with_ = _fit_with(ctx, _index(name))
    text = (
        f"with {with_}, error left along the data's weakest direction {weak:.3g} of the "
        f"start, {value:.3g} times the share left along its strongest ({strong:.3g})"
    )
    why = (
        f"with {with_} the model came as close to the optimum along the data's weakest "
        "direction as along its strongest, where gradient descent closes in along strong "
        f"directions first: {GD_NOT_CLOSED_FORM}"
    )
    return Measure(value, text, why)


def proba_error(ctx: Context, check: Check) -> Measure:
    ref = ctx.data[check.reference or "ref_proba"]
    got = ctx.out["proba"]
    if ref.shape != got.shape:
        ref = ref[:, 1] if ref.ndim == 2 and got.ndim == 1 else ref
    value = float(np.max(np.abs(got - ref), initial=0.0))
    return Measure(value, f"predict_proba differs from the reference by up to {value:.3g}")


METRICS: dict[str, Metric] = {
    "r2": r2,
    "rmse": rmse,
    "mae": mae,
    "accuracy": accuracy,
    "log_loss": log_loss,
    "linear_consistency": linear_consistency,
    "rel_error": rel_error,
    "inertia_ratio": inertia_ratio,
    "label_agreement": label_agreement,
    "centers_consistency": centers_consistency,
    "component_alignment": component_alignment,
    "variance_error": variance_error,
    "transform_error": transform_error,
    "grad_error": grad_error,
    "loss_error": loss_error,
    "proba_error": proba_error,
    "untrained_fit": untrained_fit,
    "short_of_optimum": short_of_optimum,
    "loss_falls": loss_falls,
    "uneven_progress": uneven_progress,
}

# What each metric reads, so `judge verify` can tell an author a check cannot work.
NEEDS: dict[str, tuple[str, ...]] = {
    "r2": ("pred", "y_test"),
    "rmse": ("pred", "y_test"),
    "mae": ("pred", "y_test"),
    "accuracy": ("pred", "y_test"),
    "log_loss": ("proba", "y_test"),
    "linear_consistency": ("coef_", "intercept_", "pred"),
    "inertia_ratio": ("cluster_centers_", "ref_inertia"),
    "label_agreement": (),
    "centers_consistency": ("cluster_centers_", "labels_"),
    "component_alignment": ("components_",),
    "variance_error": ("explained_variance_",),
    "transform_error": ("Z",),
    "grad_error": ("grads",),
    "loss_error": ("loss",),
    "proba_error": ("proba",),
    "rel_error": (),
    "untrained_fit": ("y_train",),
    "short_of_optimum": ("X_train", "y_train"),
    "loss_falls": ("y_train",),
    "uneven_progress": ("X_train", "y_train"),
}
