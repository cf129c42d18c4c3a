import math

import numpy as np


class LogisticRegression:
    """Batch gradient descent with the gradient built one row at a time."""

    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        m, n = X.shape
        self.mu, self.sd = X.mean(axis=0), X.std(axis=0)
        self.sd[self.sd == 0] = 1
        rows = ((X - self.mu) / self.sd).tolist()
        w, b = [0.0] * n, 0.0
        for _ in range(self.n_iters):
            gw, gb = [0.0] * n, 0.0
            for row, target in zip(rows, y):
                z = sum(a * c for a, c in zip(w, row)) + b
                p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
                for j in range(n):
                    gw[j] += (p - target) * row[j]
                gb += p - target
            w = [a - self.learning_rate * g / m for a, g in zip(w, gw)]
            b -= self.learning_rate * gb / m
        self.w, self.b = np.array(w), b
        return self

    def predict_proba(self, X):
        z = (X - self.mu) / self.sd @ self.w + self.b
        return np.exp(-np.logaddexp(0, -z))

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)
