"""Datasets for sgd_regressor: y = X·w + b + noise, seeded by the spec.

Spec keys: seed, n_train, n_test, n_features, noise, and optional scale_span (feature
scales over 10**-span .. 10**span), offset (std of the feature means) and correlated (the
correlation given to the first two features, each still of unit variance).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n = spec["n_train"], spec.get("n_test", 500), spec["n_features"]
    total = m + m_test
    span = spec.get("scale_span", 0.0)
    scales = 10.0 ** rng.uniform(-span, span, size=n)
    offsets = rng.normal(0.0, spec.get("offset", 0.0), size=n)
    X = rng.normal(size=(total, n))
    rho = spec.get("correlated", 0.0)
    if rho:
        X[:, 1] = rho * X[:, 0] + np.sqrt(1.0 - rho**2) * X[:, 1]
    X = X * scales + offsets
    w = rng.normal(0.0, 2.0, size=n) / scales
    b = rng.normal(0.0, 5.0)
    y = X @ w + b + rng.normal(0.0, spec["noise"], size=total)
    return {"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}
