"""Datasets for linear_regression: y = X·w + b + noise, seeded by the spec.

Spec keys: seed, n_train, n_test, n_features, noise (std of the added noise), and optional
scale_span (feature scales spread over 10**-span .. 10**span), offset (std of the feature
means), rank (features mixed from fewer hidden factors), constant (how many constant
columns), duplicates (how many columns copy another), correlated (the correlation given to
the first two features, each still of unit variance: a weak direction for descent).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n = spec["n_train"], spec.get("n_test", 500), spec["n_features"]
    rank = spec.get("rank", n)
    total = m + m_test
    factors = rng.normal(size=(total, rank))
    X = factors @ rng.normal(size=(rank, n)) if rank < n else factors
    rho = spec.get("correlated", 0.0)
    if rho:
        X[:, 1] = rho * X[:, 0] + np.sqrt(1.0 - rho**2) * X[:, 1]
    for j in range(spec.get("duplicates", 0)):
        X[:, n - 1 - j] = X[:, j]
    span = spec.get("scale_span", 0.0)
    scales = 10.0 ** rng.uniform(-span, span, size=n)
    offsets = rng.normal(0.0, spec.get("offset", 0.0), size=n)
    X = X * scales + offsets
    for j in range(spec.get("constant", 0)):
        X[:, j] = offsets[j] + 1.0
    w = rng.normal(0.0, 2.0, size=n) / scales
    b = rng.normal(0.0, 5.0)
    y = X @ w + b + rng.normal(0.0, spec["noise"], size=total)
    return {"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}
