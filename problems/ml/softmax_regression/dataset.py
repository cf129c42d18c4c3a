"""Datasets for softmax_regression: Gaussian classes around random means, seeded by the spec.

Spec keys: seed, n_train, n_test, n_features, classes (how many), separation (distance of
each mean from the origin, in standard deviations), and optional labels (the label of each
class, default 0..classes-1), flip (share of training labels replaced at random),
scale_span, offset, far (share of test rows pushed 10^4 times further out, labelled by the
class whose mean points most their way).
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, k = spec["n_train"], spec.get("n_test", 500), spec["n_features"], spec["classes"]
    labels = np.array(spec.get("labels", list(range(k))), dtype=np.int64)
    total = m + m_test
    means = rng.normal(size=(k, n))
    means *= spec["separation"] / np.linalg.norm(means, axis=1, keepdims=True)
    index = rng.integers(0, k, size=total)
    Z = rng.normal(size=(total, n)) + means[index]
    far = np.zeros(total, dtype=bool)
    far[m:] = rng.random(m_test) < spec.get("far", 0.0)
    Z[far] *= 1e4
    index[far] = np.argmax(Z[far] @ means.T, axis=1)
    flip = np.zeros(total, dtype=bool)
    flip[:m] = rng.random(m) < spec.get("flip", 0.0)
    index[flip] = rng.integers(0, k, size=int(flip.sum()))
    span = spec.get("scale_span", 0.0)
    X = Z * 10.0 ** rng.uniform(-span, span, size=n) + rng.normal(0, spec.get("offset", 0), n)
    y = labels[index]
    return {"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}
