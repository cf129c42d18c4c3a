"""Datasets for regression_metrics: targets and predictions, with the reference metrics.

Spec keys: seed, m, and optional kind ("random", "perfect", "constant", "constant-perfect"),
offset (added to both arrays), true_shape / pred_shape ("flat" for (m,), "column" for
(m, 1)).
Conventions: when y_true is constant, R² is 1.0 for perfect predictions and 0.0 otherwise.
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m = spec["m"]
    kind = spec.get("kind", "random")
    y_true = rng.normal(0.0, 3.0, size=m)
    if kind.startswith("constant"):
        y_true = np.full(m, 2.5)
    y_pred = y_true + rng.normal(0.0, 1.0, size=m) * (0.0 if kind.endswith("perfect") else 1.0)
    y_true = y_true + spec.get("offset", 0.0)
    y_pred = y_pred + spec.get("offset", 0.0)
    err = y_true - y_pred
    ss_res = float(np.sum(err**2))
    ss_tot = float(np.sum((y_true - y_true.mean()) ** 2))
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else (1.0 if ss_res == 0 else 0.0)
    shaped = {"flat": (m,), "column": (m, 1)}
    return {
        "y_true": y_true.reshape(shaped[spec.get("true_shape", "flat")]),
        "y_pred": y_pred.reshape(shaped[spec.get("pred_shape", "flat")]),
        "ref_r2_score": np.array(r2),
        "ref_rmse": np.array(np.sqrt(np.mean(err**2))),
        "ref_mae": np.array(np.mean(np.abs(err))),
    }
