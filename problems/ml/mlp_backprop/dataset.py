"""Datasets for mlp_backprop, and the reference loss whose finite differences check gradients.

Gradient tests (spec "kind": "gradients"): seed, m, n_inputs, n_hidden, n_outputs, and
optional scale (multiplies W2, so scores get huge). Gives X, y and parameters W1, b1, W2, b2,
drawn so that no hidden pre-activation sits within 1e-3 of ReLU's kink.
Training tests (kind "circles", "xor" or "teacher"): seed, n_train, n_test, and for
"teacher" n_inputs and n_outputs (labels from a random ReLU network).
"""

import numpy as np


def loss(params, X, y, reg):
    """Mean softmax cross-entropy of the two-layer ReLU network, plus reg/2 * |W|^2."""
    hidden = np.maximum(0.0, X @ params["W1"] + params["b1"])
    scores = hidden @ params["W2"] + params["b2"]
    scores = scores - scores.max(axis=1, keepdims=True)
    log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    data = -log_p[np.arange(len(y)), y].mean()
    return data + 0.5 * reg * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))


def _gradient_case(rng, spec):
    m, d, h, c = spec["m"], spec["n_inputs"], spec["n_hidden"], spec["n_outputs"]
    while True:
        X = rng.normal(size=(m, d))
        W1 = rng.normal(0.0, 1.0 / np.sqrt(d), size=(d, h))
        b1 = rng.normal(0.0, 0.1, size=h)
        if np.abs(X @ W1 + b1).min() > 1e-3:
            break
    W2 = rng.normal(0.0, 1.0 / np.sqrt(h), size=(h, c)) * spec.get("scale", 1.0)
    b2 = rng.normal(0.0, 0.1, size=c)
    y = rng.integers(0, c, size=m)
    return {"X": X, "y": y, "W1": W1, "b1": b1, "W2": W2, "b2": b2}


def _points(rng, kind, total, spec):
    if kind == "circles":
        y = rng.integers(0, 2, size=total)
        radius = np.where(y == 0, rng.uniform(0.0, 1.0, total), rng.uniform(1.5, 2.5, total))
        angle = rng.uniform(0, 2 * np.pi, total)
        X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
        return X + rng.normal(0.0, 0.1, size=X.shape), y
    if kind == "xor":
        corner = rng.integers(0, 2, size=(total, 2))
        X = (2 * corner - 1) * 1.5 + rng.normal(0.0, 0.5, size=(total, 2))
        return X, corner[:, 0] ^ corner[:, 1]
    d, c = spec["n_inputs"], spec["n_outputs"]
    X = rng.normal(size=(total, d))
    A = rng.normal(size=(d, 16)) / np.sqrt(d)
    B = rng.normal(size=(16, c))
    return X, np.argmax(np.maximum(0.0, X @ A) @ B, axis=1)


def make(spec):
    rng = np.random.default_rng(spec["seed"])
    if spec["kind"] == "gradients":
        return _gradient_case(rng, spec)
    m = spec["n_train"]
    X, y = _points(rng, spec["kind"], m + spec.get("n_test", 300), spec)
    return {"X_train": X[:m], "y_train": y[:m], "X_test": X[m:], "y_test": y[m:]}
