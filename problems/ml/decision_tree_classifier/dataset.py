"""Datasets for decision_tree_classifier: labels from a random axis-aligned tree, plus noise,
with the reference tree's predictions.

Spec keys: seed, n_train, n_test, n_features, classes, true_depth, max_depth and
min_samples_split (the test's init, default 3 and 2), and optional flip (share of training
labels replaced at random), labels (one per class), levels (features rounded to this many
distinct values), scale_span.
ref_pred comes from the tree the statement describes, grown on the training rows.
"""

import numpy as np


def _gini_split(x, codes, k):
    """Best (weighted gini, threshold) for one feature, or None when it cannot split."""
    order = np.argsort(x, kind="stable")
    xs, cs = x[order], codes[order]
    n = len(xs)
    left = np.cumsum(np.eye(k)[cs], axis=0)[:-1]  # class counts of the first i+1 rows
    right = left[-1] + np.eye(k)[cs[-1]] - left if n > 1 else left
    n_left = np.arange(1, n)
    n_right = n - n_left
    cut = xs[1:] > xs[:-1]  # only between distinct values
    if not cut.any():
        return None
    weighted = (n_left - (left**2).sum(axis=1) / n_left + n_right - (right**2).sum(axis=1) / n_right) / n
    weighted = np.where(cut, weighted, np.inf)
    i = int(np.argmin(weighted))  # first minimum: the smallest threshold
    return weighted[i], (xs[i] + xs[i + 1]) / 2


def _grow(X, codes, k, depth, max_depth, min_split):
    counts = np.bincount(codes, minlength=k)
    n = len(codes)
    gini = 1.0 - float(((counts / n) ** 2).sum())
    leaf = ("leaf", int(np.argmax(counts)))
    if depth >= max_depth or n < min_split or gini <= 0.0:
        return leaf
    best = None
    for j in range(X.shape[1]):
        found = _gini_split(X[:, j], codes, k)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], j, found[1])
    if best is None or best[0] >= gini:
        return leaf
    _, j, t = best
    go_left = X[:, j] <= t
    return (
        "split",
        j,
        t,
        _grow(X[go_left], codes[go_left], k, depth + 1, max_depth, min_split),
        _grow(X[~go_left], codes[~go_left], k, depth + 1, max_depth, min_split),
    )


def _predict(node, X):
    out = np.empty(len(X), dtype=np.int64)
    if node[0] == "leaf":
        out[:] = node[1]
        return out
    _, j, t, left, right = node
    go_left = X[:, j] <= t
    out[go_left] = _predict(left, X[go_left])
    out[~go_left] = _predict(right, X[~go_left])
    return out


def reference(X, y, X_test, max_depth, min_split):
    classes, codes = np.unique(y, return_inverse=True)
    tree = _grow(X, codes, len(classes), 0, max_depth, min_split)
    return classes[_predict(tree, X_test)]


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    m, m_test, n, k = spec["n_train"], spec.get("n_test", 500), spec["n_features"], spec["classes"]
    labels = np.array(spec.get("labels", list(range(k))), dtype=np.int64)
    total = m + m_test
    X = rng.random((total, n))
    if spec.get("levels"):
        X = np.floor(X * spec["levels"]) / spec["levels"]
    # The true labels: a random tree over the first features.
    index = np.zeros(total, dtype=np.int64)
    node = np.zeros(total, dtype=np.int64)
    for _ in range(spec["true_depth"]):
        features = rng.integers(0, n, size=2 ** spec["true_depth"])
        cuts = rng.uniform(0.3, 0.7, size=2 ** spec["true_depth"])
        node = 2 * node + (X[np.arange(total), features[node]] > cuts[node])
    index = rng.integers(0, k, size=node.max() + 1)[node] if k > 1 else index
    flip = np.zeros(total, dtype=bool)
    flip[:m] = rng.random(m) < spec.get("flip", 0.0)
    index[flip] = rng.integers(0, k, size=int(flip.sum()))
    span = spec.get("scale_span", 0.0)
    X = X * 10.0 ** rng.uniform(-span, span, size=n)
    y = labels[index]
    X_train, y_train, X_test = X[:m], y[:m], X[m:]
    ref = reference(
        X_train, y_train, X_test, spec.get("max_depth", 3), spec.get("min_samples_split", 2)
    )
    return {"X_train": X_train, "y_train": y_train, "X_test": X_test, "y_test": y[m:], "ref_pred": ref}
