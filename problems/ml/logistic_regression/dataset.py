"""Datasets for logistic_regression: two Gaussian classes (labels 0 and 1), seeded by the spec.

Spec keys: seed, n_train, n_test, n_features, separation (distance between the class means
in standard deviations), and optional flip (share of training labels flipped), balance
(share of class 1), scale_span, offset, far (share of test rows pushed 10^4 times further
out, labelled by the side of the true boundary they fall on), single_class (every label 0).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n = spec["n_train"], spec.get("n_test", 500), spec["n_features"]
    total = m + m_test
    y = (rng.random(total) < spec.get("balance", 0.5)).astype(np.int64)
    if spec.get("single_class"):
        y[:] = 0
    direction = rng.normal(size=n)
    direction /= np.linalg.norm(direction)
    shift = spec["separation"] * direction
    Z = rng.normal(size=(total, n)) + np.outer(y, shift) - shift / 2
    far = np.zeros(total, dtype=bool)
    far[m:] = rng.random(m_test) < spec.get("far", 0.0)
    Z[far] *= 1e4
    y[far] = (Z[far] @ direction > 0).astype(np.int64)
    flip = np.zeros(total, dtype=bool)
    flip[:m] = rng.random(m) < spec.get("flip", 0.0)
    y[flip] = 1 - y[flip]
    span = spec.get("scale_span", 0.0)
    X = Z * 10.0 ** rng.uniform(-span, span, size=n) + rng.normal(0, spec.get("offset", 0), n)
    return {"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}
