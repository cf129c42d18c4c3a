"""Datasets for knn_classifier: labelled Gaussian blobs, with the reference k-NN predictions.

Spec keys: seed, n_train, n_test, n_features, classes, spread, separation, k (the same k
the test passes to the model), and optional labels (one per class), flip (share of training
labels replaced at random), scale_span.
ref_pred follows the statement's rules exactly: Euclidean distance, ties in distance broken
by the lower training index, ties in the vote by the smaller label.
"""

import numpy as np


def reference(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    classes, codes = np.unique(y_train, return_inverse=True)
    pred = np.empty(len(X_test), dtype=np.int64)
    for start in range(0, len(X_test), 256):
        rows = X_test[start : start + 256]
        d = ((rows[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
        nearest = np.argsort(d, axis=1, kind="stable")[:, :k]
        votes = np.zeros((len(rows), len(classes)), dtype=np.int64)
        np.add.at(votes, (np.arange(len(rows))[:, None], codes[nearest]), 1)
        pred[start : start + 256] = classes[np.argmax(votes, axis=1)]
    return pred


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, c = spec["n_train"], spec.get("n_test", 200), spec["n_features"], spec["classes"]
    labels = np.array(spec.get("labels", list(range(c))), dtype=np.int64)
    total = m + m_test
    centres = rng.normal(0.0, spec["separation"], size=(c, n))
    index = rng.integers(0, c, size=total)
    X = centres[index] + rng.normal(0.0, spec["spread"], size=(total, n))
    X *= 10.0 ** rng.uniform(-spec.get("scale_span", 0.0), spec.get("scale_span", 0.0), size=n)
    flip = np.zeros(total, dtype=bool)
    flip[:m] = rng.random(m) < spec.get("flip", 0.0)
    index[flip] = rng.integers(0, c, size=int(flip.sum()))
    y = labels[index]
    X_train, y_train, X_test = X[:m], y[:m], X[m:]
    return {
        "X_train": X_train,
        "y_train": y_train,
        "X_test": X_test,
        "y_test": y[m:],
        "ref_pred": reference(X_train, y_train, X_test, spec["k"]),
    }
