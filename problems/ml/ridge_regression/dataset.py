"""Datasets for ridge_regression, with the exact ridge solution as the reference.

Spec keys: seed, n_train, n_test, n_features, noise, alpha (must match the test's init),
and optional scale_span, offset, rank (features mixed from fewer hidden factors).
ref_coef_ and ref_intercept_ minimise ||y - X w - b||^2 + alpha ||w||^2 (b not penalised).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n = spec["n_train"], spec.get("n_test", 500), spec["n_features"]
    rank = spec.get("rank", n)
    total = m + m_test
    factors = rng.normal(size=(total, rank))
    X = factors @ rng.normal(size=(rank, n)) / np.sqrt(rank) if rank < n else factors
    span = spec.get("scale_span", 0.0)
    scales = 10.0 ** rng.uniform(-span, span, size=n)
    X = X * scales + rng.normal(0.0, spec.get("offset", 0.0), size=n)
    w = rng.normal(0.0, 1.0, size=n) / scales
    y = X @ w + rng.normal(0.0, 5.0) + rng.normal(0.0, spec["noise"], size=total)
    X_train, y_train = X[:m], y[:m]
    mean, y_mean = X_train.mean(axis=0), y_train.mean()
    Xc = X_train - mean
    coef = np.linalg.solve(Xc.T @ Xc + spec["alpha"] * np.eye(n), Xc.T @ (y_train - y_mean))
    return {
        "X_train": X_train,
        "y_train": y_train,
        "X_test": X[m:],
        "y_test": y[m:],
        "ref_coef_": coef,
        "ref_intercept_": np.array(y_mean - mean @ coef),
    }
