"""Datasets for kmeans: Gaussian blobs, seeded by the spec, with a reference inertia.

Spec keys: seed, n_train, n_test, n_features, clusters, spread (std inside a blob),
separation (std of the blob centres), and optional offset (added to every coordinate),
distinct (the training rows are only this many distinct points, repeated: some of k
clusters must end up empty).
y_train / y_test say which blob made each row; ref_inertia is the training rows' sum of
squared distances to their own blob's mean, which k-means with k = clusters should reach.
"""

import numpy as np


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, k = spec["n_train"], spec.get("n_test", 200), spec["n_features"], spec["clusters"]
    centres = rng.normal(0.0, spec["separation"], size=(k, n))
    total = m + m_test
    y = rng.integers(0, k, size=total)
    y[:k] = np.arange(k)  # every blob appears in the training rows
    X = centres[y] + rng.normal(0.0, spec["spread"], size=(total, n))
    distinct = spec.get("distinct")
    if distinct:
        X[:m] = centres[y[:m]]
        X[m:] = centres[y[m:]]
    X += spec.get("offset", 0.0)
    X_train, y_train = X[:m], y[:m]
    inertia = 0.0
    for j in range(k):
        rows = X_train[y_train == j]
        inertia += float(((rows - rows.mean(axis=0)) ** 2).sum())
    return {
        "X_train": X_train,
        "y_train": y_train,
        "X_test": X[m:],
        "y_test": y[m:],
        "ref_inertia": np.array(inertia),
    }
