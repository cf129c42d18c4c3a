"""Datasets for gaussian_naive_bayes: Gaussian classes, with the reference probabilities.

Spec keys: seed, n_train, n_test, n_features, classes, separation, and optional labels (one
per class), balance (a list of class weights), scale_span, constant (how many features are
constant inside each class, with a different value per class), far (share of test rows
pushed 1000 times further out), var_smoothing (must match the test's init; default 1e-9).
ref_proba follows the statement's formulas exactly.
"""

import numpy as np


def reference(X, y, X_test, var_smoothing):
    classes = np.unique(y)
    eps = var_smoothing * X.var(axis=0).max()
    scores = np.empty((len(X_test), len(classes)))
    for j, c in enumerate(classes):
        rows = X[y == c]
        mean, var = rows.mean(axis=0), rows.var(axis=0) + eps
        scores[:, j] = (
            np.log(len(rows) / len(X))
            - 0.5 * np.sum(np.log(2 * np.pi * var))
            - 0.5 * np.sum((X_test - mean) ** 2 / var, axis=1)
        )
    scores -= scores.max(axis=1, keepdims=True)
    proba = np.exp(scores)
    return proba / proba.sum(axis=1, keepdims=True)


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, k = spec["n_train"], spec.get("n_test", 300), spec["n_features"], spec["classes"]
    labels = np.array(spec.get("labels", list(range(k))), dtype=np.int64)
    weights = np.array(spec.get("balance", [1.0] * k), dtype=float)
    total = m + m_test
    means = rng.normal(0.0, spec["separation"], size=(k, n))
    spreads = rng.uniform(0.5, 2.0, size=(k, n))
    index = rng.choice(k, size=total, p=weights / weights.sum())
    index[:k] = np.arange(k)  # every class appears in training
    X = means[index] + rng.normal(size=(total, n)) * spreads[index]
    for j in range(spec.get("constant", 0)):
        X[:, j] = 3.0 * index + j
    far = np.zeros(total, dtype=bool)
    far[m:] = rng.random(m_test) < spec.get("far", 0.0)
    X[far] = means[index[far]] + (X[far] - means[index[far]]) * 1000.0
    span = spec.get("scale_span", 0.0)
    X *= 10.0 ** rng.uniform(-span, span, size=n)
    y = labels[index]
    X_train, y_train, X_test = X[:m], y[:m], X[m:]
    return {
        "X_train": X_train,
        "y_train": y_train,
        "X_test": X_test,
        "y_test": y[m:],
        "ref_proba": reference(X_train, y_train, X_test, spec.get("var_smoothing", 1e-9)),
    }
